"""Evaluation and privacy end to end (PRODUCT.md §7, §8)."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from sqlalchemy import select

from bot import report
from bot.report_html import as_html
from bot.services import privacy
from bot.standin import BotApiStandIn
from bot.storage.models import Escalation, Event, Membership, Person, Role
from tests.support import people, world
from tests.support.bot_fixtures import RunningBot
from tests.support.clock import FakeClock

SECRET_WORDS = "my cat is called Biscuit and I live on Elm Street"


async def test_the_event_log_holds_no_text_names_usernames_or_ids(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await world.school(bot.services)
    code = await world.invite_code(bot.services, "OAKTECH", Role.COUNSELOR)
    counselor = standin.user(50, "Rosalind", username="dr_rosalind")
    await counselor.send(f"/start {code}")
    await counselor.press("I understand")
    maya = standin.user(2, "Maya", username="maya_mentor")
    await maya.send(f"/start {await world.invite_code(bot.services, 'OAKTECH', Role.MENTOR)}")
    await maya.press("I understand")
    await maya.press("^Yes$")  # the training survey
    await maya.expect("helps the program")
    await maya.send("/onshift")
    sam = standin.user(3, "Samantha", username="sammy_k", last_name="Quill")
    await sam.send("/start OAKTECH")
    await sam.press("I understand")
    await people.ask_for_support(sam)
    await maya.press("Accept")
    await sam.expect("A mentor is joining")
    await sam.send(SECRET_WORDS)
    await maya.expect("Biscuit")
    await sam.send("honestly i want to die")
    await counselor.expect("alert #1")
    await counselor.press("Acknowledge")
    await people.end_feeling_better(sam)
    clock.advance(hours=24)
    await bot.timers.run_due()
    await sam.press("^3")
    await sam.expect("Thanks for letting us know")

    async with bot.services.database.session() as session:
        events = (await session.execute(select(Event))).scalars().all()
    dump = json.dumps([[e.type, e.role, e.pseudonym, e.attributes] for e in events]).lower()
    kinds = {e.type for e in events}
    assert {
        "member_joined",
        "request_created",
        "conversation_started",
        "conversation_ended",
        "feedback_felt_better",
        "feedback_comfortable",
        "training_survey",
        "escalation_raised",
        "escalation_acknowledged",
        "checkin_sent",
        "checkin_answered",
    } <= kinds
    for forbidden in (
        "biscuit",
        "elm street",
        "want to die",
        "samantha",
        "quill",
        "sammy_k",
        "maya",
        "maya_mentor",
        "rosalind",
        "dr_rosalind",
    ):
        assert forbidden not in dump, forbidden
    for telegram_id in ("50", "2", "3"):
        assert all(str(e.pseudonym) != telegram_id for e in events)
        assert f'"{telegram_id}"' not in dump
    assert all(e.pseudonym and len(e.pseudonym) == 64 for e in events)


async def test_delete_me_erases_identity_and_keeps_events(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await world.school(bot.services)
    maya = await people.mentor(bot, standin, 2)
    sam = await people.student(bot, standin, 3, "Samantha")
    await people.ask_for_support(sam)
    await maya.press("Accept")
    await sam.expect("A mentor is joining")
    await sam.send("/delete_me")
    await sam.expect("Are you sure")
    await sam.press("No, keep it")
    await sam.expect("nothing was deleted")
    await sam.send("/delete_me")
    await sam.press("Yes, delete my data")
    await sam.expect("your data is deleted")
    await maya.expect("other person has left")
    async with bot.services.database.session() as session:
        person = (await session.execute(select(Person).where(Person.id == 2))).scalar_one()
        membership = (
            await session.execute(select(Membership).where(Membership.person_id == person.id))
        ).scalar_one()
        events = (await session.execute(select(Event))).scalars().all()
    assert person.telegram_id is None and person.display_name is None
    assert membership.alias is None
    assert any(e.type == "data_deleted" for e in events)
    assert any(e.type == "conversation_started" for e in events)  # the history stays
    # Coming back is a fresh start, as a new person.
    await sam.send("/start OAKTECH")
    await sam.expect("Before we start")


async def test_old_alert_text_is_purged_by_the_retention_timer(
    bot: RunningBot, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await world.school(bot.services, crisis_resources="Room 4")
    sam = await people.student(bot, standin, 3)
    await sam.send("i want to die")
    await sam.expect("you can also reach")  # sent once the alert is recorded
    await privacy.ensure_retention_sweep(bot.services)
    await bot.timers.run_due()
    async with bot.services.database.session() as session:
        assert (await session.execute(select(Escalation.text))).scalar_one() == "i want to die"
    clock.advance(days=bot.services.settings.escalation_retention_days + 1)
    await bot.timers.run_due()
    async with bot.services.database.session() as session:
        escalation = (await session.execute(select(Escalation))).scalar_one()
    assert escalation.text is None and escalation.text_purged_at is not None
    assert escalation.severity == "urgent"  # the facts stay


async def test_coordinators_can_ask_mentors_again(bot: RunningBot, standin: BotApiStandIn) -> None:
    await world.school(bot.services)
    maya = await people.mentor(bot, standin, 2, on_shift=False)
    coordinator = standin.user(9, "Cora")
    await coordinator.send(
        f"/start {await world.invite_code(bot.services, 'OAKTECH', Role.COORDINATOR)}"
    )
    await coordinator.press("I understand")
    await coordinator.send("/survey_mentors")
    await coordinator.expect("Asked 1 mentor")
    await maya.expect("training and resources useful")
    await maya.press("Somewhat")
    await maya.expect("helps the program")
    student = await people.student(bot, standin, 3)
    await student.send("/survey_mentors")
    await student.expect("only for program coordinator")


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and value and not value.startswith(("#", "data:")):
                self.external.append(value)


async def test_the_html_report_is_one_self_contained_file(
    bot: RunningBot, standin: BotApiStandIn
) -> None:
    await world.school(bot.services)
    maya = await people.mentor(bot, standin, 2)
    for n in range(12):
        student = await people.student(bot, standin, 100 + n)
        await people.ask_for_support(student, mood=f"^{1 + n % 5}")
        await maya.press("Accept")
        await student.expect("A mentor is joining")
        await student.send("/end")
        await student.press("Better" if n % 3 else "Worse")
        await student.press("^Yes$")
        await student.expect("That helps us")
    built = await report.build(bot.services.database, report.Period())
    assert built.as_json()["students_accessed_support"] == 12
    assert built.as_json()["felt_better_pct"] == 67
    page = as_html(built)
    parser = _Parser()
    parser.feed(page)
    assert parser.external == []
    assert parser.tags.count("svg") >= 3  # access, waits, moods, survey answers
    assert "&lt;11" in page  # e.g. mentors trained: only one
