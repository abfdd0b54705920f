"""Loads the reviewed lexicon files (`lexicon/*.lex`) and compiles their patterns.

File format, one pattern per line, `#` starts a comment (each entry's reason or source):

    [suicide urgent]          a section: category and severity for the lines below
    want to die               words; the text is normalized first (see normalize.py)
    (kill|end) (myself|it)    alternatives
    suicid*                   a word starting with "suicid"
    hurt ~ myself             up to three other words in between
    eaten in <n> days         a number: digits, number words, "a bunch of", "all (my)"
    took <many> pills         a number large enough for an overdose (5+, "a bunch", "all")
    so? alone                 an optional word
    kms !casual               may be hyperbole: "lol"/"jk" nearby lowers it one level

Special sections: [idiom] (phrases about things, whose own words are ignored), [negator],
[boundary] (words that end a negation's reach, like "but"), [joke], and [marker plan],
[marker means], [marker timing] (which raise an urgent self-harm match to imminent).
A section with severity "none" (e.g. [topic none]) lists phrases that are about a subject,
not a person in danger ("suicide prevention week"); like every longer match, they decide over
the shorter matches inside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cache
from importlib import resources

from escalation.normalize import squeeze


class Severity(IntEnum):
    NONE = 0
    REVIEW = 1
    URGENT = 2
    IMMINENT = 3

    @property
    def label(self) -> str:
        return self.name.lower()


GAP = r"(?:\S+ ){0,3}"
NUMBER = (
    r"(?:\d+|a bunch of|a lot of|lots of|al my|al of my|al the|a handful of|(?:one|two|thre|four"
    r"|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred|uno|dos|tres"
    r"|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cien|muchas|todas las|un monton"
    r" de)(?: \w+)?)"
)
# Enough to be an overdose rather than a normal dose: 5 or more, or "a bunch", "all".
MANY = (
    r"(?:[5-9]|\d{2,}|a bunch of|a lot of|lots of|al my|al of my|al the|a handful of|a whole bottle"
    r" of|the whole bottle of|(?:five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty"
    r"|hundred|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cien|muchas|todas las|un monton"
    r" de)(?: \w+)?)"
)
SECTION = re.compile(r"^\[(\w+)(?: (\w+))?\]$")


@dataclass(frozen=True)
class Entry:
    pattern: str
    category: str
    severity: Severity
    casual: bool
    regex: re.Pattern[str]
    tight: re.Pattern[str]


@dataclass
class Lexicon:
    entries: list[Entry] = field(default_factory=list)
    idioms: list[re.Pattern[str]] = field(default_factory=list)
    negators: set[str] = field(default_factory=set)
    boundaries: set[str] = field(default_factory=set)
    jokes: set[str] = field(default_factory=set)
    markers: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)


def _token(token: str) -> str:
    if token == "~":
        return GAP.rstrip(" ")
    if token == "<n>":
        return NUMBER + " "
    if token == "<many>":
        return MANY + " "
    optional = token.endswith("?") and len(token) > 1
    token = token.rstrip("?")
    if token.startswith("(") and token.endswith(")"):
        words = [_words(option) for option in token[1:-1].split("|")]
        body = "(?:" + "|".join(words) + ")"
    elif token.endswith("*"):
        body = re.escape(squeeze(token[:-1])) + r"\w*"
    else:
        body = re.escape(squeeze(token))
    return f"(?:{body} )?" if optional else body + " "


def _words(option: str) -> str:
    parts = option.split("_")
    special = {"<n>": NUMBER, "<many>": MANY}

    def one(part: str) -> str:
        if part in special:
            return special[part]
        if part.endswith("*"):
            return re.escape(squeeze(part[:-1])) + r"\w*"
        return re.escape(squeeze(part))

    return " ".join(one(part) for part in parts)


TOKEN_SYNTAX = re.compile(r"^(?:\((?:[\w<>]+\*?)(?:\|[\w<>]+\*?)*\)|[\w]+\*?|~|<n>|<many>)\??$")


def compile_pattern(pattern: str, tight: bool = False) -> re.Pattern[str]:
    """A pattern from a lexicon file as a regex over normalized text (see module docstring).

    Alternatives inside parentheses use `_` for a space: `(my_life|it_all)`.
    `tight` drops the spaces between words, for words spelled out letter by letter.
    """
    for token in pattern.split():
        if not TOKEN_SYNTAX.match(token):
            raise ValueError(f"malformed token {token!r} (groups use _ for spaces)")
    body = "".join(_token(token) for token in pattern.split())
    body = body.replace("  ", " ")
    if body.endswith(" "):
        body = body[:-1]
    elif body.endswith(" )?"):
        body = body[:-3] + ")?"
    if tight:
        body = body.replace(" ", "")
    return re.compile(rf"(?<![a-z0-9]){body}(?![a-z0-9])")


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].strip()  # "#" always starts a comment; numbers are <n>


def parse(text: str, lexicon: Lexicon, source: str) -> None:
    """Add one lexicon file's contents to `lexicon`."""
    section: tuple[str, str | None] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = _strip_comment(raw)
        if not line:
            continue
        header = SECTION.match(line)
        if header:
            section = (header.group(1), header.group(2))
            continue
        if section is None:
            raise ValueError(f"{source}:{number}: pattern before any [section]")
        kind, detail = section
        casual = line.endswith("!casual")
        pattern = line.removesuffix("!casual").strip()
        try:
            if kind == "idiom":
                lexicon.idioms.append(compile_pattern(pattern))
            elif kind == "negator":
                lexicon.negators.add(squeeze(pattern))
            elif kind == "boundary":
                lexicon.boundaries.add(squeeze(pattern))
            elif kind == "joke":
                lexicon.jokes.add(squeeze(pattern))
            elif kind == "marker":
                assert detail in ("plan", "means", "timing"), detail
                lexicon.markers.setdefault(detail, []).append(compile_pattern(pattern))
            else:
                assert detail is not None, f"[{kind}] needs a severity"
                lexicon.entries.append(
                    Entry(
                        pattern,
                        kind,
                        Severity[detail.upper()],
                        casual,
                        compile_pattern(pattern),
                        compile_pattern(pattern, tight=True),
                    )
                )
        except (re.error, KeyError, AssertionError, ValueError) as error:
            raise ValueError(f"{source}:{number}: {line!r}: {error}") from None


@cache
def load() -> Lexicon:
    """English, Spanish and shared lexicons together: every message is checked against all."""
    lexicon = Lexicon()
    folder = resources.files("escalation").joinpath("lexicon")
    for name in ("shared.lex", "en.lex", "es.lex"):
        parse(folder.joinpath(name).read_text(encoding="utf-8"), lexicon, name)
    return lexicon
