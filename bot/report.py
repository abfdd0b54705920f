"""The program's evaluation report (PRODUCT.md §7), computed from the event log only.

Every figure is computed for the whole deployment and for each school. A figure that rests on
fewer than SUPPRESS_BELOW people is suppressed (None in JSON, "<11" in text, CSV and HTML), so
a small school's numbers can never point at a student.

Definitions: students_accessed_support counts distinct students with at least one conversation;
mentors_trained, distinct mentors who joined; the three percentages take each person's latest
answer; medians are the middle value (the mean of the two middle ones for an even count) and
p90 is the nearest-rank 90th percentile; means of moods are rounded to one decimal.
"""

from __future__ import annotations

import csv
import io
import math
import statistics
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.events import EventType
from bot.storage.db import Database
from bot.storage.models import Event, School

SUPPRESS_BELOW = 11
SUPPRESSED_TEXT = "<11"
FIGURES = (
    "students_accessed_support",
    "mentors_trained",
    "felt_better_pct",
    "comfortable_opening_up_pct",
    "training_useful_pct",
    "requests",
    "median_wait_seconds",
    "p90_wait_seconds",
    "conversations",
    "escalations",
    "median_ack_seconds",
    "checkins_sent",
    "checkins_answered",
    "mean_mood_before",
    "mean_mood_checkin",
)
SEVERITIES = ("review", "urgent", "imminent")
LABELS = {
    "students_accessed_support": "Students who accessed support",
    "mentors_trained": "Mentors trained",
    "felt_better_pct": "Felt better after support (%)",
    "comfortable_opening_up_pct": "Comfortable opening up (%)",
    "training_useful_pct": "Mentors who found training useful (%)",
    "requests": "Requests for support",
    "median_wait_seconds": "Median wait (seconds)",
    "p90_wait_seconds": "90th percentile wait (seconds)",
    "conversations": "Conversations",
    "escalations": "Crisis escalations",
    "median_ack_seconds": "Median time to acknowledge (seconds)",
    "checkins_sent": "Check-ins sent",
    "checkins_answered": "Check-ins answered",
    "mean_mood_before": "Mean mood before (1-5)",
    "mean_mood_checkin": "Mean mood at check-in (1-5)",
}


@dataclass(frozen=True)
class Period:
    """Inclusive dates (UTC days); None means unbounded."""

    since: date | None = None
    until: date | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.since is not None:
            found.append(Event.at >= datetime.combine(self.since, time(0), tzinfo=UTC))
        if self.until is not None:
            end = datetime.combine(self.until + timedelta(days=1), time(0), tzinfo=UTC)
            found.append(Event.at < end)
        return found


@dataclass
class Details:
    """Distributions behind the figures, for the HTML report's charts."""

    waits: list[int] = field(default_factory=list)
    ack_seconds: list[int] = field(default_factory=list)
    mood_before: dict[int, int] = field(default_factory=dict)
    mood_checkin: dict[int, int] = field(default_factory=dict)
    felt_better: dict[str, int] = field(default_factory=dict)
    comfortable: dict[str, int] = field(default_factory=dict)
    training: dict[str, int] = field(default_factory=dict)
    escalations: dict[str, int] = field(default_factory=dict)


@dataclass
class Scope:
    code: str | None
    name: str
    figures: dict[str, Any]
    details: Details


@dataclass
class Report:
    period: Period
    generated_at: datetime
    deployment: Scope
    schools: list[Scope]

    def as_json(self) -> dict[str, Any]:
        """The §7 keys for the whole deployment, and one object per school under `schools`."""
        whole = dict(self.deployment.figures)
        whole["schools"] = [{"code": s.code, **s.figures} for s in self.schools]
        return whole


def _kept(value: Any, people: int) -> Any:
    return value if people >= SUPPRESS_BELOW else None


def median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def nearest_rank(values: list[int], share: float) -> int | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)), 1) - 1]


def _whole(value: float | None) -> int | None:
    return None if value is None else round(value)


class _Query:
    def __init__(self, session: AsyncSession, conditions: list[ColumnElement[bool]]) -> None:
        self.session = session
        self.conditions = conditions

    def _where(self, kind: EventType, *more: ColumnElement[bool]) -> ColumnElement[bool]:
        return and_(Event.type == kind.value, *self.conditions, *more)

    async def people(self, kind: EventType, *more: ColumnElement[bool]) -> int:
        result = await self.session.execute(
            select(func.count(func.distinct(Event.pseudonym))).where(self._where(kind, *more))
        )
        return int(result.scalar_one())

    async def count(self, kind: EventType, *more: ColumnElement[bool]) -> int:
        result = await self.session.execute(
            select(func.count(Event.id)).where(self._where(kind, *more))
        )
        return int(result.scalar_one())

    async def latest_answers(self, kind: EventType) -> dict[str, int]:
        """Each person's latest answer, counted by answer."""
        ranked = (
            select(
                Event.attributes["answer"].as_string().label("answer"),
                func.row_number()
                .over(partition_by=Event.pseudonym, order_by=(Event.at.desc(), Event.id.desc()))
                .label("rank"),
            )
            .where(self._where(kind), Event.pseudonym.is_not(None))
            .subquery()
        )
        result = await self.session.execute(
            select(ranked.c.answer, func.count())
            .where(ranked.c.rank == 1)
            .group_by(ranked.c.answer)
        )
        return {str(answer): int(count) for answer, count in result.all()}

    async def numbers(self, kind: EventType, name: str) -> list[int]:
        value = Event.attributes[name].as_integer()
        result = await self.session.execute(
            select(value).where(self._where(kind), value.is_not(None))
        )
        return [int(v) for v in result.scalars()]

    async def by_value(self, kind: EventType, name: str) -> dict[str, int]:
        value = Event.attributes[name].as_string()
        result = await self.session.execute(
            select(value, func.count(Event.id)).where(self._where(kind)).group_by(value)
        )
        return {str(v): int(c) for v, c in result.all() if v is not None}


def _share(answers: dict[str, int], wanted: str) -> tuple[int | None, int]:
    total = sum(answers.values())
    if total == 0:
        return None, 0
    return round(100 * answers.get(wanted, 0) / total), total


def _mean(values: list[int]) -> float | None:
    return round(statistics.fmean(values), 1) if values else None


async def _figures(query: _Query) -> tuple[dict[str, Any], Details]:
    details = Details()
    figures: dict[str, Any] = {}
    students = await query.people(EventType.CONVERSATION_STARTED)
    figures["students_accessed_support"] = _kept(students, students)
    mentors = await query.people(EventType.MEMBER_JOINED, Event.role == "mentor")
    figures["mentors_trained"] = _kept(mentors, mentors)
    for key, kind, wanted, target in (
        ("felt_better_pct", EventType.FELT_BETTER, "better", "felt_better"),
        ("comfortable_opening_up_pct", EventType.COMFORTABLE, "yes", "comfortable"),
        ("training_useful_pct", EventType.TRAINING_SURVEY, "yes", "training"),
    ):
        answers = await query.latest_answers(kind)
        share, answered = _share(answers, wanted)
        figures[key] = _kept(share, answered)
        setattr(details, target, answers if answered >= SUPPRESS_BELOW else {})
    requesters = await query.people(EventType.REQUEST_CREATED)
    figures["requests"] = _kept(await query.count(EventType.REQUEST_CREATED), requesters)
    waits = await query.numbers(EventType.CONVERSATION_STARTED, "wait_seconds")
    figures["median_wait_seconds"] = _kept(_whole(median(waits)), students)
    figures["p90_wait_seconds"] = _kept(nearest_rank(waits, 0.9), students)
    figures["conversations"] = _kept(await query.count(EventType.CONVERSATION_STARTED), students)
    details.waits = waits if students >= SUPPRESS_BELOW else []
    escalations: dict[str, int | None] = {}
    for severity in SEVERITIES:
        condition = Event.attributes["severity"].as_string() == severity
        people = await query.people(EventType.ESCALATION_RAISED, condition)
        escalations[severity] = _kept(
            await query.count(EventType.ESCALATION_RAISED, condition), people
        )
    figures["escalations"] = escalations
    details.escalations = {k: v for k, v in escalations.items() if v is not None}
    acks = await query.numbers(EventType.ESCALATION_ACKNOWLEDGED, "ack_seconds")
    figures["median_ack_seconds"] = _kept(_whole(median(acks)), len(acks))
    details.ack_seconds = acks if len(acks) >= SUPPRESS_BELOW else []
    checked = await query.people(EventType.CHECKIN_SENT)
    figures["checkins_sent"] = _kept(await query.count(EventType.CHECKIN_SENT), checked)
    answering = await query.people(EventType.CHECKIN_ANSWERED)
    figures["checkins_answered"] = _kept(await query.count(EventType.CHECKIN_ANSWERED), answering)
    moods = await query.numbers(EventType.REQUEST_CREATED, "mood")
    mood_people = await query.people(
        EventType.REQUEST_CREATED, Event.attributes["mood"].as_integer().is_not(None)
    )
    figures["mean_mood_before"] = _kept(_mean(moods), mood_people)
    checkin_moods = await query.numbers(EventType.CHECKIN_ANSWERED, "mood")
    checkin_mood_people = await query.people(
        EventType.CHECKIN_ANSWERED, Event.attributes["mood"].as_integer().is_not(None)
    )
    figures["mean_mood_checkin"] = _kept(_mean(checkin_moods), checkin_mood_people)
    if mood_people >= SUPPRESS_BELOW:
        details.mood_before = {n: moods.count(n) for n in range(1, 6)}
    if checkin_mood_people >= SUPPRESS_BELOW:
        details.mood_checkin = {n: checkin_moods.count(n) for n in range(1, 6)}
    return {key: figures[key] for key in FIGURES}, details


async def build(
    database: Database,
    period: Period,
    school_code: str | None = None,
    now: datetime | None = None,
) -> Report:
    """The report for the period; with `school_code`, that school only (it is then also the
    "whole deployment" figures, computed on its events)."""
    async with database.session() as session:
        schools = list((await session.execute(select(School).order_by(School.code))).scalars())
        if school_code is not None:
            schools = [s for s in schools if s.code == school_code.upper()]
            if not schools:
                raise LookupError(f"no school with code {school_code.upper()!r}")
        base = period.conditions()
        whole_conditions = (
            [*base, Event.school_id == schools[0].id] if school_code is not None else base
        )
        figures, details = await _figures(_Query(session, whole_conditions))
        deployment = Scope(
            None, schools[0].name if school_code else "All schools", figures, details
        )
        scoped = []
        for school in schools:
            school_figures, school_details = await _figures(
                _Query(session, [*base, Event.school_id == school.id])
            )
            scoped.append(Scope(school.code, school.name, school_figures, school_details))
    return Report(period, now or datetime.now(UTC), deployment, scoped)


def show(value: Any) -> str:
    """A figure as text: suppressed ones as "<11"; means with one decimal."""
    if value is None:
        return SUPPRESSED_TEXT
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def table_rows(report: Report) -> list[tuple[str, list[str]]]:
    """(label, a value per scope) for each figure; escalations get a row per severity."""
    scopes = [report.deployment, *report.schools]
    rows = []
    for key in FIGURES:
        if key == "escalations":
            for severity in SEVERITIES:
                rows.append(
                    (f"{LABELS[key]}: {severity}", [show(s.figures[key][severity]) for s in scopes])
                )
        else:
            rows.append((LABELS[key], [show(s.figures[key]) for s in scopes]))
    return rows


def _period_text(period: Period) -> str:
    since = period.since.isoformat() if period.since else "the start"
    until = period.until.isoformat() if period.until else "today"
    return f"{since} to {until}"


def as_text(report: Report) -> str:
    """A plain table a coordinator can paste into a grant report."""
    scopes = [report.deployment, *report.schools]
    headers = ["Figure", *(s.code or "All schools" for s in scopes)]
    rows = [[label, *values] for label, values in table_rows(report)]
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join([first, *rest]).rstrip()

    out = [
        "Peer support program report",
        f"Period: {_period_text(report.period)} (UTC)",
        f"Figures from fewer than {SUPPRESS_BELOW} people are shown as {SUPPRESSED_TEXT}.",
        "",
        line(headers),
        line(["-" * w for w in widths]),
        *(line(row) for row in rows),
    ]
    return "\n".join(out) + "\n"


def as_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["scope", "figure", "value"])
    for scope in [report.deployment, *report.schools]:
        for key in FIGURES:
            value = scope.figures[key]
            if isinstance(value, dict):
                for severity, count in value.items():
                    writer.writerow([scope.code or "all", f"{key}.{severity}", show(count)])
            else:
                writer.writerow([scope.code or "all", key, show(value)])
    return buffer.getvalue()
