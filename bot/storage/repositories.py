"""Queries the services share. Functions take the caller's session; they never commit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Executable, bindparam, case, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.storage.models import (
    CodeAttempt,
    Conversation,
    Invite,
    Membership,
    Offer,
    Person,
    School,
    SupportRequest,
)


async def person_by_telegram_id(session: AsyncSession, telegram_id: int) -> Person | None:
    result = await session.execute(select(Person).where(Person.telegram_id == telegram_id))
    return result.scalar_one_or_none()


async def person_at_current_school(
    session: AsyncSession, telegram_id: int
) -> tuple[Person, School | None, Membership | None] | None:
    """A person with the school they last joined or picked and their membership there, in
    one statement (it runs for every message)."""
    result = await session.execute(
        select(Person, School, Membership)
        .outerjoin(School, School.id == Person.current_school_id)
        .outerjoin(
            Membership,
            (Membership.person_id == Person.id)
            & (Membership.school_id == Person.current_school_id),
        )
        .where(Person.telegram_id == telegram_id)
    )
    row = result.one_or_none()
    return None if row is None else (row[0], row[1], row[2])


async def school_by_code(session: AsyncSession, code: str) -> School | None:
    result = await session.execute(select(School).where(School.code == code.upper()))
    return result.scalar_one_or_none()


async def all_schools(session: AsyncSession) -> list[School]:
    result = await session.execute(select(School).order_by(School.name, School.id))
    return list(result.scalars())


async def membership(session: AsyncSession, person_id: int, school_id: int) -> Membership | None:
    result = await session.execute(
        select(Membership).where(
            Membership.person_id == person_id, Membership.school_id == school_id
        )
    )
    return result.scalar_one_or_none()


async def alias_taken(session: AsyncSession, school_id: int, alias: str) -> bool:
    result = await session.execute(
        select(Membership.id).where(Membership.school_id == school_id, Membership.alias == alias)
    )
    return result.first() is not None


async def invite_by_hash(session: AsyncSession, code_hash: str) -> Invite | None:
    result = await session.execute(select(Invite).where(Invite.code_hash == code_hash))
    return result.scalar_one_or_none()


async def claim_invite(
    session: AsyncSession, invite_id: int, person_id: int, now: datetime
) -> bool:
    """Mark an invite used by `person_id`; False if someone else used it first."""
    result = await session.execute(
        update(Invite)
        .where(Invite.id == invite_id, Invite.used_at.is_(None))
        .values(used_at=now, used_by_person_id=person_id)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def forget_code_attempts(session: AsyncSession, before: datetime) -> None:
    """Everyone's wrong codes from `before` or earlier: they no longer count, and they are
    personal data (raw Telegram ids)."""
    await session.execute(delete(CodeAttempt).where(CodeAttempt.at <= before))


async def code_failures_since(session: AsyncSession, since: datetime) -> int:
    """Wrong codes sent by anyone after `since`."""
    result = await session.execute(select(func.count(CodeAttempt.id)).where(CodeAttempt.at > since))
    return int(result.scalar_one())


async def recent_code_failures(
    session: AsyncSession, telegram_id: int, since: datetime
) -> tuple[int, datetime | None]:
    """How many wrong codes `telegram_id` sent after `since`, and when the oldest of them was.

    Everyone's older attempts are deleted first.
    """
    await forget_code_attempts(session, since)
    result = await session.execute(
        select(func.count(CodeAttempt.id), func.min(CodeAttempt.at)).where(
            CodeAttempt.telegram_id == telegram_id, CodeAttempt.at > since
        )
    )
    count, oldest = result.one()
    return int(count), oldest


async def person_of(session: AsyncSession, membership_id: int) -> tuple[Membership, Person]:
    result = await session.execute(
        select(Membership, Person)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.id == membership_id)
    )
    membership, person = result.one()
    return membership, person


async def take_mentor_slot(session: AsyncSession, membership_id: int) -> bool:
    """Reserve one of a mentor's slots if they are on shift and under capacity.

    One conditional UPDATE, so concurrent bot processes can never overfill a mentor.
    """
    result = await session.execute(
        update(Membership)
        .where(
            Membership.id == membership_id,
            Membership.on_shift.is_(True),
            Membership.load < Membership.capacity,
        )
        .values(load=Membership.load + 1)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def free_mentor_slot(session: AsyncSession, membership_id: int, now: datetime) -> None:
    """Give a slot back; a mentor with nothing left to do joins the end of the idle line."""
    await session.execute(
        update(Membership)
        .where(Membership.id == membership_id, Membership.load > 0)
        .values(load=Membership.load - 1)
    )
    await session.execute(
        update(Membership)
        .where(Membership.id == membership_id, Membership.load == 0)
        .values(available_since=now)
    )


async def move_request(
    session: AsyncSession, request_id: int, from_state: str, to_state: str, **values: object
) -> bool:
    """Change a request's state only if it is still in `from_state`."""
    result = await session.execute(
        update(SupportRequest)
        .where(SupportRequest.id == request_id, SupportRequest.state == from_state)
        .values(state=to_state, **values)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def settle_offer(
    session: AsyncSession,
    offer_id: int,
    to_state: str,
    now: datetime,
    mentor_membership_id: int | None = None,
) -> Offer | None:
    """Move a pending offer to `to_state` (optionally only the given mentor's); None if it was
    no longer pending."""
    conditions = [Offer.id == offer_id, Offer.state == "pending"]
    if mentor_membership_id is not None:
        conditions.append(Offer.mentor_membership_id == mentor_membership_id)
    result = await session.execute(
        update(Offer).where(*conditions).values(state=to_state, answered_at=now)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return None
    return await session.get(Offer, offer_id)


@dataclass(frozen=True)
class RelayRoute:
    """One open conversation of the person writing, as a relayed message needs it."""

    conversation_id: int
    as_mentor: bool
    language: str  # the writer's language, if they chose it (language_chosen)
    language_chosen: bool
    alias: str | None  # the writer's alias
    to_telegram_id: int | None
    to_language: str
    to_alias: str | None


def _relay_routes() -> Executable:
    """The open conversations of the person with the `telegram_id` parameter at their current
    school, oldest first, each with the other side: one statement, run on every relayed
    message, so it is built (and compiled) once."""
    writer, other = aliased(Membership), aliased(Membership)
    writer_person, other_person = aliased(Person), aliased(Person)
    as_mentor = Conversation.mentor_membership_id == writer.id
    return (
        select(
            Conversation.id,
            as_mentor,
            writer_person.language,
            writer_person.language_chosen,
            writer.alias,
            other_person.telegram_id,
            other_person.language,
            other.alias,
        )
        .select_from(writer_person)
        .join(
            writer,
            (writer.person_id == writer_person.id)
            & (writer.school_id == writer_person.current_school_id),
        )
        .join(
            Conversation,
            (Conversation.student_membership_id == writer.id) | as_mentor,
        )
        .join(
            other,
            other.id
            == case(
                (as_mentor, Conversation.student_membership_id),
                else_=Conversation.mentor_membership_id,
            ),
        )
        .join(other_person, other_person.id == other.person_id)
        .where(
            writer_person.telegram_id == bindparam("telegram_id"),
            Conversation.ended_at.is_(None),
        )
        .order_by(Conversation.started_at)
    )


RELAY_ROUTES = _relay_routes()


async def active_conversations(
    session: AsyncSession, membership_id: int, as_mentor: bool
) -> list[Conversation]:
    column = Conversation.mentor_membership_id if as_mentor else Conversation.student_membership_id
    result = await session.execute(
        select(Conversation)
        .where(column == membership_id, Conversation.ended_at.is_(None))
        .order_by(Conversation.started_at)
    )
    return list(result.scalars())


async def open_request(session: AsyncSession, membership_id: int) -> SupportRequest | None:
    """The student's request that is being filled in, waiting, or offered."""
    result = await session.execute(
        select(SupportRequest)
        .where(
            SupportRequest.student_membership_id == membership_id,
            SupportRequest.state.in_(("draft", "queued", "offered")),
        )
        .order_by(SupportRequest.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()
