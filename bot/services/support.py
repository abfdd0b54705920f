"""A student asks for support (PRODUCT.md §3): /talk, topic, mood, the line, /cancel."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import MOODS, TOPICS, Action
from bot.services import matching
from bot.services.callers import Member, load_member
from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer
from bot.services.events import EventType, record
from bot.services.notices import Button, Notice, notice, part
from bot.services.shifts import next_shift_text
from bot.storage import repositories as repo
from bot.storage.models import Escalation, Role, SupportRequest


def _topic_buttons(request_id: int) -> tuple[tuple[Button, ...], ...]:
    buttons = [Button(f"topic.{topic}", Action.TOPIC, (request_id, topic)) for topic in TOPICS]
    return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))


def _mood_buttons(request_id: int) -> tuple[tuple[Button, ...], ...]:
    digits = tuple(Button(f"mood.{m}", Action.MOOD, (request_id, m)) for m in MOODS[:5])
    return (digits, (Button("mood.skip", Action.MOOD, (request_id, "skip")),))


def _student_or_refusal(member: Member | None, who: Newcomer) -> list[Notice] | None:
    """None when the caller may ask for support; otherwise what to tell them."""
    if member is None:
        return notice(who.telegram_id, "en", "free_text_not_enrolled")
    if member.membership.role != Role.STUDENT:
        return notice(who.telegram_id, member.language, "talk_students_only")
    if member.membership.consented_at is None:
        return notice(
            who.telegram_id,
            member.language,
            "talk_needs_consent",
            buttons=((Button("button.consent", Action.CONSENT, (member.membership.id,)),),),
        )
    return None


async def begin_talk(
    services: ServiceContext,
    who: Newcomer,
    prefer_mentor: int | None = None,
    avoid_mentor: int | None = None,
) -> list[Notice]:
    """/talk or the Talk button: ask for a topic, unless already waiting or talking.

    After a check-in, the student may ask for the same mentor (`prefer_mentor`, offered first
    when free) or someone new (`avoid_mentor`)."""
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        refusal = _student_or_refusal(member, who)
        if refusal is not None:
            return refusal
        assert member is not None
        membership = member.membership
        if await repo.active_conversations(session, membership.id, as_mentor=False):
            return notice(who.telegram_id, member.language, "talk_already_talking")
        request = await repo.open_request(session, membership.id)
        if request is not None and request.state != "draft":
            position = await matching.queue_position(session, request)
            return notice(
                who.telegram_id, member.language, "talk_already_waiting", position=position
            )
        if request is None:
            request = SupportRequest(
                school_id=membership.school_id,
                student_membership_id=membership.id,
                state="draft",
                created_at=services.clock.now(),
                crisis=await _has_open_alert(session, membership.id),
                preferred_mentor_membership_id=prefer_mentor,
                avoid_mentor_membership_id=avoid_mentor,
            )
            session.add(request)
            await session.flush()
        return notice(
            who.telegram_id,
            member.language,
            "talk_choose_topic",
            buttons=_topic_buttons(request.id),
        )


async def _has_open_alert(session: AsyncSession, membership_id: int) -> bool:
    """A student whose words paged a counselor, not yet resolved, goes first in line."""
    found = await session.execute(
        select(Escalation.id).where(
            Escalation.student_membership_id == membership_id,
            Escalation.severity.in_(("urgent", "imminent")),
            Escalation.resolved_at.is_(None),
        )
    )
    return found.first() is not None


async def _own_request(
    session: AsyncSession, who: Newcomer, request_id: int
) -> tuple[Member, SupportRequest] | None:
    """The caller's own request, or None for a stale or foreign button."""
    member = await load_member(session, who.telegram_id, who.language_code)
    request = await session.get(SupportRequest, request_id)
    if member is None or request is None:
        return None
    if request.student_membership_id != member.membership.id:
        return None
    return member, request


async def choose_topic(
    services: ServiceContext, who: Newcomer, request_id: int, topic: str
) -> list[Notice] | None:
    """The student picked a topic; None if the button is stale or not theirs."""
    async with services.database.session() as session, session.begin():
        own = await _own_request(session, who, request_id)
        if own is None or own[1].state != "draft":
            return None
        member, request = own
        request.topic = topic
        return notice(
            who.telegram_id, member.language, "talk_choose_mood", buttons=_mood_buttons(request.id)
        )


async def choose_mood(
    services: ServiceContext, who: Newcomer, request_id: int, mood: str
) -> list[Notice] | None:
    """The student rated their mood (or skipped): the request joins the line and is offered."""
    async with services.database.session() as session, session.begin():
        own = await _own_request(session, who, request_id)
        if own is None or own[1].topic is None:
            return None
        member, request = own
        now = services.clock.now()
        if not await repo.move_request(
            session,
            request.id,
            "draft",
            "queued",
            mood_before=None if mood == "skip" else int(mood),
            queued_at=now,
        ):
            return None
        await session.refresh(request)
        record(
            session,
            services,
            EventType.REQUEST_CREATED,
            school_id=request.school_id,
            role=Role.STUDENT,
            telegram_id=who.telegram_id,
            topic=request.topic,
            mood=request.mood_before,
            crisis=request.crisis,
        )
        offers = await matching.offer_waiting(session, services, request.school_id)
        await session.refresh(request)
        language = member.language
        if request.state == "offered":
            told = notice(who.telegram_id, language, "talk_finding")
        elif mentors := await matching.mentors_on_shift(session, request.school_id):
            position = await matching.queue_position(session, request)
            told = notice(
                who.telegram_id,
                language,
                "talk_in_line",
                position=position,
                minutes=matching.estimated_minutes(position, mentors),
            )
        else:
            school = member.school
            told = notice(
                who.telegram_id,
                language,
                "talk_no_shift",
                next_shift=next_shift_text(language, school.shift_hours, school.timezone, now),
                after=(part("resources"),),
                buttons=(
                    (Button("button.notify_instead", Action.NOTIFY_INSTEAD, (request.id,)),),
                    (Button("button.wait_in_line", Action.TALK, ("go",)),),
                ),
            )
        return told + offers


async def _leave_line(
    services: ServiceContext, who: Newcomer, request_id: int | None, notify_instead: bool
) -> list[Notice]:
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        if member is None:
            return notice(who.telegram_id, "en", "cancel_nothing")
        request = await repo.open_request(session, member.membership.id)
        if request is None or (request_id is not None and request.id != request_id):
            if await repo.active_conversations(session, member.membership.id, as_mentor=False):
                return notice(who.telegram_id, member.language, "talk_already_talking")
            return notice(who.telegram_id, member.language, "cancel_nothing")
        notices: list[Notice] = []
        now = services.clock.now()
        if request.state == "offered":
            notices += await matching.withdraw_offers(session, services, request.id)
        if not await repo.move_request(
            session, request.id, request.state, "cancelled", closed_at=now
        ):
            return notice(who.telegram_id, member.language, "talk_already_talking")
        if notify_instead:
            member.membership.notify_on_shift = True
        key = "notify_instead_done" if notify_instead else "cancel_done"
        return (
            notice(who.telegram_id, member.language, key)
            + notices
            + await matching.offer_waiting(session, services, request.school_id)
        )


async def cancel(services: ServiceContext, who: Newcomer) -> list[Notice]:
    """/cancel: leave the line (an offer already made to a mentor is withdrawn)."""
    return await _leave_line(services, who, None, notify_instead=False)


async def notify_instead(services: ServiceContext, who: Newcomer, request_id: int) -> list[Notice]:
    """Leave the line and be told when a mentor comes on shift."""
    return await _leave_line(services, who, request_id, notify_instead=True)
