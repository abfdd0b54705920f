"""Crisis detection (PRODUCT.md §5): how worried should an adult be about this message?

Both languages' lexicons are checked on every message. Steps:
1. normalize the text (normalize.py);
2. blank out idioms about things ("this homework is killing me"): only the idiom's own words
   are ignored, the rest of the message is still read;
3. match every lexicon entry; each match has a category and a severity;
4. an urgent match about self-harm, suicide, violence, a friend or a medical emergency
   becomes imminent when the message also speaks of a plan, a means or a time ("tonight");
5. a negation just before a match ("I would never hurt myself") lowers it one level, and
   its reach stops at "but" or the end of a sentence; plan, means and timing are never lowered;
6. a casual slang match next to "lol"/"jk" is read as hyperbole: one level lower.
The message's severity is its highest match.
"""

from __future__ import annotations

from dataclasses import dataclass

from escalation.lexicon import Entry, Lexicon, Severity, load
from escalation.normalize import BOUNDARY, normalize

RAISED_BY_PLAN = {"suicide", "self_harm", "violence", "third_party", "medical"}
NEGATION_REACH = 4
# Words allowed between a negator and what it negates ("never really want to").
NEGATION_BRIDGE = {
    "am",
    "im",
    "be",
    "going",
    "gona",
    "to",
    "want",
    "wana",
    "would",
    "wil",
    "ever",
    "really",
    "actualy",
    "i",
    "trying",
    "try",
    "planing",
    "plan",
    "thinking",
    "about",
    "of",
    "like",
    "feel",
    "feling",
    "me",
    "do",
    "did",
    "could",
    "a",
    "that",
    "quiero",
    "voy",
    "lo",
    "estoy",
    "pienso",
    "en",
    "nunca",
    "vamos",
    "intentar",
}
CATEGORY_PRIORITY = [
    "suicide",
    "self_harm",
    "violence",
    "threatened",
    "sexual_abuse",
    "abuse",
    "third_party",
    "medical",
    "runaway",
    "hopelessness",
    "grief",
]


@dataclass(frozen=True)
class Match:
    entry: Entry
    start: int
    end: int
    severity: Severity
    plan_means_timing: bool


@dataclass(frozen=True)
class Assessment:
    severity: Severity
    category: str | None
    matched: tuple[str, ...]

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


NOTHING = Assessment(Severity.NONE, None, ())


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + f" {BOUNDARY} ".ljust(end - start) + text[end:]


def _without_idioms(text: str, lexicon: Lexicon) -> str:
    for idiom in lexicon.idioms:
        for found in reversed(list(idiom.finditer(text))):
            text = _blank(text, found.start(), found.end())
    return " ".join(text.split())


def _negated(text: str, start: int, lexicon: Lexicon) -> bool:
    before = text[:start].split()
    for distance, word in enumerate(reversed(before[-NEGATION_REACH:])):
        if word == BOUNDARY or word in lexicon.boundaries:
            return False
        if word in lexicon.negators:
            return True
        if word not in NEGATION_BRIDGE and distance > 0:
            return False
    return False


def _has_marker(text: str, lexicon: Lexicon) -> bool:
    return any(
        pattern.search(text) for patterns in lexicon.markers.values() for pattern in patterns
    )


def _spelled_out_words(text: str) -> list[str]:
    """Long tokens made of letters typed with spaces or dots (joined by normalize)."""
    return [word for word in text.split() if len(word) >= 6]


def assess(text: str, lexicon: Lexicon | None = None) -> Assessment:
    """The severity, category and matched lexicon entries of one message."""
    lexicon = lexicon or load()
    normalized = _without_idioms(normalize(text), lexicon)
    if not normalized.strip(f" {BOUNDARY}"):
        return NOTHING
    has_plan = _has_marker(normalized, lexicon)
    joking = any(word in lexicon.jokes for word in normalized.split())
    matches: list[Match] = []
    for entry in lexicon.entries:
        spans = [(m.start(), m.end()) for m in entry.regex.finditer(normalized)]
        if not spans:
            for word in _spelled_out_words(normalized):
                if entry.tight.search(word):
                    spans.append((normalized.find(word), normalized.find(word) + len(word)))
        for start, end in spans:
            matches.append(_judge(entry, start, end, normalized, has_plan, joking, lexicon))
    # The more specific reading wins: a match inside a longer one ("kill myself" inside "tried
    # to kill myself", "suicide" inside "suicide prevention") gives way to it.
    matches = [m for m in matches if not _inside_another(m, matches)]
    matches = [m for m in matches if m.severity > Severity.NONE]
    if not matches:
        return NOTHING
    top = max(m.severity for m in matches)
    strongest = [m for m in matches if m.severity == top]
    strongest.sort(key=lambda m: (-(m.end - m.start), _priority(m.entry.category)))
    ranked = sorted(matches, key=lambda m: (-m.severity, m.start))
    matched = tuple(dict.fromkeys(normalized[m.start : m.end] for m in ranked))
    return Assessment(top, strongest[0].entry.category, matched)


def _inside_another(match: Match, matches: list[Match]) -> bool:
    return any(
        other.start <= match.start
        and match.end <= other.end
        and (other.end - other.start) > (match.end - match.start)
        for other in matches
    )


def _priority(category: str) -> int:
    return CATEGORY_PRIORITY.index(category) if category in CATEGORY_PRIORITY else 99


def _judge(
    entry: Entry,
    start: int,
    end: int,
    text: str,
    has_plan: bool,
    joking: bool,
    lexicon: Lexicon,
) -> Match:
    severity = entry.severity
    plan_means_timing = severity == Severity.IMMINENT
    if severity == Severity.URGENT and has_plan and entry.category in RAISED_BY_PLAN:
        severity = Severity.IMMINENT
        plan_means_timing = True
    # A negation ("I'd never...") or hyperbole ("kms lol") lowers one level, but nothing
    # lowers a plan, a means or a time.
    lowered = _negated(text, start, lexicon) or (entry.casual and joking)
    if lowered and not plan_means_timing:
        severity = Severity(max(severity - 1, Severity.NONE))
    return Match(entry, start, end, severity, plan_means_timing)
