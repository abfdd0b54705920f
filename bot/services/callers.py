"""Who is writing: shared by every use case that answers in the caller's language and role."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.context import ServiceContext
from bot.services.views import Caller
from bot.storage import repositories as repo
from bot.storage.models import Membership, Person, School
from bot.texts import language_for


async def current_membership(
    session: AsyncSession, person: Person
) -> tuple[School | None, Membership | None]:
    """The school the person last joined or picked, and their membership there."""
    if person.current_school_id is None:
        return None, None
    school = await session.get(School, person.current_school_id)
    membership = await repo.membership(session, person.id, person.current_school_id)
    return school, membership


async def load_caller(
    session: AsyncSession, services: ServiceContext, telegram_id: int, language_code: str | None
) -> Caller:
    """The caller as the services see them; a stranger is described but not stored."""
    found = await repo.person_at_current_school(session, telegram_id)
    is_admin = services.is_admin(telegram_id)
    if found is None:
        return Caller(telegram_id, language_for(language_code), is_admin)
    person, school, membership = found
    return Caller.of(telegram_id, is_admin, person, school, membership, language_for(language_code))


@dataclass
class Member:
    """The caller's rows, for use inside one service transaction."""

    person: Person
    membership: Membership
    school: School
    language: str

    @property
    def telegram_id(self) -> int | None:
        return self.person.telegram_id


async def load_member(
    session: AsyncSession, telegram_id: int, language_code: str | None
) -> Member | None:
    """The caller's person, current membership and school; None if they have not joined one."""
    found = await repo.person_at_current_school(session, telegram_id)
    if found is None:
        return None
    person, school, membership = found
    if school is None or membership is None:
        return None
    language = person.language if person.language_chosen else language_for(language_code)
    return Member(person, membership, school, language)
