"""The stand-in and the real bot running against it, in-process, for end-to-end tests."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import pytest
from pydantic import SecretStr
from telegram import Update
from telegram.ext import Application

from bot.app import TIMERS_KEY, build_application
from bot.clock import Clock
from bot.config import Settings
from bot.handlers.base import SERVICES_KEY, Context
from bot.handlers.crisis import DIRECTORY_KEY
from bot.services.context import ServiceContext
from bot.standin import BotApiStandIn
from bot.timers import TimerEngine
from escalation.failsafe import Directory

POLL_TIMEOUT_S = 1


@dataclass
class RunningBot:
    application: Application
    api: BotApiStandIn
    errors: list[BaseException] = field(default_factory=list)

    @property
    def services(self) -> ServiceContext:
        services: ServiceContext = self.application.bot_data[SERVICES_KEY]
        return services

    @property
    def directory(self) -> Directory:
        found: Directory = self.application.bot_data[DIRECTORY_KEY]
        return found

    @property
    def timers(self) -> TimerEngine:
        engine: TimerEngine = self.application.bot_data[TIMERS_KEY]
        return engine


@asynccontextmanager
async def running_bot(
    api: BotApiStandIn,
    settings: Settings,
    database_url: str,
    clock: Clock,
    scheduled: bool = False,
) -> AsyncIterator[RunningBot]:
    """The real Application, polling the stand-in, until the block ends.

    `scheduled` runs it as `peerbot run` does: post_init, and every repeating job on the
    JobQueue (durable timers, the crisis directory, held alerts); otherwise tests run due
    timers themselves, after moving the clock."""
    settings = settings.model_copy(
        update={
            "telegram_bot_token": SecretStr(api.token),
            "telegram_base_url": api.base_url,
            "database_url": database_url,
        }
    )
    if scheduled:
        application = build_application(settings, clock)
    else:
        application = build_application(settings, clock, timer_poll_interval=None)
    running = RunningBot(application, api)

    async def collect(update: object, context: Context) -> None:
        if context.error is not None:
            running.errors.append(context.error)

    application.add_error_handler(collect)
    await application.initialize()
    if scheduled and application.post_init is not None:
        await application.post_init(application)  # run_polling would call it here
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(
        poll_interval=0, timeout=POLL_TIMEOUT_S, allowed_updates=Update.ALL_TYPES
    )
    try:
        yield running
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        # post_shutdown (which closes the database) runs only under run_polling/run_webhook.
        await running.services.database.dispose()


@pytest.fixture
async def standin() -> AsyncIterator[BotApiStandIn]:
    async with BotApiStandIn() as api:
        yield api


@asynccontextmanager
async def _checked_bot(
    api: BotApiStandIn, settings: Settings, database_url: str, clock: Clock
) -> AsyncIterator[RunningBot]:
    """The running bot; afterwards, fails if any handler raised or a button went unanswered."""
    async with running_bot(api, settings, database_url, clock) as running:
        yield running
    assert not running.errors, f"handlers raised: {running.errors!r}"
    unanswered = api.unanswered_callback_queries()
    assert not unanswered, f"button presses never answered: {unanswered}"


@pytest.fixture
async def bot(
    standin: BotApiStandIn, settings: Settings, sqlite_url: str, clock: Clock
) -> AsyncIterator[RunningBot]:
    """The bot on SQLite."""
    async with _checked_bot(standin, settings, sqlite_url, clock) as running:
        yield running


@pytest.fixture
async def bot_on_each_database(
    standin: BotApiStandIn, settings: Settings, database_url: str, clock: Clock
) -> AsyncIterator[RunningBot]:
    """The bot once on SQLite and once on PostgreSQL."""
    async with _checked_bot(standin, settings, database_url, clock) as running:
        yield running


@asynccontextmanager
async def bot_processes(
    api: BotApiStandIn, settings: Settings, database_url: str, clock: Clock, count: int = 2
) -> AsyncIterator[list[RunningBot]]:
    """Several bots on one database, as several processes behind a webhook would be: each
    update goes to the next process in turn, and processes handle theirs concurrently."""
    settings = settings.model_copy(
        update={
            "telegram_bot_token": SecretStr(api.token),
            "telegram_base_url": api.base_url,
            "database_url": database_url,
        }
    )
    bots = []
    for _ in range(count):
        application = build_application(settings, clock, timer_poll_interval=None)
        running = RunningBot(application, api)
        application.add_error_handler(_collector(running))
        await application.initialize()
        await application.start()
        bots.append(running)
    in_flight: set[asyncio.Task[None]] = set()

    async def route() -> None:
        turn = 0
        while True:
            for body in await api.take_updates(timeout=POLL_TIMEOUT_S):
                target = bots[turn % count].application
                turn += 1
                task = asyncio.create_task(target.process_update(Update.de_json(body, target.bot)))
                in_flight.add(task)
                task.add_done_callback(in_flight.discard)

    router = asyncio.create_task(route())
    try:
        yield bots
    finally:
        router.cancel()
        await asyncio.gather(router, *in_flight, return_exceptions=True)
        for running in bots:
            await running.application.stop()
            await running.application.shutdown()
            await running.services.database.dispose()


def _collector(running: RunningBot) -> Callable[[object, Context], Awaitable[None]]:
    async def collect(update: object, context: Context) -> None:
        if context.error is not None:
            running.errors.append(context.error)

    return collect
