"""The detector against its labelled corpus (escalation/corpus/): the lines written for the
first lexicon (corpus.tsv) and every frozen batch since (batches/, see its README.md).

Every urgent and imminent line must alert on the lexicon alone (the second reader is trained on
these very lines, so it would prove nothing here), and at most 5% of the lines that should not
page anyone may, with both readers. The held-out figures in the corpus README were measured on
each batch before it was folded in; this test keeps the detector from losing what it has learned.
"""

from __future__ import annotations

from collections import Counter

from escalation.detector import assess, read_with_lexicon
from escalation.evaluation import evaluate, language_of, read_labelled
from escalation.second_reader import corpus_files

FILES = corpus_files()
ROWS = [row for path in FILES for row in read_labelled(path)]
MAX_FALSE_ALERT_RATE = 0.05
CATEGORIES = (
    "suicide",
    "self_harm",
    "abuse",
    "sexual_abuse",
    "violence",
    "threatened",
    "third_party",
    "medical",
    "runaway",
)


def test_the_corpus_is_large_varied_and_bilingual() -> None:
    assert len(ROWS) >= 1500
    assert sum(language_of(row.text) == "es" for row in ROWS) >= 400
    assert sum(row.label == "none" for row in ROWS) >= 500
    alerting = Counter(row.category for row in ROWS if row.should_alert)
    for category in CATEGORIES:
        assert alerting[category] >= 30, category
    for path in FILES:
        texts = [row.text for row in read_labelled(path)]
        assert len(set(texts)) == len(texts), f"a line is in {path.name} twice"


def test_every_urgent_and_imminent_line_alerts_on_the_lexicon_alone() -> None:
    evaluation = evaluate((row for row in ROWS if row.should_alert), judge=read_with_lexicon)
    missed = [outcome.line.text for outcome in evaluation.misses]
    assert missed == []


def test_few_false_alerts_on_lines_that_should_not_page() -> None:
    evaluation = evaluate(row for row in ROWS if not row.should_alert)
    score = evaluation.score()
    rate = score.false_alert_rate or 0.0
    print(f"false alerts {score.false_alerts}/{score.calm} = {rate:.1%}")
    assert rate <= MAX_FALSE_ALERT_RATE, [o.line.text for o in evaluation.false_alerts]


def test_review_lines_are_mostly_seen_by_a_counselor() -> None:
    """Past attempts, grief and hopelessness reach at least a same-day review."""
    reviews = [row for row in ROWS if row.label == "review"]
    seen = sum(assess(row.text).severity.label != "none" for row in reviews)
    assert seen / len(reviews) >= 0.75
