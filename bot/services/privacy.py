"""Privacy (PRODUCT.md §8): /delete_me, and purging crisis-alert text after the retention time."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import Action
from bot.services import audit, matching
from bot.services.callers import load_member
from bot.services.context import ServiceContext
from bot.services.enrollment import CODE_FAILURE_WINDOW, Newcomer
from bot.services.events import EventType, record
from bot.services.notices import Button, Notice, notice
from bot.storage import repositories as repo
from bot.storage.models import (
    Checkin,
    CodeAttempt,
    Escalation,
    Membership,
    SupportRequest,
    Timer,
)
from bot.texts import language_for
from bot.timers import PENDING, schedule

RETENTION_TIMER = "retention_sweep"
RETENTION_EVERY = timedelta(hours=24)


async def ask_to_delete(services: ServiceContext, who: Newcomer) -> list[Notice]:
    """/delete_me: explain what goes and what stays, and ask to confirm."""
    async with services.database.session() as session:
        person = await repo.person_by_telegram_id(session, who.telegram_id)
        language = (
            person.language
            if person and person.language_chosen
            else language_for(who.language_code)
        )
        if person is None:
            return notice(who.telegram_id, language, "delete_nothing")
        buttons = (
            (
                Button("button.delete_yes", Action.DELETE_ME, (person.id, "yes")),
                Button("button.delete_no", Action.DELETE_ME, (person.id, "no")),
            ),
        )
        return notice(who.telegram_id, language, "delete_confirm", buttons=buttons)


async def delete_me(
    services: ServiceContext, who: Newcomer, person_id: int, confirmed: bool
) -> list[Notice] | None:
    """Erase the person's identifying data; pseudonymous events stay, no longer linkable."""
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        person = await repo.person_by_telegram_id(session, who.telegram_id)
        if person is None or person.id != person_id:
            return None
        language = member.language if member else language_for(who.language_code)
        if not confirmed:
            return notice(who.telegram_id, language, "delete_kept")
        notices: list[Notice] = []
        memberships = (
            (await session.execute(select(Membership).where(Membership.person_id == person.id)))
            .scalars()
            .all()
        )
        for membership in memberships:
            notices += await _close_everything(session, services, membership)
            record(
                session,
                services,
                EventType.DATA_DELETED,
                school_id=membership.school_id,
                role=membership.role,
                telegram_id=who.telegram_id,
            )
            # The words of their crisis alerts go now, not at the end of the retention time;
            # the audit trail (who acted, when) stays.
            await _erase_alert_text(session, Escalation.student_membership_id == membership.id, now)
            membership.alias = None
            membership.on_shift = False
            membership.notify_on_shift = False
            membership.checkins_enabled = False
        await session.execute(delete(CodeAttempt).where(CodeAttempt.telegram_id == who.telegram_id))
        person.telegram_id = None
        person.display_name = None
        person.current_school_id = None
        person.deleted_at = now
        return notice(who.telegram_id, language, "delete_done") + notices


async def _close_everything(
    session: AsyncSession, services: ServiceContext, membership: Membership
) -> list[Notice]:
    """Check-ins, open requests and conversations of a person who deletes their data."""
    now = services.clock.now()
    notices: list[Notice] = []
    await session.execute(
        update(Checkin)
        .where(Checkin.student_membership_id == membership.id, Checkin.state == "scheduled")
        .values(state="cancelled")
    )
    requests = (
        (
            await session.execute(
                select(SupportRequest).where(
                    SupportRequest.student_membership_id == membership.id,
                    SupportRequest.state.in_(("draft", "queued", "offered")),
                )
            )
        )
        .scalars()
        .all()
    )
    for request in requests:
        notices += await matching.withdraw_offers(session, services, request.id)
        request.state = "cancelled"
        request.closed_at = now
    for as_mentor in (False, True):
        for conversation in await repo.active_conversations(session, membership.id, as_mentor):
            conversation.ended_at = now
            conversation.ended_by = "deleted"
            await repo.free_mentor_slot(session, conversation.mentor_membership_id, now)
            other_id = (
                conversation.student_membership_id
                if as_mentor
                else conversation.mentor_membership_id
            )
            _, other = await repo.person_of(session, other_id)
            notices += notice(other.telegram_id, other.language, "other_side_left")
    return notices


async def ensure_retention_sweep(services: ServiceContext) -> None:
    """Make sure the daily purge of old crisis-alert text is scheduled (at start-up)."""
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        pending = await session.execute(
            select(Timer.id).where(Timer.kind == RETENTION_TIMER, Timer.state == PENDING)
        )
        if pending.first() is None:
            await schedule(session, RETENTION_TIMER, now, {}, now)


async def purge_old_alert_text(services: ServiceContext) -> int:
    """Erase the words of crisis alerts older than ESCALATION_RETENTION_DAYS (the alert's
    facts stay for the report), audit entries older than AUDIT_RETENTION_DAYS and wrong codes
    older than their window; schedules the next sweep. Returns how many alerts were purged."""
    now = services.clock.now()
    cutoff = now - timedelta(days=services.settings.escalation_retention_days)
    async with services.database.session() as session, session.begin():
        purged = await _erase_alert_text(session, Escalation.created_at < cutoff, now)
        await audit.purge_old(session, services)
        await repo.forget_code_attempts(session, now - CODE_FAILURE_WINDOW)
        await schedule(session, RETENTION_TIMER, now + RETENTION_EVERY, {}, now)
        return purged


async def _erase_alert_text(
    session: AsyncSession, which: ColumnElement[bool], now: datetime
) -> int:
    """Erase the words of the alerts `which` selects (their facts stay); how many."""
    result = await session.execute(
        update(Escalation)
        .where(which, Escalation.text.is_not(None))
        .values(text=None, text_purged_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
