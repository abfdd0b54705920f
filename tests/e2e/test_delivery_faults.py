"""What each kind of message is promised when Telegram fails (PRODUCT.md §3, §6; issue 11).

Relayed words are delivered once or the sender is told they did not arrive: never lost
silently, never kept. Faults come from the Bot API stand-in; copies are counted at the
recipient."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import RATE_LIMIT_RETRIES
from bot.standin import BotApiStandIn, SimulatedUser
from bot.storage.models import Timer
from tests.support import people, world
from tests.support.bot_fixtures import RunningBot
from tests.support.clock import FakeClock

# More failures than one send's own retries (bot/messaging.py SEND_ATTEMPTS): the message is
# given up, and the next sends (the sender's notice) meet the rest.
BEYOND_RETRIES = 6


def _copies(person: SimulatedUser, words: str) -> int:
    return len([message for message in person.received if words in message.text])


async def _in_conversation(
    bot: RunningBot, standin: BotApiStandIn
) -> tuple[SimulatedUser, SimulatedUser]:
    await world.school(bot.services)
    return await people.in_conversation(bot, standin)


async def test_a_students_words_telegram_will_not_take_are_reported_to_the_student(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    maya, sam = await _in_conversation(bot, standin)
    standin.fail_next("sendMessage", 502, times=BEYOND_RETRIES)
    await sam.send("can i tell you something")
    told = await sam.expect("didn't get through", timeout=30)
    assert "can i tell you something" not in told.text  # their words are not kept
    assert _copies(maya, "can i tell you something") == 0
    await sam.send("can i tell you something")
    await maya.expect("can i tell you something")
    assert _copies(maya, "can i tell you something") == 1


async def test_a_mentors_words_that_cannot_arrive_are_reported_to_the_mentor(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    maya, sam = await _in_conversation(bot, standin)
    standin.fail_next("sendMessage", 502, times=BEYOND_RETRIES)
    await maya.send("take your time")
    await maya.expect("didn't get through", timeout=30)
    assert _copies(sam, "take your time") == 0


async def test_a_counselor_hears_sent_only_once_the_student_has_the_reply(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    lee = await people.counselor(bot, standin, 50)
    sam = await people.student(bot, standin, 3)
    await sam.send("im scared to go home")
    await lee.expect("alert #1")
    standin.fail_next("sendMessage", 502, times=BEYOND_RETRIES)
    await lee.send("/reply 1 Are you safe right now?")
    await lee.expect("didn't get through", timeout=30)
    assert _copies(sam, "Are you safe right now?") == 0
    assert _copies(lee, "Sent to Student") == 0
    await lee.send("/reply 1 Are you safe right now?")
    await sam.expect("Are you safe right now?")
    await lee.expect("Sent to Student")
    assert _copies(sam, "Are you safe right now?") == 1


async def test_timers_keep_deciding_while_telegram_asks_the_bot_to_slow_down(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    """A 429 storm slows sending, never the timers that decide what to send: a check-in that
    comes due while another waits out the storm is claimed at once, and each arrives once."""
    await world.school(bot.services)
    maya = await people.mentor(bot, standin, 2)
    first = await _talked(bot, standin, maya, 3)
    clock.advance(minutes=1)
    second = await _talked(bot, standin, maya, 4)
    clock.advance(hours=24, minutes=-1)  # the first student's check-in is due
    standin.fail_next("sendMessage", 429, retry_after=2, times=RATE_LIMIT_RETRIES)
    await bot.timers.start_due()
    assert await _check_in_timers(bot) == ["running", "pending"]
    clock.advance(minutes=1)  # the second's, while the first still waits out the 429s
    await bot.timers.start_due()
    assert await _check_in_timers(bot) == ["running", "running"]
    assert _copies(first, "Checking in") == 0
    await bot.timers.wait_for_started()
    await first.expect("Checking in", timeout=30)
    await second.expect("Checking in", timeout=30)
    assert _copies(first, "Checking in") == _copies(second, "Checking in") == 1


async def _check_in_timers(bot: RunningBot) -> list[str]:
    """The states of the students' first check-in timers, in order."""
    async with bot.services.database.session() as session:
        states = await session.execute(
            select(Timer.state).where(Timer.kind == "checkin").order_by(Timer.due_at).limit(2)
        )
        return list(states.scalars())


async def _talked(
    bot: RunningBot, standin: BotApiStandIn, mentor: SimulatedUser, user_id: int
) -> SimulatedUser:
    """A student who has had a conversation (so their first check-in is a day away)."""
    student = await people.student(bot, standin, user_id)
    await people.ask_for_support(student)
    await mentor.press("Accept")
    await student.expect("A mentor is joining")
    await people.end_feeling_better(student)
    return student


async def test_relayed_words_arrive_once_when_telegram_answers_slowly(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    """Telegram answering after 7 s (past many clients' timeouts) is not a second copy."""
    maya, sam = await _in_conversation(bot, standin)
    standin.slow_down("sendMessage", 7)
    try:
        await sam.send("are you still there")
        await maya.expect("are you still there", timeout=30)
        await sam.send("ok good")
        await maya.expect("ok good", timeout=30)
    finally:
        standin.slow_down("sendMessage", 0)
    assert _copies(maya, "are you still there") == _copies(maya, "ok good") == 1


async def test_relayed_words_wait_out_a_429_and_arrive_once_in_order(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    maya, sam = await _in_conversation(bot, standin)
    standin.fail_next("sendMessage", 429, retry_after=1, times=2)
    await sam.send("first thing")
    await sam.send("second thing")
    await maya.expect("first thing", timeout=30)
    await maya.expect("second thing", timeout=30)
    assert _copies(maya, "first thing") == _copies(maya, "second thing") == 1
    assert _copies(sam, "didn't get through") == 0
