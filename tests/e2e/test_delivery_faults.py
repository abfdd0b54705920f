"""What each kind of message is promised when Telegram fails (PRODUCT.md §3, §6; issue 11).

Relayed words are delivered once or the sender is told they did not arrive: never lost
silently, never kept. Faults come from the Bot API stand-in; copies are counted at the
recipient."""

from __future__ import annotations

from bot.standin import BotApiStandIn, SimulatedUser
from tests.support import people, world
from tests.support.bot_fixtures import RunningBot

# More failures than one send's own retries (bot/messaging.py SEND_ATTEMPTS): the message is
# given up, and the next sends (the sender's notice) meet the rest.
BEYOND_RETRIES = 6


def _copies(person: SimulatedUser, words: str) -> int:
    return len([message for message in person.received if words in message.text])


async def _in_conversation(
    bot: RunningBot, standin: BotApiStandIn
) -> tuple[SimulatedUser, SimulatedUser]:
    await world.school(bot.services)
    maya = await people.mentor(bot, standin, 2)
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    await maya.press("Accept")
    await sam.expect("A mentor is joining")
    return maya, sam


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
