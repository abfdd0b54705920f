"""Two bot processes on one database: no request held by two mentors, no mentor over capacity."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from bot.config import Settings
from bot.services.context import ServiceContext
from bot.standin import BotApiStandIn
from bot.storage.models import Conversation, Membership, Offer
from tests.support import people, world
from tests.support.bot_fixtures import bot_processes
from tests.support.clock import FakeClock


async def _check_invariants(services: ServiceContext) -> None:
    async with services.database.session() as session:
        for membership in (await session.execute(select(Membership))).scalars():
            active = (
                await session.execute(
                    select(func.count(Conversation.id)).where(
                        Conversation.mentor_membership_id == membership.id,
                        Conversation.ended_at.is_(None),
                    )
                )
            ).scalar_one()
            pending = (
                await session.execute(
                    select(func.count(Offer.id)).where(
                        Offer.mentor_membership_id == membership.id, Offer.state == "pending"
                    )
                )
            ).scalar_one()
            assert active + pending == membership.load <= membership.capacity
        per_request = (
            await session.execute(
                select(Conversation.request_id, func.count(Conversation.id)).group_by(
                    Conversation.request_id
                )
            )
        ).all()
        assert all(count == 1 for _, count in per_request)
        offers_per_request = (
            await session.execute(
                select(Offer.request_id, func.count(Offer.id))
                .where(Offer.state.in_(("pending", "accepted")))
                .group_by(Offer.request_id)
            )
        ).all()
        assert all(count == 1 for _, count in offers_per_request)


async def test_two_processes_share_the_work_safely(
    standin: BotApiStandIn, settings: Settings, database_url: str, clock: FakeClock
) -> None:
    async with bot_processes(standin, settings, database_url, clock) as (one, two):
        await world.school(one.services)
        mentors = [await people.mentor(one, standin, 100 + n, f"M{n}") for n in range(3)]
        students = [await people.student(one, standin, 200 + n) for n in range(8)]
        # Everyone asks at once; the two processes handle the presses concurrently.
        for student in students:
            await student.send("/talk")
        for student in students:
            await student.press("Stress")
        for student in students:
            await student.press("^3")
        for student in students:
            await student.expect("finding a peer mentor|in line")
        await _check_invariants(one.services)
        # Every mentor taps Accept twice, fast: the taps land on different processes.
        for mentor in mentors:
            offer = await mentor.expect("would like to talk")
            accept = offer.buttons[0]["callback_data"]
            await asyncio.gather(*(mentor.press_data(accept, offer.message_id) for _ in range(2)))
        for mentor in mentors:
            # The two answers may arrive in either order.
            await mentor.from_the_start().expect("connected with Student")
            await mentor.from_the_start().expect("already moved on")
            await mentor.expect("connected with Student|already moved on")
            await mentor.expect("connected with Student|already moved on")
        await _check_invariants(two.services)
        # Mentors finish and take the next in line, until everyone has been heard.
        for mentor in mentors:
            await mentor.send("/end")
            await mentor.expect("has ended")
        served = len(mentors)
        while served < len(students):
            for mentor in mentors[: len(students) - served]:
                await mentor.expect("would like to talk")
                await mentor.press("Accept")
                await mentor.expect("connected with Student")
                await _check_invariants(one.services)
                await mentor.send("/end")
                await mentor.expect("has ended")
                served += 1
        async with one.services.database.session() as session:
            conversations = (await session.execute(select(func.count(Conversation.id)))).scalar()
        assert conversations == 8
    assert not one.errors and not two.errors
