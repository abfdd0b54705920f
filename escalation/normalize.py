"""Text normalization for crisis detection: what a teen types, reduced to what it says.

Handles Unicode compatibility forms (NFKC), zero-width and other invisible characters,
combining marks and accents, look-alike letters from other scripts (Unicode's confusables
data, via confusable-homoglyphs), emoji (named by the `emoji` package, then mapped to the
signals they carry), leetspeak inside words, letters repeated for emphasis, and words
spelled out with spaces or dots. Sentence punctuation becomes a "|" boundary token.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import emoji
from confusable_homoglyphs import confusables

BOUNDARY = "|"
LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "l",
        "€": "e",
    }
)
LEET_CHARS = set("013457@$!|€")
# Emoji names (from the emoji package) and the words they stand for here.
EMOJI_SIGNALS = {
    "pill": "pills",
    "syringe": "needle",
    "kitchen_knife": "knife",
    "dagger": "knife",
    "drop_of_blood": "blood",
    "water_pistol": "gun",
    "pistol": "gun",
    "bomb": "bomb",
    "coffin": "coffin",
    "headstone": "grave",
    "knot": "rope",
    "skull": "skull",
    "skull_and_crossbones": "skull",
    "face_with_tears_of_joy": "lol",
    "rolling_on_the_floor_laughing": "lol",
    "loudly_crying_face": "crying",
    "broken_heart": "heartbroken",
}
SENTENCE_PUNCTUATION = re.compile(r"[.!?;,:]+(?=\s|$)|[.?;,]+")
INVISIBLE_CATEGORIES = {"Cf", "Cc", "Mn", "Me"}
SPACED_LETTERS = re.compile(r"\b(?:[a-z] ){2,}[a-z]\b")
DOTTED_LETTERS = re.compile(r"\b(?:[a-z][.\-_*~]){2,}[a-z]\b")
REPEATS = re.compile(r"([a-z])\1+")
# Texting shorthand, spelled out so one pattern covers both.
SHORTHAND = {
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "rly": "really",
    "ppl": "people",
    "u": "you",
    "ur": "your",
    "im": "im",
    "myslf": "myself",
}
SPLIT_REFLEXIVE = re.compile(r"\b(my|your|him|her|them|it|one) (self|selves)\b")
TEXTED_TO = re.compile(r"\b(want|wanted|wants|going|have|need|trying|try|how|about) 2\b")


@lru_cache(maxsize=4096)
def _latin_lookalike(char: str) -> str:
    """The Latin letter a character from another script is mistaken for, if any."""
    found = confusables.is_confusable(char, preferred_aliases=["latin"], greedy=True)
    if found:
        for glyph in found[0]["homoglyphs"]:
            candidate = glyph["c"]
            if len(candidate) == 1 and candidate.isascii() and candidate.isalpha():
                return candidate.lower()
    return char


def _emoji_to_words(text: str) -> str:
    """Emoji that carry a signal become its word; the rest become a space."""

    def replace(_chars: str, data: dict[str, str]) -> str:
        signal = EMOJI_SIGNALS.get(str(data.get("en", "")).strip(":"))
        return f" {signal} " if signal else " "

    return emoji.replace_emoji(text, replace=replace)


def _deleet(chunk: str) -> str:
    """`k1ll`, `$uicide`, `d!e` -> letters; plain numbers and punctuation are left alone."""
    core = chunk.strip(".,;:?!")
    if any(c.isalpha() for c in core) and any(c in LEET_CHARS for c in core):
        return chunk.replace(core, core.translate(LEET))
    return chunk


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(
        c for c in decomposed if unicodedata.category(c) not in INVISIBLE_CATEGORIES or c in "\n\t"
    )
    return unicodedata.normalize("NFC", kept)


def squeeze(text: str) -> str:
    """Collapse letters repeated for emphasis: `killll` and `kil` compare equal."""
    return REPEATS.sub(r"\1", text)


def normalize(text: str) -> str:
    """Lower-case ASCII-ish words separated by single spaces, with "|" at sentence breaks."""
    text = unicodedata.normalize("NFKC", text)
    text = _emoji_to_words(text)
    text = "".join(_latin_lookalike(c) if ord(c) > 0x7F and c.isalpha() else c for c in text)
    text = _strip_marks(text).casefold()
    text = text.replace("'", "").replace("’", "").replace("`", "")
    text = " ".join(_deleet(chunk) for chunk in text.split())
    text = DOTTED_LETTERS.sub(lambda m: re.sub(r"[.\-_*~]", "", m.group(0)), text)
    text = SENTENCE_PUNCTUATION.sub(f" {BOUNDARY} ", text)
    text = re.sub(r"[^a-z0-9|ñ ]+", " ", text)
    text = SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    text = " ".join(SHORTHAND.get(word, word) for word in text.split())
    text = SPLIT_REFLEXIVE.sub(r"\1\2", text)
    text = TEXTED_TO.sub(r"\1 to", text)
    text = squeeze(text)
    return " ".join(text.split())
