"""The report as one self-contained HTML file: the figures table and charts as inline SVG.

matplotlib draws the charts (imported only here, so the bot itself never loads it). Charts
show only data that passed small-cell suppression; a chart without enough data says so.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.report import SUPPRESS_BELOW, SUPPRESSED_TEXT, Report, table_rows

if TYPE_CHECKING:
    from matplotlib.axes import Axes

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; }
h1 { margin-bottom: 0.2rem; } .muted { color: #666; }
table { border-collapse: collapse; margin: 1rem 0 2rem; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 0.35rem 0.6rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
figure { margin: 0; break-inside: avoid; } figcaption { font-weight: 600; margin-bottom: .3rem; }
.empty { color: #666; font-style: italic; padding: 2rem 0; }
@media print { .charts { grid-template-columns: 1fr 1fr; } body { margin: 0; } }
"""
COLORS = ["#3b6fb6", "#7fb3e6", "#c9d9ee", "#e39b55", "#b5534a"]


def _svg(draw: Callable[[Axes], None]) -> str:
    import matplotlib

    matplotlib.use("svg")
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(5.2, 3.4))
    try:
        draw(axes)
        axes.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg")
    finally:
        pyplot.close(figure)
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def _chart(title: str, enough: bool, draw: Callable[[Axes], None]) -> str:
    body = (
        _svg(draw)
        if enough
        else f'<p class="empty">Not shown: fewer than {SUPPRESS_BELOW} people.</p>'
    )
    return f"<figure><figcaption>{html.escape(title)}</figcaption>{body}</figure>"


def _bars(labels: list[str], values: list[float], ylabel: str) -> Callable[[Axes], None]:
    def draw(axes: Axes) -> None:
        axes.bar(labels, values, color=COLORS[0])
        axes.set_ylabel(ylabel)

    return draw


def _charts(report: Report) -> list[str]:
    whole = report.deployment.details
    charts = []
    shown = [(s.code or "", s.figures["students_accessed_support"]) for s in report.schools]
    visible = [(code, value) for code, value in shown if value is not None]
    charts.append(
        _chart(
            "Students who accessed support, by school",
            bool(visible),
            _bars([c for c, _ in visible], [v for _, v in visible], "students"),
        )
    )

    def waits(axes: Axes) -> None:
        minutes = [w / 60 for w in whole.waits]
        axes.hist(minutes, bins=20, color=COLORS[0])
        axes.set_xlabel("minutes from request to a mentor")
        axes.set_ylabel("conversations")

    charts.append(_chart("Wait times", bool(whole.waits), waits))

    def moods(axes: Axes) -> None:
        steps = [1, 2, 3, 4, 5]
        before = [whole.mood_before.get(n, 0) for n in steps]
        checkin = [whole.mood_checkin.get(n, 0) for n in steps]
        width = 0.4
        axes.bar(
            [n - width / 2 for n in steps],
            _shares(before),
            width,
            label="before talking",
            color=COLORS[0],
        )
        axes.bar(
            [n + width / 2 for n in steps],
            _shares(checkin),
            width,
            label="at check-in",
            color=COLORS[3],
        )
        axes.set_xlabel("mood, 1 (really bad) to 5 (really good)")
        axes.set_ylabel("% of answers")
        axes.legend(frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.3), ncol=2)

    charts.append(
        _chart("Mood before and at check-in", bool(whole.mood_before or whole.mood_checkin), moods)
    )

    surveys = [
        ("Felt better", whole.felt_better, ["better", "same", "worse"]),
        ("Comfortable opening up", whole.comfortable, ["yes", "somewhat", "no"]),
        ("Training useful", whole.training, ["yes", "somewhat", "no"]),
    ]

    def survey(axes: Axes) -> None:
        names = [name for name, answers, _ in surveys if answers]
        left = [0.0] * len(names)
        for position in range(3):
            values = []
            for _name, answers, order in surveys:
                if answers:
                    values.append(_shares([answers.get(o, 0) for o in order])[position])
            axes.barh(
                names,
                values,
                left=left,
                color=COLORS[position],
                label=["yes / better", "somewhat / same", "no / worse"][position],
            )
            left = [a + b for a, b in zip(left, values, strict=True)]
        axes.set_xlabel("% of latest answers")
        axes.legend(
            frameon=False, fontsize="small", loc="upper center", bbox_to_anchor=(0.4, -0.3), ncol=3
        )

    charts.append(_chart("Survey answers", any(a for _, a, _ in surveys), survey))
    escalations = whole.escalations
    charts.append(
        _chart(
            "Crisis escalations by severity",
            bool(escalations),
            _bars(list(escalations), [float(v) for v in escalations.values()], "alerts"),
        )
    )

    def acks(axes: Axes) -> None:
        axes.hist([a / 60 for a in whole.ack_seconds], bins=15, color=COLORS[4])
        axes.set_xlabel("minutes until a counselor acknowledged")
        axes.set_ylabel("alerts")

    charts.append(_chart("Time to acknowledge an alert", bool(whole.ack_seconds), acks))
    return charts


def _shares(counts: list[int]) -> list[float]:
    total = sum(counts)
    return [100 * c / total if total else 0.0 for c in counts]


def as_html(report: Report) -> str:
    scopes = [report.deployment, *report.schools]
    header = "".join(f"<th>{html.escape(s.code or 'All schools')}</th>" for s in scopes)
    rows = "".join(
        f"<tr><td>{html.escape(label)}</td>"
        + "".join(f"<td>{html.escape(value)}</td>" for value in values)
        + "</tr>"
        for label, values in table_rows(report)
    )
    since = report.period.since.isoformat() if report.period.since else "the start"
    until = report.period.until.isoformat() if report.period.until else "today"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Peer support program report</title><style>{STYLE}</style></head>
<body>
<h1>Peer support program report</h1>
<p class="muted">Period: {html.escape(since)} to {html.escape(until)} (UTC) · generated
{report.generated_at:%Y-%m-%d %H:%M} UTC · figures from fewer than {SUPPRESS_BELOW} people are
shown as {html.escape(SUPPRESSED_TEXT)}</p>
<table><thead><tr><th>Figure</th>{header}</tr></thead><tbody>{rows}</tbody></table>
<div class="charts">{"".join(_charts(report))}</div>
</body></html>
"""
