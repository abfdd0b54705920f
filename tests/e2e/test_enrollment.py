"""Enrollment end to end: the real bot polling the strict Bot API stand-in (PRODUCT.md §2)."""

from bot.services import enrollment
from bot.standin import BotApiStandIn
from bot.storage.models import Role
from tests.support import world
from tests.support.bot_fixtures import RunningBot


async def test_student_joins_by_deep_link_and_consents(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services, crisis_resources="Ms. Rivera, room 104")
    ana = standin.user(1, "Ana", username="ana_k")
    await ana.send("/start OAKTECH")
    notice = await ana.expect("Before we start")
    assert "counselor" in notice.text and "Never your messages" in notice.text
    assert notice.button_labels == ["I understand"]
    await ana.send("hello?")
    reminder = await ana.expect("tap I understand first")
    await ana.press("I understand")
    await ana.expect("You're all set at Oak Tech")
    # The pressed button is gone.
    assert standin.chat(1).messages[reminder.message_id].buttons == []
    await ana.send("/resources")
    resources = await ana.expect("988")
    assert "741741" in resources.text and "Ms. Rivera, room 104" in resources.text
    await ana.send("/help")
    assert "/resources" in (await ana.expect("What you can do")).text


async def test_mentor_and_student_enroll_end_to_end(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    code = await world.invite_code(bot.services, "OAKTECH", Role.MENTOR)
    mentor = standin.user(2, "Maya")
    await mentor.send(f"/start {code}")
    await mentor.expect("You're joining as a peer mentor")
    await mentor.press("I understand")
    await mentor.expect("all set as a peer mentor at Oak Tech")
    await mentor.send("/help")
    await mentor.expect("Peer mentor tools")
    student = standin.user(3, "Sam")
    await student.send("/start OAKTECH")
    await student.press("I understand")
    await student.expect("all set at Oak Tech")
    # The invite is spent.
    other = standin.user(4, "Otto")
    await other.send(f"/start {code}")
    await other.expect("already been used")


async def test_plain_start_offers_school_buttons(bot: RunningBot, standin: BotApiStandIn) -> None:
    await world.school(bot.services)
    await world.school(bot.services, "PINE", "Pine High")
    sam = standin.user(3, "Sam")
    await sam.send("/start")
    choice = await sam.expect("Which school")
    assert choice.button_labels == ["Oak Tech", "Pine High"]
    await sam.press("Pine High")
    await sam.expect("Before we start")
    await sam.press("I understand")
    await sam.expect("all set at Pine High")
    await sam.send("/start")
    await sam.expect("Welcome back! You're with Pine High")


async def test_no_school_yet(bot: RunningBot, standin: BotApiStandIn) -> None:
    await standin.user(3).send("/start")
    await standin.user(3).expect("isn't set up for any school yet")


async def test_spanish_follows_telegram_and_language_switches(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    lucia = standin.user(5, "Lucía", language_code="es-MX")
    await lucia.send("/start OAKTECH")
    await lucia.expect("Antes de empezar")
    await lucia.press("Entiendo")
    await lucia.expect("Ya estás listo/a en Oak Tech")
    await lucia.send("/language")
    await lucia.expect("Qué idioma")
    await lucia.press("English")
    await lucia.expect("I'll write in English")
    await lucia.send("/help")
    await lucia.expect("What you can do here")
    await lucia.send("/language es")
    await lucia.expect("te escribo en español")


async def test_wrong_codes_get_a_clear_answer_then_a_pause(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    guesser = standin.user(6)
    for attempt in range(enrollment.MAX_CODE_FAILURES):
        await guesser.send(f"/start GUESS{attempt}")
        await guesser.expect("don't recognise that code")
    await guesser.send("/start OAKTECH")
    await guesser.expect("try again in about 15 minutes")


async def test_coordinator_invites_a_counselor_who_then_joins(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    code = await world.invite_code(bot.services, "OAKTECH", Role.COORDINATOR)
    coordinator = standin.user(7, "Cora")
    await coordinator.send(f"/start {code}")
    await coordinator.press("I understand")
    await coordinator.send("/invite counselor")
    invite = await coordinator.expect("one-time invite for a new counselor at Oak Tech")
    link = invite.text.split()[-1]
    assert link.startswith(f"https://t.me/{standin.username}?start=")
    counselor = standin.user(8, "Dr. Lee")
    await counselor.send(f"/start {link.rsplit('=', 1)[1]}")
    await counselor.expect("You're joining as a counselor")
    await coordinator.send("/invite principal")
    await coordinator.expect("send /invite mentor or /invite counselor")


async def test_role_checks_refuse_politely(bot: RunningBot, standin: BotApiStandIn) -> None:
    await world.school(bot.services)
    student = standin.user(9)
    await student.send("/start OAKTECH")
    await student.press("I understand")
    await student.send("/invite mentor")
    await student.expect("only for program coordinator. Nothing was changed")


async def test_forged_and_stale_buttons_change_nothing(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    ana, ben = standin.user(1, "Ana"), standin.user(2, "Ben")
    await ana.send("/start OAKTECH")
    anas_notice = await ana.expect("Before we start")
    await ben.send("/start OAKTECH")
    bens_notice = await ben.expect("Before we start")
    anas_membership = anas_notice.buttons[0]["callback_data"]
    # Ben's client sends Ana's consent button, then garbage, then a school that is gone.
    for data in (anas_membership, "zz:1", "ok:notanumber", "sc:424242"):
        query = await ben.press_data(data, bens_notice.message_id)
        assert "out of date" in await ben.callback_answer(query)
    caller = await enrollment.describe_caller(bot.services, 1, "en")
    assert caller.enrolled and not caller.consented
    # Pressing the real button twice: the second press is answered, nothing repeats.
    await ana.press("I understand")
    await ana.expect("all set")
    again = await ana.press_data(anas_membership, anas_notice.message_id)
    await ana.callback_answer(again)
    await ana.expect("What you can do here")


async def test_fallbacks_always_answer(bot: RunningBot, standin: BotApiStandIn) -> None:
    await world.school(bot.services)
    stranger = standin.user(10)
    await stranger.send("hi, can someone help me")
    await stranger.expect("To get started")
    await stranger.send("/frobnicate")
    await stranger.expect("I don't know that command")
    await stranger.send_photo(caption="look")
    await stranger.expect("only pass on text")
    await stranger.send_sticker()
    await stranger.expect("only pass on text")
    member = standin.user(11)
    await member.send("/start OAKTECH")
    await member.press("I understand")
    await member.send("<b>bold?</b> & " + "x" * 5000)
    await member.expect("only passes messages on during a conversation")
    await member.edit(10_000, "changed my mind")
    await member.expect("can't pass on edits")


async def test_someone_who_blocked_the_bot_breaks_nothing(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    quitter = standin.user(12)
    quitter.block()
    await quitter.send("/start OAKTECH")
    friend = standin.user(13)
    await friend.send("/start OAKTECH")
    await friend.expect("Before we start")
    assert quitter.received == []


async def test_telegram_errors_are_retried(bot: RunningBot, standin: BotApiStandIn) -> None:
    await world.school(bot.services)
    standin.fail_next("sendMessage", 502, times=2)
    standin.fail_next("sendMessage", 429, retry_after=1)
    ana = standin.user(1)
    await ana.send("/start OAKTECH")
    await ana.expect("Before we start", timeout=15)
