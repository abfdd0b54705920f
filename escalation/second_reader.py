"""The second reader: a statistical classifier trained on the labelled corpus, for crisis
messages the lexicon cannot read.

The lexicon reads concepts it has been taught; on a voice no batch had before it misses one
crisis message in five. Character n-grams catch what a new voice shares with the corpus without
sharing its exact words ("finna handle", "anda bien bolo", "go over the side"), so a linear
classifier over them (scikit-learn: TF-IDF of character 2-5-grams and word 1-2-grams, logistic
regression), trained on every labelled line in `corpus/`, is asked about each message too. Its
"yes" alerts only above THRESHOLD, chosen on held-out batches (corpus/README.md), and it only ever
raises: it never lowers what the lexicon found.

Training takes several seconds and is done once, when the bot starts (detector.warm_up), unless
CRISIS_SECOND_READER is off.

Scoring a message reuses the fitted vectorizers' own analyzers and does the linear sum itself,
because a scikit-learn pipeline call costs a millisecond of overhead per message.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

if TYPE_CHECKING:
    from escalation.evaluation import Labelled

CORPUS_DIR = Path(__file__).parent / "corpus"
# On batches 37-40, with a model trained on everything before them: lexicon alone 82% recall,
# 4.9% false alerts; with this reader at 0.85, 94% and 5.8% (corpus/README.md).
THRESHOLD = 0.85
# Everyday messages count three times in training: the line between ordinary sadness and a
# crisis is the one the reader most needs (chosen leaving batches 43-46 and everyday 1-4 out).
EVERYDAY_WEIGHT = 3.0


def corpus_files() -> list[Path]:
    """The labelled corpus: the first lines, the frozen batches, and everyday messages (what
    students ordinarily bring to a peer mentor, none of it a crisis)."""
    return [
        CORPUS_DIR / "corpus.tsv",
        *sorted((CORPUS_DIR / "batches").glob("batch_*.tsv")),
        *sorted(CORPUS_DIR.glob("everyday_*.tsv")),
    ]


def _features() -> FeatureUnion:
    return FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True
                ),
            ),
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
        ]
    )


class _Part:
    """One vectorizer's share of the linear score: its analyzer, and per feature its idf and
    idf times the classifier's weight, as plain floats (numpy indexing per feature is slow)."""

    def __init__(self, vectorizer: TfidfVectorizer, weights: np.ndarray) -> None:
        self.analyze: Callable[[str], Sequence[str]] = vectorizer.build_analyzer()
        idf = vectorizer.idf_.tolist()
        weight = weights.tolist()
        self.table: dict[str, tuple[float, float]] = {
            term: (idf[column], idf[column] * weight[column])
            for term, column in vectorizer.vocabulary_.items()
        }

    def score(self, text: str) -> float:
        """The l2-normalised, sublinear-tf TF-IDF vector of `text` dotted with the weights."""
        total = 0.0
        square = 0.0
        table = self.table
        for term, count in Counter(self.analyze(text)).items():
            entry = table.get(term)
            if entry is None:
                continue
            tf = 1.0 if count == 1 else 1.0 + math.log(count)
            square += (tf * entry[0]) ** 2
            total += tf * entry[1]
        return total / math.sqrt(square) if square else 0.0


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
        texts = [row.text for row in rows]
        alerts = np.array([row.should_alert for row in rows])
        self._features = _features()
        matrix = self._features.fit_transform(texts)
        self._classifier = LogisticRegression(C=8, max_iter=3000, class_weight="balanced")
        self._classifier.fit(matrix, alerts, sample_weight=weights)
        crisis = [row for row in rows if row.should_alert]
        self._categories = LogisticRegression(C=8, max_iter=3000)
        self._categories.fit(
            self._features.transform([row.text for row in crisis]), [r.category for r in crisis]
        )
        coefficients: np.ndarray = self._classifier.coef_[0]
        self._intercept = float(self._classifier.intercept_[0])
        self._parts = []
        offset = 0
        for _, vectorizer in self._features.transformer_list:
            size = len(vectorizer.vocabulary_)
            self._parts.append(_Part(vectorizer, coefficients[offset : offset + size]))
            offset += size

    def probability(self, text: str) -> float:
        """How likely the corpus makes it that `text` needs a counselor now (0 to 1)."""
        score = self._intercept + sum(part.score(text) for part in self._parts)
        return 1.0 / (1.0 + math.exp(-score))

    def probability_by_library(self, text: str) -> float:
        """The same, by scikit-learn itself (slow; for checking the fast path)."""
        matrix = self._features.transform([text])
        return float(self._classifier.predict_proba(matrix)[0, 1])

    def category(self, text: str) -> str:
        """The most likely category of a crisis message."""
        return str(self._categories.predict(self._features.transform([text]))[0])


@cache
def load() -> SecondReader:
    """The reader trained on the whole corpus (once per process)."""
    return SecondReader(*training_rows(corpus_files()))
