"""The mentors' training survey (PRODUCT.md §4, §7): "Were the training and resources useful?"."""

from __future__ import annotations

from sqlalchemy import select

from bot.callbacks import Action
from bot.services.callers import load_member
from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer
from bot.services.events import EventType, record
from bot.services.notices import Button, Notice, notice
from bot.storage.models import Membership, Person, Role

ANSWERS = ("yes", "somewhat", "no")


def question(telegram_id: int | None, language: str, membership_id: int) -> list[Notice]:
    buttons = (
        tuple(
            Button(f"button.{answer}", Action.SURVEY, (membership_id, answer)) for answer in ANSWERS
        ),
    )
    return notice(telegram_id, language, "training_survey", buttons=buttons)


async def answer(
    services: ServiceContext, who: Newcomer, membership_id: int, choice: str
) -> list[Notice] | None:
    """A mentor's answer; None for a press that is not theirs. Answering again (after a
    coordinator re-asks) adds a newer answer: the report counts each mentor's latest."""
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        if member is None or member.membership.id != membership_id:
            return None
        if member.membership.role != Role.MENTOR:
            return None
        record(
            session,
            services,
            EventType.TRAINING_SURVEY,
            school_id=member.school.id,
            role=Role.MENTOR,
            telegram_id=who.telegram_id,
            answer=choice,
        )
        return notice(who.telegram_id, member.language, "training_survey_thanks")


async def ask_all_mentors(services: ServiceContext, who: Newcomer) -> list[Notice]:
    """A coordinator's /survey_mentors: every mentor of the school is asked again."""
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        if member is None or member.membership.role != Role.COORDINATOR:
            language = member.language if member else "en"
            return notice(
                who.telegram_id,
                language,
                "not_allowed",
                roles="program coordinator" if language == "en" else "coordinador/a del programa",
            )
        mentors = await session.execute(
            select(Membership.id, Person.telegram_id, Person.language)
            .join(Person, Person.id == Membership.person_id)
            .where(
                Membership.school_id == member.school.id,
                Membership.role == Role.MENTOR,
                Person.telegram_id.is_not(None),
            )
        )
        notices: list[Notice] = []
        count = 0
        for membership_id, telegram_id, language in mentors.all():
            notices += question(telegram_id, language, membership_id)
            count += 1
        return notice(who.telegram_id, member.language, "survey_sent", count=count) + notices
