"""The evaluation report on one million events (SQLite file, 8 schools).

Builds a realistic event log (joins, requests, conversations, feedback, surveys, escalations,
check-ins) and times `report.build` and each output format. Run with `make bench`.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from bot import report
from bot.clock import SystemClock
from bot.config import load_settings
from bot.report_html import as_html
from bot.services import schools
from bot.services.context import ServiceContext
from bot.storage.db import Database
from bot.storage.migrate import upgrade_to_head
from bot.storage.models import Event

SCHOOLS = 8
START = datetime(2026, 1, 5, tzinfo=UTC)


def _events(total: int, school_ids: list[int]) -> list[dict[str, object]]:
    chooser = random.Random(7)
    rows: list[dict[str, object]] = []
    student = 0
    while len(rows) < total:
        student += 1
        who = f"{student:064x}"
        school = chooser.choice(school_ids)
        at = START + timedelta(minutes=chooser.randrange(60 * 24 * 300))

        def add(
            kind: str,
            role: str = "student",
            at: datetime = at,
            school: int = school,
            who: str = who,
            **attributes: object,
        ) -> None:
            rows.append(
                {
                    "type": kind,
                    "at": at,
                    "school_id": school,
                    "role": role,
                    "pseudonym": who,
                    "attributes": attributes,
                }
            )

        add("member_joined")
        for _ in range(chooser.randint(1, 3)):
            add("request_created", mood=chooser.randint(1, 5), topic="stress")
            add("conversation_started", wait_seconds=chooser.randint(10, 3600))
            add("conversation_ended", answer="student")
            add("feedback_felt_better", answer=chooser.choice(["better", "better", "same"]))
            add("feedback_comfortable", answer=chooser.choice(["yes", "somewhat"]))
            add("checkin_sent")
            add("checkin_answered", mood=chooser.randint(1, 5))
        if chooser.random() < 0.05:
            add("escalation_raised", severity="urgent", category="suicide")
            add(
                "escalation_acknowledged",
                role="counselor",
                severity="urgent",
                ack_seconds=chooser.randint(20, 900),
            )
        if chooser.random() < 0.02:
            add("member_joined", role="mentor")
            add("training_survey", role="mentor", answer=chooser.choice(["yes", "somewhat"]))
    return rows[:total]


async def measure(total: int) -> None:
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite+aiosqlite:///{folder}/bench.db"
    database = Database(url)
    await upgrade_to_head(database.engine)
    services = ServiceContext(database, SystemClock(), load_settings(database_url=url))
    ids = [(await schools.add_school(services, f"S{n}", f"School {n}")).id for n in range(SCHOOLS)]
    rows = _events(total, ids)
    async with database.session() as session, session.begin():
        for start in range(0, len(rows), 50_000):
            await session.execute(insert(Event), rows[start : start + 50_000])
    started = time.perf_counter()
    built = await report.build(database, report.Period())
    computed = time.perf_counter() - started
    timings = []
    for name, render in (("text", report.as_text), ("csv", report.as_csv), ("html", as_html)):
        began = time.perf_counter()
        render(built)
        timings.append(f"{name} {time.perf_counter() - began:.2f} s")
    await database.dispose()
    print(
        f"report: {total:,} events, {SCHOOLS} schools: figures in {computed:.1f} s "
        f"(deployment and every school); then {', '.join(timings)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    arguments = parser.parse_args()
    asyncio.run(measure(arguments.events))


if __name__ == "__main__":
    main()
