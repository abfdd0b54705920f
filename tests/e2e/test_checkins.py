"""Check-ins end to end through the stand-in, with a controlled clock (PRODUCT.md §6)."""

from __future__ import annotations

from sqlalchemy import select

from bot.standin import BotApiStandIn, SimulatedUser
from bot.storage.models import Checkin, Timer
from tests.support import people, world
from tests.support.bot_fixtures import RunningBot
from tests.support.clock import FakeClock

DAY = 24 * 3600


async def _talked(bot: RunningBot, standin: BotApiStandIn) -> tuple[SimulatedUser, SimulatedUser]:
    """A school (Los Angeles, 09:00 local now), a mentor and a student who just talked."""
    await world.school(bot.services, timezone="America/Los_Angeles")
    maya = await people.mentor(bot, standin, 2)
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    await maya.press("Accept")
    await maya.expect("connected with Student")
    await sam.expect("A mentor is joining")
    await people.end_feeling_better(sam)
    return maya, sam


async def _checkin_states(bot: RunningBot) -> list[str]:
    async with bot.services.database.session() as session:
        return list((await session.execute(select(Checkin.state).order_by(Checkin.id))).scalars())


async def test_check_ins_arrive_after_each_delay_and_answers_are_kept(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    _, sam = await _talked(bot, standin)
    await bot.timers.run_due()
    assert not any("Checking in" in m.text for m in sam.received)
    clock.advance(seconds=DAY)
    await bot.timers.run_due()
    checkin = await sam.expect("Checking in from the peer support team")
    assert checkin.button_labels[:5] == ["1 😣", "2 🙁", "3 😐", "4 🙂", "5 😄"]
    assert checkin.button_labels[5] == "I'd like to talk again"
    await sam.press("^4")
    await sam.expect("Thanks for letting us know")
    clock.advance(seconds=2 * DAY)
    await bot.timers.run_due()
    await sam.expect("Checking in")
    async with bot.services.database.session() as session:
        moods = (await session.execute(select(Checkin.mood).order_by(Checkin.id))).scalars().all()
    assert list(moods) == [4, None]
    assert await _checkin_states(bot) == ["sent", "sent"]


async def test_a_low_answer_offers_a_mentor_and_the_crisis_lines(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    maya, sam = await _talked(bot, standin)
    clock.advance(seconds=DAY)
    await bot.timers.run_due()
    await sam.press("^2")
    low = await sam.expect("sorry today is hard")
    assert "988" in low.text and low.button_labels == ["Talk to a peer mentor"]
    await sam.press("Talk to a peer mentor")
    await sam.expect("What would you like to talk about")
    del maya


async def test_talk_again_can_ask_for_the_same_mentor(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    maya, sam = await _talked(bot, standin)
    other = await people.mentor(bot, standin, 4, "Bo")  # free for longer than Maya
    clock.advance(seconds=DAY)
    await bot.timers.run_due()
    await sam.press("talk again")
    await sam.expect("same mentor as last time")
    await sam.press("Same mentor")
    await people.choose_topic_and_mood(sam)
    await maya.expect("would like to talk")
    assert not any("would like to talk" in m.text for m in other.received[-1:])


async def test_switching_check_ins_off_stops_them(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    _, sam = await _talked(bot, standin)
    await sam.send("/checkins off")
    await sam.expect("no more check-ins")
    clock.advance(seconds=3 * DAY)
    await bot.timers.run_due()
    assert not any("Checking in" in m.text for m in sam.received)
    assert await _checkin_states(bot) == ["cancelled", "cancelled"]


async def test_a_student_who_blocked_the_bot_ends_the_check_in_without_retries(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    _, sam = await _talked(bot, standin)
    sam.block()
    clock.advance(seconds=DAY)
    await bot.timers.run_due()
    sends_to_sam = [c for c in standin.calls if c[0] == "sendMessage" and c[1]["chat_id"] == 3]
    clock.advance(minutes=30)
    await bot.timers.run_due()
    assert [c for c in standin.calls if c[0] == "sendMessage" and c[1]["chat_id"] == 3] == (
        sends_to_sam
    )
    assert (await _checkin_states(bot))[0] == "unreachable"


async def test_telegram_errors_retry_the_check_in_with_backoff(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    _, sam = await _talked(bot, standin)
    clock.advance(seconds=DAY)
    standin.fail_next("sendMessage", 502, times=4)  # more than one send's own retries
    await bot.timers.run_due()
    assert not any("Checking in" in m.text for m in sam.received)
    clock.advance(minutes=1)
    await bot.timers.run_due()
    await sam.expect("Checking in")
    async with bot.services.database.session() as session:
        attempts = (
            (
                await session.execute(
                    select(Timer.attempts).where(Timer.kind == "checkin").order_by(Timer.id)
                )
            )
            .scalars()
            .first()
        )
    assert attempts == 1


async def test_a_check_in_missed_while_the_bot_was_down_arrives_on_the_next_run(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    _, sam = await _talked(bot, standin)
    clock.advance(seconds=DAY + 5 * 3600)  # 14:00 the next day, well past 09:00
    await bot.timers.run_due()
    await sam.expect("Checking in")
