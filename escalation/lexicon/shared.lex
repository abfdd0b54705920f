# Shared lexicon: words that shape how a match is read, in both languages.
# Reviewed for the peer-support product; every line says why it is here.
# Patterns are written in plain words; normalize.py handles case, accents, leetspeak,
# repeated letters and spacing, so no variants of those are listed.

[negator]
not          # "I'm not going to hurt myself"
never        # "I would never kill myself"
dont         # "don't" after the apostrophe is dropped
didnt
doesnt
wont
wouldnt
no           # Spanish "no quiero morir"; English "no way I'd..."
nunca        # Spanish "never"
jamas        # Spanish "never" (accent removed)
tampoco      # Spanish "neither"
isnt
arent
cant         # "I can't imagine hurting myself" (ideation phrases that contain can't are entries)

[boundary]
but          # "I would never hurt myself, but..." - what follows is read on its own
though
although
however
except
pero         # Spanish "but"
sino         # Spanish "but rather"
aunque       # Spanish "although"

[joke]
lol          # laughter marks hyperbole ("kms lol this quiz"); also the crying-laughing emoji
lmao
lmfao
haha
hahaha
jk           # "just kidding"
jaja         # Spanish laughter
jajaja
xd
skull        # the skull emoji is teen shorthand for "I'm dead (laughing)"

[marker plan]
# Signs of a plan: raise an urgent self-harm or suicide match to imminent (C-SSRS: intent with plan).
(have|got|made|making) a plan
planed (it|everything|how)
(goodbye|suicide) (note|notes|letter|letters)
wrote (a|my) (note|letter|goodbye)
said my? goodbye*
giving away my (stuf|things)
tengo un plan           # Spanish "I have a plan"
(carta|cartas|nota) de despedida   # Spanish goodbye letter/note
ya me despedi           # Spanish "I already said goodbye"

[marker means]
# Means: raise an urgent self-harm or suicide match to imminent.
pils
pil
pastillas               # Spanish pills
pastilla
gun
guns
pistol
pistola
arma                    # Spanish weapon
knife
cuchillo                # Spanish knife
navaja
blade
blades
razor
razors
rope
noose
soga                    # Spanish rope
bleach
cloro                   # Spanish bleach
bridge
puente                  # Spanish bridge
overdose
sobredosis
(jump|jumping) (of|from)
roof
tejado
azotea

[marker timing]
# Timing: raise an urgent match to imminent.
tonight
today
right now
rn                      # "right now" in teen texting
after school
this weekend
tomorow
in an hour
in a (few|couple) (minutes|hours)
before (mom|dad|anyone) (gets|comes) home
esta noche              # Spanish tonight
hoy                     # Spanish today
ahora mismo             # Spanish right now
manana                  # Spanish tomorrow (accent removed)
despues de clases       # Spanish after school
