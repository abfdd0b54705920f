# English concepts. Each [SECTION] is a concept; each line a word or phrase that carries it.
# Words are matched by their stem (Snowball), so "cut" also finds "cuts"; list other forms
# (irregular verbs, slang spellings) on their own. (a|b) gives alternatives; `word*` any word
# starting so. The frames (frames.lex) say which concepts together mean danger.
# Sources: C-SSRS and ASQ wording; 988 Lifeline and Crisis Text Line warning signs; RAINN and
# NCMEC indicators of abuse, grooming and sextortion; threat-assessment indicators; teen
# "algospeak" used to get past filters.

[SELF]
# the writer
i
im
ive
id
me
my
myself
mine
ima
imma
am

[OTHER]
# someone else: a friend's crisis is reported for them (peer gatekeeper training)
friend
friends
bestie
bff
bf
gf
boyfriend
girlfriend
brother
sister
lil (bro|sis|brother|sister)
little (brother|sister)
cousin
classmate
teammate
roommate
(this|a|some) (kid|girl|boy|guy|person)
someone i know
he
she
hes
shes
they
theyre
(him|her)
kuya

[OTHER_REFLEXIVE]
himself
herself
themselves
themself
hisself

[WISH]
# a wish or urge (C-SSRS: wish to be dead)
want
wanna
wish
wishing
hope
hoping
pray
praying
tempted
urge
urges
craving
crave
feel like
would rather
(need|needs)
ready to
cant wait to
=longing
dream about
(so)? close to
(ready|tempted) to
(it'd|itd|it_would|would) be (better|easier) (if_i|to|for_everyone_if_i)

[INTENT]
# intent or a decision (C-SSRS: active ideation with intent)
going to
gonna
gunna
finna
about to
will
ill
wil
plan
planning
planned
decided
decide
gotta
(im|i_am) (doing|done)
(should|should_i)
(might|might_just)
try
trying
tried to
attempt
imma
ima
finna
bouta
about to

[THINK]
# thoughts of it (C-SSRS: non-specific active thoughts)
think
thinking
thinkin
thought
thoughts
considering
consider
fantasize
fantasizing
fantasizin
imagine
imagining
keep (thinking|seeing)
cant stop thinking
(looking_up|looked_up|googling|googled|researching|searched)
picture
picturing
pictured
(keeps|keep|kept|been|always|wont_stop) (talking|talkin) (about|bout|abt)
(is|its|it's)? all i (think|thinking|ever_think) (about|bout|abt)

[DIE]
# dying or death
die
dying
died
dead
death
d*e
diie
ded
dye
(go|going|wanting_to_go|want_to_go) be (with|w) (his|her|my) (brother|sister|mom|dad|grandma|grandpa|friend|cousin) (again)?

[NONEXIST]
# not existing, by any name
not (alive|exist|existing|be_here|be_around)
(stop|stopped) existing
be gone
gone forever
disappear (forever|for_good|completely)
vanish forever
(never|not) wake up
(never|not) (waking|woke) up
sleep forever
sleep and never wake up
rest forever
end it
end it all
end everything
end things
over with
(be|being) done with (life|it_all|everything)
my end
cease to exist
rip me
unalive
unalived
unaliving
grave
coffin
six feet under
(everything|it_all|it) (gets|will_get|will_be|is_gonna_be) (quiet|over|peaceful|dark)
(fall|falling) asleep and (never|not|just) (wake_up|stay_asleep)
stay asleep (forever)?
(stay|staying) asleep
sleep (for_good|and_not_wake_up)
log off (for_good|forever|permanently)
(go|going) away (forever|for_good)
(leave|leaving) this world
(not|stop) (being|be) here
disappear
disappearing
fade away
(dont|not|wouldnt|wont) have to (be_here|exist|live|wake_up|deal_with_anything) (anymore)?
(wouldnt|would_not|wont|didnt) wake up
(god|jesus|the_lord|lord) (will|would|could|to|can)? (just)? take me (in_my_sleep|home|away|now|tonight)?
take me in my sleep
(wont|won't|will_not|not_gonna) be (around|here) (for|at|by|to_see) (graduation|christmas|summer|my_birthday|her_birthday|his_birthday|next_year|prom|the_summer|senior_year)
(to)? not exist
not existing
(not|never) be here (no_more|anymore|any_more)
not being alive
(not|no_longer) (be|being) alive
(subbing|sub|take|taking|tap|tapping|check|checking|benching|bench) myself out

[KILL]
# killing (of oneself, with SELF_OBJECT, or of someone)
kill
kil
killing
killed
k*ll
murder
end
ending
off
unalive
take
(hang|hanging)
shoot
stab
drown

[SELF_OBJECT]
myself
my self
my life
my own life

[SELF_DEATH]
# phrases that are suicide or self-ending in themselves
kms
kys myself
ctb
catch the bus
sewer slide
sewerslide
sui side
suicide
suicidal
suicidial
sucidal
sucide
suicde
s*icide
su*cide
(kill|killing|killed|k*ll|end|ending|off|offing|unalive|unaliving|unalived|murder) (myself|my_self|meself|mysef|myslef)
(end|ending|take|taking) my (own)? life
self (delete|deleting|deletion)
(kill|killing) me now
dont want to (live|be_alive|be_here|exist|wake_up|be_alive_anymore|wake_up_anymore)
dont wanna (live|be_alive|be_here|exist|wake_up)
(no|dont_see_a|dont_see_the) (reason|point) (to|in|of) (live|living|being_alive|going_on|life)
(life|living) (isnt|is_not|aint|not) worth (it|living)
not worth living
(better|beter) off (dead|without_me|if_i_was_gone|if_i_wasnt_here|if_i_died)
(wont|wouldnt|would_not) have to deal with me
not be a problem (anymore|soon|much_longer)
(stop|stopping) being a (problem|burden)
(much|any) longer
(hit|run_over) by a (car|bus|truck|train)
(car|bus|truck|train) ~ (hit|hits|would_hit|ran_over|runs_over|run_over) me
(didnt|dont|not|never) wake up
(no|not) (one|body) would (notice|care|miss_me) if i
(nobody|noone|no_one) would (notice|care|miss_me)
if i (died|was_gone|disappeared|wasnt_here|wasnt_around)
(hang|hanging|hung) myself
(shoot|shooting) myself
drink bleach
(slit|slitting|cut|cutting) my (wrist|wrists|throat)
(in|into) (traffic|the_river|the_lake)
(step|walk|walking) in front of
(take|taking|swallow|swallowing) (all|the_whole_bottle|a_whole_bottle|all_of_them|the_rest)
(cant|can_not|cannot) (go_on|keep_going|do_this_anymore|take_it_anymore|take_this_anymore|do_this_anymore|keep_living)
(done|finished) with (life|living|everything|it_all|this_life|being_alive)
want (it|this|everything|the_pain|it_all) to (end|stop_forever|be_over)
if i (was|were|am) (dead|gone|not_here|never_born|not_around)
if i (died|disappeared|wasnt_here|wasnt_around|wasnt_in_it|wasnt_alive|left_forever|was_gone)
(fine|better|happier|easier) without me
(wish|wished) i (was|were|had) (never|not) (born|been_born)
(wish|wished) i (wasnt|was_not|werent) (alive|here|born|around)
(jump|jumping|jumped) (off|of|from) (a|the|my|this)? (bridge|roof|building|overpass|cliff|balcony|ledge|tower|parking_garage|rooftop)
(soon|one_day) it (wont|will_not) matter
if i just? (was|were|am) (dead|gone|not_here|never_born|not_around)
if i just? (died|disappeared|wasnt_here|wasnt_around|wasnt_in_it|wasnt_alive|left_forever|was_gone|didnt_exist|stopped_existing)
(dont|cant|do_not) see myself (alive|living|being_here|around|here) (by|in|past|at|after)
(wont|will_not|not_gonna|wont_even) be (around|here|alive) (after|anymore|much_longer|for_long|next|by|to_see)
(one|1) less (mouth_to_feed|problem|burden|thing_to_worry_about)
(family|parents|everyone|everybody|they|world|mom|dad|friends) ~ (better|easier|happier) off (without|w_o|wo)
(no|not_gonna) respawn
game over (for_me|for_real|irl)
(log|logging|logged) off (for_good|forever|permanently|irl|for_real)
better off if (she|he|they|i) just? (wasnt|werent|was_not) (here|around|alive)
(better|happier|easier) off (with|w) (just|only) (my|the)
(dont|cant|do_not) see myself (being_alive|being_here|making_it|living) (by|in|past|at|after|to)
(nobodyd|nobody_would|no_one_would|noone_would|nobody_will|noone_will) (miss|notice|care) (me|if)?
(drive|driving|ease|easing|steer|steering|swerve|swerving|crash|crashing|drift) ~ (off|into) (the|a) (bridge|river|tree|wall|ditch|lake|oncoming|traffic|guardrail)
(i|me) (was|were) the one (who|that) (didnt_come_back|died|got_shot|didnt_make_it|got_killed)
(uninstall|uninstalling|delete|deleting|logout|quit|quitting) myself
want the game to (stop|end)
(jerk|jerking|yank|yanking|swerve|swerving) the (wheel|steering_wheel)
(dont|do_not|dont_really|don't) (really)? want to be (alive|here|around) (for|by|at|to_see|anymore)
(better_off|happier|better) (sin_mi)
(end|ending|ended|finish|finishing) my (arc|story|run|chapter|playthrough|saga)
(go|going|gonna_go|just_go|jump|jumping) (over_the_side|overboard)
walk (into|in) (the)? (water|ocean|sea|lake|river|waves|bay|sound)
(aint|ain't)? (nobody|no_one|noone|nobody_gon|no_body) (gon|gonna|going_to|will|would|finna) (miss|notice) me
(id|i'd|i_would|i'll|ill)? rather be (dead|ded|gone|six_feet_under)
(step|stepping|jump|jumping) (off_the_platform|in_front_of_the_train|in_front_of_a_train|onto_the_tracks|in_front_of_the_4|in_front_of_a_bus)
(aint|ain't|not|isnt|wont|won't) (gon|gonna|going_to) be (here|around) (long|much_longer|for_long|much_longer)
(aint|ain't|not|wont|won't|never) (coming|comin) back up
(nobody|no_one|noone) would care if (he|she|i|they) (was|were) gone
(heaven|the_other_side|being_dead|death|dying) (might|would|must|could|has_to)? (be)? better than (here|this|living|life|being_here|this_life)
(make_it|so_it|make_it_look|so_it_will|so_itll) (look|looks|looked) like an accident
(do_not|does_not|dont|don't) (want|wish) to (live|be_alive|exist|be_here) (anymore|any_more|no_more)
(easy|easier) (it_would_be|it'd_be|to) (to)? (just)? (stop|end_it|disappear|not_be_here)
if something (happened|happens) to me (i|id)? (wouldnt|wouldn't|would_not|dont|don't) (care|mind)
(idw|idwt|i_dw|idwanna|idwant) (b|be|to_be|2_b) (here|alive) (anymore|no_more|nemore|anymor)?
(tired|sick|exhausted) of (living|being_alive|being_here|existing)
(easier|easiest|less_painful|quicker|cleaner|better) than (the_other_ways|other_ways|the_other_way|pills|a_rope)
not (wanting|want) to (live|be_alive|be_here|exist|wake_up)
(nobody|noone|no_one|nobodyd) (would|will)? (really|even|actually)? (notice|care|miss_me) if i (didnt_come_back|didnt_make_it|wasnt_here|was_gone|disappeared|died|never_came_back)
(bottom_of_the_9th|bottom_of_the_ninth|final_buzzer|last_inning|final_whistle) for me

[SELF_HARM]
# hurting oneself (C-SSRS: non-suicidal self-injurious behaviour)
self harm
self harming
self harmed
self injury
selfharm
sh
(cut|cutting|cuttin|cuts|c*tting|c*t|burn|burning|burnt|burned|hurt|hurting|harm|harming|scratch|scratching|carve|carving|punch|punching|hit|hitting|bang|banging|starve|starving|bruise) (myself|my_self|mysef|myslef)
(cut|cutting|cuttin|burn|burnt|burned|burning|carve|carving|scratch|scratching|slice|slicing) my (arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hip|hips|hand|hands|ankle)
cat scratches
(relapsed|relapse|relapsing)
(fresh|new|deep) (cuts|marks|scars|cut)
(the|my) (cuts|marks|scars) (on|are|r|keep|bleeding)
make myself bleed
(cutting|cuttin|c*tting) (again|rn|now)
(blade|blades|razor|sharpener) (out|again|to)
(bleeding|bleed) (bad|a_lot|wont_stop|everywhere)
(deserve|deserved) (to_hurt|pain|to_suffer|to_bleed)
urge to (cut|bleed|hurt_myself)
(hoodies|long_sleeves|sleeves) (so|to_hide|in)
hide (my|the|ur|your|these)? (burns|cuts|scars|marks)
(scratching|scratch|picking) (till|until) it (bleeds|bled)
(sh-ing|shing|sh_ing)
sh ing
(making|make|made) (more|new) (of_them|cuts|marks)
(cuts|scars) (look|scab)
(wont|isnt|not|wont_stop) (stop|stopping)? bleeding
(deeper|deep) than i (meant|wanted)
deeper (this_time|than)
(need|needs|get|getting) stitches
(blood|bleeding) all over
(slamming|banging|hitting|bashing|smashing) my head (against|on|into)
(did|doing|do) the (razor|blade|cutting|sh|lighter) thing
(use|used|using) ~ on my (wrist|wrists|arm|arms|thigh|thighs|legs|skin|stomach)
(knuckles|skin) (split|bleeding|bloody|raw)
(use|used|using) the (compass|scissors|sharpener|razor|blade|lighter) ~ on my
(hit|hitting|hits|bang|banged) my head (against|on|into) (the|a)? (wall|desk|floor|door)
(cut|cuts|cutting|cuttin) (like|about|maybe|almost)? <n> times
(hit|hitting|bang|banging|hits) (ur|your|my) head (on|against|into)
(went|cut|go|going) (too|so|really)? deep (this_time|again|tonight)?
(heating|heatin|heat|heated) (up)? the (lighter|spoon|knife|blade|paperclip|bobby_pin)
(third|second|fourth|fifth|<n>) time (tonight|today|this_week) on my
(cut|cutting|cuttin|c*t) again
(making|make|made) myself (throw_up|puke|vomit|bleed)
i (cut|burn|sh|scratch|cutt) (sometimes|a_lot|again|every_day|when|myself)
(bandaids|bandages|band_aids) again
(look|looks|looking) like a (barcode|zebra)
(about_to|gonna|going_to) (relapse|throw_it_all_away|throw_it_away)
(want|need|crave|miss) the real thing
(scratched|scratching|scratch|scraped|scraping|picked|picking) (my)? (arms|arm|legs|skin|wrists|face) (till|until|til) (they|it) (bled|bleed|bleeds|bleeding)
(idk|dont_know) why i keep doing it
(like|love) how the (burn_marks|burns|cuts|scars|marks) look
(i_do_it|do_it|doing_it) (w|with) a (lighter|razor|blade|knife|pin)
(go|went|cut|gone|going) (that|too|so|this) deep
(open|opening|slice|slicing|split) (my|up_my) (arm|arms|wrist|wrists|skin|leg|legs|thigh|thighs) (up|open)?
(started|starting|doing_it|cutting) again ~ (clean|streak)
(broke|lost|ended) my (clean|streak)
(started|starting) again ~ after ~ clean
(punish|punishing|punished) myself (with|w|by_hitting|by_cutting|by_burning|by_starving|by_not_eating)
band (aid|aids) collection
(not|isnt|wasnt|aint) from (falling|falling_off_my_bike|the_cat|my_cat|a_cat|the_dog|sports|practice|cooking) ~ (if_u_know|if_you_know|iykwim|ykwim|u_know_what_i_mean)
(day|days|week|weeks) <n> of (cutting|c*tting|cuttin|sh|self_harm|s/h)
<n> days of (cutting|c*tting|cuttin|sh)
my (forearm|arm|wrist|thigh|leg|arms|thighs) (is|are) (open|split_open|gashed|all_open)
(butterfly|steri) (bandaids|band_aids|bandages|closures|stitches|strips) ~ (my_arm|my_arms|my_thigh|my_thighs|my_wrist|my_leg|again)
(need|needed) them for my (arm|arms|wrist|wrists|thigh|thighs|legs) again
(the|my|these)? lines on my (arm|arms|wrist|wrists|thigh|thighs|legs|stomach)

[HARM_VERB]
cut
cutting
cuttin
burn
burning
hurt
hurting
harm
scratch
bleed
bleeding
carve
carving
(do|did|doing) (it|that|this|the_same_thing|the_same|stuff|things) to my

[HIT]
# hitting: self-harm when it is the writer's own body, on purpose (see frames)
punch
punching
punched
hit
hitting
bang
banging

[BODY]
wrist
wrists
arm
arms
thigh
thighs
leg
legs
skin
stomach
hips
neck
knuckles
my own (thighs|arms|legs|body|face)
fists
my own (head|face|hands|body)
(wrists|wrist)

[BLADE]
blade
blades
razor
razors
sharpener
knife
scissors
glass
lighter
compass
safety pin
pin
needle
pencil sharpener
box (cutter|cutters|knife)

[METHOD]
# a means of dying or hurting (C-SSRS: method)
pills
pill
meds
medication
tylenol
advil
ibuprofen
xanax
sleeping pills
oxy
fentanyl
overdose
od
rope
noose
belt
gun
guns
pistol
bullet
bullets
bridge
overpass
roof
rooftop
ledge
=tracks
train
traffic
bleach
poison
razor
blade
knife
cliff
(tallest|high) (building|place|bridge)
(antidepressants|benadryl|melatonin|insulin|lithium|seroquel|zoloft|prozac|lexapro|adderall|vyvanse|percocet|vicodin|tramadol|aspirin|acetaminophen|nyquil|sleeping_meds|painkillers|pain_killers|heroin|needle|syringe|gabapentin|klonopin|ambien)
(rifle|shotgun|deer_rifle|hunting_rifle|glock|ar|ar15|ar_15)
(medicine|medicines|meds|pills)
(xans|xanny|bars|perc|percs|percocets|lean|molly|coke|shrooms|edibles)
(laxatives|diet_pills|diuretics|laxantes)
(30_06|9mm|9_mm|12_gauge|twelve_gauge|20_gauge|glock|ar15|ar_15|ak47|ak_47)
(seroquel|zoloft|prozac|lexapro|trazodone|wellbutrin|lithium|klonopin|ambien|benadryl|effexor|abilify|celexa)
(in|inside) (the|a|my|dads|moms|our)? (garage|shed|machine_shed|barn) ~ (engine|motor|car|truck) (running|on)
(engine|motor) (running|on) ~ (garage|shed|barn|doors_shut|door_shut|doors_closed|door_closed)
(doors|door|garage_door) (are|is)? (shut|closed) ~ (engine|motor) (running|on)
garage (with|w) the (car|engine|truck) (running|on)

[AMOUNT_Q]
# asking how much or how many (of a means: see frames)
how many
how much
how long
how (high|tall|far|deep)

[LETHAL]
# a question about dose or method (C-SSRS: method, intent)
lethal
fatal
enough to
would it take
does it take
painless
(fastest|easiest|quickest|best) way
kill (you|u|a_person|someone)

deadly
be enough

[PREP]
# preparations that never name death (Lifeline warning signs)
bye forever
(lined|lining|line) (up|them_up|em_up)
(goodbye|suicide|last) (note|notes|letter|letters|message|messages|texts|text|video)
(wrote|writing|write) (letters|a_letter|notes|a_note|my_note)
(giving|gave|give) (away|my) (my|stuff|things|xbox|clothes|hoodies|switch)
(giving|gave|give) away
wont need (it|them|em|any_of_it) (after|anymore)
(said|say|saying) (goodbye|bye|my_goodbyes)
(my|a) will
(my|this_is_my|its_my) last (day|night|message|time)
last message
(picked|chose|choosing|picking) (a|the) (date|day|spot|place|bridge)
(counted|saving|stockpiling|hiding|collecting|hoarding) (pills|them|my_pills|my_meds)
(loaded|found|got|have|bought) (the|a|my|his|my_dads|my_dad's) (gun|rope|pills|blade|razor)
(its|it's|it_is) (loaded|ready)
sorry for everything
(take_care_of|look_after) (my|the) (cat|dog|sister|brother)
(when|after) (im|i_am) gone
(everyone|everybody) (falls|is) asleep
(before|when) (anyone|mom|dad|they) (gets|comes|get) home
this is my last
(this_is|this_is_my|heres_my|here_is_my) (goodbye|last_message)
goodbye (txts|txt|msgs|msg|note|notes|post|video|vid|letter|letters|message|messages|texts)
(my|a) goodbye
(today_is_the_day|todays_the_day|its_time|tonight_is_the_night)
(one|my|this_is_my|its_my) last time
(rope|noose) ~ (tied|ready|set_up|hung|hanging)
(letters|notes|letter|note|messages) (for|to) (everyone|everybody|my_mom|my_family|my_parents|my_sister|my_brother|all_of_you|yall)
(wrote|write|writing|finished) ~ (letters|notes|goodbyes)
(texted|sent|messaged|dmed|dm_d) (me)? (goodbye|a_goodbye|bye)
(nobody|no_one|noone) (will_be|is|gonna_be|would_be) (around|home|here) to stop (it|me)
perfect timing
(taking|take|gonna_take|swallow|swallowing|gonna_swallow) (them|it|all_of_them|all) (tonight|today|now|rn|after|when)
take care of (her|him|them|my_dog|my_cat|my_sister|my_brother|mom)
tell (coach|mom|my_mom|them|everyone|everybody|my_family) (sorry|im_sorry|i_love_them|i_said_bye)
(notes|letters|goodbyes) (are)? (already)? (written|done|ready)
(tested|testing|checked) (the|my)? (beam|knot|rope|noose|bar|closet_rod)
(counted|counting|lined) (out|up)? (all)? (the|my)? (pills|meds|tablets|them)
(this_is|its|it's|this_will_be) the last (time|message|text) (u|you|yall|anyone) (hear|see|get) (from_me)?
(hoodie|stuff|things|room|games|clothes|switch|phone|cat|dog|xbox|ps5|shoes|jersey) (is|are) (hers|his|yours|theirs) now
(rope|noose|gun|pills|blade|razor) (is|are) (already)? (in|under) my (closet|room|bag|backpack|drawer|pillow|bed)
(waiting|wait|gonna_wait) (for|till|until) (everyone|everybody|they|my_parents|my_mom|my_dad) (to)? (fall_asleep|falls_asleep|go_to_bed|goes_to_bed|sleep|leave|leaves)
(saving|saved|stockpiling|hoarding|been_saving|been_stockpiling|collecting) (up)? (my|his|her|the)? (seroquel|zoloft|prozac|lexapro|trazodone|wellbutrin|lithium|xanax|klonopin|ambien|pills|meds|sleeping_pills|tylenol|advil|benadryl)
(bought|buying|got|ordered|ordering) (a)? (rope|noose|gun|rat_poison|razor_blades)
(giving|gave|give) away (all)? (his|her|my) ~ (stuff|things|games|clothes|gear)
(pills|meds|pain_pills) saved up
(saving|saved|been_saving|stockpiling|hoarding) (up)? (pills|meds|my_meds|her_meds|his_meds|pain_pills)
(wont|won't|will_not) need (them|it|those|these|that) (anymore|where_im_going|where_hes_going|where_shes_going)?
(finds|find|found|sees|see) (me|my_body|the_truck|the_car|the_note) before (my|her|his|the|she|he|they)
(wrote|writing|left|leaving) (something|a_thing|stuff|a_message) for my (mom|dad|family|parents|sister|brother|mama|tutu|grandma)
my (jordans|shoes|sneakers|xbox|ps5|switch|games|clothes|stuff|hoodies|room|cat|dog|phone|bike|guitar) (go|goes) to
(code|password|passcode|pin) (to|for) my (phone|laptop|ipad|computer) (is)?

[TIME]
# a time close at hand
tonight
tonite
2nite
today
2day
tomorrow
tmrw
tmr
tmrw
now
this weekend
this (friday|saturday|sunday|monday|tuesday|wednesday|thursday)
(friday|saturday|sunday|monday|tuesday|wednesday|thursday)
after school
(in|within) (an|a_few|a_couple) (hour|hours|minutes|mins)
(at|by) (midnight|2am|3am|1am|4am|noon)
when (mom|dad|everyone|they) (sleeps|sleep|leaves|leave)
soon

[ACT_DONE]
# an act in progress or just done
took
taken
swallowed
drank
just (took|swallowed|drank|cut|did_it)
=popped
=downed

[MANY]
<many>
# an amount that means overdose rather than a normal dose
a bunch
a lot
bunch
=handful
whole bottle
the bottle
all (my|of_my|the|of_them|of_it)
way too many
too many
too much
like (half|all)
half (a|the) bottle
(a|the) whole (bottle|box|pack|packet|strip|sleeve|container)
half (a|the) (bottle|box|pack)

[HIGH_PLACE]
# standing somewhere high, or on the tracks, now (an act in progress)
(standing|sitting|stood|climbed|climbing) (on|onto|at|over) the? (edge|ledge|bridge|roof|rooftop|overpass|railing|tracks|balcony)
on the (ledge|edge|railing)
not (climbing|coming) (back|down)
(not|wont_be|never) (taking|take) the stairs
(on|at) the (edge|ledge|railing) (of|rn|now)
(im|i_am|i'm) not walking back
not (walking|coming|going) back (today|tonight|home|this_time)
not (planning_on|gonna|going_to)? (paddling|paddle|swimming|swim|coming|walking) back (in|to_shore|to_land|to_the_beach)
(paddle|paddling|swim|swimming|walk|walking) out (and|n) not (come|coming|paddle|swim) back
(i_dont_think|dont_think|i_don't_think) (im|i'm|ill_be|ill) (driving|walking|coming|going|making_it) back (down|home)
(not|never) (driving|walking) back down

[PERCH]
# a high place or the tracks: alarming beside a wish, a time or a jump (see frames)
(on|at) the (bridge|roof|rooftop|overpass|=tracks|cliff|top_floor|parking_garage)
off the ~ (bridge|roof|rooftop|overpass|building|parking_garage|dam|tower)
(on|at) top of
parking garage
(4th|5th|6th|7th|8th|9th|10th|top|fifth|sixth|seventh) floor
floors (up|high)
(look|looking) down
train tracks
(location|locations|location_says|location_say|his_location|her_location|their_location) (say|says|shows|is|at)? the (lake|river|bridge|dam|quarry|tracks|cliffs|reservoir)
(on|at) the (platform|subway_platform|train_platform)
(at|on) (da|the) (lookout|scenic_lookout|overlook|pali_lookout)
(from|off) the ~ (bridge|roof|overpass|building|parking_garage|garage)

[JUMP]
jump
jumping
jumped
(stepping|step) off

[NEGATION]
not
never
dont
didnt
doesnt
wont
wouldnt
isnt
arent
nah
nope
no
couldnt

[BUT]
but
though
tho
although
however
except
anyway
anyways
and
n
so
then

[JOKE]
# laughter and "just kidding" mark hyperbole ("kms lol this quiz")
lol
lmao
lmfao
lmaoo
lmaooo
haha
hahaha
jk
jkjk
just kidding
xd
(not|no) (fr|for_real)
=joking
=jokes
=kidding
just =joking
jajsj
jsjsj
jsjs
ajaja
jajaj
ajsj
asjdk

[FIGURATIVE]
# "my mom is gonna kill me" is about trouble, not danger, when it says what for
(when|if|once) (she|he|they|my_mom|my_dad|mom|dad|my_parents) (sees|see|finds_out|find_out|hears|hear|gets_home|get_home|notices|gets)
for (breaking|getting_home_late|forgetting|losing|missing|coming_home_late|denting|failing)
(if|when) i (fail|dont|forget|lose|miss)
(so|such_a|too) (dramatic|extra)
drama queen
before (he|she|my_mom|my_dad|mom|dad|they) (gets|get|comes|come) home
(my_mom|my_dad|mom|dad|my_parents|my_mother|my_father) ~ (gonna|going_to|will|is_gonna) (kill|murder) me
(if|unless) (she|he|they|i|we) (didnt|doesnt|dont|don't|doesn't) (get|win|make|see)
baby (photos|pics|pictures)
embarrassing (photos|pics|pictures|videos)
(if|when) (im|i'm|i_am|i_get_home|i_come_home|i_miss|i_get_there) (late|home_late|curfew)?
(ate|eats|eating|took|stole|finished|drank) my (leftover|leftovers|food|snack|snacks|fries|last|pizza|birria|tacos|chips|drink|cereal|noodles)
(my|the) (cat|dog|puppy|kitten|hamster|bird|parrot) ~ (knocked|broke|ate|chewed|scratched|peed|pooped|stole|threw_up)

[TRIVIA]
# the small things teens exaggerate about: a casual death word about them is hyperbole
quiz
test
exam
grade
grades
homework
essay
wifi
ranked
match
retake
presentation
group project
math
chem
bio
practice
sub
teacher
if (i|he|she|they|my_mom|my_dad) (fail|fails|have_to|has_to|sees|see|says|finds_out|find_out|gets|lose|loses)
one more (time|thing)
embarrassing
cringe
awkward
you too
lunch lady
boleta
report card
lag
wifi
ranked
noob
teammates
queue
patch
(if_i_have_to|if_i_gotta|if_i_hear|if_i_see) ~ one more
one more (stall|worksheet|essay|problem|lap|shift|meeting|email|zoom)
(hw|calc|calculus|apush|apes|worksheet|finals|midterm|sat|act)
(this|the) (cold|heat|weather|snow|rain)
how do (yall|you_guys|people) live here
(during|in) ranked
the wifi (cuts_out|goes_out|is_down|dies)
(dropped|drop|cracked|broke|dropping) (my|her|his|their) phone

[TOPIC]
# talking about a subject, not a person in danger
health class
lesson
essay
project
assignment
presentation
report
poster
slides
research
awareness
prevention
assembly
documentary
movie
film
(tv|that|the|this|a) show
=series
episode
book
novel
character
characters
song
lyrics
news
article
(13|thirteen) reasons why
statistics
debate
(in|at) the end of (the|that) (movie|book|show|episode|season|series)
(in|at) the (movie|book|show)
chapter
lecture
unit
narcan
worksheet
romeo
juliet
health class
role play
roleplay
(what_to_say|what_to_do|what_would_you_do) (if|when)
civics
social studies
fortnite
minecraft
roblox
valorant
apex
elden ring
gta
free fire
anime
manga
webtoon
cs2
csgo
skin drop
totk
zelda
korok
genshin
in (the_game|minecraft|totk|zelda|fortnite|roblox|gta|skyrim|valorant)
(reading|read) (romeo|of_mice|the_book|a_book|for_english|for_class)
warning signs
(in|for|at) health
scene
musical
the play
rehearsal
stage
prop
the cast
sweeney
(it_meant|it_means|stands_for|short_for|the_word)
(warzone|cod|call_of_duty|fortnite|overwatch|league|halo|rainbow_six|pubg|among_us)
(for|in) (psych|psychology|health|english|history) class
internet safety
(explain|define|definition) (what|of)?
=meaning
(in|for) (history|english|health|psych|ethnic_studies|social_studies)
learning about
(a|my|the) reflection
(school|our|the) play
act <n>
(debate|debate_topic|our_topic|the_topic)
(does|do|will|would) (this|the|u|you) (bot)? ~ (tell|report|notify) (counselors|my_parents|anyone|the_school)
(ufc|mma) (fight|fights|match|card|event)?
(singing|sings|sang|song|lyrics|lyric)
(stats|statistics|data|numbers|research|sources) (on|about|for)
(chem|chemistry|science|health|bio|biology|history|psych|psychology) (lab|project)
(chem|chemistry|science|health|bio|biology) teacher (said|says|told_us|tells_us|explained)
(reading|read|writing_about|essay_on|essay_about) (a|the)? (book|novel|story|poem|play)
(a|the|his|her) main character
(the|a) (book|novel|story|movie|show) (where|about)

[PAST]
# long ago: a past attempt or habit is a same-day review (C-SSRS lifetime behaviour)
used to
last year
(years|months|a_year|two_years|2_years|yrs) ago
when i was (little|younger|a_kid|12|13|in_middle_school)
(in|back_in) (middle_school|8th_grade|7th_grade|elementary)
last (spring|summer|fall|winter|month|year)
back then
(clean|better) (now|since)
(doing|feeling) (way)? better now
still got the scars
(old|the_old) scars
(after|since) my (suicide_attempt|attempt|last_attempt)
(a|one|1|two|2|three|3) (year|years|month|months) since
since i tried
(why|how) did (he|she|they)
(spent|was|ended_up|woke_up|stayed) ~ in the (hospital|er|psych_ward|icu)
(im|i_am|doing|feeling) (way|much|a_lot)? better now
(freshman|sophomore|junior|8th_grade|9th_grade|7th_grade|6th_grade) year
back in (the_day|9th_grade|8th_grade|7th_grade|6th_grade|middle_school|elementary|10th_grade)
freshman yr
(old|the_old) (scars|cuts|marks)
(im|i_am) in therapy (now)?
(doing|feeling) (ok|okay|fine|good) now
(in|back_in) (9th_grade|10th_grade|6th_grade)
(clean|sober) (for|since) (over)? (days|weeks|months|a_month|a_year|<n>)
(a|one|1|two|2|three|3|six|6) (year|years|months|month) (clean|without_cutting|sh_free|free)
clean (for)? (<n>|two|three|a) (years|year|months)
(i_said|said) no (its_true|it's_true)?
(todavia|still) (tengo|have|got) (las|the) (marcas|scars|cicatrices)
(old|healed|faded|faint) (cut)? (scars|scar|cuts|marks)

[ABUSE_ACTOR]
# an adult or family member who can hurt a child (mandated-reporter indicators)
dad
mom
father
mother
stepdad
step dad
stepmom
step mom
stepfather
stepmother
parents
parent
uncle
aunt
grandpa
grandma
grandfather
grandmother
abuela
abuelo
tio
tia
(moms|mom's|my_moms) (boyfriend|bf|husband)
(dads|dad's|my_dads) (girlfriend|gf|wife)
foster (mom|dad|parents|parent|home|family)
guardian
brother
sister
cousin
coach
teacher
pastor
priest
youth pastor
babysitter
neighbor
tutor
he
she
they
hes
shes
ex
bf
gf
boyfriend
girlfriend
pops
pop
old man
moms
ma
pa
stepfather
stepmother
assistant coach
(manager|boss|supervisor|shift_lead|shift_manager|youth_leader|youth_leaders|youth_pastor|pastor|priest|deacon|church_leader|small_group_leader|ranch_hand|foreman|landlord|trainer)
(director|asst_director|assistant_director|stage_manager|band_director|choir_director|drama_teacher|tutor|counselor_at_camp)
(staff|staffer|group_home_staff|house_parent|house_mom|house_dad|caseworker|foster_mom|foster_dad|foster_parent|foster_parents)
(granddaddy|grandaddy|granny|grandmama|big_mama|pawpaw|meemaw)
(mum|mummy|mommy|mumsy)
(a|an|this|some|the) (man|guy|lady|woman) (in|from|at|on) (our|my|the) (building|street|block|apartment|neighborhood|church|store|park|bus)
(tito|tita|lolo|lola)
(youth_minister|minister|music_minister|choir_director)

[ABUSE_ACT]
# physical abuse and neglect
(hit|hits|hitting)
(beat|beats|beating|beaten)
(punch|punches|punched)
(kick|kicks|kicked)
(choke|chokes|choked|choking)
(slap|slaps|slapped)
(strangle|strangled|strangles)
(whip|whips|whipped)
(shove|shoved|push|pushed|threw|throws|throw|thrown|slammed|slams|dragged|drags|grab|grabs|grabbed)
(burned|burns|burnt)
(swinging|swung) at
(with|w) (a|the|his|her) (belt|cord|extension_cord|cable|hanger|shoe|stick)
(left|leaves|gave_me|giving_me) (bruises|marks|welts|a_black_eye)
(flog|flogs|flogged|flogging)
(cane|canes|caned|caning)
(presses|pressed|pushes|pushed|held|holds|puts|put|shoves|shoved) my (hand|hands|arm|face|fingers) (on|onto|against|in|into) (the|a)? (comal|stove|iron|burner|grill|pan|plancha|oven|hot)

[NEGLECT]
# neglect and being shut out (Childhelp indicators)
(locks|locked|lock) (me|us) (in|out)
(no|without) food
no food in the house
(doesnt|dont|never|wont) (feed|let_me_eat|buy_food)
(chain|lock) on the fridge
(starves|starving) (me|us)
(moms|dads|parents) been gone
(scared|afraid|terrified) (to|of) (go|going|be|being) (back)? home
(scared|afraid|terrified) of my (dad|mom|stepdad|stepmom|father|mother|parents|uncle|moms_boyfriend)
(leaves|left) us (alone|home_alone|by_ourselves) (for_days|all_weekend|for_a_week)
nothing to eat
(lock|locks|locked) (u|you|me|us|kids) ~ (outside|out) (all_night|overnight|in_the_cold)?
nothing in (our|the|my) (fridge|house|kitchen)
(mom|dad|parents|mother|father) (hasnt|havent|hasn't|has_not|have_not) been home (in|for|since)
(locked|lock|locks) out (since|all_night|in_the_cold|overnight)
(changed|change|changes) the (door_code|locks|code) (on_me|so_i_cant)?
(makes|made|make) (me|him|her|us|them) sleep (outside|in_the_garage|on_the_porch|with_the_dogs|in_the_car|in_the_shed)
(wont|won't|doesnt|doesn't|didnt|didn't|hasnt|hasn't) (let_me_eat|fed_me|feed_me|given_me_food|give_me_food)
no food (since|for) (friday|monday|tuesday|wednesday|thursday|saturday|sunday|days|two_days|2_days|three_days|3_days)
(not_allowed|not_allowed_to|cant|can't|wont_let_me|doesnt_let_me|won't_let_me) (to)? eat ~ (for|days|a_week|<n>_days)
(lock|locks|locked|locking) (me|you|us) (in|inside) (the|a|my)? (cellar|basement|closet|shed|garage|barn|crawlspace)
(hasnt|hasn't|havent|haven't|didnt) (bought|got|gotten) (groceries|food) (in|for) ~ (weeks|days|a_week|a_month)
(gone|away|out) (most|every) (=nights|nights_a_week)
(said|says|told_me|makes_me|made_me) ~ (sleep|sleeping|sleepin) (in_the_yard|outside|in_the_backyard|in_the_garage|in_the_shed|on_the_porch|in_the_car)
(fridge|pantry|cabinets|cupboards) (been|is|are|has_been|have_been|stays)? (empty|bare) (since|for|again|all)
(only|just) eat (at_school|school_lunch|at_lunch|breakfast_at_school)
(weekends|on_weekends) we (dont|don't|do_not) eat
(comes|came) back (w|with) no (groceries|food)
(locks|locked|keeps|padlock|padlocks|padlocked) the (pantry|fridge|kitchen|food|cabinets)
(pantry|fridge|kitchen|food) (is|stays)? (locked|padlocked)
(makes|made|making) me skip (dinner|meals|lunch|breakfast|eating)

[INJURY]
bruise
bruises
marks
mark
black eye
(broke|broken) my
bleeding
welts
scars
cant (sit|walk) right
(always|keeps|still) (has|having|have) (bruises|marks|black_eyes)
black eye
busted lip
(went|cut|gone) (too)? deep (er)?

[TOUCH]
# touching, which means abuse when an adult does it to the writer (see frames)
touch
touches
touched
touching
(rub|rubs|rubbed|rubbing)
(strokes|stroked|stroking)
(grabs|grabbed|grabbing) my (butt|chest|boobs)

[SEXUAL]
# sexual abuse (RAINN indicators)
rape
raped
raping
molest
molested
molests
sexual
sexually
(takes|took|take) (my_clothes|his_clothes) off
nudes
n00dz
noodz
nudz
(pics|pictures|photos|pic) (of_me)? (in_my|without_my) (bra|underwear|clothes|shirt)
(makes|made|make|forced|forces|force|pressured|pressures) me (do_stuff|do_things|do_that|do_it|to_do_stuff|to_do_things|to_do_that|touch|to_touch|send|to_send|watch)
(forced|forces|force|pressured|pressures) me (to)? do
did (stuff|things) to me
(do|does|doing|did) (stuff|things) to me
(spread|spreading|sent|send|sending|post|posted|posting|leak|leaked|share|shared|sharing) my (pics|photos|nudes|pictures|videos)
sent my pics
(sextortion|sextorting)
(comes|came|coming|sneaks) (in|into) (my|her) (room|bed) (at_night|when|every_night|again)
(keeps|kept) (coming|sneaking|getting) (in|into|to) (my|her) (room|bed)
(posted|shared|leaked|spread|sent|sending|passing) ~ (pics|photos|nudes|videos|pictures) ~ (i_sent|around|i_took_for_him|i_took_for_her)
(passing|sending|spreading) them around
(touches|touched|touching|grabs|grabbed) my (body|chest|butt|legs|leg|thigh|thighs|boobs|privates|private_parts)
(sit|sits|sitting) on his lap
(pic|pics|picture|pictures|photo|photos) of me in (my|a) (swimsuit|bra|underwear|bathing_suit|bikini)
(sends|sent) (him|her|me) (pics|nudes|pictures)
(walks|walk|walked|comes|came|barges) in (when|while) (im|i_am|i'm) (changing|showering|in_the_shower|getting_dressed|naked)
(comments|comment|commenting|says_stuff|talks) (on|about) my (body|chest|butt|boobs|curves)
(airdropped|airdrop|airdropping) my (pics|nudes|photos)
(woke_up|wake_up|waking_up) ~ (on_top_of_me|in_my_bed|without_my_clothes|with_my_clothes_off|naked)
(woke_up|wake_up) with (someone|a_guy|him|some_guy) (on_top|on_me)
(going|passed|passing|being_passed|getting_passed|spreading) around ~ (group_chat|group_chats|gc|gcs|school|grade|team|chats)
(pics|photos|nudes|videos) (are|r)? (going|being_passed|getting_passed) around
(walks|walk|walked|comes|came|barges) (in|into) ~ (when|while) (im|i_am) (changing|showering|in_the_shower|getting_dressed|naked|in_the_bath)
(in_ways|in_a_way|in_places) (that|which)? (feel|feels|felt) (wrong|weird|bad|uncomfortable)
(screenshotted|screenshot|screenshots|ss_d|saved) (the|my)? (pics|photos|nudes|videos) (i_sent|i_took)
(theyre|they_are|its|it_is|its_been) in (a|the) (groupchat|group_chat|gc) (with)?
(does|did|do|doing|done) (stuff|things) to (her|him|them|me) (at_night|when)?
(did|does|done|made_me_do) (stuff|things) (i|she|he) (didnt|did_not|don't|dont|didn't) (want|like|want_to_do)
(did|does|done|do|doing) (sex|sexual|s3x|s*x) (stuff|things) (to|with) me
(getting|gettin|being|got|been) (trafficked|trafficking)
(gets|got|climbs|climbed|crawls|crawled|gets_into|comes_into) (in|into) my bed
pressured me (into|to) (sending|send|sendin)
(put|puts|putting|stuck) (his|her) (hands|hand) (in|down|inside|up) my (pants|shorts|shirt|underwear|skirt)
pay (the_rent|rent|him|her|them|it|it_back|my_way)? (another|a_different|some_other|other) (way|ways)
(woke|woken|wake|waking) up ~ (pants_off|naked|with_no_clothes|without_my_clothes|without_clothes|clothes_off|in_his_bed|in_some_guys_bed|in_a_strangers_bed|in_a_guys_room)
(put|slipped|spiked|put_something|slipped_something) (something)? (in|into) my (drink|cup|soda)
(my)? (drink|drinks|cup) (was|got|were)? (spiked|drugged)
(locked|locks|closed|shut) the door ~ (kissed|kisses|touched|touches|grabbed|grabs) me
if i (dont|don't|do_not) let him
(touch|touches|touched|touching) me (in|on)? (wrong|bad|private|my_private) (places|parts|areas|spots)

[SECRECY]
# grooming: secrets and isolation (NCMEC); a secret told or spilled by a friend is everyday
(a|our|little|lil|special) secret
(its|it's|it_is|be|is|keep|kept|keeping) (a|our)? secret
our secret
our lil secret
(dont|not_to|never|do_not) tell (anyone|anybody|nobody|no_one|noone|a_soul|your|ur|my_parents|my_mom|my_dad|your_parents|ur_parents)
(promise|promised|swear|swore) (not_to|to_never|never_to) tell
keep it (between_us|a_secret|secret)
delete (the|our|their) (chats|messages|texts|dms)
(no_one|nobody|noone|no1) (would|will|wud) believe me
(says|said) (im|i_am) (mature|his_favorite|her_favorite|special)
(his|her) favorite
(stay|stays|kept|keep) between us
(dont|do_not) say anything (to|about|or)
(no_one|nobody) can (know|find_out)
(scared|afraid|too_scared) to (tell|say_anything|report_it) (anyone|anybody|what|about_him|about_her|on_him|on_her|the_police|the_cops)
delete (the|our|their|my)? (msgs|chats|messages|texts|dms|convo|conversation) (after|later)?
delete (them|it|those|these) (after|afterwards|later)
(nobody|no_one|noone) would understand (what_we_have|us|our)
(who|nobody|noone|no_one) (would|will|is_gonna) believe me
(cant|can't|not_allowed_to|not_supposed_to|cannot) tell (my_parents|my_mom|my_dad|anyone|anybody|nobody)
(nobody|no_one|noone|no_body) (will|would|is_gonna|is_going_to|gonna) (believe|belive) (me|you|u|a|her|him)
(says|said|told_me) nobody (will|would) (believe|belive)

[EXTORTION]
# sextortion (NCMEC)
unless i (send|pay)
(or|if_i_dont|if_i_don't) (hes|shes|theyre|they_will|he_will|hell|theyll) (post|posting|send|sending|leak|share)
(gonna|going_to|will|threatening_to|threatened_to|said_hed|said_theyd|said_shed) (post|posting|send|sending|leak|share|spread) (them|it|the_pics|my_pics)
blackmail
blackmailing
(threatening|threatened|threatens) to (post|leak|send|share|expose)
(pay|send) (him|them|her) money
(hell|hes_gonna|theyll|shell|gonna|says_hell|said_hed) (send|post|leak|share|show) (them|it|my_pics|the_pics) ~ (if_i_dont|unless|if_i_don't|if_i_do_not)
if i (dont|don't|do_not) send (more|him_more|them_more|her_more)
(or|else|otherwise) (he|she|they|hell|theyll) (sends|send|will_send|posts|shares|leaks|shows) (them|it|the_pics|my_pics|the_noods|the_nudes)

[ONLINE_ADULT]
# an adult the student met online (NCMEC grooming indicators)
(a|this|some|that|an|the) (guy|man|dude|person|someone|girl|acc|account) (from|on|i_met_on|met_online|i_met_online) (discord|insta|instagram|snap|snapchat|tiktok|roblox|fortnite|online|a_game|reddit)
(older|grown) (guy|man|dude) (who|i|that|online|from|keeps|wants|asked|asks|said|says|dms|dmd|texts|snaps|messages|messaged|sent|sends|gave|gives|bought|buys)
grown man
(hes|he_is|she_is|shes) (18|19|20|21|22|23|24|25|26|27|28|29|30|35|40|45|50)
looks like (25|30|40|an_adult)
fake (acc|account) (and|that|n)? (keeps|kept|is|has_been)? (messaging|dming|texting|asking|talking_to|following|sending|added|watching)
(meet|meeting|pick_me_up) (me|up)
(buy|buys|bought) me (stuff|things|gifts)
(man|guy|dude|adult) (who_is|whos|thats|that_is)? (20|21|22|25|26|27|28|30|35|40|45|50) (yo|years_old)?
(dating|datin|with|talking_to) a (20|21|22|23|24|25|26|27|28|29|30|35|40) (yr|yo|year) old
(dating|datin) a (grown|older) (man|guy)
(some|this|an|a|that) (old|older|grown) (guy|man|dude|creep|perv)
(old|older|grown) (guy|man|dude) (online|on_discord|on_snap|on_insta|on_tiktok|on_roblox)
(a|this|some|that) (19|20|21|22|23|24|25|26|27|28|29|30) (yo|year_old|yr_old|years_old|y/o)
(bf|boyfriend) (like|thats|who_is|whos)? (25|26|27|28|29|30|35|40) (yo|year_old)?
(a|the|this|some) (guy|man|dude|older_guy) i met (online|on_discord|on_insta|on_snap|on_tiktok|in_a_game)
(bf|boyfriend|gf|girlfriend) ~ (19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|45) (yo|year_old|years_old)?
(some|a|this|an) <n> (yr|yo|year|y/o|years) (old)? (from|on) (roblox|discord|snap|snapchat|insta|instagram|tiktok|fortnite|minecraft|online|the_internet|xbox)
meeting (some|a|this|an) (guy|man|dude|adult|older_guy) (from|she_met_on|he_met_on) (roblox|discord|snap|snapchat|insta|instagram|tiktok|fortnite|minecraft|online|xbox)

[WEAPON]
gun
guns
rifle
ar
pistol
glock
shotgun
knife
knives
weapon
weapons
bomb
bombs
blade
machete
=ammo
ammunition
bullets
strap
blick
chopper
draco
glizzy
the heat
9mm
(a|the|his|my_uncles|my_dads) (9|45|22|38)
(30_06|9mm|9_mm|12_gauge|twelve_gauge|20_gauge|glock|ar15|ar_15|ak47|ak_47)
bring (bats|a_bat|knives|a_knife|a_gun|guns|weapons|brass_knuckles|a_machete)
(with|has|got|holding|carrying) (a|his|her|their)? (bat|bats|baseball_bat|crowbar|pipe|tire_iron|golf_club)
(a|the|his|her|their|that) (nine|n1ne|strap|blick|draco|ruger|hammer|heater|glizzy)
(w|with) (a|his|her) (bat|crowbar|pipe|tire_iron|knife|gun)
(in|from) (his|her|their) waistband
(lock|rock|padlock) in a sock

[SCHOOL]
school
skool
campus
classroom
cafeteria
lunch
hallway
hall
locker
gym
pep rally
assembly
bus
(backpack|bookbag|locker)
(in|inside) my (bag|hoodie|waistband|car)
(bookbag|book_bag|backpack|dismissal|homeroom|lunch|the_rec|rec_center)
(locker|my_locker|7th|after_7th|6th_period|7th_period)
(homecoming|prom|graduation|the_dance|the_game|pep_rally|the_assembly)
(1st|2nd|3rd|4th|5th|6th|7th|8th|first|second|third|fourth|fifth|sixth|seventh) period
portable

[HARM_OTHERS]
# hurting others: a threat when the writer wants or means to (see frames)
(shoot|shooting|sh00ting|shoot_up|shooting_up) (up)?
(stab|stabbing|st*bbing)
(kill|killing|k*ll|murder) (them|everyone|everybody|him|her|all|them_all|all_of_them|that_kid|my_dad|my_mom|my_stepdad|my_brother|my_sister|my_teacher|someone|somebody)
(bash|smash|crack|bust) (his|her|their) (head|face|skull)
(hurt|hurting|beat|beating) (him|her|them|everyone|someone|somebody)
(attack|attacking) (him|her|them|everyone|someone|people)
(hurting|hurt|beat|beating|kill|killing|stab|stabbing|shoot|shooting) ~ so bad
until (he|they|she) (cant|can't|doesnt|wont) (get_up|move|breathe|stand)
(smash|bash|crack|bust) ~ (face|head|skull)
(hurting|hurt|beat|beating) (the|those|these) (kids|people|guys|girls|boys)
(hurting|hurt) my (little_brother|little_sister|baby_brother|baby_sister|brother|sister|lil_brother|lil_sister)
(hurting|hurt) (him|her|them) (every_day|so_bad|bad)?
(really|actually) (hurting|hurt) (him|her|them)
(fantasize|fantasizing|fantasise|fantasizin) about (hurting|killing|shooting|stabbing|beating|it_in_class)
(how_easy_it_would_be|easy_it_would_be) to (kill|k*ll|hurt|shoot|stab)
(finna|gonna|bout_to|boutta|about_to|gon) (handle|smoke|air_out|slide_on|run_down_on|pop|light_up|spin_on|spin_the_block_on) (them|him|em|those|dem|them_boys|the_block|that_dude|that_boy)
(runnin|running|run|slide|slidin|sliding) (down)? on (the|him|them|em|his|their) (whole_block|block|boys|crib|house|hood)
(picture|imagine|think_about|thinking_about) (bringing|taking|grabbing) (a|my|his|granddaddy|granddaddys|my_dads|my_grandpas)? (gun|shotgun|rifle|pistol)
(punched|slapped|choked|shoved|beat|hit) my (mom|mother|mama|dad|father|sister|brother|grandma|grandpa|girlfriend|boyfriend|gf|bf)
(might|could|will|gonna|going_to) do (worse|something_worse) (next_time)?
kill (his|her|my|their) (stepdad|dad|mom|stepmom|brother|uncle|father|mother|sister)
(cracking|crack|bash|bashing|smash|smashing) ~ (skull|head|face) (open|in)
(kept|keep|keeps) (swinging|hitting|punching|stomping|kicking) (on)? (him|dude|them|that_kid|that_guy) (after|when|while)
(ending|end|gonna_end|finna_end) (him|her|them) (irl|for_real|fr|frfr)

[ATTACK]
# hurting others, said outright (threat-assessment indicators)
(shoot|shooting|sh00ting) up (the|this|my)? (school|place|class|skool|cafeteria)
blow up (the|this)? (school|place)
(bring|bringing|brought|take|taking) (my|a|the|his|my_dads|my_dad's) (gun|knife|weapon|pistol|rifle)
(make|made) them (all)? pay
(hit|kill) list
(list|names) of (who|people|names)
(regret|regrets) (it|how|what)
(theyll|they_will|they_gonna|theyre_gonna|they_gonna) (see|pay|regret)
(dont|do_not) come to school
(gonna|going_to|about_to|bout_to|finna|might|will|im_gonna|i_will) (snap|snapping) (on|and)
(beat|beating|kick|kicking) the ~ out of (him|her|them|that_kid|someone)
(burn|burning|blow_up|blowing_up|explode) ~ (school|place|building) ~ (everyone|everybody)
(school|building|place) (burning_down|burn_down|blowing_up|exploding)
(bring|bringing|brought|taking|gonna_bring) ~ (gun|knife|weapon|pistol|rifle|blade|glock|machete) (tmrw|tomorrow|to_school|tomorow|monday|friday)?
(bring|bringing|bringin|sneak|sneaking) ~ (strap|blick|chopper|draco) (in|to|through)?
(make|made|making) (every_one|everyone|everybody|all|each_one) of them pay
(making|make) them (all)? pay
(gonna|going_to|finna|bout_to) jump (him|her|them) (in|at|after)
(brass_knuckles|knuckles|a_pipe|a_bat) in my (locker|bag|backpack)
(pulled|pulling|pulls|pull) (out)? (a|his|her|the|their)? (knife|gun|blade|pistol|strap|box_cutter)
(hit|hits|swung_at|threw_a_chair_at|hit_staff) (staff|a_teacher|the_teacher|a_staff|security) (with|w) (a|the) (chair|bat|bottle|desk)
(stomped|stomping|stomp) (him|her|them|em|me) out
(jumped|jumpin|jumping) (my|his|her) (lil|little)? (cousin|brother|sister|friend|bro|homie) ~ (5_on_1|4_on_1|3_on_1|stomped)?
(planning|plotting|talking_about|wanna|want_to|gonna_get) (payback|revenge|retaliation)
(finna|gonna|going_to|bout_to|boutta|gon) jump (my|his|her|this|that|a|some) (cousin|brother|sister|friend|kid|boy|girl|freshman|homie)
(make|making|made) (em|them) all pay
(shoot|shooting|shoot_up|shootin) (up)? the (dance|party|game|prom|homecoming|gym|cafeteria|bus|school)
(gonna|its_gonna|going_to|it's_gonna) be payback
payback (this|tonight|tomorrow|this_weekend|after_school)
(planning|plan|plotting|plannin) to jump (this|that|a|some|my) (girl|boy|kid|guy|freshman|cousin|brother|sister)
(jumping|beating|stomping|jumpin) my (brother|sister|cousin|friend|homie|bro)
(a|my) list ~ of (who|people|everyone) (who)? (deserves|deserve) (it)?
(just_got|just_been|was_just|somebody_just_got|someone_just_got) (stabbed|shot|jumped)
(got|getting) (stabbed|shot|jumped) (in|at|outside|behind) the (parking_lot|game|school|bus_stop|gym|football_game|dance)
(shoot|shooting|sh00t|sh00ting) up (homecoming|prom|graduation|the_dance|the_game|the_pep_rally|the_assembly|the_party)
(finsta|account|page|list|post) ~ (who_deserves_it|who_deserve_it)
(do|doing) something (that|thatll|that_will|to) (get|gets|put|puts) me on the news
(somebody|someone|dude|he|they|that_kid) (might|may|could|wont|won't) not? get (back)? up
(im|ima|imma|i'm|i_am|im_finna) (gonna|going_to|finna|bout_to|about_to)? (stab|shank)

[THREAT]
# the writer is threatened (dating violence, bullying, stalking)
(threatened|threatens|threatening|threaten)
(said|says|saying|told_me) (hed|hes_gonna|hes_going_to|he_would|hell|shed|shes_gonna|theyd|theyll|theyre_gonna|they_would|they_will) ~ (kill|hurt|beat|jump|stab|shoot|end|ruin|smoke|handle|pop|regret|find|catch|wait|get|post|leak|send|make|mess_me_up|come_after|come_for|pull_up|show_up|put|do_worse|worse|pay|break|break_in|burn|cut|expose|drop)
(gonna|going_to|will|wants_to|want_to|trying_to) (kill|hurt|beat|jump|stab|shoot|get) me
(jump|jumping) me
(follow|follows|following|followed|stalking|stalks|stalked) me
(he|she|they|my_bf|my_gf|my_ex|he_keeps|she_keeps|keeps) ~ (tracking|tracks|checks|checking|goes_through|go_through|going_through) my (location|phone)
knows where (i|im) (live|at)
(showing|shows|showed) up at my (house|job|school|work|bus_stop)
banging on the door
(grabs|grabbed|grab) my (neck|throat|arm|hair)
(wont|doesnt) leave me alone
(coming|comes|came) (for|after) me
(kys|kill_yourself)
(told|telling|tells|keep_telling) me to (die|kill_myself|kys|go_die)
(not|dont|dont_feel) safe
unsafe
in danger
(keeps|keep|kept) (showing_up|showin_up|coming_to|following)
(shows|showed) up (at|wherever|everywhere)
(hes|shes|theyre) watching me (sleep|shower|change|all_the_time|from|through|outside|at_night|everywhere)
following me
watching me (everywhere|from|outside|all_the_time|through|sleep|shower|change|at_night|home)
(gonna|going_to|will) make me pay
(knows|found|has|posted|leaked) (where_i_live|my_address|my_real_name|my_school)
(pics|pictures|photos|pic) of (my_house|the_outside_of_my_house|my_window|my_bedroom_window|my_school|my_car|me_sleeping)
(parked|waiting|sitting) (outside|at_the_end_of|in_front_of|down_the_street_from) (my|our) (house|road|street|driveway|school|work|job)
(circling|driving_past|driving_by|parked_outside|sitting_outside) (my|our) (house|block|street|school)
(hurt|do_something_to|get) my (family|mom|little_sister|little_brother) (if|unless)
next time (its|it_will_be|itll_be|ill_do) (my|ur|your) (face|head|turn)
(know|knows|knew) my (schedule|address|location|route|class_schedule)
(gonna|going_to|will) get what (i|you|u) deserve
(following|followed|follows) (the|our|my) (school_bus|bus|car|truck)
(parking|parked|sitting) (by|near|outside|at) (our|my) (house|driveway|gate|cattle_guard|road|mailbox)
(know|knows) where (we|i|my_family|my_mom|my_sister) (live|lives|stay|stays)
(pay|paying) (what|the_money) (he|my_brother|my_dad|my_cousin) (owes|owed)
(waiting|wait|gonna_wait) for me (by|at|after|outside|near) ~ (with|w) (a|the)? (bat|knife|gun|strap|pipe|crowbar)
(waiting|waitin) for me (by|at|after|outside|near)
next time (is|its|will_be|it'll_be) (worse|worst)
if i tell (anyone|anybody|someone|my_mom)
(send|sending|gonna_send|he_gonna_send) me back to
if i tell (the_counselor|anyone|a_teacher|the_school|someone) (about)?
(knows|know|found_out) where (i|u|you) (live|work|stay|sleep)
(gonna|going_to|will|finna) be (waiting|waitin) (for_me)? (outside|at|by)
(gonna|going_to|finna|will|gon) (beat|jump|whoop|fight|stomp|pound|rock) (me|my_ass|my_a$$|my_butt|my_face|me_up)
take it out on me
(gonna|going_to|will|finna|gon) put (me|you|u) in the (hospital|er|ground|grave)
(gon|gonna|finna|going_to|bout_to) catch me (after_school|outside|at|lacking|slippin|slipping|walking|on_the_way)
(its|it's|it_is) on sight
(know|knows|found_out) where (my|our) ~ (go|goes|live|lives|stay|stays|work|works)
snitch (families|family|fams) (pay|gonna_pay|get_hurt)
next time it (wont|won't|will_not|aint|ain't) be the (wall|door|table|mirror)
(said|says|told_me|saying) (im|i'm|i_am|ima_be|imma_be) dead (when|if|after|once)
(know|knows) (which|what) (train|bus|way|route|door|stop) i (take|use|walk|get_off)
(they|he|she|them) (gon|gonna|finna|going_to|bout_to) catch me
(sending|sent|sends|keeps_sending) me (my)? (address|home_address|pics_of_my_building|pics_of_my_house)
(gon|gonna|finna|going_to|bout_to) (spin|slide|pull_up) on me
(know|knows) my (stop|bus_stop|route|address|school|schedule)
(knows|know) where (mamaw|my_grandma|my_mom|my_family|my_granny|grandma|my_little_sister|my_brother) (lives|live|stays|works)
(what_time|when) i get off (the|my) bus
(hes|he's|shes|she's|theyre|they're|he|she|they|he_will|she_will) (gonna|going_to|will|gon) end me
(knows|know) my (whole|entire|class|daily)? (schedule|routine|address|route)
(knows|know) (what|which|where) (school|class) (i|im) (go|go_to|at|in)
(said|says|told_me|saying) (im|i'm|i_am|ur|youre|you're) (dead|done|finished) (monday|tuesday|wednesday|thursday|friday|tomorrow|tmrw|tmr|today|tonight|after_school|at_lunch|next_week)
(hell|he'll|he_will|theyll|they'll|she'll|shell|she_will|they_will) make sure ~ (gets|get|is|ends_up|end_up) (hurt|hit|jumped|beat|killed|beaten)
(knows|know) (which|what) (bus|car|route) (i|she|he|my_sister|my_brother|we) (ride|rides|take|takes|drive|drives)
(fix|rearrange|mess_up|bust|smash|beat) my (face|head|shit)
showed (me|him|her|us) (a|his|the|a_real) (gun|knife|piece|strap|pistol|blade)
(theyre|they're|they_are|hes|he's|shes|she's) (jumping|gonna_jump|going_to_jump) me
(keeps|kept|keep) (showing_up|turning_up|popping_up) (everywhere|wherever|where)
(knows|know) my ~ (address|schedule|routine|locker_combo|combo|locker_combination)
(hell|he'll|she'll|shell|theyll|they'll) end me
(gonna|going_to|will|want_to|wanna|trying_to) (initiate|haze) me
(who_gets_to|who_gets|whos_gonna|who_will|who_should) (beat|jump|fight|hit|stab|shoot) me
(put|posted|leaked|shared|dropped|doxxed) my (address|home_address|location|house)
(sent|posted|dropped) (me)? (a)? (pic|picture|photo|screenshot) of my (house|address|street|front_door)
watch what happens (to_you|to_u|after_school)
(a_go|gonna|going_to|finna) slap (mi|me) up
(nah|dont|don't|no|not) (feel|feeling) safe
(wrote|written|writing|carved|scratched|spray_painted) my name ~ (ur_dead|youre_dead|you're_dead|dead|die|next|kill|rip)
(you|u|ya|yu) (snitched|snitchin|snitching)
(snitches|snitch) (get|gets) (stitches|hurt|got)
knows (which|what) (building|apartment|house|street|school|bus|door) (i|im) (live_in|live|go_to|stay_in|take|stay_at)
(call|calls|calling|report|reports|reporting) (ice|immigration|la_migra) (on)?
(he|she|they|he's|hes) (wont|won't|will_not|doesnt|doesn't|isnt_gonna) let me (leave|go|out|get_out)
(they|he|she) (know|knows) my (address|house|street|schedule)

[FEAR]
scared
afraid
terrified
(fear|fearing)
help
help me
(pls|plz|please)
hiding
(locked|lock) (my|the) (door|bathroom)
im scared
freaked out
bury (nobody|anybody|another|one_more|someone|no_one) (else)?

[NO_ANSWER]
# someone who stopped answering (alarming only beside a crisis: see frames)
(wont|doesnt|didnt|isnt|stopped) (answer|answering|respond|responding|pick_up|picking_up|reply|replying|opening)
(not|stopped) (answering|responding|replying|picking_up|opening_my_messages)
(left_on|on) read
(hes|shes|theyre|is|went|been) offline
(turned_off|deleted) (his|her|their) (location|account|acc)
(hasnt|hasn't|havent|haven't|has_not) (answered|responded|replied|texted_back|been_online|posted) (in|for|since) ~ (days|weeks|day)?
(not|isnt|isn't|she_not|he_not|aint|ain't) (answering|responding|answerin) (me)?
(nobody|no_one|noone|cant|can't|cannot|we_cant) (can)? (reach|get_ahold_of|get_a_hold_of|get_through_to) (him|her|them)
(not|isnt|isn't|stopped) opening (anything|my_snaps|my_texts|snaps|messages|my_messages|the_chat)

[UNRESPONSIVE]
# someone who cannot be woken: call 911
(wont|doesnt|didnt|cant|wont_even) (wake|wake_up)
not (waking|breathing|moving)
(isnt|is_not|stopped) breathing
unconscious
turning blue
(lips|face) (are|is) blue
foaming
(lying|laying|collapsed|passed_out) on the (floor|ground|bathroom_floor)
(cant|can_not) keep (my|her|his) eyes open
(isnt|is_not|not|wasnt) waking up
(lips|face|skin|fingers) ~ (blue|purple|gray|grey)
(having|had|having_a) (a)? (seizure|seizures|fit)
(seizing|convulsing|shaking_on_the_floor)

[MEDICAL]
# medical emergencies (overdose, alcohol poisoning, eating-disorder crisis)
(cant|can_not|cannot) (breathe|stand|stand_up|feel_my|stop_shaking|stop_throwing_up|stop_puking)
(heart|chest) (racing|pounding|hurts|pain|going_crazy|skipping)
(throwing|threw|throw|puking|puked|vomiting|vomited) up blood
(blood|bloody) (in_it|in_my_vomit)
(throw|throwing|threw|puke|puking|purge|purging|purged) (up)? (every|after|again)
(havent|hasnt|didnt|not|haven't) (eaten|eat|had_food|had_real_food) (in|for|since)
(fainted|fainting|faint|passed_out|blacked_out|almost_passed_out)
(starving|starve) myself
(dizzy|numb) (af|so_bad)
(calories|cals) a day
alcohol poisoning
(too_many|way_too_many) (pills|adhd_pills|meds)
(mixed|mixing) (pills|alcohol|xanax|meds)
(drank|drunk) (a_whole|half_a|the_whole) (bottle|fifth)
(keep|keeps|cant_stop) (puking|throwing_up|vomiting)
(havent|hasnt|havnt|didnt) (eaten|ate|had) ~ (in|for|since)
(havent|haven't|hasnt|havnt|didnt) (really|even|actually) (eaten|ate) (anything|much|real_food|food)? (since|in|for)
(barely|not) (eaten|eating) (in|for) (days|a_week|<n>)
(throw|throwing|puke|puking) up (every|evry|each|after) (meal|time|i_eat)
(cant|can_not) stop (throwing_up|puking|shaking|vomiting)
(i|he|she|friend|they) (overdosed|is_overdosing|od_d|odd)
overdosing (rn|right_now|now)
(shes|hes|theyre|im|she_is|he_is) (overdosing|oding)
(heart|chest) ~ (racing|pounding|going_crazy|skipping|beating_so_fast|super_fast)
passed out
<n> (cal|cals|calories) (a|per) day
(drank|drunk) ~ (bottle|fifth|handle) (of)? (vodka|tequila|whiskey|rum|liquor|alcohol)?
everything is spinning
(threw|throwing|thrown) up (twice|again|a_lot|three_times)
(cant|can't|cannot) stop (taking|using|drinking|popping)
(get|getting|got) the shakes
withdrawal
withdrawals
(heart|chest) ~ (fluttery|fluttering|skipping|weird|skips)
(making|make|made) myself (throw_up|puke|vomit)
(throwing_up|puking|vomiting) for (hours|hrs|a_while|the_whole_night)
(hands|face|arms|legs|lips) (feel|are|r|went|feels) (numb|tingly)
(pastillas|pills|meds|xanax|xans|percs|sleeping_pills) ~ (con|with|and) (alcohol|liquor|vodka|tequila|beer|cerveza|drinking)
(drank|drunk) (way)? too much
had (way)? too much (to_drink|alcohol|tequila|vodka|liquor|beer|lean|xans|pills|henny|fireball|jungle_juice|punch)
(room|everything|world) (is|keeps|was) spinning
(throwing_up|puking|vomiting|been_throwing_up) for <n> (hours|hrs)
(really|so|super) cold (and|n) (shaking|throwing_up|cant)
(mix|mixed|mixing) (lean|xans|pills|meds|alcohol) (with|and|w)
(woke|wake|waking) up on the (floor|ground|bathroom_floor)
(stopped|quit|not|stop) taking (my|his|her)? (seizure|epilepsy|insulin|heart|diabetes) (meds|medication|medicine|pills)
(had|having) (two|2|three|3|a_few|a_couple|several) seizures
(seeing|seein|hearing|hearin) (stuff|things|shadows|people|voices) (that_arent_there|in_the_corners|in_the_corner|nobody_else_sees)?
(3|three|4|four|5|five) (nights|days) (no|without|w/o) sleep
(took|swallowed|popped|had) (too_many|way_too_many|too_much|way_too_much)
(havent|haven't|hasnt|hasn't|not|didnt|didn't) (eaten|ate|eat) (anything)? (in|for) (3|4|5|6|7|three|four|five|six|seven|a_week|days)
(poop|stool|pee|poo) (is|was|looks|came_out)? (black|bloody|red|tar)
black (poop|stool|stools)
(stopped|quit|skipping|skip|skipped|not_taking) (taking|using|my|doing_my)? insulin
(purging|purge|purged) ~ (times_a_day|a_day|every_day|after_every_meal|after_i_eat)
(cant|can't|cannot) (really)? breathe (deep|right|good)
(poop|stool|poo) (has_been|been|is|was|looks|turned) (black|bloody|tar)
(purging|purge|purged) like
(rationing|ration|rationed|stretching|skipping|skip) (my|the|our)? insulin
insulin ~ (ran_out|running_out|cant_afford|can't_afford|gone|rationing)
(is|are|was|were|might_be|could_be|prob|probably) (fent|fentanyl|laced|pressed)
(cant|couldnt|can't|couldn't) (afford|get|buy) (my|the)? insulin
(swollen|swelled_up) (and)? (purple|black|blue)
(cant|can't|cannot) move (my)? (<n>|two|three|my) (fingers|toes)
skin (is)? (all)? (white|bubbly|blistered|blistering|peeling_off)
insulin pump (broke|broken|stopped|isnt_working|died)
(meter|sugar|glucose|bg) (just)? (says|reads|is|at) (hi|high|over_500|500|600)
(breath|breathe) (smells|smell|smelling) like (nail_polish|nail_polish_remover|acetone|fruit)
(kinda|getting|its_getting|its_kinda|its_really) hard to breathe

[RUN_OFF]
# leaving: running away when the writer means to (see frames)
(run|running|runnin|ran) away
(run|running|ran) off
(leave|leaving|leavin|left|get_out_of) (home|this_house|the_house|here)
(leave|leaving|leavin|left) for good
(sneak|sneaking|snuck) out
(packed|packing) (my|a) (bag|stuff|things)
(saving|save) (up)? (money)? to (leave|run_away|get_out|move_out)
(cant|can't|cannot) stay here (anymore)?
(hitch|hitchhike|hitchhiking)
(packed|packing) (my|a) (bag|duffel|backpack|stuff|things)
(run|running|runnin) back to
how far (does|would|will) ~ (get_u|get_you|get_me) (on_a_bus|on_a_greyhound)?
(leaving|leavin|left|going|im_out|heading_out) (rn|now|tonight|right_now|for_good)
(hitch|hitching|hitchhike|hitchhiking) (a)? (ride)?
(walking|walkin|headed|heading) to the (highway|interstate|bus_station|greyhound)
(walking|walkin) (on|along|down) the (highway|interstate|freeway|side_of_the_highway)
not staying here (w|with) (him|her|them) (anymore|no_more)?
(climbing|climb|climbed|sneak|sneaking|snuck) out (the|my) window
(hop|hopping|catch|catching|jump|jumping|ride|riding) (a|the)? (freight|freight_train|train|greyhound|boxcar) (out|outta|to|south|north|east|west)?
(taking|take) off to
(thinking_of|thinking_about|thinking_abt) (just)? (taking_off|leaving|running|bouncing)
(walk|walking|hike|hiking|hitchhike|hitchhiking|bike|biking) (to|all_the_way_to) my (dads|moms|grandmas|aunts|uncles|cousins|abuelas|tias|tios)
(like|about|almost|over) <n> miles

[RUNAWAY]
# running away and homelessness (National Runaway Safeline)
(run|running|ran) away from (home|here|my_house|this_house|my_family)
(not|never) coming back
(dip|dipping) from (home|here)
(kicked|threw|thrown|kick) me out
kicked out
(nowhere|no_where|no_place|nowhere_safe) to (sleep|stay|go)
(sleep|sleeping|slept|sleepin) (in|at|on) (the_park|my_car|the_street|the_streets|a_park|the_porch|the_bus_station|outside)
couch (surf|surfing|surfin)
(packed|packing|packin) (a|my) bag
bag (is)? (packed|ready)
(bus|train) ticket
on the street
(cant|can_not|cannot) go (back)? home
(where|idk_where) (im|i_am) (gonna|going_to) (sleep|stay)
i ran away
(im|i_am) (running|runnin) away
greyhound
(bus|train) (ticket|tickets)
(left|ran_away_from) home (yesterday|last_night|today|on|a_week|two_days)
(dont_know|idk|no_idea|not_sure) where (ill|i_will|im_gonna|to|i_can|im_going_to) (go|sleep|stay)
(sleeping|slept|sleep|been_sleeping) (in|at|on) (the|a) (dugout|park|car|street|mcdonalds|library|bus_station|station|porch|garage|shed|woods|tent|stairwell|24hr_mcdonalds|walmart)
(left|ran_away_from) home (saturday|sunday|friday|monday|<n>_days_ago|days_ago)
(cant|can't|cannot) go back (home)?
where (can|do|could|would) (i|u|you|a) ~ sleep
(idk|dont_know|no_idea|not_sure) where (im|i_am|ima|imma|we) (sleeping|sleepin|staying|gonna_sleep|going_to_sleep)
(got|get|getting|were|we_got|just_got) evicted
eviction
(if|when) i (left|leave|ran_away|run_away) (and|n) (went|go|moved|took_a_bus) to
(not|never) (going|gonna_go|coming|goin) back home
ride the (train|bus|subway) all night
(left|ran_away_from) home <n> (nights|days|weeks) ago
(sleeping|slept|sleep|been_sleeping) (in|at) (the|a)? (24hr|24_hour)? (laundromat|laundry|bus_stop|stairwell|train_station)
anywhere (thats|that_is|that's) not (my_house|home|here)
(bag|backpack|duffel) (is)? (half)? (packed|ready)
(im|i_am|i'm) leaving for real
(my_cousin|my_aunt|my_friend|someone) ~ (said|says) i (could|can) (come_stay|stay|crash)
not telling (anyone|anybody|nobody|no_one) where
(left|ran_from|ran_away_from|bounced_from|walked_out_of|bolted_from) (my)? (foster_placement|placement|group_home|foster_home|the_group_home|the_shelter)
couch (hopping|hoppin|surfing|surfin)
(put|threw|kicked|kicks|puts) me out
(sleep|sleeping|slept) in (the|a|my)? (stockroom|car|park|station|laundromat|stairwell|tent)
(sending|send|ship|shipping|sends) me ~ to (fix|cure|straighten_out|straighten|pray_away|change) me
(slept|sleep|sleeping|sleepin) (by|under|near|in|at) the (wash|bridge|overpass|park|river|tracks|creek|beach|levee)
(aint|ain't|not|im_not) going back to the (group_home|placement|shelter|foster_home)
(sleeping|slept|sleep|sleepin) under the (bleachers|bridge|overpass|stairs|stairwell|slide)
(riding|ridin|rode) the ~ (all_night|back_and_forth)
(sleep|sleeping|sleepin|slept) in my (truck|car)
(grandma|mom|dad|parents|nobody|my_mom|my_dad|mamaw) (dont|doesnt|don't|doesn't) know where i (am|be|went)
(ride|riding) (bart|the_bus|the_train|the_subway|the_metro|the_muni) all night
(doesnt|doesn't|dont|don't) want me (there|here|home|in_the_house|around) (anymore)?
(dont|don't|do_not|pls_dont|please_dont) (look|come_looking) for me
(sleeping|sleep|slept|sleepin) (behind|under|in_back_of) (the|a)
(sleeping|sleep|slept|sleepin) in the (yard|backyard)
(said|told_me|says) (dont|don't|do_not|not_to) come back
(packed|put|threw) (a|my)? (trash_bag|bag|garbage_bag) (w|with|of|full_of) my (clothes|stuff)
(idk|dont_know|no_idea|not_sure) where (im|i_am|ill_be) (going|gonna_go|staying|gonna_be|gonna_stay) (after|when|tonight|this_weekend)
(im|i'm|i_am) at the (trax|bus|train|greyhound|metro|amtrak|light_rail) station (with|w) my (backpack|bag|stuff|clothes)
not (their|your|his|her|ur) (daughter|son|kid|child) anymore
(i_already_know|already_know|i_know|found|i_found) a place (i_can|to) stay
(im|i'm|i_am) leaving before (they|my_parents|my_mom|my_dad)
(staying|sleeping|living|been_staying|been_sleeping|been_living) in (my|his|her|our|a|the) ~ (car|truck|van)

[HOPELESS]
# hopelessness without ideation: same-day review (Lifeline warning signs)
hopeless
(whats|what_is|whats_even) the point
no point
pointless
(why|why_even) (bother|try)
nothing (matters|changes|ever_changes|will_change|gets_better|ever_gets_better|works_out)
(never|not) (gonna|going_to) get better
(a|such_a) burden
(tired|sick) of (everything|living|life|it_all|existing|trying)
(give|gave|giving) up
empty inside
(feel|like) a ghost
(no|never_any) way out
stuck forever
(im|i_am) (done|over_it)

[GRIEF]
(=died|=passed|passed_away|was_killed|got_shot|got_killed|=killed_himself|=killed_herself)
funeral
wake
(miss|missing) (him|her|them|my)
(lost|losing) my
since (he|she) (=died|=passed)
better place
(who|that) (died|passed_away|passed|got_killed|was_killed|got_shot)
(my|our) (dog|cat|pet|puppy|bunny) (got_hit|died|passed|was_hit|got_run_over)
(my|our) (abuela|abuelo|grandma|grandpa|uncle|aunt|tia|tio|cousin) (died|passed|passed_away)

[OTHER_DEATH]
# someone else ending their life: a third-party report
(end|ending|take|taking) (his|her|their) (own)? life
(kill|killing|k*ll|unalive|off) (himself|herself|themselves|themself)
(doesnt|dont|cant|does_not) see (herself|himself|themselves|themself) (alive|living|here|around) (by|in|past|at|after)
(nobody|no_one|noone) would (miss|notice) (him|her|them) if (he|she|they) (was|were|died)
(she|he|they) (doesnt|does_not|dont|don't) want to (be_alive|live|exist|be_here|wake_up) (anymore)?

[POISON]
bleach
poison
rat poison
antifreeze
drano
cleaner
(something|stuff|some) (from)? under the sink
cleaning (stuff|products|spray|supplies)

[DELIBERATE]
on purpose
to feel something
to feel better
to punish myself
so i can feel
(the_only_thing|only_thing|only_way) (that|to)? ~ (helps|works|stop|stops|shut_up|quiet|calm|feel|numb)

[VOMIT]
throw up
throwing up
threw up
puke
puking
puked
purge
purging
purged
vomit
vomiting

[BLOOD]
blood
bleed
bleeding
bloody
(towel|towels|shirt|sink|tile|floor|sheets) (is|are)? (mostly|all|soaked|covered)? (red|bloody)

[ABUSE_TOOL]
belt
cord
extension cord
cable
hanger
wooden spoon
(a|the|with|w) switch
(buckle|buckle_end|belt_buckle|extension_cord|paddle)
koboko
(a|the|with|w) (whip|cane|rod|chancla)

[OTHER_OBJECT]
her
him
them

[BENIGN]
# ordinary reasons that explain a bare mention: accidents, chores, hand-me-downs, hunting
(by_accident|accidentally|on_a_can|can_lid|on_the_stove|tripped|fell_off|paper_cut|band_aid|bandaid)
old (clothes|stuff|toys|stuffed_animals|books|shoes|hoodies|games|jerseys)
(outgrown|dont_fit|donate|donating|garage_sale|yard_sale|too_small)
(hunting|shooting_range|the_range|target_practice|skeet|deer|duck_season)
(cake|onions|onion|vegetables|veggies|pizza|steak|=cooking|culinary|chef|recipe|kitchen|bread|sandwich)
(dissect|dissected|dissecting|frog|frogs|fetal_pig)
for fun
(swimming_hole|swimming|every_summer|cannonball)
(gut|gutting|=sharpen|=sharpening|whetstone|fish|fishing|filet|fillet)
(tackled|sprained|sprain)
(skateboard|skating|skatepark|bike|biking|scooter|scrapes|wiped_out|ate_it)
(goodwill|donation|charity|thrift|thrift_store)
(for_graduation|going_away_party|farewell_party|senior_mentors|camp_counselor|exchange_student|moving_away)
(pescar|carnada|bait)
(blood_packs|fake_blood|stage_blood|prop_knife|props)
(like|as) (my|the) (doctor|dr|nurse|pharmacist) (said|told_me|prescribed|says)
prescribed
on the (box|can|lid|paper|nori|grater|mandoline)
(sushi|nori|culinary_class|prep_cook|line_cook|dishwasher)
(swimming_hole|every_summer)
(nosebleed|nose_bleed|bloody_nose|paper_cut)
(blood_drawn|blood_test|sports_physical|flu_shot|vaccine|needles|the_dentist|braces)
baby (photos|pics|pictures)
(vet|veterinarian|barbed_wire|coyotes|coyote|hogs|varmints|paw|hoof)
(made_us_run|run_suicides|ran_laps|running_laps|leg_day|conditioning|sprints)
(snake|python|ball_python|lizard|gecko|hamster|goldfish|tortoise|parrot)
(beep_test|pacer_test|tryouts|made_the_team|cross_country)
(bungee|bungee_jumped|zipline|ziplining|cliff_diving|parasailing|skydiving)
(retiring|retirement|going_away_card|card_for|farewell_card|moving_away_party)
(ate|swallowed) (a|the|my)? (whole)? (sock|toy|bone|chocolate)
(ibuprofen|advil|tylenol|motrin) (for|after) (a|my|the)? (headache|cramps|fever)
after <n> ibuprofen
(stubbed|scraped|skinned|banged) (my)? (toe|knee|elbow|shin|finger)
(boxing|sparring|mma|jiu_jitsu|bjj|muay_thai|karate|kickboxing) (practice|match|class|sparring|session)
(opening|open) (a|the) (can|package|box|jar)
(chopping|cutting|slicing) (onions|vegetables|veggies|tomatoes|an_avocado|a_bagel|carrots)
(fought|fighting|fight|fightin) over (the|a|my|his)? (xbox|ps5|remote|controller|game|tv|phone|charger|front_seat|switch)
(as|like) (prescribed|directed|the_doctor_said|the_label_says|my_doctor_said)
(slicing|chopping|dicing|peeling)
(shes|hes|she's|he's|theyre|they're|she|he|she_is|he_is) (is)? (fine|ok|okay|good|all_good) now
nurse gave (her|him|me|them)
(bb|airsoft|nerf|paintball|pellet) (gun|guns|rifle)
(shot|shoot|shooting) cans
(blood_drive|giving_blood|gave_blood|donated_blood|donating_blood)
(gave|give|giving|got) me (juice|orange_juice|a_juice|crackers|cookies|a_snack)

[DO_IT]
# doing "it" without naming it, after thinking of how or when
(how|when|where) (id|i_would|ill|i_will|im_gonna|to|i_should|i_could) do it
do it (tonight|today|soon|this_weekend|when)

[I]
# the writer as the one who acts
i
im
ive
ill
id
i_am
im
i_am

[CONDITIONAL]
# "if not": a condition, not a negation ("if i don't join they'll kill me")
if (not|i_dont|i_don't|you_dont)
or else
unless

[GIVE]
# giving something away
(gave|give|giving|gifted) (away)?
(left|leaving) (my|all_my)

[VALUED]
# things a person would keep if they meant to go on living
(cat|dog|pet|ps5|ps4|xbox|switch|hoodie|hoodies|airpods|phone|jewelry|games|clothes|stuff|things|plants|necklace|ring|guitar|sneakers|shoes|collection|cards|fish|hamster|bunny|snake)
(board|skateboard|deck|guitar|xbox|ps5|switch|bike)
(leash|collar|dogs_leash|dog's_leash)

[ACCESS]
# getting hold of a means (C-SSRS: preparatory behaviour)
(found|know|have|got|figured_out) (the|his|her|where)? ~ (code|combination|key)
(gun|key) (to|for) the (gun)? safe
gun safe
(im|i_am|gonna|going_to) (use|using) (it|them)
(bought|buying|ordered|got) (a|some)? (rope|gun|pills|razor|blades|bullets)
where (he|she|they|my_dad|my_mom) (hides|keeps) (the|his|her)? (gun|pills|key|meds)
(safe|gun_safe) (code|combination)
(took|take|got|get) (the|a)? (blade|blades) out of
(took|take) (it|the_blade|the_blades|them) out of
(blade|blades|razor) ~ (took|take|got) (it|them)? out (of)?
(know|knows) the (combo|combination|code|pin)

[LETHAL_Q]
# asking how to die or what dose kills
(what|how_much|how_many) ~ (kills|would_kill|to_kill|will_kill) (you|a_person|someone|me|u)
(lethal|fatal|deadly) (dose|amount)
painless (way|ways) to (go|die|end_it)
(most|least) painless
(quickest|fastest|easiest|best) (way|ways) to (die|go|end_it|kill_myself)
(would|is) ~ (be_enough|enough) to (die|kill|end_it)
how (do_you|to|can_i|do_i) (die|end_it|kill_yourself)
how (high|tall|far|deep) (does|would|do|is) ~ (to_die|to_end_it|end_it|to_kill|to_actually|enough)
least painful (way|ways) to (die|go|end_it)
least painful way

[CUTS]
# wounds a person made
cuts
c*ts
scabs
marks
burns
bruises
scratches
slashes
fresh ones
(new|fresh) (ones|marks|lines)

[HIDE]
# hiding wounds
(hide|hiding|cover|covering|hid) (them|it|my_arms|my_wrists|my_legs)?
(wear|wearing|wore|wearin) (hoodies|hoodie|long_sleeves|sleeves|sweats|jackets|a_jacket|bracelets) (bc|because|cause|so|to_hide|in_summer|in_may|in_june|all_the_time)
(cant|dont|cannot) let (anyone|anybody|people|my_mom|my_parents) see
so no one sees
so nobody sees
so it looks like
(told|tell|telling) (my_mom|my_dad|them|everyone|people|the_nurse|my_parents|my_coach) (it_was|i_fell|its|that_i|they_were)
how (do|can|should) i hide
(said|told_them|told_her|told_him|told_my_mom|i_said) it was (my_cat|the_cat|an_accident|the_dog|from)
(if|when) (anyone|anybody|someone|they) (asks|ask)
told the (er|nurse|doctor|teacher|coach|school) (i|that_i) (tripped|fell|slipped|walked_into)
(wear|wearing|wore|wearin) (hoodies|hoodie|long_sleeves|sleeves|sweats|jackets|a_jacket|bracelets) ~ (so|bc|because) (no_one|nobody|coach|my_mom|my_parents|people|anyone|they) (doesnt|dont|wont|cant)? (see|sees|notice|notices|ask|asks)
where (they|nobody|no_one|noone|people|my_parents) (cant|can't|wont|won't) see
under (his|her|my|the) (mattress|pillow)
(keep|keeps|kept) lying (to|about)

[DRUNK]
drunk
high
wasted
hammered

[US]
us

[NOW]
# happening as the student writes: concrete, no joke or denial explains it
currently
(as|while) i (type|text|write|am_typing)
as we speak
rn
right now
(already|i_already) (started|began)

[FAREWELL]
# a goodbye that alarms beside a high place or a means
wanted (someone|somebody|yall|u|you|anyone) to know
bye
goodbye
sorry for everything
love (you|u) (all|guys)
gg (everyone|all|yall|guys|ez)
(tell|told) ~ (sorry|i_love_them|goodbye)
sorry (mom|dad|everyone|mama|guys)
(waving_hand)
see (yall|you|u|ya|you_all) never
(see_you|see_ya|cya) (on_the_other_side|in_another_life)
(this_is|its|this_will_be) the last (msg|message|text|post) (im_sending|i_send|i_will_send|ever|from_me)?
(not|aint) (going|goin|gonna_go|coming|comin|gonna_come) (home|back_home) (tonight|ever|again|anymore)?
(wont|won't|will_not) (be)? (coming|going) (home|back) (tonight|ever|again)?
(idk|dont_know|don't_know) who else to (tell|talk_to|text|msg)
(prob|probably|prolly|maybe) my last (msg|message|text)
gg go next
go next
not (going|goin|gonna_go) back (home|to_either_house|to_my_house|to_that_house|there)
last post (fr|ever|ig|lol)?
(dont|don't|do_not) (try_to|come)? (find|look_for) me
(see_yall|see_y'all|c_yall|see_ya_all) on the other side
(posting|posted|posts) rip (to|for) (himself|herself|myself|themself)
(not|dont_think_im|don't_think_i'm|never|im_not) (coming|going) back (inside|in|home|out|up)
(writing|write|wrote) this so (there's|theres|there_is|someone|somebody|people)
sorry (coach|nana|grandma|abuela|mami|papi|yall|everybody|bro|sis|mom|dad)
(tell|told) ~ thanks for everything
(dont|don't|do_not|pls_dont|please_dont|no) call (anyone|anybody|nobody|the_cops|911|my_mom|my_parents|my_dad|my_phone)
last (story|post|snap|video|tiktok|pic) (ever|fr|for_real|forever)

[DRUG_USE]
(took|smoked|drank|popped) something
(someone|somebody|they) gave me something
(idk|dont_know|not_sure) what (was|is) in (the|it|that)
(snorted|snorting|sniffed|railed|smoked|popped|took) (something|smth|sumn|a_line|some_pills|a_pill|a_bar|a_perc|a_xan)
(poppin|popping|popped|taking) (my|his|her)? (roommates|friends|moms|brothers)? (addy|adderall|xans|xanax|percs|bars|pills)
needles and a spoon
(a|the|his|her)? (needle|needles|syringe|syringes) (in|on|under|by)
(hit|hitting|took) (a|the|his|her|some)? (vape|pen|cart|dab)
(hit|hitting|took|did) (a|the|my)? (dab_pen|dab|cart|wax_pen)
(took|popped|swallowed|tried|take) (half|half_of|a|one|two|2)? (a|the)? (perc|percs|blue|blues|m30|m30s|fake_perc|pressed_pill|xan|xans)
(taking|took|been_taking|take) ~ diet pills

[CURRENT]
# now, lately: a past mention does not make a present one old
lately
every (night|day)
these days
again
anymore
this week
(relapsed|relapse|relapsing)
i (didnt|didn't|never) (used_to)? (think|feel) like this (before)?

[CASUAL]
# hyperbole-prone: with a joke or a small trouble nearby, a same-day look
kms
kmn
kill me now
kill me
kys
ctb
sewerslide
sewer slide
unalive myself

[OVERDOSE]
overdose
overdosing
od
oding

[ABUSE_ME]
(hit|hits|beat|beats|whips|whipped) me with (a|the|his|her) (belt|cord|extension_cord|hanger|shoe|stick)
(hurts|hurt|hurting) me
(hurts|hurt|hurting) us
(throws|threw|throwing) (stuff|things|shit|bottles) at (me|us)
(leaves|left|leaving|gives|gave) (me)? (bruises|marks|welts|a_black_eye|black_eyes)
(abuses|abused|abusing|abusive_to) (me|us)
(im|i_am|was|being|been|got|get) (abused|beaten|beat_up)
(is|so|really|super|hes|shes|theyre) abusive
(threw|throws|throwing) (a|the) (glass|plate|bottle|shoe|remote|phone|chair|cup) at me
(getting|gets|got|being) (hit|beat|beaten|hurt|abused|slapped) (at_home|by_his_dad|by_her_dad|by_his_mom|by_her_mom|by_his_parents|by_her_parents)
(shoved|pushed|threw|kicked|dragged) me (down|into|against|off|across|out_of)
(threw|throws|throwing) (a|the|his|her) (controller|remote|phone|bottle|plate|glass|shoe|chair|cup) at (my|me)
(gonna|going_to|im_gonna|ill|i'll|i_will) get it (worse|bad|so_bad|again)
worse than last time
(im|i_am|i'm) (getting|gonna_get|going_to_get) it
(makes|made|make|making) me (kneel|stand|hold_a_squat|sit) ~ (on_rice|on_salt|for_hours|all_night|in_the_corner_for_hours)
(kneel|kneeling|knelt) on (rice|salt|beans|bottle_caps|corn)
(slammed|slams|threw|throws|body_slammed|pinned|pins|tackled) me (on|to|into|against|onto) (the)? (floor|ground|wall|table|bed|door)
(knee|knees|foot|boot) on my (neck|back|chest|throat)
(put|puts|putting|lays|laid) (her|his|their) hands on me
(whooped|whupped|whooping|whuppin|whoopin|whipped|whupping) me (with|w) (the|a|an|his|her)? (extension_cord|cord|belt|switch|hanger|buckle)
(held|holds|holding|pushed|shoved) my head (under|in) (the)? (water|tub|sink|pool)
(thought|think) i was (gonna|going_to) (drown|die|pass_out)
(got|hit|kicked|punched|caught|socked|elbowed|kneed) me (in|on) the (ribs|face|stomach|gut|head|eye|mouth|back|jaw|chest|side)
(hit|hits|beat|beats|whips|whipped) me with (a|the|his|her) ~ (paddle|board|rod|stick|cane|whip)
(hands|hand) (around|on) my (neck|throat)

[CUT_VERB]
# cutting or burning (a friend who is, is a third-party report)
cut
cutting
cuttin
burn
burning
carve
carving
slice
slicing
(has|have|had) been (cutting|cuttin)

[ATTACK_PLAN]
# planning an attack on people (threat-assessment indicators)
(know|knows) (where|when) (they|everyone|everybody|he|she|people) (sit|sits|eat|hang|will_be|get_there|are)
(everybody|everyone|they|yall|you_all) (gonna|going_to|will|are_gonna) (see|pay|regret|learn)
(which|what) (door|doors|exit|exits) (stays|stay|is|are) (unlocked|open)
(plan|planning|planned) (it|it_all) out
(hes|shes|theyre|they_are|he_is|she_is) done (fr|for_real|for_good)?
(got|have|made) a plan for (the|friday|monday|tomorrow|the_pep_rally|school|lunch)
(dont|do_not) (try|even_try) (and|n|to) stop (it|me|us)
(under|in) the seat
(got|have|had) it (all)? planned
(its|it's|it_is) all planned (out)?
(know|knows) (exactly)? who (we|im|i_am|i'm|they) (lookin|looking|going|gonna_get|after) (for)?
(a|the) list of (the)? (ppl|people|kids|names|everyone|guys|girls) (who|that)
(wrote|write|written|writing) (out|down) what (i|id|we) (would|will|wanna|want_to|gonna) do to
what (i|id|we) (would|will|wanna|want_to|gonna|am_gonna) do to (them|him|her|the_people|everyone|those)
(whos|who_is|who's) (getting_it|next|first)
(everyone|everybody|everybodys) (is|will_be|s)? (there|in_there) at once
(get|understand|see) why (people|kids|they|someone) (snap|do_it|shoot_up)
(mapped|map|mapping|planned) out (which|where|when|who)
(friday|monday|tomorrow|today|tuesday|wednesday|thursday) is the day
(theyll|they_will|everyone_will|everybody_will) (all)? be (there|together|in_one_place)
(bring|bringing|bringin|brought) (something|smth|stuff|it) to school
(shut|make_them_shut|making_them_shut|making_them) up forever
(getting|grab|grabbing|get|gettin) (the|my|his|my_dads|my_uncles) (rifle|gun|shotgun|pistol|knife|strap|glock)
(gonna|going_to|will|are_gonna|is_gonna) regret (laughing|what|messing|it|everything)
(everyone|everybody) (is|will_be)? (finally)? (gonna|going_to) (see|learn|pay)
(made|make|making|have|got) a list of (the)? (ppl|people|kids|names|guys|girls|seniors)
(know|knows) (exactly)? where (the_seniors|they|everyone|the_kids) (park|sit|eat|hang|meet)
(i|we) know where (he|she|they|that_dude|that_guy) (lives|live|stays|works)
(fight|brawl|beef|rumble) (planned|set_up|is_set|going_down|goin_down|after_the_game|after_school)
(list|names) ~ (who|that) (deserve|deserves) (it|to_die|what_is_coming|whats_coming)
(keeps|kept|keep) adding (names|people)
people who (deserve|deserves) it
(planning|plan|planned|planed) (how|when|where) (id|i_would|to|ill|i'd|i_will|im_gonna) (jump|beat|hurt|stab|shoot|get|fight|catch)

[RAGE]
(breaking|throwing|smashing|punching) (everything|stuff|things|holes)
(screaming|yelling) (and|n) (throwing|breaking)
(yelling|screaming|cussing|hollering) at (my|me|us|him|her|them)
(broke|broken|busted|smashed|kicked_in|kicked) (the|a|our)? (front|back)? (window|windows|door|tv)
(smashed|broke|threw|destroyed|snapped) my (phone|laptop|ipad|tablet|stuff|things|door)
punched (a)? (hole|holes) in the (wall|door)
(screaming|yelling) and (glass|things_breaking|breaking|crashing)
glass (breaking|everywhere|shattering)

[DOMESTIC]
(hits|hit|beats|beat|chokes|choked|pushed|shoved|slapped) (my_mom|my_mother|my_sister|my_brother|my_little_brother|my_little_sister)
(dad|father|stepdad|he|moms_boyfriend|uncle|husband) (is)? (hitting|beating|choking|punching|hurting|strangling|slapping) (my)? (mom|mother|mama|sister|brother|grandma|aunt)

[COMING]
(coming|comes|came) (up_the_stairs|to_my_room|for_me|after_me)
(coming|comes) (to|into) my room
(trying|tries|tried|keeps_trying) to (get|come) (in|into) my (room|bed|bathroom)
(knocking|banging|pounding) on my (bedroom)? door (again|at_night|rn)?
(coming|comes|came) (upstairs|up_here|in_my_room|over_tonight|over_when|back_tonight)
(outside|at) my (bedroom|room) door
(tried|tries|trying|keeps_trying) (to_open|opening|the_handle_of) my (door|bedroom_door)
(leave|keep) (your|ur|my|the) (door|bedroom_door) unlocked
(knocking|knockin|banging) ~ (open_up|let_me_in|open_the_door)
(saying|says|keeps_saying|sayin) (open_up|let_me_in|open_the_door)
outside the (bathroom|shower) (door)?

[ACCIDENT_DEATH]
# passive wishes: an accident or an illness that would end it
(crash|crashes|crashed|crashing|wreck|wrecks)
(hit|hits|ran_over|run_over) me
get (sick|cancer|hit|shot)
(heart|plane) (stops|stopped|crash|crashes)
(an|in_an) accident
(rolls|falls|fell|crushes|lands) on me
(bullet|bullets|car|truck|bus|train|lightning) ~ (catch|hit|get|take|kill) me
(semi|truck|car|bus|train|plane) ~ (hit|hits|crashed|crashes|flipped|rolled)
(car|truck|bus|train) (dont|doesnt|wont|wouldnt|didnt) stop (for_me)?

[URGE]
# a craving to self-harm
(the|my|these) urge (is|to|again|was)
urges
itching for it
craving it
(need|want) it so bad

[ABUSE_OTHER]
(throws|threw|throwing) (stuff|things|shit|bottles) at (him|her|them)
(makes|made) (her|him) (sit|sat) on (his|her) lap
(touches|touched|touching) (her|him) (at_night|when|there|down_there|in_her_sleep|under)
(makes|made) (him|her) (do_stuff|do_things|touch)

[GROOMING]
(online|internet|discord|snap|roblox) (bf|boyfriend|gf|girlfriend)
(my|this|an|a) (online|internet|discord|roblox) friend (wants|asked|keeps_asking|said|says)
never met (him|her|them) (in_person|irl)?
met (him|her|them) (online|on_discord|on_roblox|on_snap|on_insta|in_a_game)
mature for (my|your|her|his) age
(our|a) special (friendship|bond)
what we have
(our|we_have_a) (special|secret) (connection|relationship|thing)

[HAVE]
have
got
tengo
ya tengo

[DO_IT_NOW]
# doing 'it' at a set time
(doing|do) it (tonight|today|tmrw|tomorrow|this_weekend|after|when|soon)
(im|i_am|gonna) (doing|do) it
(its|it's|it_is) happening (tonight|today|tomorrow|soon|this_weekend|saturday|friday|sunday)
(gonna|going_to|about_to) do it again
(doing|doin) it (again)? (rn|right_now|now)

[DID_IT]
(did|done|do) it again
relapsed
(its|it's|it_is) (done|over|finished)

[ME]
me

[MY]
my

[HIMSELF]
# a reflexive after the verb (in Spanish it is "se" before it, or joined to it)
himself
herself
themselves
themself
hisself

[ALONE]
# alone with a means: no one to stop it
(=nobodys|nobody_is|no_one_is|=no_ones|=noones) (home|around)
home alone
(parents|mom|dad|everyone|they) (are|is)? (out|gone|away|at_work) (till|until|for|all)
(leaving|left) me (home|alone)
when my (mom|mama|dad|mum|grandma|aunt) (leaves|goes|is_gone|goes_to_work|leaves_for_work|works_nights)
(moms|mom_is|dads|aunts|grandmas|mom's) (gone|away|out|at_work) (till|until|til|all_night|for_the_night)
my (mom|mama|mum|grandma|aunt) (isnt|isn't|is_not|aint|ain't) home
nobody (out_here|around|here|else_here|is_out_here)

[CUTS_ON]
# wounds on someone's body

[REVEAL]
# "asking for a friend ... ok its me": the hypothetical is the writer
(ok|okay|fine|yeah|yea)? (its|it_was|it's) me
(im|i_am) the friend
the friend is me
(ok|okay) me
(asking_for|for) ~ (ok|okay)? (me|myself)
(that|the|this) friend (is|was) (me|actually_me)

[EXCUSE]
# excuses that cover for an adult who hurts a child
(didnt|did_not) mean (it|to)
(said|says) (she|he|i) (fell|walked_into|ran_into)
(it_was|its) (an_accident|her_fault|his_fault)
(said|says|told_me|tells_me) (it_was|its) my fault
(hes|shes|theyre|he_is|she_is|they_are|is|are|hes_just|shes_just) (just)? (strict|old_school)
(told|tells|made) me (to)? (say|tell_people|tell_everyone|lie|lie_and_say) (i|that_i|it_was)
(told|tell|telling) ~ (i|that_i) (fell|walked_into|ran_into|tripped)
(dont|don't|do_not) want (him|her|them|my_dad|my_mom|my_stepdad) to get in trouble
(asked|asks|thought|thinks) if (a|the|my) (cat|dog|kitten) (got|scratched|did)

[REALLY]
# said in earnest
for real
not joking
im not joking
fr
deadass
no cap
not playing
im serious
(didnt|doesnt|did_not|does_not) feel like (a_joke|one|joking|a_bit)
not a joke
(like|said|think|thinks|thought) (its|it_was|it's) a joke
(not|no) =joking
(im|i_am) not =kidding
(a|the) real one
like (really|actually|REALLY)
not even (joking|kidding|playing|=joking|=kidding)
(idk|not_sure|dont_know) if (im|i_am) (even)? (joking|=joking|kidding|=kidding) (anymore)?
(they|he|she|ppl|people) (aint|arent|isnt|werent|wasnt) (laughing|joking|playing|kidding)
(isnt|isn't|is_not|aint|not) a joke (for_me|to_me|anymore)?
not the joke kind
(not|aint|ain't) (joking|playing) (this_time|no_more|anymore)
not (lol|lmao|lmfao|haha)

[HURT_VERB]
hurting
hurt
stabbing
stab
shooting
shoot
killing
kill
beating
beat
jumping
jump

[DOING_IT]
# someone doing "it" (hurting a child) without naming it
(be|is|been|was|keeps) (doing|doin) it
(did|does) it (again|to_her|to_him|to_me)?

[PICS_REQUEST]
# an adult asking a child for pictures (NCMEC)
(asking|asks|asked|begging|wants|keeps_asking|keeps_begging) (for|me_for|me_to_send) (pics|photos|pictures|more|nudes|a_pic)
pics of (my|me_in)
(sports_bra|bra|underwear|bikini|swimsuit)

[TAKE_ALL]
# taking all of a means referred to before ("...pills. taking them all tonight")
(take|taking|swallow|swallowing|down|downing) (them|em) all
(take|taking|swallow|swallowing) all of (them|em)
(taking|take|gonna_take|swallowing) them (once|when|after|tonight|as_soon_as)
(took|swallowed|downed|popped) (em|them) all
(took|swallowed|downed|popped) (all_of_them|all_of_em|every_last_one|the_whole_thing)

[SKULL]
# the skull emoji: "i'm dead" laughing, but only about a throwaway word like "kms"
skull

[FROM_ACTOR]
from (my)? (dad|stepdad|step_dad|mom|stepmom|father|mother|uncle|parents|pops|moms_boyfriend|moms_bf|grandpa|grandma|coach|brother)

[ALCOHOL]
# drink, which in quantity is alcohol poisoning
(shots|tequila|vodka|whiskey|rum|liquor|everclear|fireball|henny|hennessy|jager)
(alcohol|beer|beers|drinking|drunk|wine|seltzers)

[RETRACT]
# taking it back outright: "jk", "just kidding"
jk
jkjk
just =kidding
(not|no) (fr|for_real|really)
ok no

[SOMEONE_ELSES]
# a death that is someone else's ("my cousin who died"): grief, not a wish
(who|that|when_he|when_she|since_he|since_she|after_he|after_she|when_they|since_they) (died|passed_away|passed|got_killed|was_killed|got_shot|died_by_suicide|killed_himself|killed_herself)

[ACCEPT]
# accepting death: "id be ok with that"
(id|i_would|i_d|i_wouldnt|i'd) (be)? (ok|okay|fine|alright|cool) (with|w) (that|it)
(wouldnt|would_not|i_wouldnt) (mind|care) (at_all)?

[LOCKED_IN]
# shut in alone, with a means
(locked|locking|lock) (myself|me) in (the|my) (bathroom|room|closet|car)
locked in (the|my) (bathroom|room|closet)

[CANT_STOP]
(cant|can't|cannot) stop (myself|this_time|now|it)?
(been_going|keep_going|kept_going) (for)?
(it|the_bleeding|blood) (wont|won't|doesnt|doesn't|isnt|isn't|will_not|does_not|is_not) (stop|stopping)
(wont|won't|doesnt|doesn't) stop bleeding
(cant|can't|cannot) (make_myself|get_myself) (stop|to_stop_it|to_stop)
(bleeding|blood) ~ (wont|won't|doesnt|doesn't|not|will_not) stop
(bleeding|bleeds) more than (usual|normal|it_usually_does|it_normally_does|before|it_usually_does)
(arent|aren't|isnt|isn't|not|wont|won't) (stopping|stop) (it|the_bleeding)
(its|it's|it_is) not stopping
(soaked|soaking) (thru|through)

[AFTER_VISIT]
(comes|came|gets|got) (back|home) from (his|her|my|their) (dads|moms|uncles|stepdads|grandpas|dad's|mom's) (house|place|apartment)?

[ABUSE_SIGN]
# marks a child comes to school with
(comes|came|shows_up|showed_up) to school (with|w) (bruises|a_black_eye|marks|a_busted_lip)
(flinches|flinch|flinched) when
(bruises|marks|welts|whippings|beatings|belt_marks) (are|were|is|was)? (discipline|punishment|for_my_own_good|what_i_deserve)

[OTHER_HARM_NOW]
# someone else hurting themselves right now: call for help
(is|she_is|he_is|shes|hes) in the (school|the)? bathroom (cutting|and_cutting)
(wont|will_not|isnt) open the door
blood on the floor

[MEET_ALONE]
(come|meet|go|be) (early|over|up|there|to_his_place|to_his_office)? (alone|by_myself|without_my_parents|without_anyone)
just the two of us
(wants|asked|asks|keeps_asking) (me|her|him) to (meet|meet_up|come_over|hang_out|come_early|come_alone)
(wants|asked|asks) to meet (her|him|me|up) (this_weekend|tonight|tomorrow|irl|in_person)?
(stay|staying|stayed) (after|late) ~ (alone|by_myself)
(pray|talk|meet|practice|study|hang_out) one on one
(asking|asks|asked|wants|keeps_asking) me to stay after

[PICS_SENT]
(sends|sent|sending|keeps_sending) me (snaps|pics|pictures|photos|videos|vids|nudes|stuff) (that_are|thats|of_himself|of_him)?

[DREAD]
(i)? (know|knew) what (is|was|s)? (gonna|going_to|will) (happen|happen_again)
(i)? know what (hes|he_is|she_is|shes) (gonna|going_to) do
(he|she) (told|tells|made|makes) me (go|to_go) to (the|my|his|her) (room|bedroom)
(like|same_as|just_like) (last_time|the_last_time|the_other_time|before)

[PARENTS_UNAWARE]
(my)? (parents|mom|dad|mom_and_dad|folks) (dont|don't|do_not|doesnt|doesn't|wont|won't) (know|find_out)
not telling (nobody|anybody|anyone|my_parents|my_mom|my_dad)

[GO_AWAY]
(were|we_are|me_and_him|me_and_her) (leaving|moving|running|heading) (to|for|off_to)
(bout_to|about_to|gonna|going_to|finna) (take|steal) ~ car

[SYMPTOM]
(slumped|slumping) over
(breathing|breathin) (weird|funny|wrong|slow|really_slow|strange|shallow)
(chest|heart) (is|feels|is_so)? (tight|pounding|racing)
(dizzy|lightheaded|light_headed)
(heart|chest) (keeps)? (doing_flips|skipping|fluttering|racing|pounding)
(fainted|passed_out|blacked_out)
(breathing|breathin) (sound|sounds|sounding) (funny|weird|wrong|strange)
(talking|talks|acting|acts) (weird|funny|strange|confused|slurred|drunk) ~ (but|and)?
(super|really|so|very)? (confused|sweaty|clammy|pale)
(slurring|slurs) (his|her|their)? words
(only|just) (sleeps|sleeping|been_sleeping)
(head|headache) (hurts|is_killing_me|pounding|is_pounding) (so_bad|really_bad|a_lot)?
light hurts my eyes
(keep|been|keeps|kept) (throwing_up|puking|vomiting)
(nodding|noddin) (out|off)
(very|so|really|super)? tired and (drink|drinks|drinking) water all the time
(drink|drinks|drinking) water all the time
(insulin|meds|medicine|inhaler) (is)? (almost)? (finish|finished|gone|out|run_out|ran_out)
(heart|chest) (does|is_doing) (this|a)? ~ (skippy|skip|flutter|weird) thing
(chest|heart) (been|has_been|is)? (tight|hurting|hurts)
(so|really|super|always)? thirsty ~ (all_the_time|nonstop|cant_stop)
(left)? arm (is|feels|went|going)? (tingly|numb|tingling)
heart (is)? (going_insane|going_crazy|racing|pounding|beating_so_fast) (like)?
(chest|heart) (feel|feels|is|stay|r)? (tight|heavy)
hands (shake|shaking|are_shaking|keep_shaking|wont_stop_shaking)
(super|really|so|been) out of it
(couldnt|couldn't|could_not|cant|can't|cannot) (wake|wake_up|stay_awake|keep_my_eyes_open)
(everything|vision|eyes|it) (is|are|looks|r|going)? (kinda|all|so|really)? (blurry|sideways|spinning|double)
(puked|threw_up|vomited|throwing_up) (twice|again|all_(afternoon|day|night|morning)|all_afternoon|all_day|all_night)
(black|dark) spots
(have|got|running) a (fever|high_fever)

[GUN_TAKEN]
(took|grabbed|got|snuck|have) ~ (pistol|gun|handgun|revolver|rifle|30_06|shotgun) (out_of|out|from) (the|his|her|my)? (glovebox|glove_box|safe|lockbox|nightstand|drawer|closet|gun_safe|truck|case)
(loaded|loading|load) (my|his|the|my_dads|dads|my_dad's)? ~ (gun|rifle|pistol|shotgun|glock|revolver|piece|30_30)
(rifle|gun|shotgun|pistol|glock|handgun|revolver|piece) (is)? (in|under) my (room|bed|backpack|closet|pillow|nightstand)
(pistol|gun|rifle|shotgun|glock|revolver|piece) ~ (is|its)? (on|in) my (bed|lap|desk|hand|hands)
(havent|haven't|not|didnt|didn't) loaded it (yet)?

[USE_WEAPON]
(gonna|going_to|gon|finna|will|wants_to) (use|shoot) (it|them|that)

[SCARS]
(scars|scar|old_cuts)

[WAITING_FOR_ME]
(waiting|waitin|gonna_wait|going_to_wait) (for|on) me
(gonna|going_to|will) (wait|be_waiting) (by|at|outside|after)
(waiting|waitin) on me
(waiting|waitin) (by|at|outside|next_to) my (truck|car|locker|house|bus_stop|class)
(waiting|waitin|wait) (outside|by|at|after|in_front_of) ~ (for|on) me
(waiting|waitin|wait) (by|at|outside|near) ~ (fi|for) me
(dem|they|theyre|they're|dem_a) (waiting|waitin) (fi|for) me
(hes|he's|he|she|shes|they|theyre|he_say_he|he_said_he) (outside|at) my (job|work|house|school|door|window|class)
(not|aint|isnt) leaving (til|till|until) i (come_out|leave|get_out)
(waiting|waitin) on my (brother|cousin|sister|friend|boy)

[OTHER_LOCKED_IN]
(locked|locks|locking) (herself|himself|themself|themselves) in

[UNMEANT]
(didnt|didn't|did_not|dont|don't) mean (to)?

[LOCKED_DOOR]
(lock|locked|locking|locks) (the|my)? (door|bedroom_door|bathroom_door)

[BRING_WEAPON]
(bring|brings|bringing|brought) (bats|a_bat|knives|a_knife|a_gun|guns|weapons|brass_knuckles|a_machete|a_strap|the_strap)
(brought|bring|got|have) (the|my|a) (pole|strap|blick|nine|stick|gun|piece) (today|to_school|with_me|on_me)?
(bring|brings|bringing|brought) (my|his|her)? (dads|dad's|moms|uncles|brothers|pops|grandpas|stepdads) (gun|piece|pistol|glock|strap|rifle|shotgun|nine|blick|heater)
(bring|brings|bringing|brought) (my|his|her)? (dads|dad's|moms|uncles|brothers|pops|grandpas|stepdads) (9|45|22|38|40|9mm|380)
(taking|take|grab|grabbing|bringing|bring) (my|his|her|my_brothers|my_dads|my_uncles)? ~ (bat|crowbar|pipe|hammer|machete)
(hold|holding|keep|hide|stash|carry) (something|smth|it|a_piece|his_piece) for (him|them|her) in my (bookbag|backpack|locker|bag|room)
(bringing|brings|bring|brung|gonna_bring) something (too|with_him|to_it|for_them)

[FINAL_GOODBYE]
(bye|goodbye|adios|adiós|peace_out) ~ (for_real_this_time|for_good|forever|for_real_for_real)

[POSTED_HARM]
(posted|post|posting|sent|story_of|pic_of|pics_of) (a_pic_of|pics_of|a_photo_of)? (her|his|my) (wrists|cuts|arms|thighs|scars)

[GANG]
(the_ops|opps|the_opps|ops|rival_gang|other_gang|across_the_avenue|other_side)
(other|rival) (crew|gang|side|block)

[FOR_REAL_THIS_TIME]
for real this time
(this_time|this_time_for_real) (fr|for_real|its_real)

[SEXUAL_HINT]
# words that mean sexual abuse only beside an adult who could do it (see frames): alone, "is this
# private?" and "my bf kissed me" are ordinary messages
undress
naked
nude
(comes|came|coming|sneaks) (in|into) my (room|bed)
(in|into) my (bed|shower|bathroom)
(kissed|kisses|kissing) me
(=privates|private_parts|private_area|down_there)
(sleep|sleeping) with me
(came|comes|walked|walks|barged) (in|into) (the|my)? (bathroom|shower) (while|when) i (was|am)? (showering|in_the_shower|changing)
(my|her)? (clothes|shirt|pants|underwear|bra) (were|was)? (on_wrong|on_backwards|inside_out|off|missing|ripped|torn|gone)
(clothes|shirt|pants|underwear) (were|was)? on (different|differently|inside_out|backwards)
(woke|woken|wake|waking) up (with|w) (my)? (clothes|shirt|pants) (on|off)
(keeps|kept|keep) (putting|touching|rubbing|moving) (his|her) hand
(putting|puts|put|rubbing|rubs|had) (his|her) hand (on|up) my (leg|thigh|knee|waist|skirt|shorts)
(jeans|pants|shorts|skirt) (were|was)? (unbuttoned|unzipped|undone|pulled_down)
(underwear|bra|panties) (was|were)? (on_the_floor|off|missing|gone)

[ADULT]
# an adult in the student's life: with a sexual hint, abuse; a boyfriend or a classmate is not
(dad|father|stepdad|step_dad|stepfather|mom|mother|stepmom|uncle|aunt|grandpa|grandfather|tio|tío)
(coach|teacher|pastor|priest|youth_pastor|youth_leader|manager|boss|tutor|director|trainer|neighbor)
(landlord|stepbrother|step_brother|foster_dad|foster_mom|staff|principal|babysitter|doctor|sub)
(moms|mom's|my_moms) (boyfriend|bf|husband)
(older|grown) (guy|man|dude|woman)
(teacher|teachers|tutor|principal|band_director|youth_pastor|pastor|priest|deacon)
(youth_minister|minister|youth_pastor|pastor|priest|deacon|choir_director)

[DID_STUFF]
(did|does|done|doing|tried) (stuff|things|something)

[SAID_NO]
# refusing (with DIDNT_STOP: a sexual assault; see frames)
(said|saying|told_him|told_her|told_them|kept_saying|yelled|screamed|begged) no
(pushed|push) (him|her|them) (away|off)
(i)? said (stop|no)

[DIDNT_STOP]
(didnt|did_not|wouldnt|would_not|wont|won't|never) stop
(kept|keeps) going
(didnt|did_not|wouldnt|would_not) (let_go|let_me_go|get_off|get_off_me)

[SHOOTING_NEAR]
# a shooting where the student lives or studies: danger now, and trauma
(shooting|shootout|shoot_out|drive_by|driveby|drive-by) (on|in|near|outside|at|down) (my|our) (street|block|building|house|apartment|school|corner)
(got|was|been|were) (shot|stabbed) (on|in|near|outside|down) (my|our) (street|block|building|corner)
(they|someone|somebody) (shot|killed) (my|our) (neighbor|neighbour|cousin|friend|brother|uncle)

[HEAD_HIT]
# a blow to the head (with SYMPTOM: a head injury to be seen now)
(hit|hits|bumped|banged|smacked|slammed) (his|her|my|their) head
concussion
head injury
(fell|thrown|bucked|got_bucked|flew) (off|from)? (my|the|a|his|her)? (horse|bike|skateboard|board|roof|ladder|four_wheeler|atv|dirt_bike|bull|trampoline)

[CONDITION]
# a known illness that makes some symptoms an emergency
(diabetic|diabetes|epileptic|epilepsy|asthma|asthmatic|type_1|allergic|heart_condition|seizure_disorder)
sugar disease

[NEGLECT_OTHER]
# neglect of someone else (see frames: a third party)
(locks|locked|lock) (her|him|them) (in|inside|out)
(doesnt|dont|wont|won't|never) (let|lets) (her|him|them) eat
(doesnt|dont|wont|won't|never) feed (her|him|them)
(wont|won't|doesnt|doesn't|will_not) let (her|him|them) (out|leave|go|get_out)

[LURE]
# someone who promises work or a place far away (trafficking indicators)
(get|gets|got|find|finds|promised|promises) (us|me) (a)? (job|jobs|work|a_room|room|place_to_stay|modeling_gig|modeling_job|papers)
(someone|guy|man|lady|cousin|friend) (we|i) (dont|don't|never|barely) (know|met)
no questions asked
(took|taking|drove|driving|turned) (the|a)? (exit|turn|road|wrong_way|other_way) away from (my|home|the)

[AT_ALL]
(maybe|or|prob|probably|possibly|or_maybe) (at_all|ever|never|for_good)

[PUNISHMENT]
# hurt "to teach" the child: an adult's punishment, never an ordinary accident
(to|for) (teach_me|teach_me_a_lesson|punish_me|learn_me)
as (a)? punishment

[SOMETHING_HAPPENED]
# a hint of an assault the writer cannot name (see frames)
something (happened|bad_happened|weird_happened) (at|after|with|when|to_me)

[NO_MEMORY]
(dont|don't|cant|can't|do_not|cannot) remember (all_of_it|what_happened|much|anything|everything|most_of_it|how_i_got)
(dont|don't|cant|can't|do_not) remember (nothing|anything_at_all)
(dont|don't|cant|can't|do_not) remember (going|getting|walking|how_i_got) (in|into|there|to|home|upstairs)
(last_thing|the_last_thing) i remember

[MONEY_DEMAND]
# money or more pictures demanded (sextortion: see frames)
(if|unless) (i|you) (dont|don't|do_not|didnt|don't)? (send|pay|give)
(if|unless) (i|you) (dont|don't|do_not|didnt) (bring|have|get)

[EXPOSE_PICS]
(sending|send|post|posting|leak|leaking|share|sharing|expose|show|showing) (them|it|my_pics|the_pics|my_nudes|pics|everything) (to)?

[TARGET]
# a person singled out to be hurt: no ordinary reason (a kitchen, hunting) explains it
(the_kid|the_guy|the_girl|whoever|everyone|the_people|the_ones|those_kids) (who|that) (bullies|bully|bullied|messes_with|mess_with|picks_on|pick_on|laughed_at|laugh_at) (me|us)

[LIST]
# a list of people (with DESERVE_IT: threat assessment)
(a|the|his|her|my) (list|hit_list|kill_list) (in|on|of)
(one|a) list (on|in|of) ~ (chromebook|notebook|phone|notes|binder|laptop|names)
(a|the) list (going_around|on_snap|on_insta|on_snapchat|on_instagram)

[DESERVE_IT]
(deserve|deserves) it

[GRIEF_JOIN]
# wanting to join someone who died (with GRIEF: suicide)
(should|wanna|want_to|could|gonna|just) (just)? go be with (her|him|them)
(join|see) (her|him|them) (again|soon|up_there|in_heaven)

[TRAFFIC]
# waiting on a vehicle from a high place (with PERCH: see frames)
(counting|watching|waiting_for|timing) (the)? (trucks|cars|trains|semis|traffic)
the next (big_one|truck|train|semi|big_truck)

[NOT_AN_ACCIDENT]
# the writer rules out the ordinary reason (no accident, no chore explains it then)
(not|isnt|wasnt|aint) from (falling|falling_off_my_bike|the_cat|my_cat|a_cat|the_dog|sports|practice|cooking|a_calf) ~ (if_u_know|if_you_know|iykwim|ykwim|u_know_what_i_mean)
(wasnt|was_not|isnt|is_not|not) (an_accident|from_a_calf|from_falling|from_practice)
to feel something

[SERIOUS]
# the writer says they are not joking (no laughter lowers it then)
not in a (lol|joking|funny|haha|jk|joke) way
(im|i'm|i_am)? not (joking|kidding|playing)
(this_isnt|this_is_not|its_not|it's_not|this_aint) a joke
like not joking
(doesnt|does_not|didnt|did_not|dont|don't) (feel|sound|seem|look) like (one|a_joke|joking|he_was_joking)
(i|i_kinda|i_lowkey|kinda|lowkey|i_really) mean it
(mean|meant) it (every_time|every_single_time|fr|for_real)

[STALKING]
# someone who keeps turning up where the writer is (a threat however it is laughed off)
(keeps|kept|keep) ~ (showing_up|turning_up|popping_up) (everywhere|wherever|where)
(showing|turning|popping) up everywhere (i|i_go)
(follow|follows|following|followed|stalking|stalks|stalked) me
(parked|waiting|sitting) outside (my|the) ~ (house|practice|school|work|job|class) (again|every_day|everyday|every_night)
outside my (house|door|window|bedroom_window)
at my (door|window|front_door|bedroom_window)
at my house (rn|now|right_now)

[EXPLOITED]
# a child used by adults for crime or money (exploitation, trafficking indicators)
(pays|paid|paying|pay|gives|gave) (him|her|them|me|my_brother|my_sister) (money|cash)? to (carry|deliver|hold|move|drop_off|run|sell|stash) (packages|stuff|bags|things|boxes|weed|drugs|it|for_him|for_them)

[SH_PREP]
(box|kit|stash|tin|case|bag|pouch) (w|with|of|for|full_of) (my)? (blades|bl@des|razors|razor_blades|sharpener_blades)
(bought|buying|got|buy) (new|more|fresh) (razors|blades|razor_blades)
(keep|keeping|kept|have|hid|hide) (a|my|the)? (sharpener_blade|razor_blade|blade|razor) (in|under|inside|behind) my

[ON_THE_NEWS]
# an announced attack: the school will be on the news
(gonna|going_to|will|bout_to|about_to) be (on_the_news|all_over_the_news|on_tv)
(gonna|going_to|bout_to) be (a_movie|a_bloodbath|a_massacre)
(gets|get|put|puts|land|lands) me on the news

[DECIDED]
# the calm after deciding: a warning sign beside a means
(calm|peaceful|relieved|at_peace) (after|once|now_that) (you|u|i|ive|youve) (decide|decided|made_up_my_mind)

[DOOR_ATTACK]
# someone breaking in where the writer hides (an act under way)
(kicking|kicks|kicked|bashing|breaking|broke|punching|punched|ramming) (in|down)? (the|my|our) (bathroom|bedroom|closet)? door
(broke|broken|breaking|broke_off) the (door)? (handle|lock|doorknob|knob)

[NAME_ON_LIST]
# the writer's own name on someone's list
my name (is|stay|was|s)? on (it|the_list|his_list|that_list|there)
my name is (1st|2nd|3rd|4th|5th|first|second|third|next|on_it|on_there|<n>)

[HIDING]
# hiding from someone in the house
(im|i'm|i_am|hiding|hidin) (hiding)? (in|under) (my|the) (closet|bed|bathroom|attic|basement)
(he|she|they|hell|he'll|shell|she'll|theyll|they'll) (will|would)? hear me

[TOOK_ALL]
# all of a means already swallowed
(took|swallowed|ate|downed|popped) all the (little)? (blue|white|pink|yellow|orange|round|green)? (ones|pills)
(took|swallowed|downed|popped) (them|em) all

[REVENGE]
(getting|get|got|gettin) back at

[HURTS_FAMILY]
# someone at home throwing or slamming a family member into things
(threw|throws|shoved|pushed|slammed|slams|throwing|shoving) (my|his|her) (brother|sister|mom|mother|little_brother|little_sister|stepbrother|stepsister|baby_brother|baby_sister) (into|against|across|down|to_the_floor|through|at)

[WORTHLESS]
# worthlessness (beside a means: suicide risk)
(a|such_a) waste of (space|air|oxygen)
(im|i'm|hes|he's|shes|she's) (worthless|a_burden|a_failure)

[EXPOSED]
# poisoned at work or home (pesticide, fumes)
(got|been|was|were|get) sprayed (with|by)
(smelled|breathed|inhaled) (the)? (fumes|gas|spray|chemicals)

[OTHER_THREATENED]
# someone the writer knows is about to be hurt by others
(coming|comin|gonna_come) back for (him|her|them|my_brother|my_sister|my_cousin)

[BITE]
(dog|snake|spider|cat|raccoon|bat) (bit|bite) me
(bitten|bit) by (a|the) (dog|snake|spider|raccoon|bat)

[SCARED]
# the writer says they are afraid (a threat laughed off but feared is still a threat)
(im|i'm|i_am|i_was|im_lowkey|im_kinda|im_really|im_so) (scared|afraid|terrified|freaked_out|shook)
