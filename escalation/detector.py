"""Crisis detection (PRODUCT.md §5): how worried should an adult be about this message?

Both languages are read on every message, in one pass:
1. normalize the text (normalize.py) and look each word up by its stem, reading typos, masked
   letters and run-together words (words.py);
2. tag words and phrases with concepts (self, wish, intent, death, method, time, abuse act...)
   from the lexicon's one compiled trie (lexicon.py); idioms about things ("this homework is
   killing me") take their own words out of the reading, and nothing else;
3. find the frames (lexicon/frames.lex): concepts that together mean danger, such as a wish
   followed by death within one sentence;
4. read each frame in its message:
   - a plan, a means, a time, a preparation or an act just done raises it to imminent;
   - a negation just before it lowers it one level ("i would never hurt myself"); it reaches
     back three words and stops at "but" or a sentence break; with a plan, a means or a time it
     stays at least urgent;
   - a joke ("lol", "jk") near a suicide or self-harm frame lowers it one level, unless the
     frame names a means, a plan or an act;
   - a lesson, a show or a game as its subject makes a bare mention ("essay on suicide") nothing;
   - long-ago past ("used to", "last year") makes a suicide or self-harm frame a review;
   - a friend or relative as its subject makes it a third-party report;
   - "my mom is gonna kill me when she sees this" is about trouble, not a threat.
The message's severity is its strongest frame's. When it is below urgent, the second reader
(second_reader.py, a classifier trained on the labelled corpus) is asked too, and may raise it to
urgent; it never lowers what the frames found.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from escalation import second_reader
from escalation.frames import (
    JOKE_REACH,
    FrameMatch,
    Message,
    find_frames,
    is_negated,
    subject_is_someone_else,
    without_idioms,
)
from escalation.lexicon import Lexicon, Severity, load
from escalation.words import is_known_word

TOPIC_REACH = 8
BENIGN_REACH = 16
SELF_DIRECTED = frozenset({"suicide", "self_harm"})
JOKED_ABOUT = SELF_DIRECTED | {"violence", "threatened", "runaway"}
# What raises a frame of each category to imminent (C-SSRS: method, plan, intent; an act
# in progress; a weapon or a time for threats).
RAISED_BY: dict[str, frozenset[str]] = {
    "suicide": frozenset(
        {"METHOD", "LETHAL", "PREP", "TIME", "NOW", "ACT_DONE", "HIGH_PLACE", "ACCESS"}
    ),
    "self_harm": frozenset({"TIME", "NOW", "ACT_DONE", "PREP"}),
    "third_party": frozenset(
        {"METHOD", "PREP", "TIME", "NOW", "ACT_DONE", "HIGH_PLACE", "NO_ANSWER", "UNRESPONSIVE"}
    ),
    "medical": frozenset({"ACT_DONE", "TIME", "NOW", "MANY", "DRUG_USE"}),
    "violence": frozenset({"TIME", "NOW", "WEAPON", "PREP"}),
    "threatened": frozenset({"TIME", "NOW", "WEAPON"}),
    "abuse": frozenset({"TIME", "NOW"}),
    "sexual_abuse": frozenset({"TIME", "NOW"}),
    "runaway": frozenset({"TIME", "NOW"}),
}
# Signs too concrete for a joke or a denial to explain away.
CONCRETE = frozenset({"METHOD", "LETHAL", "PREP", "ACT_DONE", "HIGH_PLACE", "NOW", "ACCESS"})
# Words a joke can make hyperbole of ("kms lol", "im gonna jump off the bleachers jk"); a
# frame made of anything else (wounds, abuse, a plan) is not lowered by laughter.
HYPERBOLE_PRONE = frozenset(
    {
        "SELF_DEATH",
        "DIE",
        "KILL",
        "NONEXIST",
        "JUMP",
        "WISH",
        "INTENT",
        "THINK",
        "SELF_OBJECT",
        "SELF",
        "I",
        "HARM_OTHERS",
        "ATTACK",
        "THREAT",
        "RUN_OFF",
        "RUNAWAY",
        "PERCH",
        "CASUAL",
        "OTHER",
    }
)
RAISER_REACH = 12
# Frames about objects and bodies, which an ordinary reason nearby (cooking, hunting, a game,
# an accident) can explain; a frame about words, secrets or people it cannot.
PHYSICAL = frozenset(
    {
        "WEAPON",
        "METHOD",
        "BLADE",
        "HARM_VERB",
        "CUT_VERB",
        "HIT",
        "GIVE",
        "VALUED",
        "PREP",
        "JUMP",
        "PERCH",
        "MEDICAL",
        "BLOOD",
        "VOMIT",
        "SELF_HARM",
        "SELF_DEATH",
        "HARM_OTHERS",
        "ABUSE_ACT",
        "INJURY",
        "CUTS",
        "BODY",
    }
)
CATEGORY_PRIORITY = (
    "suicide",
    "self_harm",
    "third_party",
    "violence",
    "threatened",
    "sexual_abuse",
    "abuse",
    "medical",
    "runaway",
    "hopelessness",
    "grief",
)


@dataclass(frozen=True)
class Reading:
    """One frame as read in its message: the severity and category it ends with, and why."""

    match: FrameMatch
    severity: Severity
    category: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Assessment:
    severity: Severity
    category: str | None
    matched: tuple[str, ...]
    readings: tuple[Reading, ...] = ()
    concepts: tuple[tuple[str, str], ...] = ()  # (words, CONCEPT) for --explain
    # The second reader's probability, when it was asked (second_reader.py).
    second_opinion: float | None = None

    @property
    def alert(self) -> bool:
        """Urgent and imminent messages page the counselors."""
        return self.severity >= Severity.URGENT

    def as_json(self, text: str) -> dict[str, object]:
        return {
            "text": text,
            "severity": self.severity.label,
            "alert": self.alert,
            "category": self.category,
            "matched": list(self.matched),
        }

    def explain(self) -> dict[str, object]:
        """What decided: the concepts found and each frame with its reasons."""
        return {
            "concepts": [f"{words}={concept}" for words, concept in self.concepts],
            "frames": [
                {
                    "frame": f"[{r.match.frame.category} {r.match.frame.severity.label}] "
                    + " ".join("|".join(sorted(s.concepts)) for s in r.match.frame.slots),
                    "where": r.match.frame.source,
                    "severity": r.severity.label,
                    "category": r.category,
                    "because": list(r.reasons),
                }
                for r in self.readings
            ],
            "second_reader": None
            if self.second_opinion is None
            else {
                "probability": round(self.second_opinion, 3),
                "alerts_from": second_reader.THRESHOLD,
            },
        }


NOTHING = Assessment(Severity.NONE, None, ())


def _read(match: FrameMatch, message: Message) -> Reading:
    frame = match.frame
    severity, category = frame.severity, frame.category
    reasons: list[str] = []
    own = {span.concept for span in match.spans}
    if category in SELF_DIRECTED and subject_is_someone_else(match, message):
        category = "third_party"
        reasons.append("someone else is its subject")
    raisers = RAISED_BY.get(category, frozenset())
    raised_by = sorted(c for c in raisers if message.has(c))
    lowered_by: str | None = None
    if (
        category in SELF_DIRECTED | {"third_party", "medical"}
        and message.close("PAST", match, 10)
        and not message.now_near(match, 10)
    ) and not own & {"NOW", "PREP", "SH_PREP", "ACCESS", "HIGH_PLACE"}:
        return Reading(match, Severity.REVIEW, category, ("long ago",))
    if (
        not message.has("REVEAL")
        and message.close("TOPIC", match, TOPIC_REACH, breaks=0)
        and not message.within("I", match.start - 2, match.end)
        and not message.within("SELF", match.start - 2, match.end)
    ):
        return Reading(match, Severity.NONE, category, ("about a topic",))
    if (
        own & PHYSICAL
        # "wont be around for graduation", "a waste of space ... his hunting guns"
        and not own & {"ACT_DONE", "BRING_WEAPON", "NONEXIST", "WORTHLESS"}
        and not message.has("TARGET")  # "un cuchillo de la cocina y picar al que me molesta"
        and not _benign_only_as_a_gift(message)
        and not message.has("HIDE")
        and not message.has("EXCUSE")  # "told me to say i got hit at practice"
        and not message.has("PUNISHMENT")  # "presses my hand on the comal to teach me"
        and not message.has("NOT_AN_ACCIDENT")  # "its not from falling off my bike if u know"
        and not message.has("DELIBERATE")  # "burned my arm on the stove coil ... on purpose"
        and not (category == "medical" and _symptom_besides(match, message))
        and not message.has("NOW")
        and message.close("BENIGN", match, BENIGN_REACH, breaks=1, inside=True)
    ):
        return Reading(match, Severity.NONE, category, ("an ordinary reason",))
    if message.close("FIGURATIVE", match, 8) and not (
        message.has("FEAR")
        or message.has("WEAPON")
        or message.has("MONEY_DEMAND")
        or message.has("SERIOUS")  # "lo voy a reventar cuando lo vea ... pero va a pasar"
        # someone already waiting outside, or outside the window now, is no figure of speech
        or message.has("WAITING_FOR_ME")
        or message.has("STALKING")
    ):
        if category in {"threatened", "violence"}:
            return Reading(match, Severity.NONE, category, ("a figure of speech",))
        if category in SELF_DIRECTED | {"third_party"} and own <= HYPERBOLE_PRONE:
            return Reading(match, Severity(severity - 1), category, ("a figure of speech",))
    if is_negated(match, message):
        lowered_by = "negated"
    elif (
        category in JOKED_ABOUT
        and own <= HYPERBOLE_PRONE | CONCRETE | {"SELF_HARM"}
        and not own & {"ACT_DONE", "NOW", "PREP"}
        and _hyperbole(match, message)
    ):
        lowered_by = "hyperbole about something small"
    elif (
        category in JOKED_ABOUT
        # a threat to attack people, a weapon, or someone who keeps turning up is assessed
        # however it was laughed off (threat assessment)
        and not own & {"ATTACK", "BRING_WEAPON", "WEAPON", "STALKING"}
        and not message.has("SERIOUS")  # "not in a lol way"
        # a threat told with a laugh is still a threat when they are scared or a gun is named
        and not (category == "threatened" and (message.has("SCARED") or message.has("WEAPON")))
        # laughing after asking how many pills is too many is not a joke
        and not (message.has("METHOD") and (message.has("AMOUNT_Q") or message.has("LETHAL_Q")))
        and not any(message.within(c, match.start, match.end) for c in CONCRETE)
        and (own <= HYPERBOLE_PRONE or message.close("RETRACT", match, JOKE_REACH, breaks=1))
        and message.joking_about(match)
    ):
        lowered_by = "a joke nearby"
    if lowered_by:
        reasons.append(lowered_by)
        # Laughter is not explained away by an emoji knife, only by an act, a plan or a place.
        keeps, kept_by = (
            (CONCRETE, CONCRETE)
            if lowered_by == "negated"
            else ({"ACT_DONE", "NOW", "PREP"}, {"NOW", "ACT_DONE", "PREP", "HIGH_PLACE", "ACCESS"})
        )
        concrete = own & keeps or [
            c for c in raised_by if c in kept_by and message.close(c, match, RAISER_REACH, breaks=1)
        ]
        timing = lowered_by == "negated" and message.close("TIME", match, 3, breaks=0)
        if concrete or timing:
            # A means, a plan or an act under way keeps it worth a page whatever the wording;
            # a bare time word does not ("i'm not suicidal, just stressed about saturday").
            return Reading(match, max(severity, Severity.URGENT), category, tuple(reasons))
        return Reading(match, Severity(max(severity - 1, 0)), category, tuple(reasons))
    if raised_by and severity == Severity.URGENT:
        reasons.append("raised by " + ", ".join(raised_by))
        severity = Severity.IMMINENT
    return Reading(match, severity, category, tuple(reasons))


def _benign_only_as_a_gift(message: Message) -> bool:
    """The ordinary word is the thing given away ("giving away all his fishing stuff"), not
    an ordinary reason for anything."""
    if not (message.has("GIVE") or message.has("PREP")):
        return False
    benign = message.by_concept.get("BENIGN", ())
    gifts = message.by_concept.get("VALUED", ())
    return bool(benign) and all(
        any(g.start <= b.start and b.end <= g.end for g in gifts) for b in benign
    )


def _symptom_besides(match: FrameMatch, message: Message) -> bool:
    """A second sign of illness outside the frame ("haven't eaten in 5 days ... my heart keeps
    doing flips"): an ordinary place nearby no longer explains it away."""
    return any(
        span.end <= match.start or span.start >= match.end
        for span in message.by_concept.get("SYMPTOM", ())
    )


def _hyperbole(match: FrameMatch, message: Message) -> bool:
    """A throwaway word ("kms") or laughter, about something small ("this quiz", "the wifi")."""
    laughing = message.joking_about(match) or message.close("SKULL", match, 6, breaks=1)
    if not (laughing or message.overlaps("CASUAL", match.start, match.end)):
        return False
    return message.close("TRIVIA", match, 8, breaks=0) or (
        laughing and message.close("TRIVIA", match, 12, breaks=1)
    )


def _priority(category: str) -> int:
    return CATEGORY_PRIORITY.index(category) if category in CATEGORY_PRIORITY else 99


def assess(
    text: str, lexicon: Lexicon | None = None, explain: bool = False, second: bool = True
) -> Assessment:
    """The severity, category and matched words of one message (`explain`: and the concepts).

    The lexicon reads it first; when it finds no reason to page anyone, the second reader
    (a classifier trained on the corpus, second_reader.py) is asked, and above its threshold
    the message is urgent. The second reader only raises. `second=False` is the lexicon alone.
    """
    found = read_with_lexicon(text, lexicon, explain)
    if found.alert or not second:
        return found
    reader = second_reader.load()
    probability = reader.probability(text)
    if probability < second_reader.THRESHOLD:
        return replace(found, second_opinion=probability) if explain else found
    return Assessment(
        Severity.URGENT,
        reader.category(text),
        (),
        found.readings,
        found.concepts,
        probability,
    )


def read_with_lexicon(
    text: str, lexicon: Lexicon | None = None, explain: bool = False
) -> Assessment:
    """What the lexicon alone reads in one message."""
    lexicon = lexicon or load()
    words, keys = lexicon.tokens(text)
    if not explain and not lexicon.could_match(keys):
        return NOTHING
    spans = without_idioms(lexicon.spans(words, keys))
    if not spans:
        return NOTHING
    frames = lexicon.frames_for({span.concept for span in spans})
    if not frames and not explain:
        return NOTHING
    message = Message(words, spans)
    readings = []
    for frame in frames:
        found = [_read(match, message) for match in find_frames(frame, message)]
        if found:
            readings.append(max(found, key=lambda r: r.severity))
    concepts: tuple[tuple[str, str], ...] = ()
    if explain:
        ordered = sorted(spans, key=lambda s: s.start)
        concepts = tuple(dict.fromkeys((message.text(s), s.concept) for s in ordered))
    if not readings:
        return Assessment(Severity.NONE, None, (), (), concepts)
    readings.sort(
        key=lambda r: (-r.severity, -len(r.match.frame.slots), _priority(r.category), r.match.start)
    )
    top = readings[0]
    if top.severity == Severity.NONE:
        return Assessment(Severity.NONE, None, (), tuple(readings), concepts)
    matched = tuple(
        dict.fromkeys(
            " ".join(words[r.match.start : r.match.end])
            for r in readings
            if r.severity == top.severity
        )
    )
    return Assessment(top.severity, top.category, matched, tuple(readings), concepts)


def warm_up(second: bool = True) -> None:
    """Load the lexicon and the word lists, and train the second reader unless it is off, now
    (a few seconds), not on the first message."""
    read_with_lexicon("warming up: i want to dei, pienso en matarme", explain=True)
    is_known_word("caminando")
    if second:
        second_reader.load()
