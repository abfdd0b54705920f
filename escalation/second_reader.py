"""The second reader: a statistical classifier trained on the labelled corpus, for crisis
messages the lexicon cannot read.

The lexicon reads concepts it has been taught; on a voice no batch had before it misses one
crisis message in five. Character n-grams catch what a new voice shares with the corpus without
sharing its exact words ("finna handle", "anda bien bolo", "go over the side"), so a linear
classifier over them (scikit-learn: TF-IDF of character 2-5-grams, across word boundaries, and
word 1-2-grams; logistic regression), trained on every labelled line in `corpus/`, is asked about
each message too. Its "yes" alerts only above THRESHOLD, chosen on held-out batches
(corpus/README.md), and it only ever raises: it never lowers what the lexicon found.

Training takes a few seconds and is done once, when the bot starts (detector.warm_up), unless
CRISIS_SECOND_READER is off.

Scoring runs on every message, so it does not go through scikit-learn (a millisecond of overhead
per call) nor build a Python string per character n-gram (a 500-character post has 2,000):
every n-gram is hashed by numpy in one pass, and the hash picks its column (the hashing trick,
no vocabulary to look up). `probability_by_library` is the same sum done by scikit-learn, for
the tests.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import math
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

if TYPE_CHECKING:
    from escalation.evaluation import Labelled

CORPUS_DIR = Path(__file__).parent / "corpus"
# Chosen with a model trained on batches 1-44 (and 1-46), judged on the four batches after them
# and four everyday files: at 0.85, 88% (84%) of crisis lines, 2.5% (0.8%) of hard negatives
# and 2.7% (1.8%) of everyday messages (corpus/README.md).
THRESHOLD = 0.85
# Everyday messages count three times in training: the line between ordinary sadness and a
# crisis is the one the reader most needs (chosen leaving batches 43-46 and everyday 1-4 out).
EVERYDAY_WEIGHT = 3.0
# Regularisation: larger trusts the corpus more (chosen with THRESHOLD).
REGULARISATION = 32.0

CHAR_SIZES = (2, 3, 4, 5)
# A word: two or more letters, digits or underscores in a row (below U+2000: the scripts
# students write in; emoji and symbols are not word characters).
WORD_CHARACTERS = np.array(
    [chr(point).isalnum() or point == 0x5F for point in range(0x2000)] + [False], dtype=np.int8
)
_MULTIPLIER = 1_000_003
_INVERSE = pow(_MULTIPLIER, -1, 2**64)
_MASK = 2**64 - 1
# Features are hashed into 2**COLUMN_BITS columns (chosen on held-out batches with 2**20: no
# better, four times the memory).
COLUMN_BITS = 18
_SPREAD = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(64 - COLUMN_BITS)
# Added to each kind of feature's hash so that, say, the word "die" and the three characters
# "die" are two features.
_OFFSET = {
    kind: (number * 0x9E3779B97F4A7C15) & _MASK
    for number, kind in enumerate(("word", "pair", *CHAR_SIZES), 1)
}
_PAIR_MULTIPLIER = np.uint64(0xC2B2AE3D27D4EB4F)


def corpus_files() -> list[Path]:
    """The labelled corpus: the first lines, the frozen batches, and everyday messages (what
    students ordinarily bring to a peer mentor, none of it a crisis)."""
    return [
        CORPUS_DIR / "corpus.tsv",
        *sorted((CORPUS_DIR / "batches").glob("batch_*.tsv")),
        *sorted(CORPUS_DIR.glob("everyday_*.tsv")),
    ]


def _padded(text: str) -> str:
    """Lowercase, every run of spaces one space, and a space at each end."""
    return " " + " ".join(text.lower().split()) + " "


def _code_points(padded: str) -> np.ndarray:
    # surrogatepass: a lone surrogate is a code point like any other here.
    encoded = padded.encode("utf-32-le", errors="surrogatepass")
    return np.frombuffer(encoded, dtype=np.uint32)


class _Powers:
    """The multiplier's powers and its inverse's, as long as the longest text seen (one pair,
    replaced whole, so a reader never sees one list longer than the other)."""

    def __init__(self) -> None:
        self.both = (np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64))

    def cover(self, length: int) -> tuple[np.ndarray, np.ndarray]:
        """(multiplier**i, inverse**i) for i below at least `length`."""
        both = self.both
        if length > len(both[0]):
            size = max(length, 2 * len(both[0]))
            both = (_power_series(_MULTIPLIER, size), _power_series(_INVERSE, size))
            self.both = both
        return both


def _power_series(base: int, size: int) -> np.ndarray:
    """base**0 ... base**(size-1), modulo 2**64 (numpy's uint64 wraps around)."""
    series = np.full(size, base, dtype=np.uint64)
    series[0] = 1
    return np.cumprod(series, dtype=np.uint64)


_POWERS = _Powers()


def features(text: str) -> np.ndarray:
    """The hash of every feature of `text`, one per occurrence: each run of 2 to 5 characters
    (across words), each word and each pair of words in a row.

    A substring's hash is the polynomial sum of its code points, modulo 2**64. All of them come
    from one prefix sum: with G[i] = sum of point[j] * inverse**j for j < i, the substring
    [a, b) hashes to (G[b] - G[a]) * multiplier**(b - 1), so numpy does it for every substring
    at once (`reference_features` is the same, one substring at a time)."""
    points = _code_points(_padded(text))
    length = len(points)
    up, down = _POWERS.cover(length + 1)
    prefix = np.zeros(length + 1, dtype=np.uint64)
    np.cumsum(points * down[:length], out=prefix[1:])
    layout = _char_grams_of if length <= _CACHED_LENGTH else _char_grams_of.__wrapped__
    starts, ends, scale, offsets = layout(length)
    chars = (prefix[ends] - prefix[starts]) * scale + offsets
    wordlike = WORD_CHARACTERS[np.minimum(points, len(WORD_CHARACTERS) - 1)]
    # The padded text starts and ends with a space, so every word has both edges.
    edges = wordlike[1:] - wordlike[:-1]
    starts, ends = np.flatnonzero(edges == 1) + 1, np.flatnonzero(edges == -1) + 1
    long_enough = ends - starts >= 2
    starts, ends = starts[long_enough], ends[long_enough]
    words = (prefix[ends] - prefix[starts]) * up[ends - 1]
    pairs = words[:-1] * _PAIR_MULTIPLIER + words[1:]
    return np.concatenate((chars, words + _OFFSET["word"], pairs + _OFFSET["pair"]))


# Most messages are short: their layouts are kept (at most 256 of 64 kB).
_CACHED_LENGTH = 512


@lru_cache(maxsize=256)
def _char_grams_of(length: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Where every character n-gram of a text of `length` starts and ends, the power its hash
    is scaled by, and its size's offset: the same for every text of that length, so worked
    out once."""
    up, _ = _POWERS.cover(length + 1)
    starts = [np.arange(length - size + 1) for size in CHAR_SIZES]
    sizes = [np.full(len(part), size) for part, size in zip(starts, CHAR_SIZES, strict=True)]
    start = np.concatenate(starts)
    size = np.concatenate(sizes)
    end = start + size
    offsets = np.array([_OFFSET[size] for size in CHAR_SIZES], dtype=np.uint64)
    return start, end, up[end - 1], offsets[size - CHAR_SIZES[0]]


def _polynomial(text: str) -> int:
    value = 0
    for character in text:
        value = (value * _MULTIPLIER + ord(character)) & _MASK
    return value


def reference_features(text: str) -> list[int]:
    """`features`, spelled out one substring at a time in plain Python (for the tests)."""
    padded = _padded(text)
    found = [
        (_polynomial(padded[start : start + size]) + int(_OFFSET[size])) & _MASK
        for size in CHAR_SIZES
        for start in range(len(padded) - size + 1)
    ]
    words: list[int] = []
    current = ""
    for character in padded + " ":
        if ord(character) < len(WORD_CHARACTERS) and WORD_CHARACTERS[ord(character)]:
            current += character
            continue
        if len(current) >= 2:
            words.append(_polynomial(current))
        current = ""
    found += [(word + int(_OFFSET["word"])) & _MASK for word in words]
    found += [
        (first * int(_PAIR_MULTIPLIER) + second + int(_OFFSET["pair"])) & _MASK
        for first, second in pairwise(words)
    ]
    return found


def columns(found: np.ndarray) -> np.ndarray:
    """The column of each feature: the top COLUMN_BITS of its hash, spread by a multiplier.
    Features that share a column are read as one (the hashing trick: no vocabulary to look
    up, and on the held-out batches no worse than one)."""
    # 32 bits are plenty for a column, and numpy sorts them twice as fast as 64.
    return ((found * _SPREAD) >> _SHIFT).astype(np.uint32)


def _counted(found: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct columns of `found` and how often each occurs."""
    sorted_columns = np.sort(columns(found))
    if not len(sorted_columns):
        return sorted_columns, sorted_columns
    first = np.empty(len(sorted_columns), dtype=bool)
    first[0] = True
    np.not_equal(sorted_columns[1:], sorted_columns[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    ends = np.empty_like(starts)
    ends[:-1] = starts[1:]
    ends[-1] = len(sorted_columns)
    return sorted_columns[starts], ends - starts


_CHUNK = 256


def _count_matrix(texts: Sequence[str]) -> sparse.csr_matrix:
    """How often each column occurs in each text. Built a few hundred texts at a time, so
    that thousands of small arrays never sit on the heap together (it kept 150 MB)."""
    indices, data, lengths = [], [], []
    for start in range(0, len(texts), _CHUNK):
        counted = [_counted(features(text)) for text in texts[start : start + _CHUNK]]
        indices.append(np.concatenate([distinct for distinct, _ in counted]).astype(np.int32))
        data.append(np.concatenate([counts for _, counts in counted]).astype(np.float64))
        lengths.append(np.array([len(distinct) for distinct, _ in counted]))
    indptr = np.concatenate(([0], np.cumsum(np.concatenate(lengths)))) if texts else np.zeros(1)
    return sparse.csr_matrix(
        (
            np.concatenate(data) if data else np.zeros(0),
            np.concatenate(indices) if indices else np.zeros(0, dtype=np.int32),
            indptr.astype(np.int64),
        ),
        shape=(len(texts), 1 << COLUMN_BITS),
    )


def training_rows(files: Sequence[Path]) -> tuple[list[Labelled], list[float]]:
    """The labelled lines of `files`, and each line's weight in training."""
    from escalation.evaluation import read_labelled  # it reads with the detector, as we do

    rows: list[Labelled] = []
    weights: list[float] = []
    for path in files:
        lines = read_labelled(path)
        rows += lines
        weight = EVERYDAY_WEIGHT if path.name.startswith("everyday_") else 1.0
        weights += [weight] * len(lines)
    return rows, weights


class SecondReader:
    def __init__(self, rows: Sequence[Labelled], weights: Sequence[float] | None = None) -> None:
        counts = _count_matrix([row.text for row in rows])
        # A column seen in only one training line says more about that line than about crises.
        seen_twice = np.bincount(counts.indices, minlength=counts.shape[1]) >= 2
        self._tfidf = TfidfTransformer(sublinear_tf=True)
        self._tfidf.fit(counts)
        self._tfidf.idf_ = self._tfidf.idf_ * seen_twice
        matrix = self._tfidf.transform(counts)
        alerts = np.array([row.should_alert for row in rows])
        self._classifier = LogisticRegression(
            C=REGULARISATION, max_iter=3000, class_weight="balanced"
        )
        self._classifier.fit(matrix, alerts, sample_weight=weights)
        crisis = [index for index, row in enumerate(rows) if row.should_alert]
        # A linear SVM picks the category: one vector per category, as accurate as a logistic
        # regression here (95% of held-out crisis lines) in a tenth of the time and memory.
        self._categories = LinearSVC(C=1.0)
        self._categories.fit(matrix[crisis], [rows[index].category for index in crisis])
        self._idf: np.ndarray = self._tfidf.idf_
        self._weights: np.ndarray = self._classifier.coef_[0]
        self._intercept = float(self._classifier.intercept_[0])

    def _vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The TF-IDF vector of `text` as (columns, values): sublinear tf, idf, l2 norm, as
        the fitted TfidfTransformer makes it."""
        distinct, counts = _counted(features(text))
        values = (1.0 + np.log(counts)) * self._idf[distinct]
        norm = math.sqrt(float(values @ values))
        return distinct, (values / norm if norm else values)

    def probability(self, text: str) -> float:
        """How likely the corpus makes it that `text` needs a counselor now (0 to 1)."""
        found, values = self._vector(text)
        score = self._intercept + float(self._weights[found] @ values)
        return 1.0 / (1.0 + math.exp(-score))

    def category(self, text: str) -> str:
        """The most likely category of a crisis message."""
        found, values = self._vector(text)
        scores = self._categories.coef_[:, found] @ values + self._categories.intercept_
        return str(self._categories.classes_[int(np.argmax(scores))])

    def _library_matrix(self, text: str) -> sparse.csr_matrix:
        return self._tfidf.transform(_count_matrix([text]))

    def probability_by_library(self, text: str) -> float:
        """`probability` done by scikit-learn itself (slow; for checking the fast path)."""
        return float(self._classifier.predict_proba(self._library_matrix(text))[0, 1])

    def category_by_library(self, text: str) -> str:
        """`category` done by scikit-learn itself (for checking the fast path)."""
        return str(self._categories.predict(self._library_matrix(text))[0])


@cache
def load() -> SecondReader:
    """The reader trained on the whole corpus (once per process)."""
    reader = SecondReader(*training_rows(corpus_files()))
    _give_back_freed_memory()
    return reader


def _give_back_freed_memory() -> None:
    """Training frees about 100 MB in small pieces that glibc keeps for the process; hand them
    back to the system (the bot runs for months with what is left: about 30 MB)."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to give back so
        ctypes.CDLL("libc.so.6").malloc_trim(0)
