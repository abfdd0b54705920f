"""Crisis escalation end to end (PRODUCT.md §5): the student, the counselors, the mentor."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from bot import app
from bot.app import record_held_alerts
from bot.config import Settings
from bot.services import audit
from bot.standin import BotApiStandIn, SimulatedChat, SimulatedUser
from bot.storage.models import Escalation, Role, SupportRequest
from tests.support import people, world
from tests.support.bot_fixtures import RunningBot, running_bot
from tests.support.clock import FakeClock
from tests.support.databases import PostgresDatabases, SqliteDatabases
from tests.support.tcp_proxy import TcpProxy

GROUP_CHAT = -1001
BACKUP_CHAT = -1002
ON_CALL_CHAT = -1003
PROJECT_ROOT = Path(__file__).resolve().parents[2]


async def _counselor(
    bot: RunningBot, api: BotApiStandIn, user_id: int, name: str, role: Role = Role.COUNSELOR
) -> SimulatedUser:
    code = await world.invite_code(bot.services, "OAKTECH", role)
    counselor = api.user(user_id, name)
    await counselor.send(f"/start {code}")
    await counselor.press("I understand")
    await counselor.expect("all set as a")
    return counselor


async def _school_with_counselors(
    bot: RunningBot, api: BotApiStandIn
) -> tuple[SimulatedUser, SimulatedUser, SimulatedChat, SimulatedChat]:
    await world.school(
        bot.services,
        counselor_chat_id=GROUP_CHAT,
        backup_chat_ids=(BACKUP_CHAT,),
        crisis_resources="Ms. Rivera, room 104",
    )
    lee = await _counselor(bot, api, 50, "Dr Lee")
    kim = await _counselor(bot, api, 51, "Mr Kim")
    return lee, kim, api.group(GROUP_CHAT), api.group(BACKUP_CHAT, "Backup")


def _peerbot(database_url: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(PROJECT_ROOT),
        "DATABASE_URL": database_url,
    }
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *arguments],
        env=environment,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


async def _escalations(bot: RunningBot) -> list[Escalation]:
    async with bot.services.database.session() as session:
        return list((await session.execute(select(Escalation).order_by(Escalation.id))).scalars())


async def test_an_urgent_message_reaches_the_student_counselors_and_mentor(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    lee, kim, group, backup = await _school_with_counselors(bot, standin)
    maya = await people.mentor(bot, standin, 2)
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    await maya.press("Accept")
    await sam.expect("A mentor is joining")
    await sam.send("i want to kill myself")
    support = await sam.expect("glad you told me")
    assert "911" in support.text and "988" in support.text and "741741" in support.text
    await sam.expect("At Oak Tech, you can also reach:\nMs. Rivera, room 104")
    for counselor in (lee, kim, group):
        alert = await counselor.expect("alert #1")
        assert "URGENT" in alert.text and "suicide" in alert.text
        assert "i want to kill myself" in alert.text and "Oak Tech" in alert.text
        assert "Student " in alert.text and "/reply 1" in alert.text
        assert alert.button_labels == ["Acknowledge", "Resolved", "Who is this?"]
    assert backup.received == []  # backups only get repeats
    await maya.from_the_start().expect("a counselor has been alerted")
    await maya.expect("i want to kill myself")  # the conversation goes on


async def test_first_acknowledge_wins_and_every_copy_says_who(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    lee, kim, group, _ = await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    await sam.send("i dont want to be alive anymore")
    for counselor in (lee, kim, group):
        await counselor.expect("alert #1")
    await kim.press("Acknowledge")
    await kim.expect("You're taking this")
    await lee.expect("Acknowledged by Mr Kim")
    edited = await group.expect("Acknowledged by Mr Kim")
    assert edited.button_labels == ["Resolved", "Who is this?"]
    late = await lee.press_data("ak:1", lee.received[0].message_id)
    assert "Mr Kim already took this one" in await lee.callback_answer(late)
    [escalation] = await _escalations(bot)
    assert escalation.acknowledged_at is not None


async def test_unacknowledged_alerts_climb_the_ladder_until_acknowledged(
    bot_on_each_database: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    """On SQLite and on PostgreSQL."""
    bot = bot_on_each_database
    lee, kim, group, backup = await _school_with_counselors(bot, standin)
    coordinator = await _counselor(bot, standin, 52, "Ms Park", Role.COORDINATOR)
    admin = standin.user(999, "Admin")
    admin.has_started()
    sam = await people.student(bot, standin, 3)
    await sam.send("i took 30 pills")
    await lee.expect("IMMINENT")
    timeout = bot.services.settings.escalation_ack_timeout_s
    assert bot.services.settings.escalation_ladder == 2
    climbing = {1: (lee, kim, group), 2: (lee, kim, group), 3: (lee, kim, group, backup)}
    climbing[4] = (lee, kim, group, backup, coordinator, admin)
    for step, reached in climbing.items():
        clock.advance(seconds=timeout)
        await bot.timers.run_due()
        for chat in reached:
            repeat = await chat.expect(f"Still not acknowledged \\(reminder {step}\\)")
            assert "i took 30 pills" in repeat.text and "Acknowledge" in repeat.button_labels
        if step < 3:
            assert backup.received == []
            assert not any("reminder" in m.text for m in coordinator.received)
    # At the top of the ladder the repeats slow down: twice the wait, then twice again.
    clock.advance(seconds=timeout)
    await bot.timers.run_due()
    assert not any("reminder 5" in m.text for m in lee.received)
    clock.advance(seconds=timeout)
    await bot.timers.run_due()
    await admin.expect("reminder 5")
    stranger = standin.user(70, "Someone")
    press = await backup.press("Acknowledge", by=stranger)  # only counselors may take it
    assert "out of date" in await backup.callback_answer(press)
    await group.press("Acknowledge", by=lee)  # counselors may take it from the group chat
    await group.expect("You're taking this")
    await kim.expect("Acknowledged by Dr Lee")
    clock.advance(seconds=timeout * 10)
    await bot.timers.run_due()
    assert not any("reminder 6" in m.text for m in lee.received + admin.received)
    trail = await audit.entries(bot.services, "OAKTECH", None)
    assert [(line.action, line.detail) for line in trail] == [
        ("paged", "step 0: counselors"),
        ("paged", "step 1: counselors"),
        ("paged", "step 2: counselors"),
        ("paged", "step 3: backups"),
        ("paged", "step 4: leaders"),
        ("paged", "step 5: leaders"),
        ("acknowledged", None),
    ]
    assert set(trail[4].paged) == {
        "Dr Lee",
        "Mr Kim",
        "Ms Park",
        str(GROUP_CHAT),
        str(BACKUP_CHAT),
        "999",
    }
    assert trail[-1].actor == "Dr Lee"


async def test_after_hours_alerts_go_to_the_on_call_contact_and_the_student_is_told(
    bot_on_each_database: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    """On SQLite and on PostgreSQL."""
    bot = bot_on_each_database
    on_call, group = standin.group(ON_CALL_CHAT, "On call"), standin.group(GROUP_CHAT)
    await world.school(
        bot.services,
        timezone="America/Los_Angeles",
        counselor_chat_id=GROUP_CHAT,
        counselor_hours="08:00-16:00",
        after_hours_chat_ids=(ON_CALL_CHAT,),
    )
    lee = await _counselor(bot, standin, 50, "Dr Lee")
    sam = await people.student(bot, standin, 3)
    clock.set(datetime(2026, 11, 30, 23, 30, tzinfo=ZoneInfo("America/Los_Angeles")))
    await sam.send("im going to kill myself tonight")
    await sam.expect("glad you told me")
    told = await sam.expect("outside counselor hours at Oak Tech")
    assert "tomorrow at 8:00 AM" in told.text and "988" in told.text and "911" in told.text
    for chat in (lee, group, on_call):
        await chat.expect("alert #1")
    # At night the repeats go to the on-call contact only, not to the counselors' phones.
    clock.advance(seconds=bot.services.settings.escalation_ack_timeout_s)
    await bot.timers.run_due()
    await on_call.expect("reminder 1")
    assert not any("reminder" in m.text for m in lee.received)


async def test_resolved_ends_the_alert(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    lee, _, group, _ = await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    await sam.send("my dad hits me")
    await lee.expect("abuse")
    await lee.press("Resolved")
    await group.expect("Resolved by Dr Lee")
    clock.advance(seconds=bot.services.settings.escalation_ack_timeout_s)
    await bot.timers.run_due()
    assert not any("reminder" in m.text for m in lee.received)


async def test_every_state_and_kind_of_text_is_checked(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    lee, _, _, _ = await _school_with_counselors(bot, standin)
    stranger = standin.user(60)
    await stranger.send("/start i want to die")  # not enrolled, in a command's arguments
    await stranger.expect("glad you told me")
    await lee.expect("alert #1")
    queued = await people.student(bot, standin, 61)
    await people.ask_for_support(queued)
    await queued.send("me quiero morir")  # waiting in line, in Spanish
    await lee.expect("alert #2")
    pictured = await people.student(bot, standin, 62)
    await pictured.send_photo(caption="this is where i cut myself")
    await lee.expect("alert #3")
    editor = await people.student(bot, standin, 63)
    await editor.edit(10_000, "actually i want to kms")
    await lee.expect("alert #4")
    assert [e.source for e in await _escalations(bot)] == ["text", "text", "caption", "edit"]


async def test_someone_not_enrolled_is_heard_by_every_school(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    """With several schools, a stranger's school is unknown: every school's counselors and
    counselor chats hear, and the alert says the school is unknown."""
    lee, _, group, _ = await _school_with_counselors(bot, standin)
    await world.school(bot.services, code="ELM", name="Elm High", counselor_chat_id=-2001)
    code = await world.invite_code(bot.services, "ELM", Role.COUNSELOR)
    ana = standin.user(52, "Ana")
    await ana.send(f"/start {code}")
    await ana.press("I understand")
    await ana.expect("all set as a counselor")
    stranger = standin.user(60)
    await stranger.send("i took a bunch of pills")
    await stranger.expect("glad you told me")
    for chat in (lee, group, ana, standin.group(-2001)):
        alert = await chat.expect("alert #1")
        assert "not enrolled yet" in alert.text
        assert alert.button_labels == ["Acknowledge", "Resolved"]
    [escalation] = await _escalations(bot)
    assert escalation.school_id is None and escalation.severity == "imminent"


async def test_a_mentor_who_just_joined_is_known_as_staff(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    """The fail-safe's directory is read every 30 s; staff who joined since are looked up, so a
    mentor's question is not taken for a student's crisis."""
    lee, _, _, _ = await _school_with_counselors(bot, standin)
    maya = await people.mentor(bot, standin, 2)
    assert not bot.directory.knows(maya.id)
    await maya.send("are you thinking about killing yourself?")
    await maya.expect("not in a conversation right now")
    await maya.send("/status")
    await maya.expect("Your status")
    assert not any("glad you told me" in m.text for m in maya.received)
    assert await _escalations(bot) == []
    assert lee.received == [m for m in lee.received if "alert" not in m.text]


async def test_a_crisis_request_goes_first_in_line(bot: RunningBot, standin: BotApiStandIn) -> None:
    await _school_with_counselors(bot, standin)
    maya = await people.mentor(bot, standin, 2, on_shift=False)
    first, second = await people.student(bot, standin, 3), await people.student(bot, standin, 4)
    await people.ask_for_support(first)
    await people.ask_for_support(second)
    await second.send("i want to end my life")
    await second.expect("glad you told me")
    await second.expect("you can also reach")  # sent once the alert is recorded
    await maya.send("/onshift")
    await maya.press("Accept")
    await second.expect("A mentor is joining")
    async with bot.services.database.session() as session:
        crisis = (
            (await session.execute(select(SupportRequest.crisis).order_by(SupportRequest.id)))
            .scalars()
            .all()
        )
    assert list(crisis) == [False, True]


async def test_review_goes_in_a_quiet_digest_not_a_page(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    lee, _, _, _ = await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    await sam.send("kms lol this quiz")
    await sam.send("/help")
    await sam.expect("What you can do")
    assert not any("glad you told me" in m.text for m in sam.received)
    assert not any("alert #" in m.text for m in lee.received)
    clock.advance(hours=1)
    await bot.timers.run_due()
    digest = await lee.expect("For a look today")
    assert "kms lol this quiz" in digest.text
    assert standin.calls[-1][1].get("disable_notification") is True


async def test_a_mentor_can_flag_and_the_conversation_goes_on(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    lee, _, _, _ = await _school_with_counselors(bot, standin)
    maya = await people.mentor(bot, standin, 2)
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    await maya.press("Accept")
    await maya.send("/flag they mentioned things at home are scary")
    await maya.expect("A counselor has been alerted about Student")
    alert = await lee.expect("flagged by a peer mentor")
    assert "things at home are scary" in alert.text
    await sam.send("still here")
    await maya.expect("still here")
    assert not any("glad you told me" in m.text for m in sam.received)


async def test_counselor_and_student_can_write_to_each_other(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    lee, _, group, _ = await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    await sam.send("im scared to go home")
    alert = await lee.expect("alert #1")
    await lee.send("/reply 1 Hi, I'm Dr Lee from the counseling office. Are you safe?")
    await sam.expect("A counselor from your school:\nHi, I'm Dr Lee")
    await lee.expect("Sent to Student")
    await sam.send("not really")
    answer = await lee.expect("alert #1\\):\nnot really")
    assert answer.protect_content
    await lee.reply(alert.message_id, "I'm coming to find you")
    await sam.expect("I'm coming to find you")
    await lee.send("/reply 99 hello")
    await lee.expect("couldn't find alert #99")
    del group


async def test_counselors_write_to_the_student_from_the_counselor_group(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    """The alert in the group says to use /reply or to reply to it: both work there."""
    lee, _, group, _ = await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    await sam.send("i want to die")
    alert = await group.expect("alert #1")
    in_group = lee.in_group(group)
    await in_group.send("/reply 1 Hi Sam, this is Dr Lee. Where are you right now?")
    await sam.expect("Hi Sam, this is Dr Lee")
    await lee.expect("Sent to Student")
    await in_group.reply(alert.message_id, "I'm on my way to you")
    await sam.expect("I'm on my way to you")
    await in_group.send("/reply ² hello")  # not a number: the usage, not an error
    await lee.expect("/reply")


async def test_a_students_reply_to_a_place_in_line_is_relayed_not_read_as_an_alert(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    """Only the alert messages themselves make a reply a reply to an alert."""
    await _school_with_counselors(bot, standin)
    maya = await people.mentor(bot, standin, 2)
    ann = await people.student(bot, standin, 4, name="Ann")
    await people.ask_for_support(ann)
    await maya.press("Accept")
    await ann.expect("A mentor is joining")
    sam = await people.student(bot, standin, 3)
    await people.ask_for_support(sam)
    place = await sam.expect(r"#1</b> in line|#1 in line")
    await ann.send("/end")
    await maya.press("Accept")
    await sam.expect("A mentor is joining")
    await sam.reply(place.message_id, "hi, thanks for taking me")
    await maya.expect("hi, thanks for taking me")
    assert not any("alert" in m.text for m in sam.received)


async def test_a_forged_acknowledge_from_a_student_changes_nothing(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    lee, _, _, _ = await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    await sam.send("i want to die")
    await lee.expect("alert #1")
    press = await sam.press_data("ak:1", sam.received[-1].message_id)
    assert "out of date" in await sam.callback_answer(press)
    [escalation] = await _escalations(bot)
    assert escalation.acknowledged_at is None


async def test_staff_words_are_not_a_students_crisis(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    lee, _, _, _ = await _school_with_counselors(bot, standin)
    maya = await people.mentor(bot, standin, 2)
    await bot.directory.refresh(bot.services)
    await maya.send("a student told me they want to kill themselves, what do i do")
    await maya.send("/help")
    await maya.expect("Peer mentor tools")
    assert await _escalations(bot) == []
    assert not any("alert #" in m.text for m in lee.received)


async def test_alerts_get_through_telegram_errors(bot: RunningBot, standin: BotApiStandIn) -> None:
    lee, _, _, _ = await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    standin.fail_next("sendMessage", 502, times=2)
    standin.fail_next("sendMessage", 429, retry_after=1)
    await sam.send("i want to die")
    await sam.expect("glad you told me", timeout=15)
    await lee.expect("alert #1", timeout=15)


async def test_with_the_database_down_the_student_and_counselors_still_hear(
    standin: BotApiStandIn,
    settings: Settings,
    clock: FakeClock,
    sqlite_databases: SqliteDatabases,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(sqlite_databases.template, folder / "peerbot.db")
    url = f"sqlite+aiosqlite:///{folder}/peerbot.db"
    async with running_bot(standin, settings, url, clock) as bot:
        lee, _, group, _ = await _school_with_counselors(bot, standin)
        sam = await people.student(bot, standin, 3)
        await bot.directory.refresh(bot.services)  # what the bot knows from before the outage
        await bot.services.database.engine.dispose()
        folder.rename(tmp_path / "away")
        await sam.send("i want to kill myself tonight")
        await sam.expect("glad you told me")
        await sam.expect("Ms. Rivera")
        for chat in (lee, group):
            offline = await chat.expect("records are unreachable")
            assert "i want to kill myself tonight" in offline.text and "IMMINENT" in offline.text
        assert len(bot.directory.pending) == 1
        (tmp_path / "away").rename(folder)
        await record_held_alerts(bot.application.bot, bot.services, bot.directory)
        assert bot.directory.pending == []
        full = await lee.expect("alert #1")
        assert full.button_labels == ["Acknowledge", "Resolved", "Who is this?"]
        [escalation] = await _escalations(bot)
        assert escalation.severity == "imminent"


async def test_the_running_bot_keeps_its_fail_safe_up_to_date_and_pages_held_alerts(
    standin: BotApiStandIn,
    settings: Settings,
    clock: FakeClock,
    sqlite_databases: SqliteDatabases,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What `peerbot run` schedules, with no test calling the upkeep by hand: a counselor who
    joins after start is in the fail-safe's directory within seconds, and an alert held
    through an outage is recorded and paged with its buttons once the database is back."""
    monkeypatch.setattr(app, "DIRECTORY_REFRESH_S", 0.2)
    monkeypatch.setattr(app, "HELD_ALERTS_S", 0.2)
    refreshed = asyncio.Event()
    refresh = app._refresh_directory_safely

    async def refresh_and_tell(*args: Any) -> None:
        await refresh(*args)
        refreshed.set()

    monkeypatch.setattr(app, "_refresh_directory_safely", refresh_and_tell)
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(sqlite_databases.template, folder / "peerbot.db")
    url = f"sqlite+aiosqlite:///{folder}/peerbot.db"
    async with running_bot(standin, settings, url, clock, scheduled=True) as bot:
        school = await world.school(bot.services, crisis_resources="Ms. Rivera, room 104")
        lee = await _counselor(bot, standin, 50, "Dr Lee")  # joins after the bot started
        sam = await people.student(bot, standin, 3)
        async with asyncio.timeout(10):
            while not _knows_counselor(bot, school.id, lee.id):
                refreshed.clear()
                await refreshed.wait()  # the next scheduled refresh
        await bot.services.database.engine.dispose()
        folder.rename(tmp_path / "away")
        await sam.send("i took a bunch of pills")
        await sam.expect("glad you told me")
        offline = await lee.expect("records are unreachable")
        assert "i took a bunch of pills" in offline.text
        (tmp_path / "away").rename(folder)
        full = await lee.expect("alert #1", timeout=15)
        assert full.button_labels == ["Acknowledge", "Resolved", "Who is this?"]
        assert bot.directory.pending == []  # recorded before it was paged
        assert len(await _escalations(bot)) == 1
    assert bot.errors == []


def _knows_counselor(bot: RunningBot, school_id: int, chat_id: int) -> bool:
    contacts = bot.directory.schools.get(school_id)
    return contacts is not None and any(c.chat_id == chat_id for c in contacts.counselors)


async def test_the_students_crisis_lines_get_through_telegram_failures(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    """Four 500s in a row used to mean the student never got the crisis lines."""
    lee, _, _, _ = await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    standin.fail_next("sendMessage", 500, times=4)
    await sam.send("i want to die")
    await lee.expect("alert #1", timeout=15)
    lines = await sam.expect("glad you told me", timeout=20)
    assert "988" in lines.text
    assert len([m for m in sam.received if "glad you told me" in m.text]) == 1


async def test_a_long_message_reaches_the_counselors_whole(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    """The alert shows the start; the rest follows in as many messages as it takes."""
    lee, _, _, _ = await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    filler = "today was long and i dont know who else to tell. " * 110
    words = f"{filler}i want to die and this is the end of my message"
    assert len(words) > 5000
    await sam.send(words)
    alert = await lee.expect("alert #1")
    assert "…" in alert.text and alert.button_labels[:2] == ["Acknowledge", "Resolved"]
    rest = ""
    while "end of my message" not in rest:
        rest += (await lee.expect("the rest of what they wrote")).text
    assert "i want to die and this is the end of my message" in rest


async def test_one_counselor_unreachable_does_not_stop_the_others(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    lee, kim, group, _ = await _school_with_counselors(bot, standin)
    lee.block()
    sam = await people.student(bot, standin, 3)
    standin.fail_next("sendMessage", 502, times=4)  # the first sends fail, whoever they are for
    await sam.send("i want to die")
    await kim.expect("alert #1")
    await group.expect("alert #1")


async def test_a_crisis_message_outside_a_conversation_gets_no_cheery_fallback(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    await sam.send("i want to die")
    await sam.expect("glad you told me")
    await sam.expect("you can also reach")
    await sam.send("/help")
    await sam.expect("What you can do here")
    assert not any("only passes messages on" in m.text for m in sam.received)
    await sam.send("hello?")
    await sam.expect("only passes messages on")  # an ordinary message still gets it


async def test_alerts_lists_a_schools_open_alerts_oldest_first_for_staff_only(
    bot_on_each_database: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    """On SQLite and on PostgreSQL."""
    bot = bot_on_each_database
    lee, kim, _, _ = await _school_with_counselors(bot, standin)
    coordinator = await _counselor(bot, standin, 52, "Ms Park", Role.COORDINATOR)
    sam = await people.student(bot, standin, 3)
    ana = await people.student(bot, standin, 4)
    await lee.send("/alerts")
    await lee.expect("No open alerts at Oak Tech")
    await sam.send("i want to kill myself")
    await lee.expect("alert #1")
    clock.advance(minutes=7)
    await ana.send("my stepdad hits me every night")
    await kim.expect("alert #2")
    await kim.press("Acknowledge")
    await kim.expect("You're taking this")
    await coordinator.send("/alerts")
    listed = await coordinator.expect("Open alerts at Oak Tech: 2")
    first, second = listed.text.index("#1 "), listed.text.index("#2 ")
    assert first < second  # oldest first
    assert "7 min ago · not acknowledged" in listed.text
    assert "taken by Mr Kim" in listed.text
    assert "kill myself" not in listed.text and "stepdad" not in listed.text
    await sam.send("/alerts")
    await sam.expect("for counselors and coordinators")
    for alert in (1, 2):
        await lee.press_data(f"rs:{alert}", lee.received[0].message_id)
        await lee.expect("Resolved")
    await lee.send("/alerts")
    await lee.expect("No open alerts")


async def test_delete_me_erases_a_students_crisis_words_at_once_and_keeps_the_audit(
    bot_on_each_database: RunningBot, standin: BotApiStandIn
) -> None:
    """On SQLite and on PostgreSQL."""
    bot = bot_on_each_database
    lee, _, _, _ = await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    await sam.send("i want to kill myself")
    await lee.expect("alert #1")
    await lee.press("Acknowledge")
    await lee.send("/reply 1 I'm here, can we talk?")
    await sam.expect("I'm here, can we talk")
    await sam.send("/delete_me")
    await sam.press("Yes, delete")
    await sam.expect("deleted")
    [escalation] = await _escalations(bot)
    assert escalation.text is None and escalation.text_purged_at is not None
    trail = await audit.entries(bot.services, "OAKTECH", None)
    assert [line.action for line in trail] == ["paged", "acknowledged", "replied"]
    assert all(line.actor in (None, "Dr Lee") for line in trail)


async def test_peerbot_audit_prints_who_did_what_and_never_the_words(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    lee, _, _, _ = await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    await sam.send("i want to kill myself")
    await lee.expect("alert #1")
    await lee.press("Acknowledge")
    await lee.expect("You're taking this")
    url = bot.services.settings.database_url
    printed = await asyncio.to_thread(
        _peerbot, url, "audit", "--school", "oaktech", "--since", "2026-09-01"
    )
    assert printed.returncode == 0, printed.stderr
    lines = printed.stdout.splitlines()
    assert "alert #1 paged (step 0: counselors): Dr Lee, Mr Kim, -1001" in lines[0]
    assert lines[1].endswith("alert #1 acknowledged by Dr Lee")
    assert "kill" not in printed.stdout
    unknown = await asyncio.to_thread(_peerbot, url, "audit", "--school", "NOPE")
    assert unknown.returncode != 0 and "no school with code NOPE" in unknown.stderr


async def test_who_is_this_shows_a_counselor_the_student_after_confirming(
    bot_on_each_database: RunningBot, standin: BotApiStandIn
) -> None:
    """On SQLite and on PostgreSQL."""
    bot = bot_on_each_database
    lee, kim, group, _ = await _school_with_counselors(bot, standin)
    maya = await people.mentor(bot, standin, 2)
    sam = standin.user(3, "Sam", last_name="Rivera", username="samr_08")
    await sam.send("/start OAKTECH")
    await sam.press("I understand")
    consent = next(m.text for m in sam.received if "Before we start" in m.text)
    assert "counselor can also see who you are" in consent and "Mentors never can" in consent
    await people.ask_for_support(sam)
    await maya.press("Accept")
    await sam.send("my uncle touches me when nobody is home")
    alert = await group.expect("alert #1")
    assert alert.button_labels == ["Acknowledge", "Resolved", "Who is this?"]
    # Mentors never can, even with a forged press.
    forged = await maya.press_data("wh:1_yes", maya.received[-1].message_id)
    assert "out of date" in await maya.callback_answer(forged)
    asked = await group.press("Who is this?", by=kim)
    assert "private chat" in await group.callback_answer(asked)
    confirm = await kim.expect("See who the student behind alert #1 is")
    assert "audit trail" in confirm.text and "Student" not in confirm.text.split("?")[1]
    await kim.press("Yes, show me")
    shown = await kim.expect("Alert #1: Student .* is")
    assert "Sam Rivera" in shown.text and "@samr_08" in shown.text and shown.protect_content
    assert 'href="tg://user?id=3"' in shown.html
    assert not any("Sam Rivera" in m.text for m in group.received + lee.received)
    trail = await audit.entries(bot.services, "OAKTECH", None)
    assert [(line.action, line.actor) for line in trail][-1] == ("revealed", "Mr Kim")
    # Acknowledged and edited, the alert keeps the button; resolved, it is gone.
    await group.press("Acknowledge", by=lee)
    edited = await group.expect("You're taking this|Acknowledged by Dr Lee")
    assert edited.button_labels == ["Resolved", "Who is this?"]
    await group.press("Resolved", by=lee)
    resolved = await group.expect("Resolved by Dr Lee")
    assert resolved.button_labels == []
    late = await kim.press_data("wh:1_yes", kim.received[-1].message_id)
    assert "out of date" in await kim.callback_answer(late)


@pytest.fixture
def postgres_only_url(postgres_databases: PostgresDatabases) -> Iterator[str]:
    url = postgres_databases.new()
    yield url
    postgres_databases.drop(url)


@pytest.mark.postgres
async def test_postgres_cut_off_then_a_restart_loses_no_alert_and_pages_it_once(
    standin: BotApiStandIn,
    settings: Settings,
    clock: FakeClock,
    postgres_only_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 10, item 1, as it was reproduced: PostgreSQL behind a connection that is cut (the
    server keeps running), a counselor who joined after start, an alert held through the cut,
    and the bot restarted before the database is back."""
    monkeypatch.setattr(app, "DIRECTORY_REFRESH_S", 0.2)
    monkeypatch.setattr(app, "HELD_ALERTS_S", 0.2)
    upkeep_runs = 0
    ticked = asyncio.Condition()
    record, refresh = app.record_held_alerts, app._refresh_directory_safely

    async def record_and_count(*args: Any) -> None:
        nonlocal upkeep_runs
        await record(*args)
        upkeep_runs += 1
        async with ticked:
            ticked.notify_all()

    async def refresh_and_tell(*args: Any) -> None:
        await refresh(*args)
        async with ticked:
            ticked.notify_all()

    monkeypatch.setattr(app, "record_held_alerts", record_and_count)
    monkeypatch.setattr(app, "_refresh_directory_safely", refresh_and_tell)
    direct_url = postgres_only_url
    held_file = tmp_path / "held.jsonl"
    settings = settings.model_copy(update={"held_alerts_file": held_file})
    async with TcpProxy("127.0.0.1", make_url(direct_url).port or 5432) as proxy:
        url = make_url(direct_url).set(host="127.0.0.1", port=proxy.port)
        proxied = url.render_as_string(hide_password=False)
        async with running_bot(standin, settings, proxied, clock, scheduled=True) as bot:
            school = await world.school(bot.services, crisis_resources="Ms. Rivera, room 104")
            lee = await _counselor(bot, standin, 50, "Dr Lee")  # joins after the bot started
            sam = await people.student(bot, standin, 3)
            async with asyncio.timeout(10), ticked:
                await ticked.wait_for(lambda: _knows_counselor(bot, school.id, lee.id))
            proxy.cut()
            await sam.send("i took a bunch of pills")
            await sam.expect("glad you told me")
            offline = await lee.expect("records are unreachable", timeout=10)
            assert "i took a bunch of pills" in offline.text
            assert len(bot.directory.pending) == 1
        assert held_file.exists() and len(held_file.read_text().splitlines()) == 1
        assert held_file.stat().st_mode & 0o077 == 0  # students' words: this user only
        proxy.restore()
        async with running_bot(standin, settings, proxied, clock, scheduled=True) as bot:
            full = await lee.expect("alert #1", timeout=15)
            assert full.button_labels == ["Acknowledge", "Resolved", "Who is this?"]
            assert "i took a bunch of pills" in full.text
            runs = upkeep_runs
            async with asyncio.timeout(10), ticked:  # a few more upkeep runs: no second page
                await ticked.wait_for(lambda: upkeep_runs >= runs + 3)
            assert len([m for m in lee.received if "alert #" in m.text]) == 1
            assert len(await _escalations(bot)) == 1
            assert not held_file.exists()


async def test_an_update_the_library_cannot_read_is_skipped_and_the_next_crisis_alerts(
    bot: RunningBot, standin: BotApiStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    """python-telegram-bot used to fail the whole batch on it, log every message's text, and
    fetch the same batch again forever: no later message was ever read."""
    lee, _, _, _ = await _school_with_counselors(bot, standin)
    sam = await people.student(bot, standin, 3)
    # A date the library cannot read: Telegram never sends this, but a newer Bot API may send
    # something this library does not know.
    unreadable = await standin.push_update(
        {
            "message": {
                "message_id": 99,
                "date": "yesterday",
                "chat": {"id": sam.id, "type": "private"},
                "text": "private words nobody may log",
            }
        }
    )
    await sam.send("i want to kill myself")
    await lee.expect("alert #1")
    assert f"skipped update {unreadable}" in caplog.text
    assert "private words nobody may log" not in caplog.text
