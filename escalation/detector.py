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
The message's severity is its strongest frame's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from escalation.lexicon import Frame, Lexicon, Severity, Span, load
from escalation.normalize import BOUNDARY
from escalation.words import is_known_word

NEGATION_REACH = 4
JOKE_REACH = 12
# A frame whose distance allows this many words may span sentences ("...a secret" later on).
ACROSS_SENTENCES = 20
TOPIC_REACH = 8
BENIGN_REACH = 16
SUBJECT_REACH = 6
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
class FrameMatch:
    frame: Frame
    spans: tuple[Span, ...]

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end


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
        }


NOTHING = Assessment(Severity.NONE, None, ())


class Message:
    """A message as concepts: spans by concept, and which sentence each word is in."""

    def __init__(self, words: list[str], spans: list[Span]) -> None:
        self.words = words
        sentence = 0
        self.sentence_of: list[int] = []
        for word in words:
            if word == BOUNDARY:
                sentence += 1
            self.sentence_of.append(sentence)
        self._spans_of: dict[frozenset[str], list[Span]] = {}
        self.by_concept: dict[str, list[Span]] = defaultdict(list)
        for span in spans:
            self.by_concept[span.concept].append(span)
        for found in self.by_concept.values():
            found.sort(key=lambda s: (s.start, s.end))

    def spans_of(self, concepts: frozenset[str]) -> list[Span]:
        """The spans of any of `concepts`, in reading order (cached: frames share slots)."""
        found = self._spans_of.get(concepts)
        if found is None:
            by_concept = self.by_concept
            found = sorted(
                (span for concept in concepts for span in by_concept.get(concept, ())),
                key=lambda s: (s.start, -s.end),
            )
            self._spans_of[concepts] = found
        return found

    def has(self, concept: str) -> bool:
        return concept in self.by_concept

    def same_sentence(self, a: int, b: int) -> bool:
        low, high = min(a, b), max(a, b)
        return self.sentence_of[low] == self.sentence_of[min(high, len(self.words) - 1)]

    def near(self, concepts: frozenset[str] | set[str], start: int, end: int, reach: int) -> bool:
        """A span of one of `concepts` within `reach` words of [start, end), but not inside it."""
        for concept in concepts:
            for span in self.by_concept.get(concept, ()):
                inside = start <= span.start and span.end <= end
                if not inside and span.end > start - reach and span.start < end + reach:
                    return True
        return False

    def within(self, concept: str, start: int, end: int) -> bool:
        """A span of `concept` inside [start, end)."""
        return any(
            start <= span.start and span.end <= end for span in self.by_concept.get(concept, ())
        )

    def close(
        self, concept: str, match: FrameMatch, reach: int, breaks: int, inside: bool = False
    ) -> bool:
        """A span of `concept` within `reach` words and `breaks` sentence breaks of the frame
        (inside the frame too if `inside`)."""
        for span in self.by_concept.get(concept, ()):
            if match.start <= span.start and span.end <= match.end:
                if inside:
                    return True
                continue
            if span.end > match.start - reach and span.start < match.end + reach:
                anchor = match.start if span.start < match.start else match.end - 1
                if self.boundaries_between(anchor, span.start) <= breaks:
                    return True
        return False

    def now_near(self, match: FrameMatch, reach: int) -> bool:
        """Present-tense signs ("lately", "rn") near the frame, other than in a past phrase."""
        past = self.by_concept.get("PAST", ())
        for concept in ("CURRENT", "NOW"):
            for span in self.by_concept.get(concept, ()):
                if any(p.start <= span.start < p.end for p in past):
                    continue
                if span.end > match.start - reach and span.start < match.end + reach:
                    return True
        return False

    def boundaries_between(self, a: int, b: int) -> int:
        low, high = min(a, b), max(a, b)
        return self.sentence_of[min(high, len(self.words) - 1)] - self.sentence_of[low]

    def joking_about(self, match: FrameMatch) -> bool:
        """Laughter after a frame (within a sentence break) or before it in its sentence; not
        when the writer says they mean it in between ("kms... for real lol")."""
        earnest = self.by_concept.get("REALLY", ())
        for span in [*self.by_concept.get("JOKE", ()), *self.by_concept.get("RETRACT", ())]:
            if any(r.start <= span.start < r.end for r in earnest):
                continue  # "not joking"
            low, high = min(match.start, span.start), max(match.end, span.end)
            if any(low <= r.start < high for r in earnest):
                continue
            if span.start >= match.end:
                if (
                    span.start - match.end <= JOKE_REACH
                    and self.boundaries_between(match.end - 1, span.start) <= 1
                ):
                    return True
            elif (
                span.end <= match.start
                and self.same_sentence(span.start, match.start)
                and not any(
                    span.end <= b.start < match.start for b in self.by_concept.get("BUT", ())
                )
            ):
                return True
        return False

    def text(self, span: Span) -> str:
        return " ".join(self.words[span.start : span.end])


def _without_idioms(spans: list[Span]) -> list[Span]:
    idioms = [s for s in spans if s.concept == "IDIOM"]
    if not idioms:
        return spans
    return [
        s
        for s in spans
        if s.concept != "IDIOM" and not any(i.start <= s.start and s.end <= i.end for i in idioms)
    ]


def _find_frames(frame: Frame, message: Message) -> list[FrameMatch]:
    """Every place the frame is found, one per starting concept (a frame may occur twice)."""
    present = message.by_concept.keys()
    for slot in frame.slots:
        if not slot.optional and slot.concepts.isdisjoint(present):
            return []

    def candidates(index: int) -> list[Span]:
        return message.spans_of(frame.slots[index].concepts)

    def extend(index: int, chosen: tuple[Span, ...]) -> tuple[Span, ...] | None:
        if index == len(frame.slots):
            return chosen
        slot = frame.slots[index]
        previous = chosen[-1]
        for span in candidates(index):
            if span.start < previous.end or span.start - previous.end > slot.gap:
                continue
            if slot.gap < ACROSS_SENTENCES and not message.same_sentence(
                previous.end - 1, span.start
            ):
                continue
            found = extend(index + 1, (*chosen, span))
            if found:
                return found
        if slot.optional:
            return extend(index + 1, chosen)
        return None

    matches = []
    first = 0 if not frame.slots[0].optional else None
    starts = candidates(0) if first == 0 else []
    for span in starts:
        found = extend(1, (span,))
        if found:
            matches.append(FrameMatch(frame, found))
    if first is None:  # an optional first concept: try without it too
        for span in candidates(1):
            found = extend(2, (span,))
            if found:
                matches.append(FrameMatch(frame, found))
    return matches


def _negated(match: FrameMatch, message: Message) -> bool:
    conditions = message.by_concept.get("CONDITIONAL", ())
    for span in message.by_concept.get("NEGATION", ()):
        if any(c.start <= span.start < c.end for c in conditions):
            continue
        if match.start - NEGATION_REACH <= span.start and span.end <= match.start:
            between = range(span.end, match.start)
            if message.same_sentence(span.start, match.start) and not any(
                b.start in between for b in message.by_concept.get("BUT", ())
            ):
                return True
    return False


def _subject_is_someone_else(match: FrameMatch, message: Message) -> bool:
    others = [
        s
        for s in message.by_concept.get("OTHER", ())
        if match.start - SUBJECT_REACH <= s.start < match.start
        and message.same_sentence(s.start, match.start)
    ]
    if not others:
        return False
    nearest = max(s.end for s in others)
    selves = message.by_concept.get("SELF", ())
    return not any(nearest <= s.start < match.start for s in selves)


def _read(match: FrameMatch, message: Message) -> Reading:
    frame = match.frame
    severity, category = frame.severity, frame.category
    reasons: list[str] = []
    own = {span.concept for span in match.spans}
    if category in SELF_DIRECTED and _subject_is_someone_else(match, message):
        category = "third_party"
        reasons.append("someone else is its subject")
    raisers = RAISED_BY.get(category, frozenset())
    raised_by = sorted(c for c in raisers if message.has(c))
    lowered_by: str | None = None
    if (
        (
            category in SELF_DIRECTED | {"third_party", "medical"}
            and message.near({"PAST"}, match.start, match.end, 10)
            and not message.now_near(match, 10)
        )
        and not (own & CONCRETE)
        and not message.has("ACT_DONE")
    ):
        return Reading(match, Severity.REVIEW, category, ("long ago",))
    single = len(frame.slots) == 1
    if (
        not message.has("REVEAL")
        and message.close("TOPIC", match, TOPIC_REACH, breaks=0)
        and not message.within("I", match.start - 2, match.end)
        and (single or not message.within("SELF", match.start - 2, match.end))
    ):
        return Reading(match, Severity.NONE, category, ("about a topic",))
    if (
        own & PHYSICAL
        and "ACT_DONE" not in own
        and not message.has("HIDE")
        and not message.has("NOW")
        and message.close("BENIGN", match, BENIGN_REACH, breaks=1, inside=True)
    ):
        return Reading(match, Severity.NONE, category, ("an ordinary reason",))
    if message.near({"FIGURATIVE"}, match.start, match.end, 8) and not (
        message.has("FEAR") or message.has("WEAPON")
    ):
        if category in {"threatened", "violence"}:
            return Reading(match, Severity.NONE, category, ("a figure of speech",))
        if category in SELF_DIRECTED | {"third_party"} and own <= HYPERBOLE_PRONE:
            return Reading(match, Severity(severity - 1), category, ("a figure of speech",))
    if _negated(match, message):
        lowered_by = "negated"
    elif (
        category in JOKED_ABOUT
        and own <= HYPERBOLE_PRONE | CONCRETE
        and (
            message.within("CASUAL", match.start, match.end)
            or (message.joking_about(match) and not own & {"ACT_DONE", "NOW", "PREP"})
        )
        and (
            message.close("TRIVIA", match, 8, breaks=0)
            or (
                (message.joking_about(match) or message.close("SKULL", match, 6, breaks=1))
                and message.close("TRIVIA", match, 12, breaks=1)
            )
            or message.close("SKULL", match, 6, breaks=1)
        )
    ):
        lowered_by = "hyperbole about something small"
    elif (
        category in JOKED_ABOUT
        and not any(message.within(c, match.start, match.end) for c in CONCRETE)
        and (own <= HYPERBOLE_PRONE or message.close("RETRACT", match, JOKE_REACH, breaks=1))
        and message.joking_about(match)
    ):
        lowered_by = "a joke nearby"
    if lowered_by:
        reasons.append(lowered_by)
        concrete = own & CONCRETE or [
            c
            for c in raised_by
            if c in CONCRETE and message.close(c, match, RAISER_REACH, breaks=1)
        ]
        if lowered_by != "negated":  # laughter is not explained away by an emoji knife
            concrete = own & {"ACT_DONE", "NOW", "PREP"} or [
                c
                for c in raised_by
                if c in {"NOW", "ACT_DONE", "PREP", "HIGH_PLACE", "ACCESS"}
                and message.close(c, match, RAISER_REACH, breaks=1)
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


def _priority(category: str) -> int:
    return CATEGORY_PRIORITY.index(category) if category in CATEGORY_PRIORITY else 99


def assess(text: str, lexicon: Lexicon | None = None, explain: bool = False) -> Assessment:
    """The severity, category and matched words of one message (`explain`: and the concepts)."""
    lexicon = lexicon or load()
    words, keys = lexicon.tokens(text)
    if not explain and not lexicon.could_match(keys):
        return NOTHING
    spans = _without_idioms(lexicon.spans(words, keys))
    if not spans:
        return NOTHING
    frames = lexicon.frames_for({span.concept for span in spans})
    if not frames and not explain:
        return NOTHING
    message = Message(words, spans)
    readings = []
    for frame in frames:
        found = [_read(match, message) for match in _find_frames(frame, message)]
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


def warm_up() -> None:
    """Load the lexicon and the word lists now (about two seconds), not on the first message."""
    assess("warming up: i want to dei, pienso en matarme", explain=True)
    is_known_word("caminando")
