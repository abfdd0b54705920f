"""A message as concepts, and where the lexicon's frames occur in it.

`Message` holds a message's words and the concept spans found in them (lexicon.py); the helpers
here find every place a frame occurs, and answer the questions the detector's reading rules ask
of a place: is it negated, is someone else its subject, is there laughter about it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from escalation.lexicon import Frame, Span
from escalation.normalize import BOUNDARY

NEGATION_REACH = 4
JOKE_REACH = 12
SUBJECT_REACH = 6
# A frame whose distance allows this many words may span sentences ("...a secret" later on).
ACROSS_SENTENCES = 20


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

    def overlaps(self, concept: str, start: int, end: int) -> bool:
        """A span of `concept` sharing a word with [start, end)."""
        return any(
            span.start < end and start < span.end for span in self.by_concept.get(concept, ())
        )

    def within(self, concept: str, start: int, end: int) -> bool:
        """A span of `concept` inside [start, end)."""
        return any(
            start <= span.start and span.end <= end for span in self.by_concept.get(concept, ())
        )

    def close(
        self,
        concept: str,
        match: FrameMatch,
        reach: int,
        breaks: int | None = None,
        inside: bool = False,
    ) -> bool:
        """A span of `concept` within `reach` words of the frame and at most `breaks` sentence
        breaks from it (any number if None); inside the frame too if `inside`."""
        for span in self.by_concept.get(concept, ()):
            if match.start <= span.start and span.end <= match.end:
                if inside:
                    return True
                continue
            if span.end > match.start - reach and span.start < match.end + reach:
                if breaks is None:
                    return True
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
            if any(span.end <= r.start <= span.end + 3 for r in earnest):
                continue  # laughter taken back: "lol. not lol"
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


# Concepts a death word loses inside "my cousin who died": someone else's death is grief.
SOMEONE_ELSES_DEATH = frozenset({"DIE", "KILL", "NONEXIST", "SELF_DEATH", "OTHER_DEATH"})


def without_idioms(spans: list[Span]) -> list[Span]:
    idioms = [s for s in spans if s.concept == "IDIOM"]
    others = [s for s in spans if s.concept == "SOMEONE_ELSES"]
    if not idioms and not others:
        return spans
    return [
        s
        for s in spans
        if s.concept != "IDIOM"
        and not any(i.start <= s.start and s.end <= i.end for i in idioms)
        and not (
            s.concept in SOMEONE_ELSES_DEATH
            and any(o.start <= s.start and s.end <= o.end for o in others)
        )
    ]


def find_frames(frame: Frame, message: Message) -> list[FrameMatch]:
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


# Phrases whose negation word denies nothing that follows: "si no ..." (a condition), "it won't
# stop" (bleeding that goes on), "i didn't mean to" (it happened).
NOT_A_DENIAL = ("CONDITIONAL", "CANT_STOP", "UNMEANT")


def is_negated(match: FrameMatch, message: Message) -> bool:
    phrases = [s for concept in NOT_A_DENIAL for s in message.by_concept.get(concept, ())]
    for span in message.by_concept.get("NEGATION", ()):
        if any(c.start <= span.start < c.end for c in phrases):
            continue
        if match.start - NEGATION_REACH <= span.start and span.end <= match.start:
            between = range(span.end, match.start)
            if message.same_sentence(span.start, match.start) and not any(
                b.start in between for b in message.by_concept.get("BUT", ())
            ):
                return True
    return False


def subject_is_someone_else(match: FrameMatch, message: Message) -> bool:
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
