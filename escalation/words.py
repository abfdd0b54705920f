"""How one typed word is looked up in the lexicon: by its stem, with typos, masks and run-together
words read the way a person would read them.

Every lexicon word is filed under keys: its own spelling (letters repeated for emphasis
collapsed) and its Snowball stem in its language ("cutting" -> "cut"). A typed word is looked up
under the same keys, so "cuts", "cutting" and "cuttin" all meet "cut". What matches nothing is
tried, in order, as a masked word ("s*icide"), as a misspelling of a lexicon word of five letters
or more (edit distance 1, or 2 from eight letters; real dictionary words are never "corrected"),
and as words typed without spaces ("killmyself").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA
from spellchecker import SpellChecker

from escalation.normalize import SHORTHAND, squeeze, strip_marks


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


LANGUAGES = {"en": "english", "es": "spanish"}
FUZZY_MIN_LENGTH = 5
FUZZY_LONG_LENGTH = 9
SEGMENT_MIN_LENGTH = 6
# A dictionary word seen at least this often in the spell checkers' frequency lists is a real
# word: never read as a typo of a lexicon word ("bills" is not "pills").
KNOWN_WORD_FREQUENCY = 5
# Short everyday words a run-together message may contain besides lexicon words.
GLUE_WORDS = word_set(
    "i a im to my me and the it so just want wanna gonna go be am is of in on at rn"
    " now all up do if or an as by he we us no yo me mi la el de que en ya se lo te tu"
    " su"
)
NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty"
    " thirty forty fifty hundred uno dos tres cuatro cinco seis siete ocho nueve diez"
    " once doce quince veinte treinta cuarenta cincuenta cien"
)
MANY_WORDS = word_set(
    "five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty"
    " hundred cinco seis siete ocho nueve diez once doce quince veinte treinta"
    " cuarenta cincuenta cien"
)
CLITIC = re.compile(r"(?:[aei]r|ndo)(?:me|te|se|lo|la|le|nos|los|las|les)$")
# A Spanish diminutive: "quebradita" (quebrada), "cafecito" (cafe), "hermanitos".
DIMINUTIVE = re.compile(r"c?it([oa]s?)$")
MIN_STEM = 4
NUMBER_KEY = "<n>"
MANY_KEY = "<many>"
OVERDOSE_COUNT = 5
WORD_CACHE_SIZE = 100_000


def surface_key(word: str) -> str:
    return "w:" + word


@cache
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(LANGUAGES[language])


def stem_key(word: str, language: str) -> str:
    return f"{language}:" + _stemmer(language).stemWord(word)


@cache
def lexicon_keys(word: str, language: str) -> tuple[str, ...]:
    """The keys a lexicon word of `language` is filed under.

    `=word` is matched as spelled only; so are Spanish verbs with a pronoun attached
    ("matarme"), whose stem would otherwise be the bare verb's ("matar").
    """
    if word in (NUMBER_KEY, MANY_KEY):
        return (word,)
    if word.startswith("="):
        return (surface_key(word[1:]),)
    if "*" in word or (language == "es" and CLITIC.search(word)):
        return (surface_key(word),)
    stem = stem_key(word, language)
    if len(stem) - len(language) - 1 < MIN_STEM and stem != f"{language}:{word}":
        # A stem this short ("mat" of "matar", "car" of "cara") meets too many other words:
        # such a word is matched as spelled, its other forms listed in the lexicon.
        return (surface_key(word),)
    return tuple(dict.fromkeys((surface_key(word), stem, *_single_letter_key(word))))


def _single_letter_key(word: str) -> tuple[str, ...]:
    """ "kill" is also typed "kil": a word of four letters or more with a double letter is also
    filed with every double letter single, where a typed word without doubles looks too."""
    single = squeeze(word)
    return ("s:" + single,) if len(word) >= 4 and single != word else ()


def typed_keys(word: str) -> tuple[str, ...]:
    """The keys a typed word is looked up under: its spelling and its stem in each language.

    A word of only one language's dictionary is stemmed in that language alone, so English
    "ran" never meets Spanish "rana" through their shared stem.
    """
    languages = [language for language in LANGUAGES if word not in only_in_other_language(language)]
    keys = [surface_key(word)] + [stem_key(word, language) for language in languages]
    if len(word) >= 3 and squeeze(word) == word:
        keys.append("s:" + word)  # "kil" meets "kill"
    if word.endswith("in") and word not in dictionary("en") and word + "g" in dictionary("en"):
        keys += [surface_key(word + "g"), stem_key(word + "g", "en")]  # "thinkin", "cuttin"
    if word.isdigit():
        keys.append(NUMBER_KEY)
        if len(word) > 2 or int(word) >= OVERDOSE_COUNT:
            keys.append(MANY_KEY)
    elif word in NUMBER_WORDS:
        keys.append(NUMBER_KEY)
        if word in MANY_WORDS:
            keys.append(MANY_KEY)
    return tuple(dict.fromkeys(keys))


@cache
def dictionary(language: str) -> frozenset[str]:
    """Everyday words of one language (pyspellchecker's frequency lists), accents removed."""
    frequencies = SpellChecker(language=language, distance=1).word_frequency.dictionary
    return frozenset(
        word if word.isascii() else strip_marks(word)
        for word, count in frequencies.items()
        if count >= KNOWN_WORD_FREQUENCY and word.isalpha()
    )


@cache
def known_words() -> frozenset[str]:
    """Everyday English and Spanish words: never read as a typo of a lexicon word."""
    return frozenset().union(*(dictionary(language) for language in LANGUAGES))


@cache
def known_stems(language: str) -> frozenset[str]:
    """Stems of a language's everyday words: "caminando" is a form of a known word."""
    return frozenset(_stemmer(language).stemWords(list(dictionary(language))))


def is_diminutive_of_known_word(word: str) -> bool:
    """ "quebradita" is a form of "quebrada", not "que" + "bra" + "dita" run together."""
    match = DIMINUTIVE.search(word)
    if match is None or match.start() < 3:
        return False
    base = word[: match.start()]
    return is_known_word(base + match.group(1)) or is_known_word(base)


def is_known_word(word: str) -> bool:
    """A real English or Spanish word, or a form of one (never "corrected" into a key word)."""
    if word in known_words():
        return True
    # The Spanish list lacks most verb forms; the English one has them ("cuting" is a typo).
    return _stemmer("es").stemWord(word) in known_stems("es")


@cache
def only_in_other_language(language: str) -> frozenset[str]:
    """Words in another language's dictionary but not in this one's."""
    others = frozenset().union(*(dictionary(other) for other in LANGUAGES if other != language))
    return others - dictionary(language)


@dataclass
class WordReader:
    """Reads typed words against the lexicon's words; results are cached per word."""

    lexicon_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> keys
    known_keys: frozenset[str] = frozenset()
    _fuzzy_choices: list[str] = field(default_factory=list)
    _key_words: frozenset[str] = frozenset()
    _by_length: dict[int, list[str]] = field(default_factory=dict)
    _segment_words: frozenset[str] = frozenset()
    _cache: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)

    def finish(self, words: Iterable[tuple[str, str, bool]]) -> None:
        """File the lexicon's (word, language, is a key word) triples; call once after loading.

        Only key words (of concepts that can raise an alert) are typo targets."""
        key_words: set[str] = set()
        for word, language, key in words:
            keys = lexicon_keys(word, language)
            self.lexicon_words[word] = tuple(dict.fromkeys(self.lexicon_words.get(word, ()) + keys))
            if key:
                key_words.add(word)
        plain = [w for w in self.lexicon_words if w.isalpha()]
        self._fuzzy_choices = sorted(
            w for w in key_words if w.isalpha() and len(w) >= FUZZY_MIN_LENGTH
        )
        self._key_words = frozenset(key_words)
        for word in plain:
            self._by_length.setdefault(len(word), []).append(word)
        self._segment_words = (
            frozenset(w for w in plain if len(w) >= 3) | GLUE_WORDS | frozenset(SHORTHAND)
        )
        self._cache.clear()

    def read(self, word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The word(s) this typed word stands for (several if run together), each with those of
        its keys the lexicon knows (often none)."""
        found = self._cache.get(word)
        if found is None:
            if len(self._cache) >= WORD_CACHE_SIZE:
                self._cache.clear()
            found = self._cache[word] = tuple(
                (shown, tuple(key for key in keys if key in self.known_keys))
                for shown, keys in self._read(word)
            )
        return found

    def _matches(self, keys: Iterable[str]) -> bool:
        return any(key in self.known_keys for key in keys)

    def _read(self, word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        keys = typed_keys(word)
        if "*" in word:  # both as typed ("s*icide" is listed) and as the words it may hide
            return ((word, tuple(dict.fromkeys(keys + self._unmask(word)))),)
        plain = squeeze(word)  # "diie" (from "diiiiie") is "die", "cutt" is "cut"
        if plain != word and len(plain) >= 3 and self._matches(typed_keys(plain)):
            return ((word, tuple(dict.fromkeys(keys + typed_keys(plain)))),)
        if self._matches(keys) or not word.isalnum() or len(word) < 3:
            return ((word, keys),)
        if word.isalpha() and not is_known_word(word) and not is_known_word(plain):
            # A Spanish verb with a pronoun attached ("contarle") is a real word, not a typo.
            if len(word) >= FUZZY_MIN_LENGTH and not CLITIC.search(word):
                corrected = self._correct(word)
                if corrected:
                    return corrected
            elif len(word) == FUZZY_MIN_LENGTH - 1:  # short words: two letters swapped only
                for i in range(len(word) - 1):
                    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                    if swapped in self._key_words:
                        return ((swapped, self.lexicon_words[swapped]),)
            if len(word) >= SEGMENT_MIN_LENGTH and not is_diminutive_of_known_word(word):
                parts = self._segment(word)
                if parts:
                    spelled = [w for part in parts for w in SHORTHAND.get(part, part).split()]
                    return tuple((part, typed_keys(part)) for part in spelled)
        return ((word, keys),)

    def _unmask(self, word: str) -> tuple[str, ...]:
        pattern = re.compile(re.escape(word).replace(r"\*", "[a-z]") + "$")
        found: list[str] = []
        for candidate in self._by_length.get(len(word), []):
            if pattern.match(candidate):
                found.extend(self.lexicon_words[candidate])
        return tuple(dict.fromkeys(found))

    def _correct(self, word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        allowed = 2 if len(word) >= FUZZY_LONG_LENGTH else 1
        best = process.extractOne(
            word, self._fuzzy_choices, scorer=OSA.distance, score_cutoff=allowed
        )
        if best is None:
            return ()
        return ((best[0], self.lexicon_words[best[0]]),)

    def _segment(self, word: str) -> list[str]:
        """Split a run-together word into the fewest lexicon or glue words, if it splits fully."""
        best: list[list[str] | None] = [None] * (len(word) + 1)
        best[0] = []
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - 12), end):
                before = best[start]
                piece = word[start:end]
                if before is not None and piece in self._segment_words:
                    candidate = [*before, piece]
                    current = best[end]
                    if current is None or len(candidate) < len(current):
                        best[end] = candidate
        parts = best[len(word)]
        return parts if parts and len(parts) >= 2 else []
