"""Check-ins across real bot processes (`peerbot run` subprocesses): killed with SIGKILL and
restarted, down past the due time, and two processes on one PostgreSQL database."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from bot.clock import SystemClock
from bot.config import Settings
from bot.services import conversations
from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer
from bot.standin import BotApiStandIn, SimulatedUser
from bot.storage.db import Database
from bot.storage.models import Checkin, Conversation, Role, SupportRequest
from tests.support import processes, world
from tests.support.clock import FakeClock


def _environment(api: BotApiStandIn, database_url: str, delay: str) -> dict[str, str]:
    return processes.environment(api, database_url, CHECKIN_DELAYS=delay, QUIET_HOURS="")


async def _students_who_just_talked(
    api: BotApiStandIn,
    settings: Settings,
    database_url: str,
    count: int,
    delay: timedelta,
    ended_ago: timedelta,
) -> list[SimulatedUser]:
    """Students whose conversations ended `ended_ago`, with check-ins after `delay`."""
    clock = FakeClock(SystemClock().now() - ended_ago)
    services = ServiceContext(
        Database(database_url),
        clock,
        settings.model_copy(update={"checkin_delays": (delay,), "quiet_hours": None}),
    )
    await world.school(services, timezone="UTC")
    mentor_code = await world.invite_code(services, "OAKTECH", Role.MENTOR)
    mentor = await world.enrolled(services, 900, mentor_code)
    students = []
    for n in range(count):
        who = Newcomer(1000 + n, "en", "S")
        outcome = await world.enrolled(services, who.telegram_id, "OAKTECH")
        async with services.database.session() as session, session.begin():
            request = SupportRequest(
                school_id=outcome.caller.school.id,  # type: ignore[union-attr]
                student_membership_id=outcome.caller.membership_id,
                state="matched",
                created_at=clock.now(),
            )
            session.add(request)
            await session.flush()
            session.add(
                Conversation(
                    request_id=request.id,
                    school_id=request.school_id,
                    student_membership_id=request.student_membership_id,
                    mentor_membership_id=mentor.caller.membership_id,
                    started_at=clock.now(),
                )
            )
        await conversations.end(services, who)
        user = api.user(who.telegram_id)
        user.has_started()
        students.append(user)
    await services.database.dispose()
    return students


async def _checkin_states(database_url: str) -> list[str]:
    database = Database(database_url)
    async with database.session() as session:
        states = list((await session.execute(select(Checkin.state))).scalars())
    await database.dispose()
    return states


def _checkins_received(student: SimulatedUser) -> int:
    return sum(1 for m in student.received if m.text.startswith("Checking in"))


async def test_killed_and_restarted_each_check_in_arrives_once(
    standin: BotApiStandIn, settings: Settings, sqlite_url: str, tmp_path: Path
) -> None:
    students = await _students_who_just_talked(
        standin, settings, sqlite_url, 3, delay=timedelta(seconds=6), ended_ago=timedelta(0)
    )
    env = _environment(standin, sqlite_url, "6s")
    first = await processes.start(env, tmp_path)
    await standin.wait_for_call("getUpdates", timeout=30)
    first.kill()  # SIGKILL: no cleanup at all
    await first.wait()
    calls_before_restart = len(standin.calls)
    second = await processes.start(env, tmp_path)
    await standin.wait_for_call("getUpdates", after=calls_before_restart, timeout=30)
    try:
        for student in students:
            await student.expect("Checking in", timeout=30)
    finally:
        log = await processes.stop(second)
    assert [_checkins_received(s) for s in students] == [1, 1, 1], log
    assert await _checkin_states(sqlite_url) == ["sent"] * 3


async def test_check_ins_due_while_the_bot_was_down_arrive_on_start(
    standin: BotApiStandIn, settings: Settings, sqlite_url: str, tmp_path: Path
) -> None:
    students = await _students_who_just_talked(
        standin,
        settings,
        sqlite_url,
        2,
        delay=timedelta(seconds=5),
        ended_ago=timedelta(minutes=10),
    )
    process = await processes.start(_environment(standin, sqlite_url, "5s"), tmp_path)
    try:
        for student in students:
            await student.expect("Checking in", timeout=30)
    finally:
        log = await processes.stop(process)
    assert [_checkins_received(s) for s in students] == [1, 1], log


async def test_two_processes_send_each_check_in_once(
    standin: BotApiStandIn, settings: Settings, database_url: str, tmp_path: Path
) -> None:
    """On SQLite and on PostgreSQL: two processes, one database."""
    students = await _students_who_just_talked(
        standin,
        settings,
        database_url,
        6,
        delay=timedelta(seconds=2),
        ended_ago=timedelta(minutes=5),
    )
    env = _environment(standin, database_url, "2s")
    running = [await processes.start(env, tmp_path) for _ in range(2)]
    try:
        for student in students:
            await student.expect("Checking in", timeout=30)
    finally:
        logs = [await processes.stop(process) for process in running]
    assert [_checkins_received(s) for s in students] == [1] * 6, logs
    assert await _checkin_states(database_url) == ["sent"] * 6
