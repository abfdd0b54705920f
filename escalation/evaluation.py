"""Scoring the detector on labelled lines: what `peerbot crisis-eval` prints, and the corpus tests
use.

A labelled file is UTF-8 TSV, one line each: `label<TAB>category<TAB>text`, where label is the
expected severity (none, review, urgent, imminent) and category the expected one for alerts ("-"
otherwise). Lines starting with "#" and blank lines are skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from escalation.detector import Assessment, assess
from escalation.words import word_set

ALERT_LABELS = frozenset({"urgent", "imminent"})
LABELS = ("none", "review", "urgent", "imminent")
# Frequent words that tell the two languages apart in a short message.
SPANISH_WORDS = word_set(
    "que de la el los las me mi mis no y es por con una un estoy quiero ya pero muy"
    " porque mas nadie todo nada tengo se lo le su cuando como esta eso yo tu neta wey"
    " casa mama papa hoy noche voy ir hacer siento vida"
)
ENGLISH_WORDS = word_set(
    "the i to and my is it you im a of in that this so me dont just like but was be"
    " have what with its at for on all want feel know no not are do get when your he"
    " she they"
)
WORD = re.compile(r"[a-záéíóúñü]+")


class LabelledFileError(ValueError):
    """A labelled file has a line that is not `label<TAB>category<TAB>text`."""


@dataclass(frozen=True)
class Labelled:
    label: str
    category: str
    text: str

    @property
    def should_alert(self) -> bool:
        return self.label in ALERT_LABELS


@dataclass(frozen=True)
class Outcome:
    line: Labelled
    language: str
    result: Assessment

    @property
    def missed(self) -> bool:
        return self.line.should_alert and not self.result.alert

    @property
    def false_alert(self) -> bool:
        return not self.line.should_alert and self.result.alert


@dataclass
class Score:
    """Recall on lines that should alert, false alerts on the lines that should not."""

    alerting: int = 0
    caught: int = 0
    calm: int = 0
    false_alerts: int = 0

    def add(self, outcome: Outcome) -> None:
        if outcome.line.should_alert:
            self.alerting += 1
            self.caught += outcome.result.alert
        else:
            self.calm += 1
            self.false_alerts += outcome.result.alert

    @property
    def recall(self) -> float | None:
        return self.caught / self.alerting if self.alerting else None

    @property
    def false_alert_rate(self) -> float | None:
        return self.false_alerts / self.calm if self.calm else None


@dataclass
class Evaluation:
    outcomes: list[Outcome] = field(default_factory=list)

    def score(self, keep: Callable[[Outcome], bool] | None = None) -> Score:
        """Recall and false alerts over the outcomes `keep` accepts (all by default)."""
        score = Score()
        for outcome in self.outcomes:
            if keep is None or keep(outcome):
                score.add(outcome)
        return score

    def by_language(self) -> dict[str, Score]:
        return {
            language: self.where(language=language)
            for language in sorted({o.language for o in self.outcomes})
        }

    def where(self, language: str | None = None, category: str | None = None) -> Score:
        """The score of one language's lines, or one category's, or both."""
        return self.score(
            lambda o: (
                (language is None or o.language == language)
                and (category is None or o.line.category == category)
            )
        )

    def confusion(self) -> Counter[tuple[str, str]]:
        """(expected label, detected severity) -> count."""
        return Counter((o.line.label, o.result.severity.label) for o in self.outcomes)

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.missed]

    @property
    def false_alerts(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.false_alert]


def language_of(text: str) -> str:
    """ "es" or "en", by which language's common words the text has more of (ties: "en")."""
    words = WORD.findall(text.casefold())
    spanish = sum(word in SPANISH_WORDS for word in words)
    english = sum(word in ENGLISH_WORDS for word in words)
    return "es" if spanish > english else "en"


def parse_labelled(lines: Iterable[str], source: str = "input") -> list[Labelled]:
    """The labelled lines of a TSV file; a malformed line raises, naming its number."""
    rows = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in LABELS or not parts[2].strip():
            raise LabelledFileError(
                f"{source}:{number}: expected label<TAB>category<TAB>text with label one of "
                f"{', '.join(LABELS)}"
            )
        rows.append(Labelled(*parts))
    return rows


def read_labelled(path: Path) -> list[Labelled]:
    return parse_labelled(path.read_text(encoding="utf-8").splitlines(), str(path))


def evaluate(rows: Iterable[Labelled], judge: Callable[[str], Assessment] = assess) -> Evaluation:
    return Evaluation([Outcome(row, language_of(row.text), judge(row.text)) for row in rows])


def _percent(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def format_evaluation(evaluation: Evaluation, show_misses: bool = True) -> str:
    """What `peerbot crisis-eval` prints: totals, per language and category, confusion, misses."""
    out: list[str] = []
    total = evaluation.score()
    out.append(
        f"lines {len(evaluation.outcomes)}: recall {_percent(total.recall)} "
        f"({total.caught}/{total.alerting} urgent+imminent alerted), false alerts "
        f"{_percent(total.false_alert_rate)} ({total.false_alerts}/{total.calm} none+review)"
    )
    out.append("")
    out.append("language  recall            false alerts")
    for language, score in evaluation.by_language().items():
        out.append(
            f"{language:<9} {_percent(score.recall)} {score.caught:>4}/{score.alerting:<5} "
            f"{_percent(score.false_alert_rate)} {score.false_alerts:>4}/{score.calm}"
        )
    out.append("")
    out.append("category       language  recall")
    keys = sorted(
        {(o.line.category, o.language) for o in evaluation.outcomes if o.line.should_alert}
    )
    for category, language in keys:
        score = evaluation.where(language=language, category=category)
        recall = _percent(score.recall)
        out.append(f"{category:<14} {language:<9} {recall} {score.caught:>4}/{score.alerting}")
    out.append("")
    confusion = evaluation.confusion()
    out.append("expected \\ detected " + "".join(f"{label:>10}" for label in LABELS))
    for expected in LABELS:
        counts = "".join(f"{confusion[(expected, found)]:>10}" for found in LABELS)
        out.append(f"{expected:<19} {counts}")
    if show_misses:
        for title, outcomes in (
            ("missed (should alert, did not)", evaluation.misses),
            ("false alerts (alerted, should not)", evaluation.false_alerts),
        ):
            out.append("")
            out.append(f"{title}: {len(outcomes)}")
            for o in outcomes:
                found = o.result.severity.label
                out.append(f"  [{o.line.label} {o.line.category} -> {found}] {o.line.text}")
    return "\n".join(out) + "\n"
