"""Check-in timing rules with a controlled clock (PRODUCT.md §6)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from bot.config import QuietHours
from bot.services import checkins
from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer
from bot.storage.models import Checkin, Conversation, Membership, Person, Role, SupportRequest
from tests.support import world
from tests.support.clock import FakeClock

NIGHT = QuietHours(time(21, 0), time(7, 30))
LA = "America/Los_Angeles"


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (utc(2026, 9, 14, 20, 0), utc(2026, 9, 14, 20, 0)),  # 13:00 local: fine
        (utc(2026, 9, 15, 5, 0), utc(2026, 9, 15, 14, 30)),  # 22:00 local -> 07:30 next day
        (utc(2026, 9, 15, 11, 0), utc(2026, 9, 15, 14, 30)),  # 04:00 local -> 07:30 same day
        (utc(2026, 9, 15, 14, 30), utc(2026, 9, 15, 14, 30)),  # 07:30 sharp: allowed
        (utc(2026, 9, 15, 4, 0), utc(2026, 9, 15, 14, 30)),  # 21:00 sharp: quiet
    ],
)
def test_quiet_hours_move_a_check_in_to_their_end(at: datetime, expected: datetime) -> None:
    assert checkins.next_allowed_time(at, NIGHT, LA) == expected


def test_daylight_saving_ends_during_the_night() -> None:
    # 23:00 PDT on Oct 31 2026; clocks fall back at 02:00 on Nov 1, so 07:30 is PST (UTC-8).
    assert checkins.next_allowed_time(utc(2026, 11, 1, 6, 0), NIGHT, LA) == utc(2026, 11, 1, 15, 30)


def test_daylight_saving_starts_during_the_night() -> None:
    # 23:00 PST on Mar 7 2026; clocks spring forward on Mar 8, so 07:30 is PDT (UTC-7).
    assert checkins.next_allowed_time(utc(2026, 3, 8, 7, 0), NIGHT, LA) == utc(2026, 3, 8, 14, 30)


def test_a_daytime_window_and_no_window() -> None:
    lunch = QuietHours(time(12, 0), time(13, 0))
    assert checkins.next_allowed_time(utc(2026, 9, 14, 19, 15), lunch, LA) == utc(
        2026, 9, 14, 20, 0
    )
    assert checkins.next_allowed_time(utc(2026, 9, 15, 5, 0), None, LA) == utc(2026, 9, 15, 5, 0)


async def _ended_conversation(
    services: ServiceContext, clock: FakeClock, **school: object
) -> Conversation:
    await world.school(services, **school)
    await world.enrolled(services, 1, "OAKTECH")
    await world.enrolled(services, 2, await world.invite_code(services, "OAKTECH", Role.MENTOR))
    async with services.database.session() as session, session.begin():
        student, mentor = (
            (await session.execute(select(Membership).order_by(Membership.id))).scalars().all()
        )
        request = SupportRequest(
            school_id=student.school_id,
            student_membership_id=student.id,
            state="matched",
            created_at=clock.now(),
        )
        session.add(request)
        await session.flush()
        conversation = Conversation(
            request_id=request.id,
            school_id=student.school_id,
            student_membership_id=student.id,
            mentor_membership_id=mentor.id,
            started_at=clock.now(),
            ended_at=clock.now(),
        )
        session.add(conversation)
        await session.flush()
        await checkins.schedule_for(session, services, conversation)
    return conversation


async def _checkins(services: ServiceContext) -> list[Checkin]:
    async with services.database.session() as session:
        return list((await session.execute(select(Checkin).order_by(Checkin.id))).scalars())


async def test_one_check_in_per_delay_outside_quiet_hours(
    services: ServiceContext, clock: FakeClock
) -> None:
    # The clock stands at 16:00 UTC = 09:00 in Los Angeles; delays 24h and 72h land at 09:00.
    await _ended_conversation(services, clock, timezone=LA)
    due = [c.due_at for c in await _checkins(services)]
    assert due == [clock.now() + timedelta(hours=24), clock.now() + timedelta(hours=72)]


async def test_a_school_can_set_its_own_quiet_hours(
    services: ServiceContext, clock: FakeClock
) -> None:
    await _ended_conversation(services, clock, timezone=LA, quiet_hours="08:00-10:00")
    due = [c.due_at for c in await _checkins(services)]
    assert due[0] == clock.now() + timedelta(hours=25)  # 09:00 -> 10:00 local


async def test_due_sends_once_then_nothing(services: ServiceContext, clock: FakeClock) -> None:
    await _ended_conversation(services, clock, timezone=LA)
    first = (await _checkins(services))[0]
    clock.advance(hours=24)
    [message] = await checkins.due(services, first.id)
    assert message.key == "checkin" and message.telegram_id == 1
    await checkins.mark_sent(services, first.id)
    assert await checkins.due(services, first.id) == []


async def test_switched_off_check_ins_are_not_sent(
    services: ServiceContext, clock: FakeClock
) -> None:
    await _ended_conversation(services, clock, timezone=LA)
    await checkins.set_enabled(services, Newcomer(1, "en", "S"), enabled=False)
    clock.advance(hours=24)
    first = (await _checkins(services))[0]
    assert await checkins.due(services, first.id) == []
    assert {c.state for c in await _checkins(services)} == {"cancelled"}


async def test_a_check_in_found_due_in_quiet_hours_waits_for_their_end(
    services: ServiceContext, clock: FakeClock
) -> None:
    await _ended_conversation(services, clock, timezone=LA)
    first = (await _checkins(services))[0]
    clock.advance(hours=37)  # the bot was down; it is now 22:00 in Los Angeles
    assert await checkins.due(services, first.id) == []
    [moved] = [c for c in await _checkins(services) if c.id == first.id]
    assert moved.state == "scheduled"
    assert moved.due_at.astimezone(UTC) == utc(2026, 9, 16, 14, 30)


async def test_a_deleted_student_gets_no_check_in(
    services: ServiceContext, clock: FakeClock
) -> None:
    await _ended_conversation(services, clock, timezone=LA)
    async with services.database.session() as session, session.begin():
        person = (await session.execute(select(Person).where(Person.telegram_id == 1))).scalar_one()
        person.telegram_id = None
    clock.advance(hours=24)
    first = (await _checkins(services))[0]
    assert await checkins.due(services, first.id) == []
