import asyncio
import re

import pytest
from sqlalchemy import func, select, text

from bot.services import enrollment, invites
from bot.services.context import ServiceContext
from bot.services.enrollment import (
    CODE_FAILURE_WINDOW,
    EVERYWHERE_WINDOW,
    MAX_CODE_FAILURES,
    MAX_INVITE_FAILURES_EVERYWHERE,
    ConsentResult,
    Newcomer,
    StartResult,
)
from bot.services.privacy import purge_old_alert_text
from bot.storage.models import CodeAttempt, Invite, Membership, Person, Role
from tests.support import world
from tests.support.clock import FakeClock

ANA = Newcomer(101, "en", "Ana")
BEN = Newcomer(102, "es-MX", "Ben")


async def test_student_joins_by_school_code_in_any_case(services: ServiceContext) -> None:
    await world.school(services)
    outcome = await enrollment.start(services, ANA, "oakTech")
    assert outcome.result is StartResult.JOINED
    caller = outcome.caller
    assert caller.role is Role.STUDENT
    assert caller.school is not None and caller.school.code == "OAKTECH"
    assert not caller.consented


async def test_students_get_a_short_alias_unique_in_their_school(
    services: ServiceContext,
) -> None:
    await world.school(services)
    for telegram_id in range(1, 41):
        await world.enrolled(services, telegram_id, "OAKTECH", consent=False)
    async with services.database.session() as session:
        aliases = list((await session.execute(select(Membership.alias))).scalars())
    assert len(set(aliases)) == 40
    assert all(alias and re.fullmatch(r"[A-Z][0-9]{1,3}", alias) for alias in aliases)


async def test_consent_is_recorded_once(services: ServiceContext) -> None:
    await world.school(services)
    outcome = await enrollment.start(services, ANA, "OAKTECH")
    assert outcome.caller.membership_id is not None
    result, caller = await enrollment.give_consent(services, ANA, outcome.caller.membership_id)
    assert result is ConsentResult.RECORDED and caller is not None and caller.consented
    again, _ = await enrollment.give_consent(services, ANA, outcome.caller.membership_id)
    assert again is ConsentResult.ALREADY


async def test_consent_for_someone_elses_membership_is_stale(services: ServiceContext) -> None:
    await world.school(services)
    anas = await world.enrolled(services, ANA.telegram_id, "OAKTECH", consent=False)
    assert anas.caller.membership_id is not None
    result, _ = await enrollment.give_consent(services, BEN, anas.caller.membership_id)
    assert result is ConsentResult.STALE
    result, _ = await enrollment.give_consent(services, ANA, 987654)
    assert result is ConsentResult.STALE


async def test_plain_start_with_no_school(services: ServiceContext) -> None:
    assert (await enrollment.start(services, ANA, None)).result is StartResult.NO_SCHOOLS


async def test_plain_start_with_one_school_joins_it(services: ServiceContext) -> None:
    await world.school(services)
    outcome = await enrollment.start(services, ANA, None)
    assert outcome.result is StartResult.JOINED
    assert (await enrollment.start(services, ANA, None)).result is StartResult.WELCOME_BACK


async def test_plain_start_with_several_schools_offers_them(services: ServiceContext) -> None:
    oak = await world.school(services)
    await world.school(services, "PINE", "Pine High")
    outcome = await enrollment.start(services, ANA, None)
    assert outcome.result is StartResult.CHOOSE_SCHOOL
    assert [s.code for s in outcome.schools] == ["OAKTECH", "PINE"]
    chosen = await enrollment.choose_school(services, ANA, oak.id)
    assert chosen.result is StartResult.JOINED
    assert chosen.caller.school is not None and chosen.caller.school.code == "OAKTECH"
    assert (await enrollment.choose_school(services, ANA, 99999)).result is StartResult.STALE


async def test_invite_makes_a_mentor_and_works_once(services: ServiceContext) -> None:
    await world.school(services)
    code = await world.invite_code(services, "OAKTECH", Role.MENTOR)
    outcome = await enrollment.start(services, ANA, code)
    assert outcome.result is StartResult.JOINED and outcome.caller.role is Role.MENTOR
    assert (await enrollment.start(services, BEN, code)).result is StartResult.INVITE_USED


async def test_invite_expires(services: ServiceContext, clock: FakeClock) -> None:
    await world.school(services)
    code = await world.invite_code(services, "OAKTECH", Role.COUNSELOR)
    clock.advance(days=7)
    assert (await enrollment.start(services, ANA, code)).result is StartResult.INVITE_EXPIRED


async def test_invite_codes_are_random_and_only_their_hash_is_kept(
    services: ServiceContext,
) -> None:
    await world.school(services)
    created = await invites.create_invites(services, "OAKTECH", Role.MENTOR, count=50)
    codes = {c.code for c in created}
    assert len(codes) == 50
    # 20 symbols of a 32-letter alphabet: 100 bits, well over the 40 the spec asks for.
    assert all(re.fullmatch(rf"[{invites.INVITE_ALPHABET}]{{20}}", code) for code in codes)
    async with services.database.session() as session:
        dump = " ".join(
            str(row) for row in (await session.execute(text("SELECT * FROM invites"))).all()
        )
    assert not any(code in dump for code in codes)


async def test_invite_upgrades_a_student_and_same_role_keeps_the_invite(
    services: ServiceContext,
) -> None:
    await world.school(services)
    await world.enrolled(services, ANA.telegram_id, "OAKTECH")
    code = await world.invite_code(services, "OAKTECH", Role.MENTOR)
    changed = await enrollment.start(services, ANA, code)
    assert changed.result is StartResult.ROLE_CHANGED and changed.caller.role is Role.MENTOR
    second = await world.invite_code(services, "OAKTECH", Role.MENTOR)
    assert (await enrollment.start(services, ANA, second)).result is StartResult.ALREADY_MEMBER
    assert (await enrollment.start(services, BEN, second)).result is StartResult.JOINED


async def test_staff_using_the_school_code_keep_their_role(services: ServiceContext) -> None:
    await world.school(services)
    await world.enrolled(
        services, ANA.telegram_id, await world.invite_code(services, "OAKTECH", Role.COUNSELOR)
    )
    outcome = await enrollment.start(services, ANA, "OAKTECH")
    assert outcome.result is StartResult.STAFF_ROLE_KEPT
    assert outcome.caller.role is Role.COUNSELOR


async def test_guessing_codes_is_rate_limited(services: ServiceContext, clock: FakeClock) -> None:
    await world.school(services)
    code = await world.invite_code(services, "OAKTECH", Role.MENTOR)
    for guess in range(MAX_CODE_FAILURES):
        outcome = await enrollment.start(services, ANA, f"NOPE{guess}")
        assert outcome.result is StartResult.UNKNOWN_CODE
    blocked = await enrollment.start(services, ANA, code)
    assert blocked.result is StartResult.TOO_MANY_TRIES
    assert blocked.retry_in_minutes == 15
    # Someone else is not affected.
    assert (await enrollment.start(services, BEN, "OAKTECH")).result is StartResult.JOINED
    clock.advance(seconds=CODE_FAILURE_WINDOW.total_seconds())
    assert (await enrollment.start(services, ANA, code)).result is StartResult.JOINED


async def test_many_accounts_guessing_invites_are_refused_together(
    services: ServiceContext, clock: FakeClock
) -> None:
    await world.school(services)
    code = await world.invite_code(services, "OAKTECH", Role.MENTOR)
    guessers = [Newcomer(5000 + n, "en", None) for n in range(MAX_INVITE_FAILURES_EVERYWHERE + 1)]
    for guesser in guessers[:-1]:
        wrong = invites.new_invite_code()
        assert (await enrollment.start(services, guesser, wrong)).result is StartResult.UNKNOWN_CODE
    refused = await enrollment.start(services, guessers[-1], code)
    assert refused.result is StartResult.TOO_MANY_TRIES
    assert refused.retry_in_minutes == 1
    # The school code is public: students still join while invites are being guessed.
    assert (await enrollment.start(services, BEN, "OAKTECH")).result is StartResult.JOINED
    clock.advance(seconds=EVERYWHERE_WINDOW.total_seconds())
    assert (await enrollment.start(services, guessers[-1], code)).result is StartResult.JOINED


async def test_wrong_codes_are_forgotten_when_their_window_ends(
    services: ServiceContext, clock: FakeClock
) -> None:
    await world.school(services)
    assert (await enrollment.start(services, ANA, "NOPE")).result is StartResult.UNKNOWN_CODE
    clock.advance(seconds=CODE_FAILURE_WINDOW.total_seconds())
    await purge_old_alert_text(services)
    async with services.database.session() as session:
        assert (await session.execute(select(func.count(CodeAttempt.id)))).scalar_one() == 0
    # And when anyone tries a code, everyone's expired attempts go with it.
    assert (await enrollment.start(services, ANA, "NOPE")).result is StartResult.UNKNOWN_CODE
    clock.advance(seconds=CODE_FAILURE_WINDOW.total_seconds())
    assert (await enrollment.start(services, BEN, "NOPE")).result is StartResult.UNKNOWN_CODE
    async with services.database.session() as session:
        ids = (await session.execute(select(CodeAttempt.telegram_id))).scalars().all()
    assert ids == [BEN.telegram_id]


async def test_language_follows_telegram_until_chosen(services: ServiceContext) -> None:
    await world.school(services)
    assert (await enrollment.start(services, BEN, "OAKTECH")).caller.language == "es"
    assert await enrollment.set_language(services, BEN, "en") == "en"
    caller = await enrollment.describe_caller(services, BEN.telegram_id, "es")
    assert caller.language == "en"
    with pytest.raises(ValueError):
        await enrollment.set_language(services, BEN, "fr")


async def test_two_starts_at_once_make_one_person(services: ServiceContext) -> None:
    await world.school(services)
    results = await asyncio.gather(*(enrollment.start(services, ANA, "OAKTECH") for _ in range(4)))
    assert {r.result for r in results} <= {StartResult.JOINED, StartResult.ALREADY_MEMBER}
    async with services.database.session() as session:
        assert (await session.execute(select(func.count(Person.id)))).scalar_one() == 1
        assert (await session.execute(select(func.count(Membership.id)))).scalar_one() == 1


async def test_one_invite_raced_by_many_people_makes_one_member(services: ServiceContext) -> None:
    await world.school(services)
    code = await world.invite_code(services, "OAKTECH", Role.MENTOR)
    people = [Newcomer(200 + n, "en", "X") for n in range(6)]
    results = await asyncio.gather(*(enrollment.start(services, p, code) for p in people))
    assert [r.result for r in results].count(StartResult.JOINED) == 1
    assert {r.result for r in results} == {StartResult.JOINED, StartResult.INVITE_USED}
    async with services.database.session() as session:
        used = (await session.execute(select(Invite.used_by_person_id))).scalar_one()
        assert used is not None


class TestInviteFromChat:
    async def test_coordinator_invites_mentors_and_counselors(
        self, services: ServiceContext
    ) -> None:
        await world.school(services)
        await world.enrolled(
            services,
            ANA.telegram_id,
            await world.invite_code(services, "OAKTECH", Role.COORDINATOR),
        )
        reply = await invites.invite_from_chat(services, ANA.telegram_id, "en", ["mentor"])
        assert reply.created is not None and reply.created.role is Role.MENTOR
        for not_understood in (["coordinator"], ["student"], [], ["mentor", "extra"]):
            reply = await invites.invite_from_chat(services, ANA.telegram_id, "en", not_understood)
            assert reply.created is None and not reply.refused

    async def test_students_and_mentors_may_not_invite(self, services: ServiceContext) -> None:
        await world.school(services)
        await world.enrolled(services, ANA.telegram_id, "OAKTECH")
        await world.enrolled(
            services, BEN.telegram_id, await world.invite_code(services, "OAKTECH", Role.MENTOR)
        )
        for person in (ANA, BEN, Newcomer(555, "en", "Stranger")):
            reply = await invites.invite_from_chat(services, person.telegram_id, "en", ["mentor"])
            assert reply.refused and reply.allowed_roles == (Role.COORDINATOR,)
            assert reply.created is None

    async def test_admin_invites_for_any_school(self, services: ServiceContext) -> None:
        await world.school(services)
        admin = services.settings.admin_ids[0]
        reply = await invites.invite_from_chat(services, admin, "en", ["oaktech", "coordinator"])
        assert reply.created is not None and reply.created.role is Role.COORDINATOR
        reply = await invites.invite_from_chat(services, admin, "en", ["NOPE", "mentor"])
        assert reply.unknown_school == "NOPE"
