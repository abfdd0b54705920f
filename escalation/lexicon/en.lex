# English lexicon. Reviewed for the peer-support product; each entry notes its reason or source.
# Sources: wording of suicidal ideation and behaviour in the Columbia Suicide Severity Rating
# Scale (C-SSRS) and the Ask Suicide-Screening Questions (ASQ); phrases Crisis Text Line and the
# 988 Lifeline publish as warning signs; "algospeak" euphemisms teens use to avoid filters.

[suicide urgent]
# Core ideation, by concept rather than by sentence: a wish, thought or intent, then death or
# not existing, with up to three words between ("i kinda just want to die", "thinking of
# killing myself", "so close to ending it").
(want*|wish|wishing|thinking|think|thought|feel_like|feling_like|close_to|ready_to|planing|tempted|urge|looking_up|researching|googling|ways|how) ~ (die|dying|be_dead|kil_myself|killing_myself|end_it|ending_it|end_my_life|ending_my_life|unalive_myself|unaliving|stop_existing|not_exist|not_existing|not_be_here|not_being_here|not_wake_up|disappear_forever|sleep_forever|overdose)
(life|living) (isnt|is_not|aint|not) worth (living|it)
(dont|cant|do_not|no_longer) see (the|a)? point (in|of) (living|life|going_on|being_alive|anything)
(on|at|up_on) the? (roof|bridge|ledge|edge|top_floor) ~ ~ jump
(happier|better|easier|beter_of) ~ if i (was|were|am) (dead|gone|not_here|never_born|not_around)
want* to die                    # C-SSRS: wish to be dead
wana die
wish i (was|were) dead          # C-SSRS: wish to be dead
wish i (wasnt|was_not) (alive|here|born)
wish i (was|were|had) (never|not) (born|been_born)
wish i could (die|disappear_forever|go_to_sleep_and_never_wake_up)
dont want to (live|be_alive|be_here|exist|wake_up) # C-SSRS: passive ideation
(kil|killing|end|ending) (myself|my_life|it_al|things|my_own_life)  # C-SSRS: active ideation
take my own? life
suicid*                         # any mention of suicide or suicidal from the student
(thinking|thought|think) about (dying|death|ending_it|not_being_here)
better of (dead|without_me|if_i_was_gone|if_i_wasnt_here) # Lifeline: being a burden
(nobody|no_one|noone) would (even|ever)? (notice|care|miss_me) if i (died|was_gone|was_dead|disappeared|wasnt_here)
(everyone|they|people|my_family|the_world) (would_be|is) better of (if_i_died|if_i_was_gone|if_i_was_dead|without_me)
no reason to live               # Lifeline: no reason to live
(cant|can_not) (go_on|do_this_anymore|keep_going|take_it_anymore)
dont want to wake up
(sleep|go_to_sleep) (forever|and_never_wake_up)   # euphemism
unalive (myself|me|mysef)       # algospeak for suicide
unaliving
sewer slide                     # algospeak for suicide
sui side
ctb                             # "catch the bus": forum euphemism for suicide
catch the bus                   # same, written out
kms !casual                     # "kill myself" abbreviation; lowered beside "lol"
kil me now !casual              # often hyperbole about schoolwork, still worth a look
i want to disappear forever
i dont want to be alive
im done with (life|living|everything)
end it al
(im|i_am) (going_to|about_to) end it
(goodbye|suicide) (note|notes|letter|letters)    # written goodbyes (a plan marker raises it)
just want it to (end|stop_forever)
(hang|hanging|shoot|shooting|drown|drowning) myself  # method named: a plan
jump (of|from) (a|the) (bridge|roof|building)        # method named
(overdose|od) on                                     # method named

[suicide imminent]
# An act in progress or an explicit intent with timing.
(im|i_am) going to (kil_myself|end_it|end_my_life|do_it) (tonight|today|now|right_now)
(this_is|this_is_my) (goodbye|last_message)
(took|swallowed|taken) (like|about|around|maybe|almost)? <many> of? (my|my_moms|my_dads|my_sisters|my_brothers|her|his|the)? (pils|pil|tablets|sleeping_pils|meds|medication|medicine|advil|tylenol|ibuprofen|xanax)  # C-SSRS: actual attempt
(took|swallowed) (al|the_whole_bottle|a_whole_bottle)
already? (cut|cuting|slit) my? (wrist|wrists|throat) ~ (bleeding|blod|now|deep)
(standing|sitting) on the? (edge|ledge|bridge|roof) ~ (want_to|going_to|to_jump|jump)?
(standing|sitting) on the? (edge|ledge|bridge|roof)
(have|got|holding) (a|the|my_dads|my_moms) (gun|knife|rope|pils) ~ (now|right_now|with_me|in_my_hand)

[self_harm urgent]
(started|start|keep|been|kept|back_to|relapsed|relapsing) (cutting|burning_myself|cutting_myself|hurting_myself) again?
(cutting|burning|scratching|carving|hitting) my (arm|arms|wrist|wrists|legs|leg|thighs|thigh|skin|stomach|hips)
my? cuts ~ (bleed|bleding) ~ (on_purpose|again)?
(cut|cuting|cuts|burn|burning|hurt|hurting|harm|harming|hit|hiting|scratch|scratching) myself
self (harm|harming|injury)
selfharm*
sh again                        # "self-harm" abbreviation in teen spaces: "relapsed, sh again"
relapsed ~ (cuting|cut|sh|self_harm)
cat scratch* !casual            # algospeak for self-harm cuts
(want|need|urge) to (cut|bleed|hurt_myself)
deserve (to_hurt|pain|to_suffer|to_bleed)
make myself bleed
blod everywhere

[hopelessness review]
# Warning signs that need a same-day look, not a page (Lifeline warning signs).
(whats|what_is) the point
nothing (maters|will_get_better|ever_gets_better)
(feel|feling|so|im) hopeles*
no way out
(im|i_am|feel_like) a burden
nobody (cares|would_care|loves_me)
i hate my life
(tired|sick) of (living|being_alive|everything)
i give up on (everything|life)
empty inside

[grief review]
(mom|dad|mother|father|brother|sister|grandma|grandpa|grandmother|grandfather|friend|cousin|aunt|uncle|best_friend) (died|passed_away|passed|was_killed)
(lost|losing) my (mom|dad|mother|father|brother|sister|grandma|grandpa|best_friend|friend)
funeral
miss (her|him|them) so much

[suicide review]
# Past attempts: C-SSRS lifetime behaviour, needs follow-up. Longer than the urgent phrases
# they contain, so they decide: "I tried to kill myself last year" is a review.
(why|how) did (he|she|they) (kil|end) (himself|herself|themselves|his_life|her_life|their_life)
(tried|attempted) to (kil_myself|end_my_life|end_it|take_my_life)
(my|last|a) suicide? attempt
when i was in the hospital for (trying|overdosing)

[abuse urgent]
# Physical abuse and neglect at home (Childhelp / mandated-reporter indicators).
(dad|mom|father|mother|stepdad|stepmom|stepfather|stepmother|uncle|aunt|brother|parents|grandpa|grandma|boyfriend|girlfriend|coach|teacher) ~ (hits|hit|beats|beat|punches|punched|kicks|kicked|chokes|choked|slaps|slapped|hurts|hurt|burned|strangled|threw|throws|pushed|pushes|shoved|shoves|dragged|drags) me
(beats|beat|hits|hit) me up? (at_home|every_day|when_hes_drunk|when_shes_drunk)
(scared|afraid|terified) to go home
(locks|locked) me (in|out)
(doesnt|dont|never) (feed|let_me_eat)
bruises from my? (dad|mom|stepdad|stepmom|parents)

[sexual_abuse urgent]
# Sexual abuse indicators (RAINN), grooming and sextortion (NCMEC).
(tells|told|says|said|makes) me (not_to_tell|to_keep_it_a_secret|its_our_secret|to_keep_it_secret|not_to_tel_anyone)
(asking|asks|asked|pressuring|pressures|begging|keeps_asking) me (for|to_send) (nudes|naked_pics|pics|photos|naked_photos)
(share|post|leak|send|show) (them|my_nudes|my_pics|my_photos) (if_i_dont|unles|to_everyone)
(touches|touched|touching) me (where|when|at_night|inapropriately|down_there)
(raped|rape|molested|molesting|sexualy_abused|sexualy_assaulted) me
(i_was|got|was|been) (raped|molested|sexualy_assaulted|sexualy_abused)
makes me (do_stuf|do_things|touch_him|touch_her|send_pics|send_nudes)
(forced|forcing|pressured|makes) me to? (have_sex|do_sexual|send_nudes|send_pics)
(threatening|threatened|wil) to (leak|post|share) my (nudes|pics|photos)   # sextortion

[threatened urgent]
# Being threatened or in danger from others.
(threatened|threatening|said_they_would|said_theyd|said_hed|said_shed|going_to|gona) to? (kil|hurt|beat|stab|shoot|jump) me
(wants|want|trying) to (kil|hurt|beat|stab|shoot|jump) me
(someone|somebody|he|she|they|guy|kid|group) (is|are)? (following|stalking) me
(im|i_am|feel) (not_safe|unsafe|in_danger)
kys                             # "kill yourself" sent to the student: bullying and a threat to their safety
(told|telling|tells|tel) me to (kil_myself|die|kys|kil_yourself)
(dont|do_not) feel safe

[violence urgent]
# Threats to hurt others (threat-assessment indicators).
(going_to|gona|wana|want_to|wil|im_going_to) (kil|shoot|stab|hurt|beat) (him|her|them|everyone|everybody|that_kid|my_dad|my_mom|my_teacher|someone)
shoot up (the|this|my) school
(bring|bringing|brought) (a|my|my_dads) (gun|knife|weapon) to school
make them al? pay
(hit_list|kil_list)

[violence imminent]
(gun|knife|weapon) (in|at) (my_bag|my_backpack|my_locker|school) ~ (today|now|right_now)
(have|got|brought) (a|my|my_dads) (gun|knife|weapon) (at|to|in) school

[third_party urgent]
# A friend in danger (peer gatekeeper training: take third-party reports seriously).
(friend|bf|gf|boyfriend|girlfriend|brother|sister|classmate|someone_i_know|she|he|they) ~ (wants|said_she_wants|said_he_wants|said_they_want|is_going|plans|is_planning|threatened) to (kil|hurt|end) (herself|himself|themselves|her_life|his_life|their_life)
(kil|kils|killing|hurt|hurts|hurting|cut|cutting|cuts|harm|harms|harming|burns|burning) (herself|himself|themselves)
(friend|bf|gf|boyfriend|girlfriend|brother|sister|she|he|they) (wants|said_she_wants|said_he_wants|said_they_want|keeps_saying_she_wants|keeps_saying_he_wants) to die
(friend|bf|gf|boyfriend|girlfriend|brother|sister|she|he|they) (took|swallowed|overdosed_on) <many> (pils|pil|meds|tablets)
(friend|she|he|they) (is|are|seems) suicidal
(friend|she|he|they|bf|gf) (posted|texted|sent|wrote) a? (goodbye_note|goodbye_letter|goodbye_message|suicide_note|goodbye)
worried my? (friend|about_my_friend) (might|wil|is_going_to) (do_something|hurt|kil)

[medical urgent]
# Medical emergencies (overdose, eating-disorder crisis).
(took|taken|swallowed|had) too (much|many) of? my? (medicine|meds|pils|medication|pil)
(havent|didnt|not|hasnt) eaten (anything|at_al|a_thing)? (in|for) (days|a_week|<n>_days|weeks)
(overdosed|overdosing|od_d|oding)
(havent|didnt|not) eaten (in|for) (days|a_week|<n>_days)
(fainted|pased_out|blacked_out) ~ (not_eating|from_not_eating|starving)
(throwing|throw|threw) up blod
cant (breathe|stop_bleding|fel_my)
mixed (pils|pil|alcohol|meds)

[medical imminent]
(took|drank|swallowed) ~ (bleach|whole_bottle|too_many_pils|too_many)

[runaway urgent]
(leaving|left|leave|leaving_home) ~ (not_coming_back|never_coming_back|for_good)
(run|runing|ran) away (from_home|tonight|again|from_my_house|from_my_family|for_good)
(im|i_am) runing away
(going_to|gona|about_to|want_to|planing_to|thinking_about|thinking_of) (run_away|runing_away) !casual
i ran away !casual
(mom|dad|parents|stepdad|stepmom|mother|father) (kicked|threw) me out
(going|gona|about) to (run_away|leave_home)
(kicked|threw|thrown) me out
kicked out (of_my_house|of_the_house|of_home)?
(nowhere|no_where|no_place) to (sleep|stay|go)
sleeping (in|on) (my_car|the_street|a_park)

[idiom]
# Idioms about things, not people: only their own words are ignored.
die on (this|that|the_same) hil
(is|are|was|its|thats|this|homework|test|exam|class|school|practice|game|traffic|heat|shoes|feet|back|head|wait|suspense|song|show) ~ (killing|kills) me
(dying|died|dead|ded) (of|from|laughing) (laughter|laughing|embarassment|boredom|cringe)?
dying to (se|know|go|try|meet|hear|get)
(im|i_am|we_are|were) so? (dead|ded|deceased) lol?
kil (it|them|the_game|time)
killed it
kiling it
to? die for                   # "a dress to die for"
dead (tired|serious|wrong|last|end|battery)
drop dead gorgeous
i could kil for? (a|some)     # "I could kill for a burger"
my (phone|battery|laptop) (is|just)? (dying|dead|died)
kil (the|this|a)? (bug|spider|mosquito|lights|engine|boss|zombie|zombies|monster|level|character)
(shoot|shooting|shot) (a|the|some)? (hops|basket|baskets|photos|video|film|movie|scene|shot|email|text|message)
(cut|cuting) (class|the_line|my_hair|bangs|paper|onions|vegetables|carbs|sugar|it_close|back)
bomb (the|that|my)? (test|quiz|exam)
(hit|hiting) (the_gym|the_books|a_home_run|send|me_up)   # "hit me up" = contact me
(fight|fighting|fought) (the_urge_to_laugh|a_cold|the_flu)

[topic none]
# About a subject, not a person in danger; they decide over the words inside them.
suicide (prevention|awareness|hotline|lifeline|rates|statistics|asembly|presentation|training)
(dont|do_not) want to live (with|in|at|near|there|here_with)
(dont|do_not) want to be here (at|in|with|for|during)
(character|characters|he|she) (dies|died) (at_the_end|in_the_end|in_the_book|in_the_movie)
