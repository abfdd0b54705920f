"""The detector against its labeled corpus: every urgent/imminent line alerts, and at most 5%
of the lines that should not page anyone do. Recall per category is printed (pytest -s)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from escalation.detector import assess

CORPUS = Path(__file__).with_name("corpus.tsv")
ALERT_LEVELS = {"urgent", "imminent"}
MAX_FALSE_ALERT_RATE = 0.05


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            severity, category, text = line.split("\t")
            rows.append((severity, category, text))
    return rows


ROWS = _rows()


def test_the_corpus_is_large_and_varied() -> None:
    assert len(ROWS) >= 400
    categories = Counter(category for severity, category, _ in ROWS if severity in ALERT_LEVELS)
    for category in (
        "suicide",
        "self_harm",
        "abuse",
        "sexual_abuse",
        "violence",
        "threatened",
        "third_party",
        "medical",
        "runaway",
    ):
        assert categories[category] >= 5, category
    assert sum(1 for severity, _, _ in ROWS if severity == "none") >= 100


def test_every_urgent_and_imminent_line_alerts() -> None:
    recall: dict[str, list[bool]] = {}
    missed = []
    for severity, category, text in ROWS:
        if severity in ALERT_LEVELS:
            alerted = assess(text).alert
            recall.setdefault(category, []).append(alerted)
            if not alerted:
                missed.append(text)
    for category, results in sorted(recall.items()):
        print(f"recall {category:<13} {sum(results)}/{len(results)}")
    assert missed == []


def test_few_false_alerts_on_lines_that_should_not_page() -> None:
    calm = [(severity, text) for severity, _, text in ROWS if severity not in ALERT_LEVELS]
    false_alerts = [text for _, text in calm if assess(text).alert]
    rate = len(false_alerts) / len(calm)
    print(f"false alerts {len(false_alerts)}/{len(calm)} = {rate:.1%}")
    assert rate <= MAX_FALSE_ALERT_RATE, false_alerts


@pytest.mark.parametrize(("severity", "category", "text"), ROWS)
def test_line(severity: str, category: str, text: str) -> None:
    """Each line's expected severity, and category for alerts (a report, not the gate)."""
    result = assess(text)
    if severity in ALERT_LEVELS:
        assert result.alert
        assert (result.severity.label, result.category) == (severity, category)
    else:
        assert not result.alert
        assert result.severity.label == severity
