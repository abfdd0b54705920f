"""Durable timers: due work lives in the database and fires once (PRODUCT.md §6).

A timer is a row (kind, due time, payload). `TimerEngine.run_due()` claims rows that are due
with a conditional update, so two bot processes on one database never run the same timer,
then runs each kind's handler. A run that crashed leaves its claim to expire, and the timer
is claimed again. PTB's JobQueue (APScheduler) calls `start_due` every second, and once at
start, so a timer that fell due while the bot was down fires as soon as it is back; each timer
runs in its own task, so one whose messages wait out Telegram's 429s holds up no other.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.storage.db import Database
from bot.storage.models import Timer

logger = logging.getLogger(__name__)

PENDING, RUNNING, DONE, FAILED = "pending", "running", "done", "failed"
CLAIM_LEASE = timedelta(minutes=5)
BATCH_SIZE = 100
MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(seconds=5)


@dataclass(frozen=True)
class DueTimer:
    id: int
    kind: str
    payload: dict[str, Any]
    due_at: datetime
    attempts: int


TimerHandler = Callable[[DueTimer], Awaitable[None]]


async def schedule(
    session: AsyncSession, kind: str, due_at: datetime, payload: dict[str, Any], now: datetime
) -> Timer:
    """Add a timer inside the caller's transaction, so it exists exactly when the change does."""
    timer = Timer(kind=kind, due_at=due_at, payload=payload, state=PENDING, created_at=now)
    session.add(timer)
    return timer


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class TimerEngine:
    """Claims and runs due timers; handlers are registered per kind."""

    def __init__(self, database: Database, clock: Clock, worker: str | None = None) -> None:
        self.database = database
        self.clock = clock
        self.worker = worker or worker_name()
        self._handlers: dict[str, TimerHandler] = {}
        self._running: set[asyncio.Task[int]] = set()

    def handle(self, kind: str, handler: TimerHandler) -> None:
        self._handlers[kind] = handler

    async def run_due(self) -> int:
        """Run every timer due now (in batches) and wait for them; returns how many ran
        successfully."""
        ran = 0
        while True:
            claimed = await self._claim()
            ran += sum(await asyncio.gather(*(self._run(timer) for timer in claimed)))
            if len(claimed) < BATCH_SIZE:
                return ran

    async def start_due(self) -> int:
        """Claim every timer due now and run each in a task of its own; returns how many were
        started, without waiting for them.

        What a timer sends may wait a long time (Telegram asking the bot to slow down for 30
        s, a message retried); the timers that come due meanwhile are still claimed and
        decided on the next call, a second later, instead of the whole engine waiting behind
        one send. A task still running when its claim lease ends may be claimed again (as if
        its process had died)."""
        started = 0
        while True:
            claimed = await self._claim()
            for timer in claimed:
                task = asyncio.create_task(self._run(timer), name=f"timer {timer.id}")
                self._running.add(task)
                task.add_done_callback(self._running.discard)
            started += len(claimed)
            if len(claimed) < BATCH_SIZE:
                return started

    async def wait_for_started(self, timeout: float | None = None) -> bool:
        """Wait until every timer `start_due` started has finished; False if some still run
        after `timeout` seconds (they are left to their claims, as if the process had died)."""
        try:
            async with asyncio.timeout(timeout):
                while self._running:
                    await asyncio.gather(*self._running)
        except TimeoutError:
            logger.warning("%d timers still running: left to their claims", len(self._running))
            return False
        return True

    async def _claim(self) -> list[DueTimer]:
        now = self.clock.now()
        claimable = or_(
            Timer.state == PENDING,
            (Timer.state == RUNNING) & (Timer.claimed_until < now),
        )
        async with self.database.session() as session, session.begin():
            # SKIP LOCKED lets PostgreSQL processes take different rows instead of queueing;
            # the conditional update below is what guarantees a row is claimed only once.
            rows = await session.execute(
                select(Timer.id)
                .where(claimable, Timer.due_at <= now)
                .order_by(Timer.due_at, Timer.id)
                .limit(BATCH_SIZE)
                .with_for_update(skip_locked=True)
            )
            ids = list(rows.scalars())
            if not ids:
                return []
            result = await session.execute(
                update(Timer)
                .where(Timer.id.in_(ids), claimable)
                .values(state=RUNNING, claimed_by=self.worker, claimed_until=now + CLAIM_LEASE)
                .returning(Timer.id, Timer.kind, Timer.payload, Timer.due_at, Timer.attempts)
            )
            claimed = [DueTimer(*row) for row in result.all()]
        return sorted(claimed, key=lambda t: (t.due_at, t.id))

    async def _run(self, timer: DueTimer) -> int:
        handler = self._handlers.get(timer.kind)
        try:
            if handler is None:
                raise LookupError(f"no handler for timer kind {timer.kind!r}")
            await handler(timer)
        except Exception:
            logger.exception("timer %s (%s) failed", timer.id, timer.kind)
            await self._retry_later(timer)
            return 0
        await self._finish(timer.id, DONE)
        return 1

    async def _finish(self, timer_id: int, state: str) -> None:
        async with self.database.session() as session, session.begin():
            await session.execute(
                update(Timer)
                .where(Timer.id == timer_id, Timer.claimed_by == self.worker)
                .values(state=state, finished_at=self.clock.now(), claimed_until=None)
            )

    async def _retry_later(self, timer: DueTimer) -> None:
        attempts = timer.attempts + 1
        if attempts >= MAX_ATTEMPTS:
            logger.error("timer %s (%s) gave up after %d attempts", timer.id, timer.kind, attempts)
            await self._finish(timer.id, FAILED)
            return
        delay = FIRST_RETRY * (2 ** (attempts - 1))
        async with self.database.session() as session, session.begin():
            await session.execute(
                update(Timer)
                .where(Timer.id == timer.id, Timer.claimed_by == self.worker)
                .values(
                    state=PENDING,
                    attempts=attempts,
                    due_at=self.clock.now() + delay,
                    claimed_by=None,
                    claimed_until=None,
                )
            )
