"""Counselor routing (PRODUCT.md §5): alerts, acknowledgement, repeats, the review digest.

The functions return notices (messages to people) and leave sending to the caller, so this
module is importable and testable without Telegram.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import Action
from bot.config import parse_quiet_hours
from bot.services import audit
from bot.services.callers import Member, load_member
from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer
from bot.services.events import EventType, record
from bot.services.notices import Button, FollowUp, Notice, Part, notice, part
from bot.storage import repositories as repo
from bot.storage.models import (
    AlertMessage,
    Escalation,
    Membership,
    Person,
    Role,
    School,
    SupportRequest,
)
from bot.texts import label, language_for, render, when_text
from bot.timers import schedule
from escalation.detector import Assessment, Severity
from escalation.recipients import (
    GROUP_LANGUAGE,
    Hours,
    Recipient,
    SchoolContacts,
    alert_recipients,
    repeat_delay,
    rung,
)

logger = logging.getLogger(__name__)

REPEAT_TIMER = "escalation_repeat"
ALERT_COPY, CRISIS_LINES = "alert", "crisis_lines"  # the kinds of AlertMessage
# How long a crisis-path send is left to the one trying it before it is tried again.
SEND_CLAIM = timedelta(seconds=30)
OWED_BATCH = 50
DIGEST_TIMER = "review_digest"
DIGEST_DELAY = timedelta(hours=1)
# The student's words shown in the alert itself (which is edited later, so it must stay within
# Telegram's limit); the rest follows in as many messages as it takes.
ALERT_TEXT_LIMIT = 1500


def split_alert_text(text: str) -> tuple[str, str]:
    """What an alert shows of the student's words, and the rest that follows it."""
    if len(text) <= ALERT_TEXT_LIMIT:
        return text, ""
    return text[:ALERT_TEXT_LIMIT] + "…", text[ALERT_TEXT_LIMIT:]


def _alert_buttons(escalation: Escalation, acknowledged: bool) -> tuple[tuple[Button, ...], ...]:
    resolve = Button("button.resolved", Action.RESOLVE, (escalation.id,))
    first: tuple[Button, ...] = (resolve,)
    if not acknowledged:
        first = (Button("button.acknowledge", Action.ACKNOWLEDGE, (escalation.id,)), resolve)
    if not _revealable(escalation):
        return (first,)
    return first, (Button("button.who_is_this", Action.REVEAL, (escalation.id, "ask")),)


def _revealable(escalation: Escalation) -> bool:
    """Break-glass is for urgent and imminent alerts about a known student."""
    return (
        escalation.student_membership_id is not None
        and escalation.resolved_at is None
        and escalation.severity in (Severity.URGENT.label, Severity.IMMINENT.label)
    )


async def _staff(session: AsyncSession, school_id: int, role: Role) -> tuple[Recipient, ...]:
    result = await session.execute(
        select(Person.telegram_id, Person.language)
        .join(Membership, Membership.person_id == Person.id)
        .where(
            Membership.school_id == school_id,
            Membership.role == role,
            Person.telegram_id.is_not(None),
        )
    )
    return tuple(Recipient(chat_id, language) for chat_id, language in result.all() if chat_id)


def _counselor_hours(school: School) -> Hours | None:
    """When the school's counselors answer alerts: their own hours, else the shift hours."""
    window = parse_quiet_hours(school.counselor_hours or school.shift_hours or "")
    return Hours(window.start, window.end) if window else None


def contacts_of(
    school: School, counselors: tuple[Recipient, ...], coordinators: tuple[Recipient, ...]
) -> SchoolContacts:
    """A school's crisis contacts, given its counselors and coordinators."""
    return SchoolContacts(
        school.name,
        school.crisis_resources,
        counselors,
        school.counselor_chat_id,
        tuple(school.backup_chat_ids or ()),
        coordinators,
        tuple(school.after_hours_chat_ids or ()),
        _counselor_hours(school),
        school.timezone,
    )


async def _school_contacts(session: AsyncSession, school: School) -> SchoolContacts:
    """A school's crisis contacts as they stand in the database."""
    return contacts_of(
        school,
        await _staff(session, school.id, Role.COUNSELOR),
        await _staff(session, school.id, Role.COORDINATOR),
    )


async def _contacts(session: AsyncSession, school: School | None) -> list[SchoolContacts]:
    """The student's school, or every school when theirs is not known."""
    schools = [school] if school is not None else await repo.all_schools(session)
    return [await _school_contacts(session, each) for each in schools]


async def recipients(
    session: AsyncSession, school: School | None, services: ServiceContext
) -> list[Recipient]:
    """Who hears about the school's alerts now, at the first step (escalation/recipients.py)."""
    return alert_recipients(
        await _contacts(session, school),
        services.settings.admin_ids,
        0,
        services.settings.escalation_ladder,
        services.clock.now(),
    )


async def _alert_values(
    session: AsyncSession, escalation: Escalation, language: str
) -> dict[str, object]:
    school = await session.get(School, escalation.school_id) if escalation.school_id else None
    alias = None
    if escalation.student_membership_id is not None:
        membership = await session.get(Membership, escalation.student_membership_id)
        alias = membership.alias if membership else None
    text, _ = split_alert_text(escalation.text or "")
    return {
        "severity": label(language, f"severity.{escalation.severity}"),
        "alert_id": escalation.id,
        "category": label(language, f"category.{escalation.category}"),
        "school": school.name if school else render(language, "alert_school_unknown"),
        "alias": f"Student {alias}" if alias else render(language, "alert_no_alias"),
        "text": text,
    }


async def _page_step(
    session: AsyncSession, services: ServiceContext, escalation: Escalation, now: datetime
) -> tuple[list[Notice], list[SchoolContacts]]:
    """Step `escalation.repeats` of the ladder: the next step scheduled, and the full alert to
    everyone on this one, recorded in the audit trail. Also the contacts it was worked out
    from (the student's school, or every school)."""
    school = await session.get(School, escalation.school_id) if escalation.school_id else None
    contacts = await _contacts(session, school)
    await _schedule_repeat(session, services, escalation, contacts, now)
    return await _alert_notices(session, services, escalation, contacts, now), contacts


async def _alert_notices(
    session: AsyncSession,
    services: ServiceContext,
    escalation: Escalation,
    contacts: list[SchoolContacts],
    now: datetime,
) -> list[Notice]:
    step = escalation.repeats
    ladder = services.settings.escalation_ladder
    reached = {rung(each, step, ladder, now) for each in contacts}
    chosen = alert_recipients(contacts, services.settings.admin_ids, step, ladder, now)
    audit.write(
        session,
        now,
        audit.Action.PAGED,
        escalation,
        chats=[recipient.chat_id for recipient in chosen],
        detail=f"step {step}: " + ", ".join(sorted(reached)) if reached else f"step {step}",
    )
    claim = now + SEND_CLAIM
    copies = []
    for recipient in chosen:
        copy = AlertMessage(
            escalation_id=escalation.id,
            chat_id=recipient.chat_id,
            language=recipient.language,
            step=step,
            claimed_until=claim,
        )
        session.add(copy)
        copies.append(copy)
    await session.flush()
    notices: list[Notice] = []
    for copy in copies:
        notices += await _copy_notices(session, escalation, copy)
    return notices


async def _copy_notices(
    session: AsyncSession, escalation: Escalation, copy: AlertMessage
) -> list[Notice]:
    """What one recorded copy of the alert says (and the rest of a long message after it)."""
    values = await _alert_values(session, escalation, copy.language)
    before = (part("alert_repeat_lead", repeat=copy.step),) if copy.step else ()
    notices = notice(
        copy.chat_id,
        copy.language,
        "alert",
        buttons=_alert_buttons(escalation, acknowledged=False),
        urgent=True,
        follow_up=(FollowUp.ALERT, copy.id),
        before=before,
        fields=values,
    )
    _, rest = split_alert_text(escalation.text or "")
    if rest:
        notices += notice(
            copy.chat_id,
            copy.language,
            "alert_continued",
            urgent=True,
            relay_text=rest,
            alert_id=escalation.id,
        )
    return notices


async def _student_school(session: AsyncSession, member: Member | None) -> School | None:
    if member is not None:
        return member.school
    schools = await repo.all_schools(session)
    return schools[0] if len(schools) == 1 else None


async def raise_alert(
    services: ServiceContext,
    who: Newcomer,
    text: str,
    assessment: Assessment,
    source: str,
    at: datetime | None = None,
    crisis_lines_owed: bool = False,
) -> list[Notice]:
    """A student's message was assessed review or worse: record it, and for urgent/imminent
    page every counselor of the school, tell the mentor, and move the request to the front.

    `at` is when the student wrote, for an alert held while the database was down;
    `crisis_lines_owed` writes the student's crisis lines down too, until the caller, who is
    sending them, says they were delivered (`crisis_lines_delivered`).
    """
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        if member is not None and member.membership.role != Role.STUDENT:
            return []  # staff words are not a student's crisis (mentors use /flag)
        school = await _student_school(session, member)
        escalation = Escalation(
            school_id=school.id if school else None,
            student_membership_id=member.membership.id if member else None,
            severity=assessment.severity.label,
            category=assessment.category or "suicide",
            source=source,
            text=text,
            created_at=at or now,
        )
        session.add(escalation)
        await session.flush()
        record(
            session,
            services,
            EventType.ESCALATION_RAISED,
            school_id=escalation.school_id,
            role=Role.STUDENT,
            telegram_id=who.telegram_id,
            severity=escalation.severity,
            category=escalation.category,
        )
        if assessment.alert and crisis_lines_owed:
            await _owe_crisis_lines(session, services, escalation, who)
        if not assessment.alert:
            if school is not None:
                await schedule(
                    session, DIGEST_TIMER, now + DIGEST_DELAY, {"school_id": school.id}, now
                )
            return []
        return await _page(session, services, escalation, member, now)


async def _page(
    session: AsyncSession,
    services: ServiceContext,
    escalation: Escalation,
    member: Member | None,
    now: datetime,
) -> list[Notice]:
    notices, schools = await _page_step(session, services, escalation, now)
    if member is None:
        return notices
    [contacts] = schools  # the student's own school
    opening = contacts.next_opening(now)
    if contacts.after_hours(now) and opening is not None:
        notices += notice(
            member.telegram_id,
            member.language,
            "crisis_after_hours",
            urgent=True,
            school=member.school.name,
            when=when_text(member.language, opening, now),
        )
    if member.school.crisis_resources:
        notices += notice(
            member.telegram_id,
            member.language,
            "crisis_school_contacts",
            urgent=True,
            school=member.school.name,
            text=member.school.crisis_resources,
        )
    await session.execute(
        update(SupportRequest)
        .where(
            SupportRequest.student_membership_id == member.membership.id,
            SupportRequest.state.in_(("draft", "queued", "offered")),
        )
        .values(crisis=True)
    )
    conversations = await repo.active_conversations(session, member.membership.id, as_mentor=False)
    for conversation in conversations:
        escalation.conversation_id = conversation.id
        _, mentor = await repo.person_of(session, conversation.mentor_membership_id)
        notices += notice(
            mentor.telegram_id,
            mentor.language,
            "mentor_told_counselor_alerted",
            alias=member.membership.alias,
        )
    return notices


async def flag(services: ServiceContext, who: Newcomer, note: str) -> list[Notice]:
    """A mentor's /flag: counselors are paged about the current conversation, which goes on."""
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        if member is None or member.membership.role != Role.MENTOR:
            return notice(who.telegram_id, member.language if member else "en", "mentor_only")
        conversations = await repo.active_conversations(session, member.membership.id, True)
        if not conversations:
            return notice(who.telegram_id, member.language, "flag_not_in_conversation")
        conversation = conversations[0]
        student_membership, _ = await repo.person_of(session, conversation.student_membership_id)
        mentor_name = member.person.display_name or "?"
        escalation = Escalation(
            school_id=member.school.id,
            student_membership_id=student_membership.id,
            conversation_id=conversation.id,
            severity=Severity.URGENT.label,
            category="flagged",
            source="mentor_flag",
            text=f"[{mentor_name}] {note.strip() or '-'}",
            flagged_by_membership_id=member.membership.id,
            created_at=now,
        )
        session.add(escalation)
        await session.flush()
        record(
            session,
            services,
            EventType.ESCALATION_RAISED,
            school_id=member.school.id,
            role=Role.MENTOR,
            telegram_id=who.telegram_id,
            severity=escalation.severity,
            category=escalation.category,
        )
        told = notice(who.telegram_id, member.language, "flag_done", alias=student_membership.alias)
        paged, _ = await _page_step(session, services, escalation, now)
        return told + paged


async def remember_alert_message(
    services: ServiceContext, copy_id: int, message_id: int
) -> list[Notice]:
    """Telegram took a copy of the alert: where it went, so that taking the alert edits it
    too. A copy that arrives after someone already took or resolved the alert is edited to
    say so at once."""
    async with services.database.session() as session, session.begin():
        copy = await session.get(AlertMessage, copy_id)
        if copy is None:
            return []
        copy.message_id = message_id
        copy.sent_at = services.clock.now()
        copy.claimed_until = None
        escalation = await session.get(Escalation, copy.escalation_id)
        if escalation is None or escalation.acknowledged_at is None:
            return []
        if escalation.resolved_at is not None:
            name = await _taker_name(session, escalation.resolved_by_membership_id)
            return await _edited_copy(session, escalation, copy, part("alert_resolved", name=name))
        name = await _taker_name(session, escalation.acknowledged_by_membership_id)
        taken = part("alert_taken", name=name)
        return await _edited_copy(session, escalation, copy, taken, buttons_on=True)


async def renew_claim(services: ServiceContext, copy_id: int) -> bool:
    """Right before a crisis-path message is sent: renew its claim, unless it is no longer
    owed or its claim ran out (it may then be another sender's; sending it here too would
    double it). Renewing per message keeps a slow run of sends from running out its claim."""
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        result = await session.execute(
            update(AlertMessage)
            .where(
                AlertMessage.id == copy_id,
                AlertMessage.sent_at.is_(None),
                AlertMessage.claimed_until >= now,
            )
            .values(claimed_until=now + SEND_CLAIM)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


async def copy_settled(services: ServiceContext, copy_id: int) -> None:
    """Nothing more is owed for this message: Telegram took it (crisis lines, whose message
    is not needed later) or the recipient blocked the bot."""
    await _settle(services, AlertMessage.id == copy_id)


async def _settle(services: ServiceContext, which: ColumnElement[bool]) -> None:
    async with services.database.session() as session, session.begin():
        await session.execute(
            update(AlertMessage)
            .where(which)
            .values(sent_at=services.clock.now(), claimed_until=None)
        )


async def _owe_crisis_lines(
    session: AsyncSession, services: ServiceContext, escalation: Escalation, who: Newcomer
) -> None:
    """The student's crisis lines, written down in the alert's own transaction: the crisis
    check sends them at once and marks them delivered; if it could not (Telegram failing
    longer than the claim, or the process gone), they are sent again from here."""
    person = await repo.person_by_telegram_id(session, who.telegram_id)
    session.add(
        AlertMessage(
            escalation_id=escalation.id,
            kind=CRISIS_LINES,
            chat_id=who.telegram_id,
            language=person.language if person else language_for(who.language_code),
            claimed_until=services.clock.now() + SEND_CLAIM,
        )
    )


async def crisis_lines_delivered(services: ServiceContext, chat_id: int) -> None:
    """The crisis check's own send of the lines went through: nothing owed to `chat_id`."""
    await _settle(
        services,
        (AlertMessage.kind == CRISIS_LINES)
        & (AlertMessage.chat_id == chat_id)
        & AlertMessage.sent_at.is_(None),
    )


async def send_owed(services: ServiceContext) -> list[Notice]:
    """Crisis-path messages written down but never taken by Telegram, once their claim has
    run out (a send that failed, a process that died before or while sending): claimed again
    (so that one process sends each) and sent. Copies of alerts someone has taken meanwhile
    are dropped: the repeat is not needed."""
    now = services.clock.now()
    owed = (AlertMessage.sent_at.is_(None)) & (AlertMessage.claimed_until < now)
    async with services.database.session() as session, session.begin():
        rows = await session.execute(
            select(AlertMessage.id)
            .where(owed)
            .order_by(AlertMessage.id)
            .limit(OWED_BATCH)
            .with_for_update(skip_locked=True)
        )
        ids = list(rows.scalars())
        if not ids:
            return []
        claimed = await session.execute(
            update(AlertMessage)
            .where(AlertMessage.id.in_(ids), owed)
            .values(claimed_until=now + SEND_CLAIM)
            .returning(AlertMessage.id)
        )
        notices: list[Notice] = []
        for copy_id in claimed.scalars().all():
            copy = await session.get(AlertMessage, copy_id)
            assert copy is not None
            escalation = await session.get(Escalation, copy.escalation_id)
            if escalation is None:
                continue
            if copy.kind == CRISIS_LINES:
                logger.warning("sending a student's crisis lines again")
                notices += notice(
                    copy.chat_id,
                    copy.language,
                    "crisis_support_student",
                    urgent=True,
                    follow_up=(FollowUp.CRISIS_LINES, copy.id),
                )
            elif escalation.acknowledged_at is not None or escalation.resolved_at is not None:
                copy.sent_at, copy.claimed_until = now, None  # taken meanwhile
            else:
                logger.warning("sending a copy of alert %s again", escalation.id)
                notices += await _copy_notices(session, escalation, copy)
        return notices


async def _schedule_repeat(
    session: AsyncSession,
    services: ServiceContext,
    escalation: Escalation,
    contacts: list[SchoolContacts],
    now: datetime,
) -> None:
    delay = repeat_delay(
        escalation.repeats,
        services.settings.escalation_ladder,
        timedelta(seconds=services.settings.escalation_ack_timeout_s),
        after_hours=bool(contacts) and all(each.after_hours(now) for each in contacts),
    )
    await schedule(session, REPEAT_TIMER, now + delay, {"escalation_id": escalation.id}, now)


async def repeat_alert(services: ServiceContext, escalation_id: int) -> list[Notice]:
    """The durable repeat: still unacknowledged, the full alert goes to the next step of the
    ladder (escalation/recipients.py), and the step after it is scheduled."""
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        escalation = await session.get(Escalation, escalation_id)
        if escalation is None or escalation.acknowledged_at or escalation.resolved_at:
            return []
        escalation.repeats += 1
        notices, _ = await _page_step(session, services, escalation, now)
        return notices


async def _counselor_of(
    session: AsyncSession, services: ServiceContext, who: Newcomer, escalation: Escalation
) -> tuple[Person, Membership | None] | None:
    """The presser, if they may act on this alert: a counselor of its school, or an admin."""
    person = await repo.person_by_telegram_id(session, who.telegram_id)
    if person is None:
        return None
    membership = None
    if escalation.school_id is not None:
        membership = await repo.membership(session, person.id, escalation.school_id)
    if membership is not None and membership.role == Role.COUNSELOR:
        return person, membership
    if services.is_admin(who.telegram_id):
        return person, membership
    return None


async def _edit_every_copy(
    session: AsyncSession,
    escalation: Escalation,
    status: str,
    name: str,
    presser_chat: int,
    presser_status: str,
    buttons_on: bool,
) -> list[Notice]:
    copies = await session.execute(
        select(AlertMessage).where(
            AlertMessage.escalation_id == escalation.id,
            AlertMessage.kind == ALERT_COPY,
            AlertMessage.message_id.is_not(None),
        )
    )
    notices: list[Notice] = []
    for copy in copies.scalars().all():
        own = copy.chat_id == presser_chat
        after = part(presser_status if own else status, name=name)
        notices += await _edited_copy(session, escalation, copy, after, buttons_on)
    return notices


async def _edited_copy(
    session: AsyncSession,
    escalation: Escalation,
    copy: AlertMessage,
    status: Part,
    buttons_on: bool = False,
) -> list[Notice]:
    """One copy of the alert, edited to show who took or resolved it."""
    language = GROUP_LANGUAGE
    person = await repo.person_by_telegram_id(session, copy.chat_id)
    if person is not None:
        language = person.language
    return notice(
        copy.chat_id,
        language,
        "alert",
        edit_message_id=copy.message_id,
        buttons=_alert_buttons(escalation, acknowledged=True) if buttons_on else (),
        after=(status,),
        fields=await _alert_values(session, escalation, language),
    )


async def acknowledge(
    services: ServiceContext, who: Newcomer, escalation_id: int
) -> tuple[list[Notice] | None, str | None]:
    """First Acknowledge wins; every copy of the alert then says who took it.

    Returns (notices, toast): notices None for a press that is not allowed.
    """
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        escalation = await session.get(Escalation, escalation_id)
        if escalation is None:
            return None, None
        allowed = await _counselor_of(session, services, who, escalation)
        if allowed is None:
            return None, None
        person, membership = allowed
        result = await session.execute(
            update(Escalation)
            .where(Escalation.id == escalation_id, Escalation.acknowledged_at.is_(None))
            .values(
                acknowledged_at=now,
                acknowledged_by_membership_id=membership.id if membership else None,
            )
        )
        if not result.rowcount:  # type: ignore[attr-defined]
            taker = await _taker_name(session, escalation.acknowledged_by_membership_id)
            return [], label_toast(person.language, taker)
        await session.refresh(escalation)
        _record_acknowledged(session, services, escalation, who.telegram_id, now)
        name = person.display_name or "a counselor"
        audit.write(session, now, audit.Action.ACKNOWLEDGED, escalation, membership, name)
        return await _edit_every_copy(
            session,
            escalation,
            "alert_taken",
            name,
            who.telegram_id,
            "alert_taken_by_you",
            buttons_on=True,
        ), None


def _record_acknowledged(
    session: AsyncSession,
    services: ServiceContext,
    escalation: Escalation,
    counselor_telegram_id: int,
    now: datetime,
) -> None:
    record(
        session,
        services,
        EventType.ESCALATION_ACKNOWLEDGED,
        school_id=escalation.school_id,
        role=Role.COUNSELOR,
        telegram_id=counselor_telegram_id,
        severity=escalation.severity,
        ack_seconds=max(int((now - escalation.created_at).total_seconds()), 0),
    )


def label_toast(language: str, name: str) -> str:
    return render(language, "alert_already_taken", name=name)


async def _taker_name(session: AsyncSession, membership_id: int | None) -> str:
    if membership_id is None:
        return "an admin"
    _, person = await repo.person_of(session, membership_id)
    return person.display_name or "a counselor"


async def resolve(
    services: ServiceContext, who: Newcomer, escalation_id: int
) -> list[Notice] | None:
    """Resolved: repeats stop and every copy says who resolved it."""
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        escalation = await session.get(Escalation, escalation_id)
        if escalation is None:
            return None
        allowed = await _counselor_of(session, services, who, escalation)
        if allowed is None:
            return None
        person, membership = allowed
        if escalation.resolved_at is not None:
            return []
        escalation.resolved_at = now
        escalation.resolved_by_membership_id = membership.id if membership else None
        if escalation.acknowledged_at is None:
            escalation.acknowledged_at = now
            escalation.acknowledged_by_membership_id = membership.id if membership else None
            _record_acknowledged(session, services, escalation, who.telegram_id, now)
        name = person.display_name or "a counselor"
        audit.write(session, now, audit.Action.RESOLVED, escalation, membership, name)
        return await _edit_every_copy(
            session,
            escalation,
            "alert_resolved",
            name,
            who.telegram_id,
            "alert_resolved",
            buttons_on=False,
        )


async def ask_to_reveal(
    services: ServiceContext, who: Newcomer, escalation_id: int
) -> list[Notice] | None:
    """**Who is this?** on an alert: a counselor is asked to confirm, in their private chat,
    before they see who the student is. None if they may not."""
    async with services.database.session() as session, session.begin():
        escalation = await session.get(Escalation, escalation_id)
        if escalation is None or not _revealable(escalation):
            return None
        allowed = await _counselor_of(session, services, who, escalation)
        if allowed is None:
            return None
        person, _ = allowed
        buttons = (
            (
                Button("button.reveal_yes", Action.REVEAL, (escalation_id, "yes")),
                Button("button.reveal_no", Action.REVEAL, (escalation_id, "no")),
            ),
        )
        return notice(
            who.telegram_id,
            person.language,
            "reveal_confirm",
            alert_id=escalation_id,
            buttons=buttons,
        )


@dataclass(frozen=True)
class Identity:
    """Whom a counselor may now reach directly: the student's Telegram id (the bot keeps
    nothing else; their name comes from Telegram when it is shown)."""

    alert_id: int
    student_telegram_id: int
    alias: str | None
    counselor_language: str


async def reveal_identity(
    services: ServiceContext, who: Newcomer, escalation_id: int
) -> Identity | None:
    """The counselor confirmed: recorded in the audit trail, and the student's id handed back.
    None if they may not (not a counselor of the school, a mentor, an alert since resolved,
    a student who deleted their data)."""
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        escalation = await session.get(Escalation, escalation_id)
        if escalation is None or not _revealable(escalation):
            return None
        allowed = await _counselor_of(session, services, who, escalation)
        if allowed is None or escalation.student_membership_id is None:
            return None
        person, membership = allowed
        student_membership, student = await repo.person_of(
            session, escalation.student_membership_id
        )
        if student.telegram_id is None:
            return None
        name = person.display_name or "a counselor"
        audit.write(session, now, audit.Action.REVEALED, escalation, membership, name)
        return Identity(
            escalation.id, student.telegram_id, student_membership.alias, person.language
        )


async def reveal_declined(services: ServiceContext, who: Newcomer) -> list[Notice]:
    async with services.database.session() as session:
        person = await repo.person_by_telegram_id(session, who.telegram_id)
        language = person.language if person else language_for(who.language_code)
    return notice(who.telegram_id, language, "reveal_cancelled")


async def alert_replied_to(services: ServiceContext, chat_id: int, message_id: int) -> int | None:
    """The alert a message in a chat was (a copy of), if it was one: replies to it go to the
    alert's student. Recognised by the message, never by reading its text."""
    async with services.database.session() as session:
        result = await session.execute(
            select(AlertMessage.escalation_id)
            .where(
                AlertMessage.kind == ALERT_COPY,
                AlertMessage.chat_id == chat_id,
                AlertMessage.message_id == message_id,
            )
            .limit(1)
        )
        return result.scalar_one_or_none()


async def counselor_reply(
    services: ServiceContext, who: Newcomer, escalation_id: int, text: str
) -> list[Notice]:
    """A counselor writes to the student behind an alert (the student's answers come back)."""
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        language = member.language if member else "en"
        escalation = await session.get(Escalation, escalation_id)
        if escalation is None or await _counselor_of(session, services, who, escalation) is None:
            return notice(who.telegram_id, language, "reply_unknown_alert", alert_id=escalation_id)
        if escalation.student_membership_id is None:
            return notice(who.telegram_id, language, "reply_student_gone")
        student_membership, student = await repo.person_of(
            session, escalation.student_membership_id
        )
        if student.telegram_id is None:
            return notice(who.telegram_id, language, "reply_student_gone")
        now = services.clock.now()
        counselor = member.membership if member else None
        name = (member.person.display_name if member else None) or "a counselor"
        if escalation.acknowledged_at is None:
            escalation.acknowledged_at = now
            escalation.acknowledged_by_membership_id = counselor.id if counselor else None
            _record_acknowledged(session, services, escalation, who.telegram_id, now)
            audit.write(session, now, audit.Action.ACKNOWLEDGED, escalation, counselor, name)
        audit.write(session, now, audit.Action.REPLIED, escalation, counselor, name)
        return notice(
            student.telegram_id,
            student.language,
            "relay.counselor_to_student",
            relay_text=text,
            protect=True,
            if_delivered=notice(
                who.telegram_id, language, "reply_sent", alias=student_membership.alias
            ),
            if_undelivered=notice(who.telegram_id, language, "relay.not_delivered"),
        )


OPEN_ALERTS_SHOWN = 30


async def open_alerts(services: ServiceContext, who: Newcomer) -> list[Notice]:
    """/alerts: a school's open alerts, oldest first, for its counselors and coordinators (the
    students' words stay in the alerts themselves)."""
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        if member is None or member.membership.role not in (Role.COUNSELOR, Role.COORDINATOR):
            language = member.language if member else language_for(who.language_code)
            return notice(who.telegram_id, language, "alerts_staff_only")
        language = member.language
        result = await session.execute(
            select(Escalation)
            .where(
                Escalation.school_id == member.school.id,
                Escalation.resolved_at.is_(None),
                Escalation.severity.in_((Severity.URGENT.label, Severity.IMMINENT.label)),
            )
            .order_by(Escalation.created_at, Escalation.id)
        )
        alerts = list(result.scalars().all())
        if not alerts:
            return notice(who.telegram_id, language, "alerts_none", school=member.school.name)
        lines = []
        for escalation in alerts[:OPEN_ALERTS_SHOWN]:
            values = await _alert_values(session, escalation, language)
            minutes = max(int((now - escalation.created_at).total_seconds() // 60), 0)
            values = {**values, "minutes": minutes}
            if escalation.acknowledged_at is None:
                lines.append(part("alerts_item_waiting", values))
            else:
                taker = await _taker_name(session, escalation.acknowledged_by_membership_id)
                lines.append(part("alerts_item_taken", values, name=taker))
        more = len(alerts) - OPEN_ALERTS_SHOWN
        after = (*lines, part("alerts_more", count=more)) if more > 0 else tuple(lines)
        return notice(
            who.telegram_id,
            language,
            "alerts_list",
            school=member.school.name,
            count=len(alerts),
            after=after,
        )


async def send_review_digest(services: ServiceContext, school_id: int) -> list[Notice]:
    """Review-level messages of a school, to its counselors in one quiet message (no page)."""
    async with services.database.session() as session, session.begin():
        pending = await session.execute(
            select(Escalation)
            .where(
                Escalation.school_id == school_id,
                Escalation.severity == Severity.REVIEW.label,
                Escalation.digested_at.is_(None),
            )
            .order_by(Escalation.id)
        )
        items = list(pending.scalars().all())
        if not items:
            return []
        now = services.clock.now()
        for escalation in items:
            escalation.digested_at = now
        school = await session.get(School, school_id)
        notices: list[Notice] = []
        for recipient in await recipients(session, school, services):
            lines = [
                part(
                    "review_digest_item",
                    await _alert_values(session, escalation, recipient.language),
                )
                for escalation in items
            ]
            notices += notice(
                recipient.chat_id,
                recipient.language,
                "review_digest",
                silent=True,
                after=tuple(lines),
            )
        return notices


async def open_counselor_thread(
    session: AsyncSession, student_membership_id: int
) -> tuple[Escalation, Person] | None:
    """The counselor who took the student's latest open alert, for the student's answers."""
    result = await session.execute(
        select(Escalation)
        .where(
            Escalation.student_membership_id == student_membership_id,
            Escalation.acknowledged_by_membership_id.is_not(None),
            Escalation.resolved_at.is_(None),
        )
        .order_by(Escalation.id.desc())
        .limit(1)
    )
    escalation = result.scalar_one_or_none()
    if escalation is None or escalation.acknowledged_by_membership_id is None:
        return None
    _, counselor = await repo.person_of(session, escalation.acknowledged_by_membership_id)
    return (escalation, counselor) if counselor.telegram_id else None
