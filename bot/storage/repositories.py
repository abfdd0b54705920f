"""Queries the services share. Functions take the caller's session; they never commit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import CodeAttempt, Invite, Membership, Person, School


async def person_by_telegram_id(session: AsyncSession, telegram_id: int) -> Person | None:
    result = await session.execute(select(Person).where(Person.telegram_id == telegram_id))
    return result.scalar_one_or_none()


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


async def recent_code_failures(
    session: AsyncSession, telegram_id: int, since: datetime
) -> tuple[int, datetime | None]:
    """How many wrong codes `telegram_id` sent after `since`, and when the oldest of them was.

    Older attempts are deleted: they no longer count, and they are personal data.
    """
    await session.execute(
        delete(CodeAttempt).where(CodeAttempt.telegram_id == telegram_id, CodeAttempt.at <= since)
    )
    result = await session.execute(
        select(func.count(CodeAttempt.id), func.min(CodeAttempt.at)).where(
            CodeAttempt.telegram_id == telegram_id, CodeAttempt.at > since
        )
    )
    count, oldest = result.one()
    return int(count), oldest
