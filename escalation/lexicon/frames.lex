# Frames: which concepts, read together, mean a person may be in danger. A frame is a list of
# concepts (A|B for either) that must appear in this order within one sentence, each at most
# four words after the previous one (`~N` before a concept sets another distance). Each
# [category severity] section lists its frames; the strongest frame found decides. The detector
# then reads the whole message (detector.py): a plan, a means, a time or a preparation raises an
# alert to imminent; negation, a joke, a topic or long-ago past lowers it; a friend as subject
# makes it a third-party report.

[suicide urgent]
WORTHLESS ~30 METHOD|WEAPON|GUN_TAKEN|ACCESS   # "saying hes a waste of space. his hunting guns are in his room"
TOOK_ALL                                  # "took them all. sorry", "took all the little blue ones"
GRIEF ~20 GRIEF_JOIN                      # "my lola passed ... i should just go be with her"
SELF_DEATH                                # a phrase that is suicide in itself ("kill myself", "kms")
WISH|THINK ~6 DIE                         # C-SSRS: wish to be dead ("i want to die", "thinking about dying")
WISH|INTENT|THINK ~6 NONEXIST             # wish or intent to stop existing ("wanna disappear forever")
WISH|INTENT|THINK KILL SELF_OBJECT        # "gonna k*ll myself", "pienso en matarme"
LETHAL METHOD|DIE|KILL|NONEXIST           # "how much tylenol is lethal"
METHOD|DIE|KILL ~6 LETHAL                 # "how many pills would it take"
AMOUNT_Q ~6 METHOD ~6 DIE|KILL|NONEXIST|SELF_DEATH   # "how many advil to not wake up"
AMOUNT_Q ~10 NONEXIST|SELF_DEATH|LETHAL   # "how high does a building have to be to actually end it"
PREP                                      # goodbye letters, giving things away, means at hand
NONEXIST ~20 GIVE|PREP                    # "she wont be around for graduation ... she gave me her hoodie"
GIVE ~3 VALUED                            # "gave my cat to the neighbor", "le regale mi ps5"
METHOD ~6 DIE                             # "💊💊💊🥃 ➡️ 😴⚰️"
LETHAL_Q                                  # "most painless way to go", "what amount kills you"
METHOD ~20 ACCESS                         # "dads gun ... i know the safe code"
ACCESS ~20 METHOD
PERCH|METHOD ~20 FAREWELL|DO_IT_NOW        # "ya tengo la cuerda ... esta noche lo hago. perdon a todos"
WISH ~6 ACCIDENT_DEATH                    # "keep hoping the bus crashes"
ACCIDENT_DEATH ~20 ACCEPT                 # "if a semi just hit the bus. id be ok w that"
HAVE ~3 MANY ~5 METHOD                    # "i have like 40 of my moms sleeping pills"
METHOD ~30 TAKE_ALL                       # "un frasco de pastillas ... me las tomo toas"
ABUSE_ME                                  # "me pegan en mi casa", "hurts me"
METHOD ~20 ALONE                          # "dads deer rifle is in the truck and nobodys home til 9"
ALONE ~20 METHOD
WISH|INTENT|THINK OVERDOSE                # "thinking of overdosing"
OVERDOSE ~3 METHOD                        # "overdose on tylenol"
ACT_DONE MANY METHOD                      # "took a bunch of pills" (an attempt: raised below)
ACT_DONE ~3 METHOD ~6 MANY                # "took my moms pills, like 8"
HIGH_PLACE                                # standing on a ledge or a bridge
PERCH ~20 WISH|INTENT|TIME|NOW|JUMP|DIE|NONEXIST|SELF_DEATH|PREP|FAREWELL|TRAFFIC   # "on the roof and i want to jump", across sentences
JUMP ~6 PERCH                             # "gonna jump off the overpass"
SELF ~1 NONEXIST                          # "im ending it", "i'll end it all"
THINK ~4 DO_IT                            # "thinking about how id do it"
ACT_DONE ~3 POISON                        # "i drank bleach"
GUN_TAKEN ~30 WISH|FAREWELL|ALONE|TIME|NOW|PERCH   # a gun taken out of where it is kept, and a need or a time
TAKE_ALL ~20 DID_IT|FAREWELL|NOW|SYMPTOM  # "took em all. its done"
FAREWELL ~20 METHOD|PERCH                 # "'last post fr' w a pic of a gun"
FINAL_GOODBYE                             # "goodbye for good"
FAREWELL ~20 FOR_REAL_THIS_TIME           # "bye. for real this time"
DECIDED ~30 METHOD|ACCESS|GUN_TAKEN   # "calm after you decide? ... his deer rifle in my room"
DECIDED ~20 PLAN_HOW                      # "ya lo pense bien, nomas me falta decidir como"
ACT_DONE|METHOD|DRUG_USE ~20 SYMPTOM      # pills swallowed, then dizzy, chest tight

[self_harm urgent]
DO_IT_NOW ~12 BLADE                       # "doing it again rn w the blades from my dads razor"
CUTS ~30 HIDE                             # "my parents found the cuts ... now i just do it where they cant see"
SELF_HARM                                 # "cut myself", "relapsed", "sh"
WISH|INTENT HARM_VERB                     # "urge to cut", "tengo ganas de cortarme"
HARM_VERB ~3 BODY                         # "cutting my thighs"
HIT ~6 BODY                               # "punching my own thighs"
HIT ~20 DELIBERATE|BLOOD|HIDE            # "punching the wall til my knuckles bleed"
BLADE ~6 HARM_VERB|BODY                   # "got the sharpener blade out ... my arm"
HARM_VERB ~6 BLADE                        # "cut with a razor"
BLADE|CUT_VERB ~4 BLOOD                   # "🔪🩸🩸 rn"
BLADE ~20 NOW|CANT_STOP                   # "in the bathroom with a razor rn"
LOCKED_IN ~12 BLADE|METHOD               # "locked myself in the bathroom with my dads razor blades"
BLADE ~12 DO_IT_NOW|DID_IT                 # "locked in the bathroom w a razor, gonna do it again"
WISH|INTENT ~10 BLADE                     # "the urge to grab the razor", "gonna lock myself in w the blade"
URGE ~20 BODY|BLADE|HARM_VERB|CUTS        # "THE URGE IS SO BAD, my skin is itching for it"
CUTS|BODY ~12 HIDE                        # "fresh scratches ... how do i hide them"
DID_IT ~20 BLOOD|SELF_HARM|CUTS           # "JUST DID IT AGAIN. DEEPER THIS TIME"
HIDE ~8 CUTS|BODY                         # "hoodies bc of the cuts", "cant let anyone see my arms"
MY ~1 CUTS                                # "my cuts" (not "if i burn the fries")
BODY ~20 DID_IT                           # "nobody asks abt my wrists. anyway i did it again"
SH_PREP                                   # took a sharpener apart for its blade
POSTED_HARM                               # posted a picture of their wrists
CUTS ~4 BODY                              # "cuts all up my teammates legs"
HARM_VERB|INJURY|BLOOD ~12 DELIBERATE      # "making them bleed on purpose"

[abuse urgent]
HURTS_FAMILY                                     # "threw my brother into the tv stand"
HIDING ~20 ABUSE_ACTOR|RAGE                      # "screaming and glass ... im in my closet. its my dad"
ABUSE_ACTOR|RAGE ~20 HIDING
DOOR_ATTACK                                      # "hes kicking the bathroom door again im inside"
ABUSE_ACTOR ~8 ABUSE_ACT ~2 SELF|SELF_OBJECT|US  # "my stepdad choked me", "dad hits us", "throwing stuff at my mom"
ABUSE_ACTOR ~8 INJURY ~8 ABUSE_ACT|ABUSE_TOOL    # "left bruises on my back with the belt"
ABUSE_ACTOR ~8 ABUSE_ME                          # "mi padrastro me da con la correa"
ABUSE_ACTOR ~8 RAGE|DOMESTIC|DRUNK ~20 FEAR|COMING  # "esta rompiendo todo ... estoy encerrada en el baño"
DOMESTIC                                         # "le pego a mi mama"
INJURY|ABUSE_TOOL ~6 FROM_ACTOR                  # "a belt buckle mark on my back from my stepdad"
ABUSE_ACTOR ~4 DRUNK ~12 ABUSE_ACT|ABUSE_TOOL|FEAR|THREAT   # "hes drunk again and has the belt"
ABUSE_ACTOR ~6 ME|SELF_OBJECT ~1 ABUSE_ACT       # "mi papa me pega" (not "manager said if i burn")
INJURY ~12 ABUSE_ACTOR ~8 ABUSE_ACT|ABUSE_OTHER|EXCUSE|DOING_IT
INJURY ~12 AFTER_VISIT                    # "bruises every time he comes back from his dads house"
ABUSE_SIGN                                # "comes to school with bruises", "flinches when"   # "always has bruises and his dad throws stuff at him"
ABUSE_ACTOR ~8 ABUSE_ACT ~8 INJURY               # "threw me into the dresser ... bruise"
NEGLECT                                          # locked out, no food, "me encierra", scared to go home
ABUSE_ACTOR ~10 ABUSE_TOOL ~12 FEAR|SELF_OBJECT|SELF   # "trae el cinturon y viene pa mi cuarto, ayuda"
ABUSE_ACTOR ~12 ABUSE_ACT ~12 FEAR               # "dad drunk n swinging ... hiding"
ABUSE_ACTOR ~4 INJURY ~4 BODY|SELF|ME           # "dad left a bruise on my face"
INJURY ~20 EXCUSE                               # "then my wrist ... told my teacher i fell at band"
ABUSE_ACTOR ~12 EXCUSE                          # a cover story the adult told them to tell
ABUSE_TOOL ~10 INJURY ~10 BODY|SELF             # "the buckle end and theres marks all over my back"
INJURY ~12 DOING_IT ~3 ABUSE_ACTOR               # "moretones ... dice que fue mi padrastro"

[sexual_abuse urgent]
SEXUAL_HINT ~20 NOW|LURE                  # "took the exit away from my town, keeps putting his hand on my leg"
LURE ~20 SEXUAL_HINT
NO_MEMORY|DRUNK ~30 SEXUAL_HINT           # "really drunk and woke up with my clothes on different"
SEXUAL_HINT ~30 NO_MEMORY|DRUNK
SOMETHING_HAPPENED ~30 DRUNK|NO_MEMORY|SAID_NO   # "something happened at the party ... drunk ... i dont remember"
DIDNT_STOP ~12 SAID_NO                    # "he didnt stop when i said stop"
SAID_NO ~12 DIDNT_STOP                    # "i said no like 3 times but he didnt stop"
SEXUAL                                    # rape, molest, nudes, "did stuff to me"
ABUSE_ACTOR|ONLINE_ADULT|OTHER ~6 TOUCH ~1 ME|SELF_OBJECT   # "coach keeps touching me"
ABUSE_ACTOR|ONLINE_ADULT ~6 OTHER_OBJECT ~1 TOUCH   # "su padrastro la toca"
ABUSE_ACTOR|ONLINE_ADULT ~10 TOUCH ~1 OTHER_OBJECT   # "whose coach ... touches her"
ABUSE_ACTOR|ONLINE_ADULT|OTHER ~6 ME ~1 TOUCH   # "el novio de mi mama me toca"
ABUSE_ACTOR|ONLINE_ADULT ~6 TOUCH ~1 MY ~2 BODY  # "coach rubs my leg"
ABUSE_ACTOR|ONLINE_ADULT|TOUCH ~40 SECRECY   # grooming: an adult and a secret, anywhere in the message
SECRECY ~40 ABUSE_ACTOR|ONLINE_ADULT
ADULT|ONLINE_ADULT ~12 SEXUAL_HINT        # "my stepdad comes into my room at night", "coach kissed me"
SEXUAL_HINT ~12 ADULT|ONLINE_ADULT
SEXUAL_HINT ~20 SECRECY|FEAR|TOUCH         # "he touched me down there and said not to tell"
SEXUAL_HINT ~12 DID_STUFF                 # "came in the bathroom while i was showering and did stuff"
EXTORTION                                 # sextortion
ONLINE_ADULT                              # an adult met online, older man, "he's 25"
ABUSE_ACTOR|ONLINE_ADULT ~12 PICS_REQUEST  # "the assistant coach keeps asking for pics"
GROOMING                                  # an online friend never met in person
ABUSE_ACTOR ~8 ABUSE_OTHER                # "our uncle makes her sit on his lap"
ABUSE_ACTOR ~10 COMING                    # "dice que hoy en la noche va a venir a mi cuarto"
ABUSE_ACTOR|ONLINE_ADULT ~20 MEET_ALONE    # an adult who wants them to come alone
ABUSE_ACTOR|ONLINE_ADULT ~12 PICS_SENT    # an adult sending them pictures
COMING ~20 FEAR                           # "va a venir a mi traila cuando mi ama este en su turno ... tengo miedo"
COMING|ALONE ~20 DREAD                     # "he comes tonight when my mom leaves, i know what will happen"
DREAD ~20 COMING|ALONE
COMING|ALONE ~20 LOCKED_DOOR               # "hes coming upstairs ... i locked the door"
LOCKED_DOOR ~20 COMING|ALONE

[violence urgent]
GANG ~20 REVENGE|BLOOD                     # "buscar a los de la otra clika para vengar lo de Angel"
REVENGE ~20 GANG
WAITING_FOR_ME ~30 BRING_WEAPON           # "waiting on my brother after the second line ... he bringing something too"
HARM_OTHERS ~30 SERIOUS|ATTACK_PLAN          # "lo voy a reventar cuando lo vea ... no sé cuándo pero va a pasar"
LIST ~20 NAME_ON_LIST                     # "one list on one kids chromebook ... my name stay on it"
INTENT ~2 HURT_VERB ~20 DESERVE_IT        # "gonna jump jaylen after the game ... he deserves it"
LIST ~20 WEAPON|HARM_OTHERS               # names in a notebook with guns drawn next to them
GANG ~20 WEAPON                           # "a buscar a los del otro barrio con la pistola de mi tio"
WEAPON ~20 GANG
ON_THE_NEWS ~20 WEAPON                    # "'north is gonna be on the news soon' with a gun emoji"
WEAPON ~20 ON_THE_NEWS
LIST ~20 DESERVE_IT                       # "a list in his notes app of people ... he says 'deserve it'"
SHOOTING_NEAR                             # a shooting on the student's street or at school
SCHOOL|TIME|ATTACK_PLAN|GANG ~20 BRING_WEAPON   # "a fight planned after the game, ppl are bringing knives"
THINK|WISH|INTENT ~2 HURT_VERB ~8 REALLY|ATTACK_PLAN|DO_IT   # "thinking abt hurting jayden for real"
I ~1 HARM_OTHERS                          # "im killing him"
WISH|INTENT|THINK ~6 HARM_OTHERS          # "thinking about st@bbing the kid", "gonna kill them all"
WISH|INTENT|THINK ATTACK
ATTACK                                    # "hit list", "make them all pay", "shoot up the school"
ATTACK_PLAN                               # "i know where they sit at lunch", "which door stays unlocked"
WEAPON ~6 SCHOOL                          # a weapon at school
SCHOOL ~6 WEAPON
WEAPON ~3 HARM_OTHERS ~3 OTHER|OTHER_OBJECT   # "con cuetes pa balacear a mi primo"
WEAPON ~20 USE_WEAPON                     # "escondio una pistola ... la va a usar"
INTENT ~2 HURT_VERB ~12 BRING_WEAPON      # "planning to jump a freshman and bring bats"
BRING_WEAPON ~20 SCHOOL|TIME|ATTACK_PLAN|GANG   # "brought the pole today its in my locker"
WEAPON ~20 RAGE                           # a machete and yelling, a broken window
RAGE ~20 WEAPON
WEAPON ~12 WAITING_FOR_ME|SCHOOL          # "con bates esperando a mi primo"
REVENGE ~20 WEAPON                        # "va a ir a la casa de los que lo asaltaron con la pistola"
WEAPON ~20 REVENGE
WEAPON|BRING_WEAPON ~20 HARM_OTHERS         # "trae un fierro ... le va a dar a mi carnal"
HARM_OTHERS ~20 WEAPON|BRING_WEAPON         # "le meto una puñalada, ya cargo la navaja"
WAITING_FOR_ME ~20 WEAPON

[threatened urgent]
STALKING                                  # someone who keeps turning up where the writer is
MONEY_DEMAND ~20 EXPOSE_PICS              # "if i dont send $500 by friday theyre sending them to everyone"
EXPOSE_PICS ~20 MONEY_DEMAND
THREAT                                    # threats, stalking, "told me to kys", "not safe"
WEAPON ~12 WAITING_FOR_ME                 # "outside with a bat, waiting for me to come out"
WAITING_FOR_ME ~12 WEAPON
GANG ~12 WAITING_FOR_ME                   # "esperandome los del otro barrio"
WAITING_FOR_ME ~12 GANG

[third_party urgent]
OTHER_THREATENED                          # "got beat real bad, now he say they coming back for him"
EXPLOITED                                 # a child paid to carry packages for adults
ABUSE_ACTOR|OTHER ~8 NEGLECT_OTHER        # "su papa la encierra y no la deja comer"
OTHER ~6 WISH|INTENT|THINK ~4 DIE|NONEXIST|SELF_DEATH   # "my bff keeps saying she wants to die"
OTHER_DEATH                               # "end his life", "matarse"
NO_ANSWER ~30 OTHER_DEATH|DIE|FAREWELL    # silent for days after posting about wanting to die
KILL|HARM_VERB HIMSELF                    # "cutting herself", "kill himself"
OTHER ~8 CUT_VERB                         # "shes been cutting"
ABUSE_ACTOR|OTHER ~6 ABUSE_ACT ~1 OTHER_OBJECT   # "her stepdad hits her"
ABUSE_ACTOR|OTHER ~6 OTHER_OBJECT ~1 ABUSE_ACT   # "su novio le pega"
OTHER_REFLEXIVE ~2 KILL|HARM_VERB|WISH|SELF_HARM   # "se corta", "se quiere matar"
OTHER ~6 SELF_HARM|HARM_VERB ~2 BODY      # "mi compa se corta los brazos"

[third_party imminent]
OTHER_LOCKED_IN ~20 NO_ANSWER|UNRESPONSIVE|FEAR|METHOD|BLOOD   # "locked herself in the bathroom and she's not answering"
UNRESPONSIVE                              # "wont wake up", "not breathing": call 911
OTHER_HARM_NOW ~20 CUT_VERB|BLOOD|OTHER_HARM_NOW   # "in the bathroom cutting and she wont open the door"
OTHER ~8 PREP ~10 NO_ANSWER               # a goodbye, then silence
OTHER ~8 ACT_DONE ~3 MANY? METHOD         # "my friend took a bunch of pills"
METHOD|FAREWELL|PREP|NONEXIST ~20 NO_ANSWER   # "a pile of pills and said gg everyone, now shes not answering"
NO_ANSWER ~12 FEAR|METHOD|UNRESPONSIVE|SYMPTOM   # "no responde, esta tirado en el piso con una jeringa"
SYMPTOM ~12 NO_ANSWER                     # "esta bien caliente y no responde"

[medical urgent]
EXPOSED ~30 SYMPTOM                       # sprayed in the orchard, then headache and throwing up
SYMPTOM ~30 EXPOSED
BITE ~30 SYMPTOM                          # a dog bite three days ago, red and hot, and a fever
HEAD_HIT|CONDITION ~20 SYMPTOM            # a head injury or "my mom is diabetic", and confused, sweaty, sleepy
SYMPTOM ~20 HEAD_HIT|CONDITION            # "only sleeps and talks strangely since he hit his head"
MEDICAL                                   # overdose, can't breathe, not eating for days, fainting
METHOD ~8 ALCOHOL                         # "unas pastillas para dormir con alcohol"
VOMIT ~20 BLOOD                           # throwing up blood, "vomito lo poco que como, ya me sale sangre"
ACT_DONE ~3 MANY ~4 ALCOHOL                # "me tome como 6 shots de tequila"
DRUG_USE ~15 MEDICAL|UNRESPONSIVE|FEAR      # "took something at the party ... cant breathe"
DRUG_USE ~20 SYMPTOM                        # "snorted something ... slumped over, breathing weird"

[runaway urgent]
GO_AWAY|RUN_OFF ~20 LURE                  # "nos vamos a LA con un primo que ni conocemos, nos consigue trabajo"
LURE ~20 GO_AWAY|RUN_OFF|TIME
FAREWELL ~20 AT_ALL                       # "not going home this weekend. or maybe at all"
RUNAWAY                                   # ran away, kicked out, nowhere to sleep
WISH|INTENT|THINK ~3 RUN_OFF              # "planning to run away", "me voy a escapar"
I ~1 RUN_OFF                              # "im running away"
RUN_OFF ~20 RUN_OFF|FAREWELL|NOW          # "leaving rn. walking to the highway to hitch a ride"
GO_AWAY ~20 PARENTS_UNAWARE               # "nos vamos pa juarez el sabado, mis papas no saben"
PARENTS_UNAWARE ~20 GO_AWAY

[self_harm review]
SELF ~2 SCARS                             # old scars: history, worth a look, not a page
SCARS ~4 BODY

[hopelessness review]
HOPELESS

[grief review]
GRIEF
