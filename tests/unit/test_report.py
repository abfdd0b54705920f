"""Every figure of the report on a hand-built event log with known answers (PRODUCT.md §7)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from bot import report
from bot.report import FIGURES, Period
from bot.services import schools
from bot.services.context import ServiceContext
from bot.storage.models import Event

DAY = datetime(2026, 9, 14, 12, 0, tzinfo=UTC)


class Log:
    def __init__(self, services: ServiceContext) -> None:
        self.services = services
        self.rows: list[Event] = []

    def add(
        self,
        kind: str,
        who: str,
        school: int,
        at: datetime = DAY,
        role: str = "student",
        **attributes: Any,
    ) -> None:
        self.rows.append(
            Event(
                type=kind, at=at, school_id=school, role=role, pseudonym=who, attributes=attributes
            )
        )

    async def save(self) -> None:
        async with self.services.database.session() as session, session.begin():
            session.add_all(self.rows)


async def _two_schools(services: ServiceContext) -> tuple[int, int]:
    big = await schools.add_school(services, "BIG", "Big High")
    small = await schools.add_school(services, "SMALL", "Small High")
    return big.id, small.id


async def test_every_figure_with_known_answers(services: ServiceContext) -> None:
    big, small = await _two_schools(services)
    log = Log(services)
    waits = [60, 120, 180, 240, 300, 360, 420, 480, 540, 600, 660, 7200]  # 12 students
    for n, wait in enumerate(waits):
        who = f"s{n}"
        log.add("request_created", who, big, mood=1 + n % 5, topic="stress")
        log.add("conversation_started", who, big, wait_seconds=wait)
        # Everyone first says "worse", later the first nine say "better": latest answer counts.
        log.add("feedback_felt_better", who, big, answer="worse")
        log.add(
            "feedback_felt_better",
            who,
            big,
            at=DAY + timedelta(hours=1),
            answer="better" if n < 9 else "same",
        )
        log.add("feedback_comfortable", who, big, answer="yes" if n < 6 else "somewhat")
        log.add("checkin_sent", who, big)
        if n < 11:
            log.add("checkin_answered", who, big, mood=4)
    # A student with two conversations counts once.
    log.add("conversation_started", "s0", big, wait_seconds=0)
    for n in range(11):
        log.add("member_joined", f"m{n}", big, role="mentor")
        log.add("training_survey", f"m{n}", big, role="mentor", answer="yes" if n < 8 else "no")
    for n in range(11):
        log.add("escalation_raised", f"s{n}", big, severity="urgent", category="suicide")
        log.add(
            "escalation_acknowledged",
            f"c{n}",
            big,
            role="counselor",
            severity="urgent",
            ack_seconds=30 * (n + 1),
        )
    log.add("escalation_raised", "s0", big, severity="imminent", category="suicide")
    for n in range(5):  # the small school: below the threshold everywhere
        log.add("conversation_started", f"t{n}", small, wait_seconds=10)
        log.add("feedback_felt_better", f"t{n}", small, answer="better")
    await log.save()

    built = await report.build(services.database, Period())
    whole = built.as_json()
    assert list(whole) == [*FIGURES, "schools"]
    assert whole["students_accessed_support"] == 17
    assert whole["mentors_trained"] == 11
    assert whole["felt_better_pct"] == round(100 * 14 / 17)  # 9 + the small school's 5
    assert whole["comfortable_opening_up_pct"] == 50
    assert whole["training_useful_pct"] == round(100 * 8 / 11)
    assert whole["requests"] == 12
    assert whole["conversations"] == 18
    assert whole["escalations"] == {"review": None, "urgent": 11, "imminent": None}
    assert whole["median_ack_seconds"] == 180
    assert whole["checkins_sent"] == 12
    assert whole["checkins_answered"] == 11
    assert whole["mean_mood_before"] == 2.8  # moods 1..5,1..5,1,2
    assert whole["mean_mood_checkin"] == 4.0

    big_school, small_school = whole["schools"]
    assert big_school["code"] == "BIG" and list(big_school) == ["code", *FIGURES]
    assert big_school["students_accessed_support"] == 12
    assert big_school["median_wait_seconds"] == 360  # 13 waits: 0, 60..660, 7200 -> the 7th
    assert big_school["p90_wait_seconds"] == 660  # nearest rank: ceil(0.9 * 13) = 12th
    assert big_school["felt_better_pct"] == 75
    assert small_school["code"] == "SMALL"
    assert all(small_school[key] is None for key in FIGURES if key != "escalations")


async def test_ties_take_the_later_row(services: ServiceContext) -> None:
    big, _ = await _two_schools(services)
    log = Log(services)
    for n in range(11):
        log.add("feedback_felt_better", f"s{n}", big, answer="worse")
        log.add("feedback_felt_better", f"s{n}", big, answer="better")  # same time, later row
    await log.save()
    built = await report.build(services.database, Period())
    assert built.as_json()["felt_better_pct"] == 100


async def test_date_filters_include_both_boundary_days(services: ServiceContext) -> None:
    big, _ = await _two_schools(services)
    log = Log(services)
    first = datetime(2026, 9, 1, 0, 0, tzinfo=UTC)
    last = datetime(2026, 9, 30, 23, 59, 59, tzinfo=UTC)
    for n in range(11):
        log.add("conversation_started", f"in{n}", big, at=first if n % 2 else last, wait_seconds=5)
    log.add("conversation_started", "early", big, at=first - timedelta(seconds=1), wait_seconds=5)
    log.add("conversation_started", "late", big, at=last + timedelta(seconds=1), wait_seconds=5)
    await log.save()
    september = Period(date(2026, 9, 1), date(2026, 9, 30))
    assert (await report.build(services.database, september)).as_json()[
        "students_accessed_support"
    ] == 11
    assert (await report.build(services.database, Period())).as_json()[
        "students_accessed_support"
    ] == 13


async def test_one_school_and_the_text_table(services: ServiceContext) -> None:
    big, small = await _two_schools(services)
    log = Log(services)
    for n in range(11):
        log.add("conversation_started", f"s{n}", big, wait_seconds=60)
    log.add("conversation_started", "x", small, wait_seconds=60)
    await log.save()
    only_small = await report.build(services.database, Period(), "small")
    assert [s.code for s in only_small.schools] == ["SMALL"]
    assert only_small.as_json()["students_accessed_support"] is None
    text = report.as_text(await report.build(services.database, Period()))
    assert "Students who accessed support" in text
    line = next(row for row in text.splitlines() if row.startswith("Students who accessed"))
    assert line.split()[-3:] == ["12", "11", "<11"]
    csv_text = report.as_csv(await report.build(services.database, Period()))
    assert "SMALL,students_accessed_support,<11" in csv_text
