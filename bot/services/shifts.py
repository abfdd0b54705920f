"""Mentor shifts (PRODUCT.md §4): /onshift, /offshift, /status."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import Action
from bot.config import parse_quiet_hours
from bot.services import matching
from bot.services.callers import load_member
from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer
from bot.services.notices import Button, Notice, notice
from bot.storage import repositories as repo
from bot.storage.models import Membership, Offer, Person, Role, SupportRequest
from bot.texts import render, when_text

MAX_CAPACITY = 3


def next_shift_text(language: str, shift_hours: str | None, timezone: str, now: datetime) -> str:
    """E.g. "The next shift starts tomorrow at 3:00 PM", from the school's daily shift hours."""
    if not shift_hours:
        return render(language, "next_shift_unknown")
    window = parse_quiet_hours(shift_hours)
    assert window is not None
    local = now.astimezone(ZoneInfo(timezone))
    start_today = local.replace(
        hour=window.start.hour, minute=window.start.minute, second=0, microsecond=0
    )
    start = start_today if local < start_today else start_today + timedelta(days=1)
    return render(language, "next_shift_at", when=when_text(language, start, local))


async def go_on_shift(
    services: ServiceContext, who: Newcomer, capacity_text: str | None
) -> list[Notice]:
    """Start getting requests; waiting students are offered at once."""
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        if member is None or member.membership.role != Role.MENTOR:
            language = member.language if member else "en"
            return notice(who.telegram_id, language, "mentor_only")
        membership = member.membership
        if capacity_text is not None:
            if not capacity_text.isdigit() or not 1 <= int(capacity_text) <= MAX_CAPACITY:
                return notice(
                    who.telegram_id, member.language, "capacity_usage", maximum=MAX_CAPACITY
                )
            membership.capacity = int(capacity_text)
        if membership.on_shift:
            return notice(
                who.telegram_id, member.language, "onshift_already", capacity=membership.capacity
            )
        membership.on_shift = True
        if membership.load == 0:
            membership.available_since = services.clock.now()
        await session.flush()
        told = notice(
            who.telegram_id, member.language, "onshift_done", capacity=membership.capacity
        )
        return (
            told
            + await _tell_waiting_students(session, membership.school_id)
            + await matching.offer_waiting(session, services, membership.school_id)
        )


async def _tell_waiting_students(session: AsyncSession, school_id: int) -> list[Notice]:
    result = await session.execute(
        select(Membership, Person)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.school_id == school_id, Membership.notify_on_shift.is_(True))
    )
    notices: list[Notice] = []
    for membership, person in result.all():
        membership.notify_on_shift = False
        notices += notice(person.telegram_id, person.language, "shift_started_for_student")
    return notices


async def go_off_shift(services: ServiceContext, who: Newcomer) -> list[Notice]:
    """Stop new requests; open conversations stay until the mentor ends or hands them over."""
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        if member is None or member.membership.role != Role.MENTOR:
            language = member.language if member else "en"
            return notice(who.telegram_id, language, "mentor_only")
        membership = member.membership
        membership.on_shift = False
        notices: list[Notice] = []
        # A pending offer goes straight to the next mentor.
        offers = await session.execute(
            select(Offer.id).where(
                Offer.mentor_membership_id == membership.id, Offer.state == "pending"
            )
        )
        now = services.clock.now()
        for offer_id in offers.scalars().all():
            offer = await repo.settle_offer(session, offer_id, "withdrawn", now)
            if offer is not None:
                notices += notice(
                    who.telegram_id,
                    member.language,
                    "offer_withdrawn",
                    edit_message_id=offer.message_id,
                )
                notices += await matching.requeue_after_offer(session, services, offer)
        conversations = await repo.active_conversations(session, membership.id, as_mentor=True)
        if not conversations:
            return notice(who.telegram_id, member.language, "offshift_done") + notices
        for conversation in conversations:
            student, _ = await repo.person_of(session, conversation.student_membership_id)
            notices += notice(
                who.telegram_id,
                member.language,
                "offshift_still_talking",
                alias=student.alias,
                buttons=(
                    (
                        Button("button.end_conversation", Action.END, (conversation.id,)),
                        Button("button.hand_over", Action.HAND_OVER, (conversation.id,)),
                    ),
                ),
            )
        return notices


async def status(services: ServiceContext, who: Newcomer) -> list[Notice]:
    """A mentor's shift and load, or a student's place in line."""
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        if member is None:
            return []
        membership = member.membership
        if membership.role == Role.MENTOR:
            waiting = await session.execute(
                select(SupportRequest.id).where(
                    SupportRequest.school_id == membership.school_id,
                    SupportRequest.state.in_(("queued", "offered")),
                )
            )
            active = await repo.active_conversations(session, membership.id, as_mentor=True)
            shift = render(member.language, "status_on" if membership.on_shift else "status_off")
            return notice(
                who.telegram_id,
                member.language,
                "status_mentor",
                shift=shift,
                active=len(active),
                capacity=membership.capacity,
                waiting=len(waiting.all()),
            )
        if await repo.active_conversations(session, membership.id, as_mentor=False):
            return notice(who.telegram_id, member.language, "talk_already_talking")
        request = await repo.open_request(session, membership.id)
        if request is not None and request.state in ("queued", "offered"):
            position = await matching.queue_position(session, request)
            return notice(
                who.telegram_id, member.language, "talk_already_waiting", position=position
            )
        return notice(who.telegram_id, member.language, "status_student_idle")
