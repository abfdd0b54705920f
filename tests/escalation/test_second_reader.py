"""The second reader (escalation/second_reader.py): held out by batch, its fast scoring, and how
the detector uses it."""

from __future__ import annotations

from pathlib import Path

import pytest

from escalation import detector, second_reader
from escalation.detector import Severity, assess, read_with_lexicon
from escalation.evaluation import Labelled
from escalation.second_reader import SecondReader, corpus_files, training_rows


def _rows(paths: list[Path]) -> list[Labelled]:
    rows, _ = training_rows(paths)
    return rows


def test_on_the_last_batches_it_never_saw_it_finds_most_crises_and_few_false_ones() -> None:
    """Trained without the last two crisis batches and the last two everyday ones, as if they
    had just been written."""
    files = corpus_files()
    crisis_batches = [path for path in files if path.name.startswith("batch_")][-2:]
    everyday = [path for path in files if path.name.startswith("everyday_")][-2:]
    held_out = crisis_batches + everyday
    reader = SecondReader(*training_rows([path for path in files if path not in held_out]))

    def share_alerting(rows: list[Labelled]) -> float:
        alerting = sum(reader.probability(row.text) >= second_reader.THRESHOLD for row in rows)
        return alerting / len(rows)

    batch_rows = _rows(crisis_batches)
    recall = share_alerting([row for row in batch_rows if row.should_alert])
    hard_negatives = share_alerting([row for row in batch_rows if row.label == "none"])
    ordinary = share_alerting(_rows(everyday))
    print(f"held out: recall {recall:.1%}, false alerts {hard_negatives:.1%}, {ordinary:.1%}")
    assert recall >= 0.75
    assert hard_negatives <= 0.06
    assert ordinary <= 0.05


SAMPLES = [
    "",
    "hey",
    "i dont wanna be here no more fr",
    "😭😭🔪",
    "<b>&amp; hola</b>",
    "mi jefita no sabe que traigo el cuete en la mochila",
    "no, sé qué hacer... señor_x 12 a ÑANDÚ",
    "lone \ud800 surrogate",
    "aaaa " * 1000,
]


@pytest.mark.parametrize("text", SAMPLES)
def test_its_fast_scoring_is_scikit_learns_own(text: str) -> None:
    reader = second_reader.load()
    assert reader.probability(text) == pytest.approx(reader.probability_by_library(text), abs=1e-9)
    assert reader.category(text) == reader.category_by_library(text)


@pytest.mark.parametrize("text", SAMPLES)
def test_its_features_are_every_substring_it_says(text: str) -> None:
    """numpy's hashes of all substrings at once are the plain one-at-a-time hashes."""
    assert sorted(second_reader.features(text).tolist()) == sorted(
        second_reader.reference_features(text)
    )


def test_its_features_are_character_runs_words_and_pairs_of_words() -> None:
    # " ab cd ": 6 pairs, 5 triples, 4 quadruples, 3 quintuples; 2 words; 1 pair of words
    assert len(second_reader.reference_features("AB   cd")) == 6 + 5 + 4 + 3 + 2 + 1
    same = second_reader.reference_features("ab cd")
    assert second_reader.reference_features("AB   cd") == same
    # " a 😭 ": character runs only; a one-letter word is no word, and an emoji no letter
    assert len(second_reader.reference_features("a 😭")) == 4 + 3 + 2 + 1


class _Sure:
    """A stand-in reader with a fixed opinion."""

    def __init__(self, probability: float) -> None:
        self._probability = probability

    def probability(self, text: str) -> float:
        return self._probability

    def category(self, text: str) -> str:
        return "violence"


def test_it_raises_what_the_lexicon_found_no_reason_for(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "we going to the lake after school"
    assert read_with_lexicon(text).severity == Severity.NONE
    monkeypatch.setattr(second_reader, "load", lambda: _Sure(0.95))
    found = assess(text, explain=True)
    assert found.severity == Severity.URGENT and found.category == "violence"
    assert found.explain()["second_reader"] == {
        "probability": 0.95,
        "alerts_from": second_reader.THRESHOLD,
    }
    assert assess(text, second=False).severity == Severity.NONE


def test_it_never_lowers_what_the_lexicon_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_reader, "load", lambda: _Sure(0.0))
    assert assess("i took 30 pills an hour ago").severity == Severity.IMMINENT
    calm = assess("see you at practice", explain=True)
    assert calm.severity == Severity.NONE and calm.second_opinion == 0.0


def test_the_detector_asks_it_below_the_threshold_only_for_the_record() -> None:
    below = detector.assess("see you at practice tomorrow", explain=True)
    assert below.second_opinion is not None and below.second_opinion < second_reader.THRESHOLD
    assert not below.alert


def test_warming_up_with_the_second_reader_off_does_not_train_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def train() -> SecondReader:
        raise AssertionError("trained although CRISIS_SECOND_READER is off")

    monkeypatch.setattr(second_reader, "load", train)
    detector.warm_up(second=False)
