"""Follow-up mood check-ins (PRODUCT.md §6): after a conversation, outside quiet hours, once.

Each check-in is a row and a durable timer. At its time the check-in is sent unless the
student turned check-ins off or deleted their data; inside the school's quiet hours it moves
to their end. It is marked attempted before sending and sent after, so a bot killed and
restarted sends it again only if it cannot know the first send went out.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import Action
from bot.config import QuietHours, parse_quiet_hours
from bot.services.callers import Member, load_member
from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer
from bot.services.events import EventType, record
from bot.services.notices import Button, FollowUp, Notice, notice, part
from bot.storage import repositories as repo
from bot.storage.models import Checkin, Conversation, Membership, Role, School
from bot.timers import schedule

CHECKIN_TIMER = "checkin"
LOW_MOOD = 2


def quiet_hours_for(services: ServiceContext, school: School) -> QuietHours | None:
    """The school's own quiet hours if set ("" for none), else QUIET_HOURS."""
    if school.quiet_hours is not None:
        return parse_quiet_hours(school.quiet_hours)
    return services.settings.quiet_hours


def next_allowed_time(at: datetime, quiet: QuietHours | None, timezone: str) -> datetime:
    """The first moment at or after `at` that is outside the quiet hours, in local time.

    Local clock times are turned into instants by the time zone's rules, so a window that
    spans a daylight-saving change still ends at its local end time.
    """
    if quiet is None:
        return at
    zone = ZoneInfo(timezone)
    local = at.astimezone(zone)
    minute = local.time().replace(second=0, microsecond=0, tzinfo=None)
    crosses_midnight = quiet.start > quiet.end
    if crosses_midnight:
        inside = minute >= quiet.start or minute < quiet.end
        end_date = local.date() + timedelta(days=1) if minute >= quiet.start else local.date()
    else:
        inside = quiet.start <= minute < quiet.end
        end_date = local.date()
    if not inside:
        return at
    end = datetime.combine(end_date, quiet.end, tzinfo=zone)
    # Round-trip through UTC so a wall time skipped by a spring-forward change is normalized.
    return end.astimezone(UTC)


async def schedule_for(
    session: AsyncSession, services: ServiceContext, conversation: Conversation
) -> None:
    """After a conversation ends: one check-in per CHECKIN_DELAYS entry (if the student wants)."""
    membership = await session.get(Membership, conversation.student_membership_id)
    school = await session.get(School, conversation.school_id)
    if membership is None or school is None or not membership.checkins_enabled:
        return
    ended = conversation.ended_at or services.clock.now()
    now = services.clock.now()
    quiet = quiet_hours_for(services, school)
    for delay in services.settings.checkin_delays:
        due = next_allowed_time(ended + delay, quiet, school.timezone)
        checkin = Checkin(
            student_membership_id=membership.id,
            conversation_id=conversation.id,
            school_id=school.id,
            due_at=due,
            state="scheduled",
        )
        session.add(checkin)
        await session.flush()
        await schedule(session, CHECKIN_TIMER, due, {"checkin_id": checkin.id}, now)


def _buttons(checkin_id: int) -> tuple[tuple[Button, ...], ...]:
    moods = tuple(Button(f"mood.{n}", Action.CHECKIN, (checkin_id, str(n))) for n in range(1, 6))
    return (moods, (Button("button.talk_again", Action.CHECKIN, (checkin_id, "talk")),))


async def due(services: ServiceContext, checkin_id: int) -> list[Notice]:
    """The check-in's timer fired: what to send now (nothing if it moved or was cancelled)."""
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        checkin = await session.get(Checkin, checkin_id)
        if checkin is None or checkin.state != "scheduled" or checkin.sent_at is not None:
            return []
        membership, person = await repo.person_of(session, checkin.student_membership_id)
        school = await session.get(School, checkin.school_id)
        assert school is not None
        if not membership.checkins_enabled or person.telegram_id is None:
            checkin.state = "cancelled"
            return []
        allowed = next_allowed_time(now, quiet_hours_for(services, school), school.timezone)
        if allowed > now:  # the bot was down past the due time and it is now quiet hours
            checkin.due_at = allowed
            await schedule(session, CHECKIN_TIMER, allowed, {"checkin_id": checkin.id}, now)
            return []
        checkin.attempted_at = now
        return notice(
            person.telegram_id,
            person.language,
            "checkin",
            buttons=_buttons(checkin.id),
            follow_up=(FollowUp.CHECKIN, checkin.id),
        )


async def mark_sent(services: ServiceContext, checkin_id: int) -> None:
    async with services.database.session() as session, session.begin():
        checkin = await session.get(Checkin, checkin_id)
        if checkin is None or checkin.sent_at is not None:
            return
        checkin.state = "sent"
        checkin.sent_at = services.clock.now()
        _, student = await repo.person_of(session, checkin.student_membership_id)
        record(
            session,
            services,
            EventType.CHECKIN_SENT,
            school_id=checkin.school_id,
            role=Role.STUDENT,
            telegram_id=student.telegram_id,
        )


async def mark_unreachable(services: ServiceContext, checkin_id: int) -> None:
    """The student blocked the bot: this check-in ends here, with no retries."""
    async with services.database.session() as session, session.begin():
        await session.execute(
            update(Checkin).where(Checkin.id == checkin_id).values(state="unreachable")
        )


async def _own_checkin(
    session: AsyncSession, who: Newcomer, checkin_id: int
) -> tuple[Member, Checkin] | None:
    """The caller's check-in, or None for one that is not theirs (a forged or foreign press)."""
    member = await load_member(session, who.telegram_id, who.language_code)
    checkin = await session.get(Checkin, checkin_id)
    if member is None or checkin is None:
        return None
    if checkin.student_membership_id != member.membership.id:
        return None
    return member, checkin


async def answer(
    services: ServiceContext, who: Newcomer, checkin_id: int, choice: str
) -> tuple[list[Notice] | None, int | None]:
    """A mood (1-5) or "talk". Returns (notices, previous mentor id when the student wants to
    talk again); notices None for a press that is not theirs."""
    async with services.database.session() as session, session.begin():
        own = await _own_checkin(session, who, checkin_id)
        if own is None:
            return None, None
        member, checkin = own
        language = member.language
        if checkin.answered_at is not None:
            return notice(who.telegram_id, language, "checkin_already"), None
        checkin.answered_at = services.clock.now()
        if choice == "talk":
            checkin.talk_again = True
            record(
                session,
                services,
                EventType.CHECKIN_ANSWERED,
                school_id=checkin.school_id,
                role=Role.STUDENT,
                telegram_id=who.telegram_id,
                answer="talk",
            )
            conversation = await session.get(Conversation, checkin.conversation_id)
            return [], conversation.mentor_membership_id if conversation else None
        checkin.mood = int(choice)
        record(
            session,
            services,
            EventType.CHECKIN_ANSWERED,
            school_id=checkin.school_id,
            role=Role.STUDENT,
            telegram_id=who.telegram_id,
            mood=checkin.mood,
        )
        if checkin.mood <= LOW_MOOD:
            talk = ((Button("button.talk", Action.TALK, ("go",)),),)
            return notice(
                who.telegram_id, language, "checkin_low", buttons=talk, after=(part("resources"),)
            ), None
        return notice(who.telegram_id, language, "checkin_thanks"), None


async def previous_mentor_available(services: ServiceContext, mentor_id: int) -> bool:
    async with services.database.session() as session:
        mentor = await session.get(Membership, mentor_id)
        return bool(mentor and mentor.on_shift and mentor.load < mentor.capacity)


async def set_enabled(services: ServiceContext, who: Newcomer, enabled: bool) -> list[Notice]:
    """/checkins on|off. Off cancels the check-ins already scheduled."""
    async with services.database.session() as session, session.begin():
        member = await load_member(session, who.telegram_id, who.language_code)
        if member is None or member.membership.role != Role.STUDENT:
            language = member.language if member else "en"
            return notice(who.telegram_id, language, "talk_students_only")
        member.membership.checkins_enabled = enabled
        if not enabled:
            await session.execute(
                update(Checkin)
                .where(
                    Checkin.student_membership_id == member.membership.id,
                    Checkin.state == "scheduled",
                )
                .values(state="cancelled")
            )
        key = "checkins_on" if enabled else "checkins_off"
        return notice(who.telegram_id, member.language, key)


async def previous_mentor_of(
    services: ServiceContext, who: Newcomer, checkin_id: int
) -> int | None:
    """The mentor of the conversation a student's check-in followed (None if not theirs)."""
    async with services.database.session() as session:
        own = await _own_checkin(session, who, checkin_id)
        if own is None:
            return None
        _, checkin = own
        conversation = await session.get(Conversation, checkin.conversation_id)
        return conversation.mentor_membership_id if conversation else None
