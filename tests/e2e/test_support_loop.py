"""The support loop end to end (PRODUCT.md §3, §4): request, matching, relay, end, feedback."""

from __future__ import annotations

import re

from sqlalchemy import event, select

from bot.config import Settings
from bot.standin import BotApiStandIn
from bot.storage.models import Conversation, Membership
from tests.support import people, world
from tests.support.bot_fixtures import RunningBot, running_bot
from tests.support.clock import FakeClock


async def _conversations(bot: RunningBot) -> list[Conversation]:
    async with bot.services.database.session() as session:
        return list((await session.execute(select(Conversation))).scalars())


async def test_a_student_talks_with_a_mentor_and_answers_two_questions(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    maya = await people.mentor(bot, standin, 2)
    sam = await people.student(bot, standin, 3, "Sam Smith")
    await people.ask_for_support(sam, topic="Family", mood="^2")
    await sam.expect("finding a peer mentor")
    offer = await maya.expect("A student would like to talk")
    assert "Topic: Family" in offer.text and "Sam" not in offer.text
    await maya.press("Accept")
    connected = await maya.expect(r"connected with Student (\w+)")
    alias = re.search(r"Student (\w+)", connected.text)
    assert alias is not None
    await sam.expect("A mentor is joining")
    await sam.send("I have <b>so</b> much & more")
    relayed = await maya.expect("so")
    assert relayed.text == f"Student {alias.group(1)}:\nI have <b>so</b> much & more"
    assert relayed.protect_content
    await maya.send("That sounds like a lot. Want to tell me more?")
    reply = await sam.expect("Want to tell me more")
    assert reply.text.startswith("Your mentor:") and reply.protect_content
    await sam.send("/end")
    await sam.expect("Your conversation has ended")
    await maya.expect("ended the conversation")
    await sam.press("Better")
    await sam.expect("comfortable opening up")
    await sam.press("^Yes$")
    await sam.expect("That helps us make this better")
    [conversation] = await _conversations(bot)
    assert (conversation.felt_better, conversation.comfortable) == ("better", "yes")
    assert conversation.ended_by == "student"


async def test_unanswered_offer_moves_to_the_next_mentor(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await world.school(bot.services)
    first = await people.mentor(bot, standin, 2, "Ann")
    clock.advance(seconds=1)
    second = await people.mentor(bot, standin, 4, "Bo")
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    await first.expect("would like to talk")  # Ann has been free the longest
    clock.advance(seconds=bot.services.settings.offer_timeout_s)
    assert await bot.timers.run_due() == 1
    await first.expect("No answer in time")
    await second.expect("would like to talk")
    await second.press("Accept")
    await sam.expect("A mentor is joining")


async def test_a_late_accept_changes_nothing_and_says_so(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann")
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    offer = await ann.expect("would like to talk")
    accept = offer.buttons[0]["callback_data"]
    clock.advance(seconds=bot.services.settings.offer_timeout_s)
    await bot.timers.run_due()
    await ann.expect("No answer in time")
    # The buttons were edited away, but a slow client can still send the old press.
    press = await ann.press_data(accept, offer.message_id)
    await ann.callback_answer(press)
    await ann.expect("already moved on")
    assert await _conversations(bot) == []


async def test_pass_offers_the_next_mentor(bot: RunningBot, standin: BotApiStandIn) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann")
    bo = await people.mentor(bot, standin, 4, "Bo")
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    await ann.expect("would like to talk")
    await ann.press("Pass")
    await ann.expect("gone to someone else")
    await bo.expect("would like to talk")


async def test_a_forged_accept_from_a_student_does_nothing(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann")
    sam = await people.student(bot, standin, 3)
    eve = await people.student(bot, standin, 5, "Eve")
    await people.ask_for_support(sam)
    offer = await ann.expect("would like to talk")
    eves_last = eve.received[-1]
    for data in (offer.buttons[0]["callback_data"], offer.buttons[1]["callback_data"]):
        press = await eve.press_data(data, eves_last.message_id)
        assert "out of date" in await eve.callback_answer(press)
    await ann.press("Accept")
    await sam.expect("A mentor is joining")
    [conversation] = await _conversations(bot)
    assert conversation.ended_at is None


async def test_a_long_message_is_split_and_nothing_is_lost(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann")
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    await ann.press("Accept")
    await sam.expect("A mentor is joining")
    words = " ".join(f"word{n}" for n in range(700)) + " <&> 😀"
    assert len(words) > 5000
    await sam.send(words)
    first = await ann.expect("word0 ")
    second = await ann.expect("😀")
    prefix = first.text.split("\n", 1)[0] + "\n"
    assert second.text.startswith(prefix)
    assert first.text[len(prefix) :] + second.text[len(prefix) :] == words


async def test_media_in_a_conversation_gets_a_text_only_answer(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann")
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    await ann.press("Accept")
    await sam.expect("A mentor is joining")
    await sam.send_photo(caption="this is me")
    await sam.expect("only pass on text")
    assert not any("this is me" in m.text for m in ann.received)


async def test_busy_mentors_put_the_student_in_line_with_an_estimate(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann")
    first, second = await people.student(bot, standin, 3), await people.student(bot, standin, 5)
    third = await people.student(bot, standin, 6)
    await people.ask_for_support(first)
    await ann.press("Accept")
    await people.ask_for_support(second)
    await second.expect(r"#1</b> in line|#1 in line")
    await people.ask_for_support(third)
    line = await third.expect("in line")
    assert "#2 in line (about 30 min)" in line.text
    await third.send("/cancel")
    await third.expect("left the line")
    await first.send("/end")
    # Ann is free again: the next in line is offered at once.
    await ann.expect("would like to talk")
    await ann.press("Accept")
    await second.expect("A mentor is joining")


async def test_nobody_on_shift_says_when_and_can_notify_instead(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services, shift_hours="15:00-18:00", timezone="UTC")
    ann = await people.mentor(bot, standin, 2, "Ann", on_shift=False)
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    waiting = await sam.expect("No mentor is on shift")
    # The test clock stands at 16:00 UTC, inside today's shift: the next one is tomorrow.
    assert "next shift starts tomorrow at 3:00 PM" in waiting.text
    assert "988" in waiting.text and "741741" in waiting.text
    await sam.press("Just tell me when a shift starts")
    await sam.expect("I'll message you when a mentor comes on shift")
    await ann.send("/onshift")
    await sam.expect("A peer mentor is on shift now")


async def test_a_saved_request_goes_to_the_first_mentor_on_shift(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann", on_shift=False)
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    await sam.expect("No mentor is on shift")
    await ann.send("/onshift")
    await ann.expect("would like to talk")


async def test_cancel_withdraws_the_offer(bot: RunningBot, standin: BotApiStandIn) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann")
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    offer = await ann.expect("would like to talk")
    await sam.send("/cancel")
    await sam.expect("left the line")
    withdrawn = await ann.expect("no longer waiting")
    assert withdrawn.message_id == offer.message_id and withdrawn.buttons == []
    await ann.send("/status")
    status = await ann.expect("Your status")
    assert "Conversations: 0 of 1" in status.text and "waiting at your school: 0" in status.text


async def test_going_off_shift_mid_conversation_can_hand_over(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann")
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    await ann.press("Accept")
    bo = await people.mentor(bot, standin, 4, "Bo")
    await ann.send("/offshift")
    await ann.expect("still talking with Student")
    await ann.press("Hand over")
    await ann.expect("will get another mentor")
    await sam.expect("Your mentor had to go")
    await bo.expect("would like to talk")
    await bo.press("Accept")
    await sam.expect("A mentor is joining")
    await sam.send("hi again")
    await bo.expect("hi again")
    assert not any("hi again" in m.text for m in ann.received)


async def test_a_mentor_who_blocked_the_bot_is_skipped_and_the_student_requeued(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann")
    bo = await people.mentor(bot, standin, 4, "Bo", on_shift=False)
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    await ann.press("Accept")
    await sam.expect("A mentor is joining")
    await bo.send("/onshift")
    ann.block()
    await sam.send("are you there?")
    await sam.expect("can't be reached right now")
    await bo.expect("would like to talk")
    async with bot.services.database.session() as session:
        anns = (
            (await session.execute(select(Membership).where(Membership.on_shift.is_(True))))
            .scalars()
            .all()
        )
    assert len(anns) == 1  # only Bo is still on shift


async def test_a_blocked_mentor_is_skipped_when_offered(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann")
    clock.advance(seconds=1)
    bo = await people.mentor(bot, standin, 4, "Bo")
    ann.block()
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    await bo.expect("would like to talk")


async def test_a_mentor_with_two_slots_replies_to_the_right_student(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann", on_shift=False)
    await ann.send("/onshift 2")
    await ann.expect("up to 2 at a time")
    sam, eve = await people.student(bot, standin, 3), await people.student(bot, standin, 5)
    for student in (sam, eve):
        await people.ask_for_support(student)
        await ann.press("Accept")
        await student.expect("A mentor is joining")
    await eve.send("it's eve")
    from_eve = await ann.expect("it's eve")
    await ann.send("who is this for?")
    await ann.expect("more than one conversation")
    await ann.reply(from_eve.message_id, "hi eve")
    await eve.expect("hi eve")
    assert not any("hi eve" in m.text for m in sam.received)
    await ann.send("/end")
    await ann.expect("Which conversation")
    await ann.press(from_eve.text.split(":")[0].replace("Student ", "End with Student "))
    await eve.expect("Your mentor ended the conversation")


async def test_a_conversation_survives_a_restart(
    standin: BotApiStandIn, settings: Settings, sqlite_url: str, clock: FakeClock
) -> None:
    async with running_bot(standin, settings, sqlite_url, clock) as before:
        await world.school(before.services)
        ann = await people.mentor(before, standin, 2, "Ann")
        sam = await people.student(before, standin, 3)
        await people.ask_for_support(sam)
        await ann.press("Accept")
        await sam.expect("A mentor is joining")
    async with running_bot(standin, settings, sqlite_url, clock) as after:
        await sam.send("still there?")
        await ann.expect("still there?")
        await ann.send("yes!")
        await sam.expect("yes!")
    assert not before.errors and not after.errors


async def test_requests_wait_in_arrival_order(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await world.school(bot.services)
    ann = await people.mentor(bot, standin, 2, "Ann", on_shift=False)
    students = [await people.student(bot, standin, 10 + n) for n in range(3)]
    for student in students:
        await people.ask_for_support(student)
        clock.advance(seconds=5)
    await ann.send("/onshift")
    for student in students:
        await ann.press("Accept")
        await student.expect("A mentor is joining")
        await ann.send("/end")
        await ann.expect("has ended")
    async with bot.services.database.session() as session:
        order = (
            (
                await session.execute(
                    select(Conversation.student_membership_id).order_by(Conversation.id)
                )
            )
            .scalars()
            .all()
        )
    assert order == sorted(order)


async def test_a_relayed_message_costs_one_read_of_the_database(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    """Issue 11: one transaction and at most three statements per relayed message; it is one
    SELECT, outside any transaction (repo.RELAY_ROUTES)."""
    await world.school(bot.services)
    maya, sam = await people.in_conversation(bot, standin)
    statements: list[str] = []

    def count(*arguments: object) -> None:
        statements.append(str(arguments[2]))

    for engine in bot.services.database.engines:
        event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        for number in range(5):
            await sam.send(f"just one thing {number}")
            await maya.expect(f"just one thing {number}")
            await maya.send(f"go on {number}")
            await sam.expect(f"go on {number}")
    finally:
        for engine in bot.services.database.engines:
            event.remove(engine.sync_engine, "before_cursor_execute", count)
    assert len(statements) == 10
    assert all(statement.lstrip().startswith("SELECT") for statement in statements)
