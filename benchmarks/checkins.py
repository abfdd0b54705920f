"""Check-ins at scale: 100,000 pending, a backlog due now, Telegram's pace.

Measures (1) what 100,000 pending check-ins cost at start-up: building and starting the bot
and the dispatcher's first look for due work; and (2) how fast a backlog of due check-ins goes
out through the stand-in with its Telegram-like rate limit (30 messages/s) on, and how many
429s that drew. Run with `make bench`.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, select

from bot.app import TIMERS_KEY, build_application
from bot.clock import SystemClock
from bot.config import load_settings
from bot.services import schools
from bot.services.checkins import CHECKIN_TIMER
from bot.services.context import ServiceContext
from bot.standin import BotApiStandIn
from bot.storage.db import Database
from bot.storage.migrate import upgrade_to_head
from bot.storage.models import (
    Checkin,
    Conversation,
    Membership,
    Person,
    Role,
    SupportRequest,
    Timer,
)
from bot.timers import TimerEngine

TELEGRAM_PACE = 30


async def _fill(services: ServiceContext, api: BotApiStandIn, pending: int, due: int) -> None:
    now = services.clock.now()
    school = await schools.add_school(services, "BENCH", "Bench High", timezone="UTC")
    async with services.database.session() as session, session.begin():
        await session.execute(
            insert(Person),
            [
                {
                    "telegram_id": 10_000 + n,
                    "language": "en",
                    "language_chosen": False,
                    "created_at": now,
                }
                for n in range(due)
            ],
        )
        people = (await session.execute(select(Person.id).order_by(Person.id))).scalars().all()
        await session.execute(
            insert(Membership),
            [
                {
                    "person_id": person,
                    "school_id": school.id,
                    "role": Role.STUDENT,
                    "alias": f"B{n}",
                    "joined_at": now,
                }
                for n, person in enumerate(people)
            ],
        )
        students = (
            (await session.execute(select(Membership.id).order_by(Membership.id))).scalars().all()
        )
        request = SupportRequest(
            school_id=school.id, student_membership_id=students[0], state="matched", created_at=now
        )
        session.add(request)
        await session.flush()
        conversation = Conversation(
            request_id=request.id,
            school_id=school.id,
            student_membership_id=students[0],
            mentor_membership_id=students[0],
            started_at=now,
            ended_at=now,
        )
        session.add(conversation)
        await session.flush()
        rows = []
        for n in range(pending):
            is_due = n < due
            rows.append(
                {
                    "student_membership_id": students[n] if is_due else students[0],
                    "conversation_id": conversation.id,
                    "school_id": school.id,
                    "due_at": now - timedelta(minutes=1) if is_due else now + timedelta(days=2),
                    "state": "scheduled",
                    "talk_again": False,
                }
            )
        await session.execute(insert(Checkin), rows)
        ids = (await session.execute(select(Checkin.id, Checkin.due_at).order_by(Checkin.id))).all()
        await session.execute(
            insert(Timer),
            [
                {
                    "kind": CHECKIN_TIMER,
                    "due_at": due_at,
                    "payload": {"checkin_id": checkin_id},
                    "state": "pending",
                    "attempts": 0,
                    "created_at": now,
                }
                for checkin_id, due_at in ids
            ],
        )
    for n in range(due):
        api.user(10_000 + n).has_started()


async def measure(pending: int, due: int) -> None:
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite+aiosqlite:///{folder}/bench.db"
    database = Database(url)
    await upgrade_to_head(database.engine)
    async with BotApiStandIn() as api:
        settings = load_settings(
            telegram_bot_token=api.token,
            telegram_base_url=api.base_url,
            database_url=url,
            pseudonym_secret="bench",
        )
        services = ServiceContext(database, SystemClock(), settings)
        await _fill(services, api, pending, due)
        api.rate_limit(TELEGRAM_PACE)

        started = time.perf_counter()
        application = build_application(
            settings, SystemClock(), database=database, timer_poll_interval=None
        )
        await application.initialize()
        if application.post_init is not None:
            await application.post_init(application)  # as run_polling does: the detector loads
        await application.start()
        timers: TimerEngine = application.bot_data[TIMERS_KEY]
        claimed_first = time.perf_counter()
        async with database.session() as session:
            due_now = await session.execute(
                select(Timer.id)
                .where(Timer.state == "pending", Timer.due_at <= services.clock.now())
                .limit(100)
            )
            due_now.all()
        look = time.perf_counter() - claimed_first
        startup = time.perf_counter() - started
        print(
            f"check-ins: {pending} pending; start-up {startup * 1000:.0f} ms, of which the "
            f"first look for due work {look * 1000:.1f} ms"
        )

        sends_before = sum(1 for method, _ in api.calls if method == "sendMessage")
        dispatch_started = time.perf_counter()
        await timers.run_due()
        elapsed = time.perf_counter() - dispatch_started
        sent = sum(1 for method, _ in api.calls if method == "sendMessage") - sends_before
        await application.stop()
        await application.shutdown()
        await database.dispose()
        print(
            f"check-ins: {due} due dispatched in {elapsed:.1f} s = {due / elapsed:.1f}/s "
            f"({sent} sendMessage calls, {api.rate_limited} answered 429 by the stand-in)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pending", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=600)
    arguments = parser.parse_args()
    asyncio.run(measure(arguments.pending, arguments.due))


if __name__ == "__main__":
    main()
