"""The audit trail of the crisis path (PRODUCT.md §5): who acknowledged, resolved, replied to,
revealed the identity behind, or was paged about an alert, and when; never what was written.

Separate from the anonymized event log (which is for evaluation and never names anyone): this
is for the school's accountability, names staff, and is kept for AUDIT_RETENTION_DAYS.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.context import ServiceContext
from bot.storage import repositories as repo
from bot.storage.models import AuditEntry, Escalation, Membership, Person


class Action(StrEnum):
    PAGED = "paged"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    REPLIED = "replied"
    REVEALED = "revealed"


class AuditError(Exception):
    """The audit cannot be printed as asked; the message says why."""


def write(
    session: AsyncSession,
    at: datetime,
    action: Action,
    escalation: Escalation,
    actor: Membership | None = None,
    actor_name: str | None = None,
    chats: Iterable[int] = (),
    detail: str | None = None,
) -> None:
    """Append one entry in the caller's transaction."""
    session.add(
        AuditEntry(
            at=at,
            school_id=escalation.school_id,
            escalation_id=escalation.id,
            action=action.value,
            actor_membership_id=actor.id if actor else None,
            actor=actor_name,
            chats=list(chats),
            detail=detail,
        )
    )


@dataclass(frozen=True)
class Line:
    at: datetime
    alert_id: int | None
    action: str
    actor: str | None
    detail: str | None
    paged: tuple[str, ...]  # the paged chats, by a staff member's name where one is known


async def entries(
    services: ServiceContext, school_code: str | None, since: datetime | None
) -> list[Line]:
    """The trail, oldest first, for one school (or every school when `school_code` is None)."""
    async with services.database.session() as session, session.begin():
        query = select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)
        if school_code is not None:
            school = await repo.school_by_code(session, school_code.strip().upper())
            if school is None:
                raise AuditError(f"there is no school with code {school_code.strip().upper()}")
            query = query.where(AuditEntry.school_id == school.id)
        if since is not None:
            query = query.where(AuditEntry.at >= since)
        rows = (await session.execute(query)).scalars().all()
        names = await _staff_names(session, {chat for row in rows for chat in row.chats})
        return [
            Line(
                row.at,
                row.escalation_id,
                row.action,
                row.actor,
                row.detail,
                tuple(names.get(chat, str(chat)) for chat in row.chats),
            )
            for row in rows
        ]


async def _staff_names(session: AsyncSession, chats: set[int]) -> dict[int, str]:
    if not chats:
        return {}
    result = await session.execute(
        select(Person.telegram_id, Person.display_name).where(
            Person.telegram_id.in_(chats), Person.display_name.is_not(None)
        )
    )
    return {chat: name for chat, name in result.all() if chat is not None and name}


async def purge_old(session: AsyncSession, services: ServiceContext) -> int:
    """Drop entries older than AUDIT_RETENTION_DAYS; returns how many."""
    cutoff = services.clock.now() - timedelta(days=services.settings.audit_retention_days)
    result = await session.execute(delete(AuditEntry).where(AuditEntry.at < cutoff))
    return int(result.rowcount)  # type: ignore[attr-defined]
