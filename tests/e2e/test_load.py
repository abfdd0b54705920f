"""The crisis path under load and slow answers (issue 10, items 9 and 11): a flood from one
student delays no one's crisis, a flood is answered kindly, and a slow Telegram doubles
nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from bot.standin import BotApiStandIn, SimulatedUser
from bot.storage.models import Role
from tests.support import people, world
from tests.support.bot_fixtures import RunningBot, running_bot
from tests.support.clock import FakeClock

GROUP_CHAT = -1001


async def _counselor(bot: RunningBot, api: BotApiStandIn) -> SimulatedUser:
    code = await world.invite_code(bot.services, "OAKTECH", Role.COUNSELOR)
    lee = api.user(50, "Dr Lee")
    await lee.send(f"/start {code}")
    await lee.press("I understand")
    await lee.expect("all set as a counselor")
    return lee


async def _in_conversation(bot: RunningBot, api: BotApiStandIn) -> tuple[SimulatedUser, ...]:
    maya = await people.mentor(bot, api, 2)
    ana = await people.student(bot, api, 4, "Ana")
    await people.ask_for_support(ana)
    await maya.press("Accept")
    await ana.expect("A mentor is joining")
    return maya, ana


@pytest.fixture
async def unlimited_bot(
    standin: BotApiStandIn, settings: Settings, sqlite_url: str, clock: FakeClock
) -> AsyncIterator[RunningBot]:
    """The bot with no per-person limit, so that a flood really reaches the send queue."""
    settings = settings.model_copy(update={"flood_limit": 10**6})
    async with running_bot(standin, settings, sqlite_url, clock) as running:
        yield running
    assert not running.errors


async def test_a_crisis_goes_ahead_of_another_students_flood_of_relayed_messages(
    unlimited_bot: RunningBot, standin: BotApiStandIn
) -> None:
    bot = unlimited_bot
    await world.school(bot.services)
    lee = await _counselor(bot, standin)
    maya, ana = await _in_conversation(bot, standin)
    sam = await people.student(bot, standin, 3)
    standin.rate_limit(30)  # Telegram's cap: the flood takes ten seconds to relay
    for number in range(300):
        await ana.send(f"flood message {number}")
    await sam.send("i took a bunch of pills")
    await lee.expect("alert #1", timeout=30)
    relayed_by_then = [m for m in maya.received if "flood message" in m.text]
    assert len(relayed_by_then) < 150  # the alert did not wait for the flood
    last = await maya.expect("flood message 299", timeout=60)
    relayed = [m.text for m in maya.received if "flood message" in m.text]
    assert len(relayed) == 300 and relayed[-1] == last.text
    numbers = [int(text.rsplit(" ", 1)[1]) for text in relayed]
    assert numbers == sorted(numbers)  # one conversation's messages stay in order


async def test_a_flood_is_answered_kindly_and_a_crisis_in_it_still_alerts(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await world.school(bot.services)
    lee = await _counselor(bot, standin)
    maya, ana = await _in_conversation(bot, standin)
    clock.advance(minutes=1)  # the messages that set the conversation up are long past
    limit = bot.services.settings.flood_limit
    for number in range(limit + 15):
        await ana.send(f"burst {number}")
    await ana.send("i want to kill myself")  # over the limit: not relayed, but read
    await lee.expect("alert #1")
    told = await ana.expect("a lot of messages at once")
    assert "send them again" in told.text
    await maya.expect(f"burst {limit - 1}")
    assert not any(f"burst {limit}" in m.text for m in maya.received)
    assert len([m for m in ana.received if "a lot of messages" in m.text]) == 1


async def test_a_slow_telegram_sends_the_crisis_lines_and_the_alert_once(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    """Telegram answering after 7 s used to mean four copies of each (the client gave up at
    5 s and sent again)."""
    await world.school(bot.services)
    lee = await _counselor(bot, standin)
    sam = await people.student(bot, standin, 3)
    standin.slow_down("sendMessage", 7)
    await sam.send("i took a bunch of pills")
    await sam.expect("glad you told me", timeout=30)
    alert = await lee.expect("alert #1", timeout=30)
    standin.slow_down("sendMessage", 0)
    await lee.press("Acknowledge")
    await lee.expect("You're taking this")  # the copy was recorded, so it could be edited
    assert len([m for m in sam.received if "glad you told me" in m.text]) == 1
    assert len([m for m in lee.received if "alert #1" in m.text and not m.edited]) == 1
    assert alert.message_id == lee.received[-1].message_id
