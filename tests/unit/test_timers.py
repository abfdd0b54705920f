"""Durable timers fire once: not zero times after a crash, not twice with two processes."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from bot.services.context import ServiceContext
from bot.storage.db import Database
from bot.storage.models import Timer
from bot.timers import CLAIM_LEASE, FIRST_RETRY, MAX_ATTEMPTS, DueTimer, TimerEngine, schedule
from tests.support.clock import FakeClock


async def _add(services: ServiceContext, kind: str, after: timedelta, **payload: object) -> None:
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        await schedule(session, kind, now + after, dict(payload), now)


async def _states(services: ServiceContext) -> list[str]:
    async with services.database.session() as session:
        return list((await session.execute(select(Timer.state).order_by(Timer.id))).scalars())


def _recorder(engine: TimerEngine, kind: str = "ping") -> list[DueTimer]:
    fired: list[DueTimer] = []

    async def record(timer: DueTimer) -> None:
        fired.append(timer)

    engine.handle(kind, record)
    return fired


async def test_a_timer_fires_when_due_and_only_then(
    services: ServiceContext, clock: FakeClock
) -> None:
    engine = TimerEngine(services.database, clock)
    fired = _recorder(engine)
    await _add(services, "ping", timedelta(minutes=2), n=1)
    assert await engine.run_due() == 0
    clock.advance(minutes=2)
    assert await engine.run_due() == 1
    assert [t.payload for t in fired] == [{"n": 1}]
    assert await engine.run_due() == 0
    assert await _states(services) == ["done"]


async def test_a_timer_missed_while_down_fires_on_the_next_run(
    services: ServiceContext, clock: FakeClock
) -> None:
    await _add(services, "ping", timedelta(seconds=30))
    clock.advance(hours=5)  # the bot was down all this time
    engine = TimerEngine(services.database, clock)
    fired = _recorder(engine)
    await engine.run_due()
    assert len(fired) == 1


async def test_two_processes_never_run_the_same_timer(
    database_url: str, services: ServiceContext, clock: FakeClock
) -> None:
    for n in range(150):
        await _add(services, "ping", timedelta(seconds=n % 7), n=n)
    clock.advance(minutes=1)
    # Two engines with their own connection pools, as two bot processes would have.
    other_database = Database(database_url)
    engines = [
        TimerEngine(services.database, clock, "one"),
        TimerEngine(other_database, clock, "two"),
    ]
    fired = [_recorder(engine) for engine in engines]
    await asyncio.gather(
        *(engine.run_due() for engine in engines), *(engine.run_due() for engine in engines)
    )
    await other_database.dispose()
    numbers = sorted(t.payload["n"] for run in fired for t in run)
    assert numbers == list(range(150))


async def test_a_claim_left_by_a_crash_is_taken_again_after_its_lease(
    services: ServiceContext, clock: FakeClock
) -> None:
    await _add(services, "ping", timedelta(0))
    crashed = TimerEngine(services.database, clock, "crashed")
    claimed = await crashed._claim()  # claimed, then the process died before running it
    assert len(claimed) == 1
    survivor = TimerEngine(services.database, clock, "survivor")
    fired = _recorder(survivor)
    assert await survivor.run_due() == 0
    clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)
    assert await survivor.run_due() == 1
    assert len(fired) == 1


async def test_a_failing_timer_is_retried_with_backoff_then_given_up(
    services: ServiceContext, clock: FakeClock
) -> None:
    engine = TimerEngine(services.database, clock)
    attempts: list[int] = []

    async def flaky(timer: DueTimer) -> None:
        attempts.append(timer.attempts)
        raise RuntimeError("Telegram is having a bad day")

    engine.handle("flaky", flaky)
    await _add(services, "flaky", timedelta(0))
    await engine.run_due()
    assert attempts == [0]
    clock.advance(seconds=FIRST_RETRY.total_seconds() - 1)
    await engine.run_due()
    assert attempts == [0]  # not yet
    for attempt in range(1, MAX_ATTEMPTS):
        clock.advance(seconds=FIRST_RETRY.total_seconds() * 2 ** (attempt - 1))
        await engine.run_due()
    assert attempts == list(range(MAX_ATTEMPTS))
    assert await _states(services) == ["failed"]


async def test_an_unknown_kind_is_not_lost_silently(
    services: ServiceContext, clock: FakeClock
) -> None:
    engine = TimerEngine(services.database, clock)
    await _add(services, "from_a_newer_version", timedelta(0))
    assert await engine.run_due() == 0
    assert await _states(services) == ["pending"]  # retried later, by a process that knows it


async def test_a_timer_waiting_on_its_sends_holds_up_no_other(
    services: ServiceContext, clock: FakeClock
) -> None:
    """Issue 11: a 429 storm slows sending, never the timers that decide what to send."""
    engine = TimerEngine(services.database, clock)
    telegram_answers = asyncio.Event()
    next_decided = asyncio.Event()

    async def slow_send(timer: DueTimer) -> None:
        await telegram_answers.wait()  # its message waits for Telegram

    async def decide(timer: DueTimer) -> None:
        next_decided.set()

    engine.handle("slow", slow_send)
    engine.handle("next", decide)
    await _add(services, "slow", timedelta(seconds=1))
    await _add(services, "next", timedelta(seconds=2))
    clock.advance(seconds=1)
    assert await engine.start_due() == 1
    clock.advance(seconds=1)
    assert await engine.start_due() == 1  # claimed while the first still waits
    await asyncio.wait_for(next_decided.wait(), 5)
    assert not telegram_answers.is_set()
    telegram_answers.set()
    await engine.wait_for_started()
    assert await _states(services) == ["done", "done"]


async def test_waiting_for_started_timers_gives_up_after_its_timeout(
    services: ServiceContext, clock: FakeClock
) -> None:
    engine = TimerEngine(services.database, clock)
    never = asyncio.Event()

    async def stuck(timer: DueTimer) -> None:
        await never.wait()

    engine.handle("stuck", stuck)
    await _add(services, "stuck", timedelta(seconds=1))
    clock.advance(seconds=1)
    assert await engine.start_due() == 1
    assert not await engine.wait_for_started(timeout=0.05)
    assert await _states(services) == ["running"]  # its claim will lapse and it runs again
    never.set()
    assert await engine.wait_for_started()
