"""Matching requests to mentors (PRODUCT.md §4): one offer at a time, idle-longest first.

Safety under concurrency rests on conditional updates: a mentor's slot is taken only while
`load < capacity`, a request moves only from the state it was read in, and an offer is settled
only while pending. Whichever bot process gets there first wins; the other sees no row change.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import Action
from bot.services.context import ServiceContext
from bot.services.events import EventType, record
from bot.services.notices import Button, FollowUp, Notice, notice
from bot.storage import repositories as repo
from bot.storage.models import Conversation, Membership, Offer, Person, Role, SupportRequest
from bot.texts import label, render
from bot.timers import schedule

OFFER_TIMEOUT_TIMER = "offer_timeout"
# A mentor who passed (or let an offer expire) is not asked about the same request again
# for a while, so the next mentor gets a turn.
PASS_COOLDOWN = timedelta(minutes=10)
TYPICAL_CONVERSATION_MINUTES = 15


def topic_label(language: str, topic: str | None) -> str:
    return label(language, f"topic.{topic or 'other'}")


def waiting_text(language: str, since: datetime, now: datetime) -> str:
    minutes = int((now - since).total_seconds() // 60)
    if minutes < 1:
        return render(language, "waiting_moments")
    return render(language, "waiting_minutes", minutes=minutes)


async def _eligible_mentors(
    session: AsyncSession, request: SupportRequest, now: datetime
) -> list[int]:
    recently_declined = select(Offer.mentor_membership_id).where(
        Offer.request_id == request.id,
        Offer.state.in_(("passed", "expired")),
        Offer.answered_at > now - PASS_COOLDOWN,
    )
    query = (
        select(Membership.id)
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.school_id == request.school_id,
            Membership.role == Role.MENTOR,
            Membership.on_shift.is_(True),
            Membership.load < Membership.capacity,
            Person.telegram_id.is_not(None),
            Membership.id.not_in(recently_declined),
        )
        .order_by(
            Membership.available_since.is_not(None), Membership.available_since, Membership.id
        )
    )
    if request.avoid_mentor_membership_id is not None:
        query = query.where(Membership.id != request.avoid_mentor_membership_id)
    mentors = list((await session.execute(query)).scalars())
    preferred = request.preferred_mentor_membership_id
    if preferred in mentors:
        mentors.remove(preferred)
        mentors.insert(0, preferred)
    return mentors


async def offer_waiting(
    session: AsyncSession, services: ServiceContext, school_id: int
) -> list[Notice]:
    """Offer every waiting request of the school that a free mentor can take, in queue order."""
    now = services.clock.now()
    waiting = await session.execute(
        select(SupportRequest)
        .where(SupportRequest.school_id == school_id, SupportRequest.state == "queued")
        .order_by(SupportRequest.crisis.desc(), SupportRequest.queued_at, SupportRequest.id)
    )
    notices: list[Notice] = []
    for request in waiting.scalars().all():
        mentors = await _eligible_mentors(session, request, now)
        for mentor_id in mentors:
            if not await repo.take_mentor_slot(session, mentor_id):
                continue  # filled up meanwhile (another process): try the next one
            if not await repo.move_request(session, request.id, "queued", "offered"):
                await repo.free_mentor_slot(session, mentor_id, now)
                break  # someone else is handling this request
            notices += await _make_offer(session, services, request, mentor_id, now)
            break
    return notices


async def _make_offer(
    session: AsyncSession,
    services: ServiceContext,
    request: SupportRequest,
    mentor_id: int,
    now: datetime,
) -> list[Notice]:
    offer = Offer(
        request_id=request.id, mentor_membership_id=mentor_id, state="pending", created_at=now
    )
    session.add(offer)
    await session.flush()
    timeout = services.settings.offer_timeout_s
    await schedule(
        session, OFFER_TIMEOUT_TIMER, now + timedelta(seconds=timeout), {"offer_id": offer.id}, now
    )
    _, mentor = await repo.person_of(session, mentor_id)
    language = mentor.language
    timeout_text = f"{math.ceil(timeout / 60)} min" if timeout >= 60 else f"{timeout} s"
    return notice(
        mentor.telegram_id,
        language,
        "offer",
        topic=topic_label(language, request.topic),
        waiting=waiting_text(language, request.queued_at or now, now),
        timeout=timeout_text,
        buttons=(
            (
                Button("button.accept", Action.ACCEPT, (offer.id,)),
                Button("button.pass", Action.PASS, (offer.id,)),
            ),
        ),
        follow_up=(FollowUp.OFFER, offer.id),
    )


async def queue_position(session: AsyncSession, request: SupportRequest) -> int:
    """1 for the next request to be served: crisis requests first, then by arrival."""
    waiting = await session.execute(
        select(SupportRequest.id)
        .where(
            SupportRequest.school_id == request.school_id,
            SupportRequest.state.in_(("queued", "offered")),
        )
        .order_by(SupportRequest.crisis.desc(), SupportRequest.queued_at, SupportRequest.id)
    )
    order = list(waiting.scalars())
    return order.index(request.id) + 1 if request.id in order else len(order) + 1


async def mentors_on_shift(session: AsyncSession, school_id: int) -> int:
    result = await session.execute(
        select(Membership.id).where(
            Membership.school_id == school_id,
            Membership.role == Role.MENTOR,
            Membership.on_shift.is_(True),
        )
    )
    return len(result.all())


def estimated_minutes(position: int, mentors: int) -> int:
    """A rough wait: each mentor frees up about every TYPICAL_CONVERSATION_MINUTES."""
    minutes = math.ceil(position / max(mentors, 1)) * TYPICAL_CONVERSATION_MINUTES
    return 5 * math.ceil(minutes / 5)


async def requeue_after_offer(
    session: AsyncSession, services: ServiceContext, offer: Offer
) -> list[Notice]:
    """The mentor's slot is freed and the request goes back to the line, then on to the next."""
    now = services.clock.now()
    await repo.free_mentor_slot(session, offer.mentor_membership_id, now)
    request = await session.get(SupportRequest, offer.request_id)
    assert request is not None
    await repo.move_request(session, request.id, "offered", "queued")
    return await offer_waiting(session, services, request.school_id)


async def remember_offer_message(services: ServiceContext, offer_id: int, message_id: int) -> None:
    async with services.database.session() as session, session.begin():
        await session.execute(
            update(Offer).where(Offer.id == offer_id).values(message_id=message_id)
        )


async def expire_offer(services: ServiceContext, offer_id: int) -> list[Notice]:
    """OFFER_TIMEOUT_S passed without an answer: it counts as a Pass."""
    async with services.database.session() as session, session.begin():
        offer = await repo.settle_offer(session, offer_id, "expired", services.clock.now())
        if offer is None:
            return []  # answered in time
        _, mentor = await repo.person_of(session, offer.mentor_membership_id)
        told = notice(
            mentor.telegram_id, mentor.language, "offer_expired", edit_message_id=offer.message_id
        )
        return told + await requeue_after_offer(session, services, offer)


async def offer_undeliverable(services: ServiceContext, offer_id: int) -> list[Notice]:
    """The mentor blocked the bot: take them off shift and offer the request to someone else."""
    async with services.database.session() as session, session.begin():
        offer = await repo.settle_offer(session, offer_id, "undeliverable", services.clock.now())
        if offer is None:
            return []
        await session.execute(
            update(Membership)
            .where(Membership.id == offer.mentor_membership_id)
            .values(on_shift=False)
        )
        return await requeue_after_offer(session, services, offer)


async def start_conversation(
    session: AsyncSession, services: ServiceContext, offer: Offer
) -> Conversation | None:
    """The accepted offer's request becomes a conversation (None if the request moved on)."""
    now = services.clock.now()
    request = await session.get(SupportRequest, offer.request_id)
    assert request is not None
    if not await repo.move_request(session, request.id, "offered", "matched", matched_at=now):
        return None
    conversation = Conversation(
        request_id=request.id,
        school_id=request.school_id,
        student_membership_id=request.student_membership_id,
        mentor_membership_id=offer.mentor_membership_id,
        started_at=now,
    )
    session.add(conversation)
    await session.flush()
    _, student = await repo.person_of(session, request.student_membership_id)
    waited = int((now - (request.queued_at or request.created_at)).total_seconds())
    record(
        session,
        services,
        EventType.CONVERSATION_STARTED,
        school_id=request.school_id,
        role=Role.STUDENT,
        telegram_id=student.telegram_id,
        topic=request.topic,
        wait_seconds=max(waited, 0),
        crisis=request.crisis,
    )
    return conversation


async def offer_all_waiting(services: ServiceContext) -> list[Notice]:
    """Offer waiting requests in every school that has some (the periodic safety net)."""
    async with services.database.session() as session, session.begin():
        schools = await session.execute(
            select(SupportRequest.school_id).where(SupportRequest.state == "queued").distinct()
        )
        notices: list[Notice] = []
        for school_id in schools.scalars().all():
            notices += await offer_waiting(session, services, school_id)
        return notices


async def withdraw_offers(
    session: AsyncSession, services: ServiceContext, request_id: int
) -> list[Notice]:
    """The request is no longer waiting: a pending offer is withdrawn, the mentor's slot
    freed, and the offer message in the mentor's chat edited to say so."""
    now = services.clock.now()
    pending = await session.execute(
        select(Offer).where(Offer.request_id == request_id, Offer.state == "pending")
    )
    notices: list[Notice] = []
    for offer in pending.scalars().all():
        if await repo.settle_offer(session, offer.id, "withdrawn", now) is None:
            continue  # answered meanwhile
        await repo.free_mentor_slot(session, offer.mentor_membership_id, now)
        _, mentor = await repo.person_of(session, offer.mentor_membership_id)
        notices += notice(
            mentor.telegram_id, mentor.language, "offer_withdrawn", edit_message_id=offer.message_id
        )
    return notices
