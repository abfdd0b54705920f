"""Conversations (PRODUCT.md §3, §4): accept or pass an offer, relay, /end, feedback, hand over.

Relayed text passes through as a notice and is never stored or logged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import Action
from bot.services import checkins, matching
from bot.services.callers import Member, load_member
from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer
from bot.services.events import EventType, record
from bot.services.notices import Button, FollowUp, Notice, notice
from bot.storage import repositories as repo
from bot.storage.models import Conversation, Membership, Offer, Role, SupportRequest
from bot.texts import language_for
from escalation.router import open_counselor_thread

# A mentor with several conversations replies to a relayed message; its first line names the
# student ("Student K7:" / "Estudiante K7:").
REPLIED_ALIAS = re.compile(r"^\S+\s+([A-Z][0-9]{1,4}):")


# The two end-of-conversation questions: where the answer is kept, and its event.
FEEDBACK_QUESTIONS = {
    Action.FELT: ("felt_better", EventType.FELT_BETTER),
    Action.COMFORT: ("comfortable", EventType.COMFORTABLE),
}


@dataclass(frozen=True)
class RelayOutcome:
    """What to send; `handled` is False when the sender is in no conversation at all."""

    handled: bool
    notices: list[Notice]


async def _answer_offer(
    services: ServiceContext, who: Newcomer, offer_id: int, accept: bool
) -> list[Notice] | None:
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        offer = await session.get(Offer, offer_id)
        if member is None or offer is None or offer.mentor_membership_id != member.membership.id:
            return None  # not this person's offer: a forged or foreign button
        now = services.clock.now()
        settled = await repo.settle_offer(
            session, offer_id, "accepted" if accept else "passed", now, member.membership.id
        )
        if settled is None:
            return notice(who.telegram_id, member.language, "offer_gone")
        if not accept:
            told = notice(who.telegram_id, member.language, "offer_passed")
            return told + await matching.requeue_after_offer(session, services, settled)
        conversation = await matching.start_conversation(session, services, settled)
        if conversation is None:
            await repo.free_mentor_slot(session, member.membership.id, now)
            return notice(who.telegram_id, member.language, "offer_gone")
        student_membership, student = await repo.person_of(
            session, conversation.student_membership_id
        )
        request = await session.get(SupportRequest, conversation.request_id)
        assert request is not None
        return notice(
            who.telegram_id,
            member.language,
            "offer_accepted",
            alias=student_membership.alias,
            topic=matching.topic_label(member.language, request.topic),
        ) + notice(student.telegram_id, student.language, "talk_mentor_joining")


async def accept_offer(
    services: ServiceContext, who: Newcomer, offer_id: int
) -> list[Notice] | None:
    """The mentor pressed Accept. A late or repeated press changes nothing and says so."""
    return await _answer_offer(services, who, offer_id, accept=True)


async def pass_offer(services: ServiceContext, who: Newcomer, offer_id: int) -> list[Notice] | None:
    """The mentor pressed Pass: the next mentor is offered the request."""
    return await _answer_offer(services, who, offer_id, accept=False)


async def relay(
    services: ServiceContext,
    who: Newcomer,
    text: str,
    replied_to: str | None,
    alerted: bool = False,
) -> RelayOutcome:
    """Pass a text to the other side of the sender's conversation.

    Someone in a conversation is answered from one read (repo.RELAY_ROUTES): it runs on every
    relayed message. Everyone else (a mentor between conversations, a student whose counselor
    is writing to them, a stranger) takes the longer way. `alerted`: these words just raised a
    crisis alert, so the counselors have them already."""
    rows = await services.database.read_once(repo.RELAY_ROUTES, {"telegram_id": who.telegram_id})
    if rows:
        return _relay_along([repo.RelayRoute(*row) for row in rows], who, text, replied_to)
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        if member is None:
            return RelayOutcome(False, [])
        if member.membership.role == Role.MENTOR:
            return RelayOutcome(
                True, notice(member.telegram_id, member.language, "mentor_not_in_conversation")
            )
        if alerted:  # the alert carries them, to every counselor
            return RelayOutcome(False, [])
        return await _relay_to_counselor(session, member, text)


async def _relay_to_counselor(session: AsyncSession, member: Member, text: str) -> RelayOutcome:
    """Outside a mentor conversation, a student's answers go to the counselor who took their
    alert (until it is resolved)."""
    thread = await open_counselor_thread(session, member.membership.id)
    if thread is None:
        return RelayOutcome(False, [])
    escalation, counselor = thread
    return RelayOutcome(
        True,
        notice(
            counselor.telegram_id,
            counselor.language,
            "relay.student_to_counselor",
            alias=member.membership.alias,
            alert_id=escalation.id,
            relay_text=text,
            protect=True,
            if_undelivered=_not_delivered(member.telegram_id, member.language),
        ),
    )


def _relay_along(
    routes: list[repo.RelayRoute], who: Newcomer, text: str, replied_to: str | None
) -> RelayOutcome:
    first = routes[0]
    language = first.language if first.language_chosen else language_for(who.language_code)
    not_delivered = _not_delivered(who.telegram_id, language)
    if not first.as_mentor:
        return RelayOutcome(
            True,
            notice(
                first.to_telegram_id,
                first.to_language,
                "relay.to_mentor",
                alias=first.alias,
                relay_text=text,
                protect=True,
                follow_up=(FollowUp.RELAY_TO_MENTOR, first.conversation_id),
                if_undelivered=not_delivered,
            ),
        )
    chosen = first if len(routes) == 1 else None
    if chosen is None and replied_to and (match := REPLIED_ALIAS.match(replied_to)):
        chosen = next((route for route in routes if route.to_alias == match.group(1)), None)
    if chosen is None:
        return RelayOutcome(True, notice(who.telegram_id, language, "mentor_pick_conversation"))
    return RelayOutcome(
        True,
        notice(
            chosen.to_telegram_id,
            chosen.to_language,
            "relay.to_student",
            relay_text=text,
            protect=True,
            if_undelivered=not_delivered,
        ),
    )


def _not_delivered(telegram_id: int | None, language: str) -> list[Notice]:
    """What the sender is told if Telegram finally will not take their relayed words (they are
    not kept, so they must send them again)."""
    return notice(telegram_id, language, "relay.not_delivered")


async def _close(
    session: AsyncSession, services: ServiceContext, conversation: Conversation, ended_by: str
) -> bool:
    now = services.clock.now()
    result = await session.execute(
        update(Conversation)
        .where(Conversation.id == conversation.id, Conversation.ended_at.is_(None))
        .values(ended_at=now, ended_by=ended_by)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return False
    await repo.free_mentor_slot(session, conversation.mentor_membership_id, now)
    _, student = await repo.person_of(session, conversation.student_membership_id)
    record(
        session,
        services,
        EventType.CONVERSATION_ENDED,
        school_id=conversation.school_id,
        role=Role.STUDENT,
        telegram_id=student.telegram_id,
        answer=ended_by,
    )
    return True


def _felt_better_buttons(conversation_id: int) -> tuple[tuple[Button, ...], ...]:
    return (
        tuple(
            Button(f"button.{choice}", Action.FELT, (conversation_id, choice))
            for choice in ("better", "same", "worse")
        ),
    )


async def end(
    services: ServiceContext, who: Newcomer, conversation_id: int | None = None
) -> list[Notice]:
    """/end (or the End button) from either side; the student then gets two questions."""
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        if member is None:
            return notice(who.telegram_id, "en", "end_nothing")
        as_mentor = member.membership.role == Role.MENTOR
        conversations = await repo.active_conversations(session, member.membership.id, as_mentor)
        if conversation_id is not None:
            conversations = [c for c in conversations if c.id == conversation_id]
        if not conversations:
            return notice(who.telegram_id, member.language, "end_nothing")
        if len(conversations) > 1:
            return await _pick_conversation_to_end(session, member, conversations)
        [conversation] = conversations
        if not await _close(session, services, conversation, "mentor" if as_mentor else "student"):
            return notice(who.telegram_id, member.language, "end_nothing")
        student_membership, student = await repo.person_of(
            session, conversation.student_membership_id
        )
        _, mentor = await repo.person_of(session, conversation.mentor_membership_id)
        alias = student_membership.alias
        if as_mentor:
            told = notice(mentor.telegram_id, mentor.language, "ended_for_mentor", alias=alias)
            told += notice(student.telegram_id, student.language, "ended_by_mentor_for_student")
        else:
            told = notice(student.telegram_id, student.language, "ended_for_student")
            told += notice(
                mentor.telegram_id, mentor.language, "ended_by_student_for_mentor", alias=alias
            )
        told += notice(
            student.telegram_id,
            student.language,
            "feedback_felt_better",
            buttons=_felt_better_buttons(conversation.id),
        )
        await session.refresh(conversation)
        await checkins.schedule_for(session, services, conversation)
        return told + await matching.offer_waiting(session, services, conversation.school_id)


async def _pick_conversation_to_end(
    session: AsyncSession, member: Member, conversations: list[Conversation]
) -> list[Notice]:
    rows = []
    for conversation in conversations:
        student, _ = await repo.person_of(session, conversation.student_membership_id)
        rows.append(
            (
                Button(
                    "button.end_with",
                    Action.END,
                    (conversation.id,),
                    (("alias", student.alias or ""),),
                ),
            )
        )
    return notice(member.telegram_id, member.language, "end_pick_conversation", buttons=tuple(rows))


async def answer_feedback(
    services: ServiceContext, who: Newcomer, conversation_id: int, question: Action, answer: str
) -> list[Notice] | None:
    """Store the student's answer to one of the two end-of-conversation questions."""
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        conversation = await session.get(Conversation, conversation_id)
        if (
            member is None
            or conversation is None
            or conversation.student_membership_id != member.membership.id
            or conversation.ended_at is None
        ):
            return None
        language = member.language
        column, event = FEEDBACK_QUESTIONS[question]
        if getattr(conversation, column) is not None:
            return notice(who.telegram_id, language, "feedback_already")
        setattr(conversation, column, answer)
        record(
            session,
            services,
            event,
            school_id=conversation.school_id,
            role=Role.STUDENT,
            telegram_id=who.telegram_id,
            answer=answer,
        )
        if question is Action.COMFORT:
            return notice(who.telegram_id, language, "feedback_thanks")
        buttons = (
            tuple(
                Button(f"button.{choice}", Action.COMFORT, (conversation.id, choice))
                for choice in ("yes", "somewhat", "no")
            ),
        )
        return notice(who.telegram_id, language, "feedback_comfortable", buttons=buttons)


async def _requeue_student(
    session: AsyncSession, services: ServiceContext, conversation: Conversation, now: datetime
) -> None:
    """The student goes back in line, keeping their place, and not to the same mentor."""
    original = await session.get(SupportRequest, conversation.request_id)
    assert original is not None
    session.add(
        SupportRequest(
            school_id=conversation.school_id,
            student_membership_id=conversation.student_membership_id,
            topic=original.topic,
            mood_before=original.mood_before,
            crisis=original.crisis,
            state="queued",
            created_at=now,
            queued_at=original.queued_at,
            avoid_mentor_membership_id=conversation.mentor_membership_id,
        )
    )
    await session.flush()


async def hand_over(
    services: ServiceContext, who: Newcomer, conversation_id: int
) -> list[Notice] | None:
    """A mentor going off shift hands the student to another mentor."""
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        conversation = await session.get(Conversation, conversation_id)
        if (
            member is None
            or conversation is None
            or conversation.mentor_membership_id != member.membership.id
        ):
            return None
        if not await _close(session, services, conversation, "handover"):
            return notice(who.telegram_id, member.language, "end_nothing")
        await _requeue_student(session, services, conversation, services.clock.now())
        student_membership, student = await repo.person_of(
            session, conversation.student_membership_id
        )
        told = notice(
            who.telegram_id,
            member.language,
            "handed_over_for_mentor",
            alias=student_membership.alias,
        )
        told += notice(student.telegram_id, student.language, "handed_over_for_student")
        return told + await matching.offer_waiting(session, services, conversation.school_id)


async def mentor_unreachable(services: ServiceContext, conversation_id: int) -> list[Notice]:
    """The mentor blocked the bot mid-conversation: off shift, and the student is re-queued."""
    async with services.database.session() as session, session.begin():
        conversation = await session.get(Conversation, conversation_id)
        if conversation is None or not await _close(session, services, conversation, "unreachable"):
            return []
        await session.execute(
            update(Membership)
            .where(Membership.id == conversation.mentor_membership_id)
            .values(on_shift=False)
        )
        await _requeue_student(session, services, conversation, services.clock.now())
        _, student = await repo.person_of(session, conversation.student_membership_id)
        told = notice(student.telegram_id, student.language, "mentor_unreachable_for_student")
        return told + await matching.offer_waiting(session, services, conversation.school_id)
