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
LEET_OR_MASK = re.compile(r"[a-z][013457@$!|€*#_]|[013457@$!|€*#_][a-z]")
LEET_CHUNK = re.compile(r"(?<!\S)[^\s013457@$!|€*#_]*(?:[013457@$!|€*#_]\S*)")
DOTTED_HINT = re.compile(r"[a-z][.\-_*~][a-z][.\-_*~]")
CORRECTION = re.compile(r"(?:^|\s)\*([a-z]{3,})\b")
NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
CALIBER = re.compile(r"(?<![\w.])\.(\d{2,3})\b")
MAYBE_EMOJI = re.compile("[\u2190-\u2bff\U0001f000-\U0001faff]")
TRIPLE = re.compile(r"(.)\1\1")
# A number with a suffix ("7th", "7pm", "5k", "10mins") is not leetspeak.
# Combining accents and invisible format characters (zero-width spaces and joiners, soft hyphen,
# word joiner, byte-order mark, directional marks).
MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f]"
)
ORDINAL = re.compile(
    r"^\d+(?:st|nd|rd|th|er|ro|do|to|vo|no|mo|am|pm|h|hr|hrs|min|mins|s|k|kg|lb|lbs|mm|cm|km|kms|mi"
    r"|ft|x|mg|ml)$"
)
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
    "bridge_at_night": "bridge",
    "locomotive": "train",
    "train": "train",
    "railway_track": "tracks",
    "razor": "razor",
    "wilted_flower": "wilted",
    "grinning_face_with_sweat": "lol",
    "school": "school",
    "adhesive_bandage": "bandaids",
    "tumbler_glass": "alcohol",
    "beer_mug": "alcohol",
    "wine_glass": "alcohol",
    "bottle_with_popping_cork": "alcohol",
    "sleeping_face": "sleep",
    "chair": "chair",
    "waving_hand": "bye",
    "face_with_rolling_eyes": "lol",
}
SENTENCE_PUNCTUATION = re.compile(r"[.!?;,:]+(?=\s|$)|[.?;,]+")
SPACED_LETTERS = re.compile(r"\b(?:[a-z] ){2,}[a-z]\b")
DOTTED_LETTERS = re.compile(r"\b(?:[a-z][.\-_*~]){2,}[a-z]\b")
REPEATS = re.compile(r"([a-z])\1+")
# Letters typed three or more times for emphasis ("killlll", "nooooo") keep two: English and
# Spanish words have at most double letters, and the stemmer needs "kill" rather than "kil".
EMPHASIS = re.compile(r"([a-z])\1{2,}")
# A letter hidden behind a mask character to dodge filters: "s*icide", "k#ll", "c_tting".
MASK_CHARS = "*#_"
MASKED = re.compile(r"(?<=[a-z])[*#_]+(?=[a-z])|^[*#_](?=[a-z]{3})|(?<=[a-z]{3})[*#_]$")
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
    "u": "you",
    "ur": "your",
    "im": "im",
    "myslf": "myself",
    # Spanish texting
    "d": "de",
    "q": "que",
    "k": "que",
    "x": "por",
    "pa": "para",
    "xq": "porque",
    "pq": "porque",
    "tmb": "tambien",
    "kiero": "quiero",
    "toas": "todas",
    "ta": "esta",
    "dnd": "donde",
    "xfa": "por favor",
    "toa": "toda",
    "to2": "todos",
    # English texting
    "wud": "would",
    "cud": "could",
    "shud": "should",
    "n": "and",
    "w": "with",
    "b": "be",
    "r": "are",
    "evry": "every",
    "evryone": "everyone",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrrw": "tomorrow",
    "2nite": "tonight",
    "tonite": "tonight",
    "2night": "tonight",
    "2day": "today",
    "2morrow": "tomorrow",
    "thru": "through",
    "bout": "about",
    "til": "until",
    "till": "until",
    "alot": "a lot",
}
NOT_WORD = re.compile(r"[^a-z0-9|ñ* ]+|(?<![a-z])\*+|\*+(?![a-z])")
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


@lru_cache(maxsize=1)
def _signal_emoji() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every emoji that carries a signal (with its variants), and its word."""
    words: dict[str, str] = {}
    for chars, data in emoji.EMOJI_DATA.items():
        signal = EMOJI_SIGNALS.get(str(data.get("en", "")).strip(":"))
        if signal:
            words[chars] = signal
            words[chars.replace("\ufe0f", "")] = signal
    ordered = sorted(words, key=len, reverse=True)
    return re.compile("|".join(re.escape(chars) for chars in ordered if chars)), words


def _emoji_to_words(text: str) -> str:
    """Emoji that carry a signal become their word; the rest is dropped later with other
    symbols (the emoji package names them; one compiled pattern finds them)."""
    if not MAYBE_EMOJI.search(text):
        return text
    pattern, signal_words = _signal_emoji()
    return pattern.sub(lambda found: f" {signal_words[found.group(0)]} ", text)


def _deleet(chunk: str) -> str:
    """`k1ll`, `$uicide`, `d!e` -> letters; `s*icide` keeps one `*` for the hidden letter.

    Plain numbers and punctuation are left alone."""
    core = chunk.strip(".,;:?!")
    if ORDINAL.match(core):  # "7th", "1st": a number, not leetspeak
        return chunk
    if any(c.isalpha() for c in core) and any(c in LEET_CHARS for c in core):
        chunk = chunk.replace(core, core.translate(LEET))
        core = core.translate(LEET)
    if any(c in MASK_CHARS for c in core) and sum(c.isalpha() for c in core) >= 3:
        chunk = chunk.replace(core, MASKED.sub("*", core))
    return chunk


def strip_marks(text: str) -> str:
    """Accents and invisible characters go ("dííííe" -> "diiiie"); other symbols become spaces
    later, with the rest of the punctuation."""
    decomposed = unicodedata.normalize("NFD", text)
    if decomposed.isascii():
        return decomposed
    return unicodedata.normalize("NFC", MARKS.sub("", decomposed))


def squeeze(text: str) -> str:
    """Collapse letters repeated for emphasis: `killll` and `kil` compare equal."""
    return REPEATS.sub(r"\1", text)


def _apply_corrections(text: str) -> str:
    """ "i dont want to love anymore *live": the starred word replaces the earlier word it
    corrects (the closest in spelling), as people fix an autocorrect slip."""
    for found in list(CORRECTION.finditer(text)):
        correct = found.group(1)
        before = text[: found.start()].split()
        candidates = [
            (_distance(word.strip(".,!?"), correct), index)
            for index, word in enumerate(before)
            if abs(len(word.strip(".,!?")) - len(correct)) <= 1
        ]
        close = [pair for pair in candidates if pair[0] <= 2]
        if close:
            _, index = min(close, key=lambda pair: (pair[0], -pair[1]))
            before[index] = correct
            text = " ".join(before) + " " + text[found.end() :]
    return text


def _distance(a: str, b: str) -> int:
    """Letters that differ between two words (substitutions, or one letter more or less)."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True))
    short, long = sorted((a, b), key=len)
    return min(
        sum(x != y for x, y in zip(short, long[:i] + long[i + 1 :], strict=True)) + 1
        for i in range(len(long))
    )


def normalize(text: str) -> str:
    """Lower-case ASCII-ish words separated by single spaces, with "|" at sentence breaks.

    A letter hidden by a mask character stays as `*` ("s*icide"); the detector reads it.
    """
    return " ".join(words(text))


def words(text: str) -> list[str]:
    """The normalized words of a message, "|" standing for each sentence break."""
    if not text.isascii():  # plain ASCII, most chat lines, needs none of the Unicode steps
        text = unicodedata.normalize("NFKC", text)
        text = _emoji_to_words(text)
        text = NON_ASCII_LETTER.sub(lambda found: _latin_lookalike(found.group(0)), text)
        text = strip_marks(text)
    text = text.casefold()
    if "'" in text or "’" in text or "`" in text or "/" in text:
        text = text.replace("'", "").replace("’", "").replace("`", "")
        text = text.replace("w/o", "without").replace("s/h", "sh")
    if "*" in text and CORRECTION.search(text):
        text = _apply_corrections(text)
    if LEET_OR_MASK.search(text):
        text = LEET_CHUNK.sub(lambda found: _deleet(found.group(0)), text)
    if DOTTED_HINT.search(text):
        text = DOTTED_LETTERS.sub(lambda m: re.sub(r"[.\-_*~]", "", m.group(0)), text)
    if "." in text:
        text = CALIBER.sub(r"\1", text)  # "a .22" is a rifle, not a sentence break
    text = SENTENCE_PUNCTUATION.sub(f" {BOUNDARY} ", text)
    text = NOT_WORD.sub(" ", text)
    text = SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    if TRIPLE.search(text):
        text = EMPHASIS.sub(r"\1\1", text)
    found = [SHORTHAND.get(word, word) for word in text.split()]
    if "self" in text or "selves" in text or " 2" in text:
        text = TEXTED_TO.sub(r"\1 to", SPLIT_REFLEXIVE.sub(r"\1\2", " ".join(found)))
        return text.split()
    return " ".join(found).split()
