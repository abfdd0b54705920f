"""The crisis path's messages are durable (issue 10, item 7): written down before the first
try, sent again when Telegram refused them past every retry, and not lost when the process is
killed with SIGKILL before Telegram took them. Copies are counted at the recipient."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import select

from bot import app
from bot.clock import SystemClock
from bot.config import Settings
from bot.services.context import ServiceContext
from bot.standin import BotApiStandIn, SimulatedUser
from bot.storage.db import Database
from bot.storage.models import AlertMessage, Role
from tests.support import people, processes, world
from tests.support.bot_fixtures import RunningBot
from tests.support.clock import FakeClock

COUNSELOR, STUDENT = 50, 3


def _copies(person: SimulatedUser, pattern: str) -> int:
    return sum(1 for m in person.received if pattern in m.text and not m.edited)


async def _send_to(api: BotApiStandIn, chat_id: int, after: int) -> int:
    """The number of the next sendMessage call to `chat_id` from call `after` on."""
    number = await api.wait_for_call("sendMessage", after=after, timeout=30)
    while int(api.calls[number][1]["chat_id"]) != chat_id:
        number = await api.wait_for_call("sendMessage", after=number + 1, timeout=30)
    return number


async def _owed(database_url: str) -> list[AlertMessage]:
    database = Database(database_url)
    try:
        async with database.session() as session:
            rows = await session.execute(select(AlertMessage).where(AlertMessage.sent_at.is_(None)))
            return list(rows.scalars())
    finally:
        await database.dispose()


async def test_an_alert_telegram_refused_past_every_retry_is_sent_again_once(
    bot_on_each_database: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    """On SQLite and on PostgreSQL."""
    bot = bot_on_each_database
    await world.school(bot.services)
    code = await world.invite_code(bot.services, "OAKTECH", Role.COUNSELOR)
    lee = standin.user(COUNSELOR, "Dr Lee")
    await lee.send(f"/start {code}")
    await lee.press("I understand")
    await lee.expect("all set as a counselor")
    sam = await people.student(bot, standin, STUDENT)
    calls = len(standin.calls)
    standin.fail_next("sendMessage", 502, times=10**6)
    await sam.send("i took a bunch of pills")
    attempt = await _send_to(standin, COUNSELOR, after=calls)  # the alert was tried...
    for _ in range(3):  # ...and retried until the sender gave up on it
        attempt = await _send_to(standin, COUNSELOR, after=attempt + 1)
    standin.clear_faults()
    await sam.expect("glad you told me", timeout=30)  # the student's lines kept trying
    url = bot.services.settings.database_url
    async with asyncio.timeout(30):
        while {row.kind for row in await _owed(url)} != {"alert"}:  # lines marked delivered
            await standin.wait_for_call("getUpdates", after=len(standin.calls), timeout=30)
    await app.send_owed(bot.application.bot, bot.services)
    assert _copies(lee, "alert #1") == 0  # its claim has not run out: it may still be on its way
    clock.advance(seconds=31)
    await app.send_owed(bot.application.bot, bot.services)
    alert = await lee.expect("alert #1")
    assert alert.button_labels[:2] == ["Acknowledge", "Resolved"]
    clock.advance(seconds=31)
    await app.send_owed(bot.application.bot, bot.services)
    assert _copies(lee, "alert #1") == 1 and _copies(sam, "glad you told me") == 1
    assert await _owed(url) == []
    await lee.press("Acknowledge")
    await lee.expect("You're taking this")  # the copy sent again was recorded


async def test_killed_before_telegram_took_them_the_crisis_messages_arrive_once(
    standin: BotApiStandIn, settings: Settings, sqlite_url: str, tmp_path: Path
) -> None:
    services = ServiceContext(Database(sqlite_url), SystemClock(), settings)
    await world.school(services)
    await world.enrolled(
        services, COUNSELOR, await world.invite_code(services, "OAKTECH", Role.COUNSELOR)
    )
    await world.enrolled(services, STUDENT, "OAKTECH")
    await services.database.dispose()
    lee, sam = standin.user(COUNSELOR, "Dr Lee"), standin.user(STUDENT, "Sam")
    lee.has_started()
    sam.has_started()
    env = processes.environment(standin, sqlite_url)
    first = await processes.start(env, tmp_path)
    await standin.wait_for_call("getUpdates", timeout=30)
    standin.fail_next("sendMessage", 502, times=10**6)  # Telegram takes nothing
    calls = len(standin.calls)
    await sam.send("i took a bunch of pills")
    await _send_to(standin, COUNSELOR, after=calls)  # the alert is being sent
    first.kill()  # SIGKILL, mid-send: no cleanup at all
    await first.wait()
    assert {row.kind for row in await _owed(sqlite_url)} == {"alert", "crisis_lines"}
    standin.clear_faults()
    second = await processes.start(env, tmp_path)
    try:
        await lee.expect("alert #1", timeout=60)
        await sam.expect("glad you told me", timeout=60)
        async with asyncio.timeout(30):
            while await _owed(sqlite_url):  # settled right after Telegram took them
                await standin.wait_for_call("getUpdates", after=len(standin.calls), timeout=30)
    finally:
        log = await processes.stop(second)
    assert _copies(lee, "alert #1") == 1, log
    assert _copies(sam, "glad you told me") == 1, log
