"""Joining a school (PRODUCT.md §2): school codes, staff invites, consent, language."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.callers import current_membership, load_caller
from bot.services.context import ServiceContext, retry_on_conflict
from bot.services.events import EventType, record
from bot.services.invites import hash_invite_code, looks_like_invite_code
from bot.services.views import Caller, SchoolView
from bot.storage import repositories as repo
from bot.storage.models import CodeAttempt, Membership, Person, Role, School
from bot.texts import LANGUAGES, language_for

MAX_CODE_FAILURES = 5
CODE_FAILURE_WINDOW = timedelta(minutes=15)
# Wrong invite codes from everyone together: many accounts guessing at once are refused too.
# An invite code carries 100 random bits, so guessing cannot succeed anyway; the ceiling keeps
# the table and the load small. School codes are public and never refused by it.
MAX_INVITE_FAILURES_EVERYWHERE = 60
EVERYWHERE_WINDOW = timedelta(minutes=1)
MAX_START_PAYLOAD = 64  # Telegram's limit for a deep-link parameter
ALIAS_ATTEMPTS = 50


class StartResult(StrEnum):
    JOINED = "joined"
    ALREADY_MEMBER = "already_member"
    ROLE_CHANGED = "role_changed"
    STAFF_ROLE_KEPT = "staff_role_kept"
    WELCOME_BACK = "welcome_back"
    CHOOSE_SCHOOL = "choose_school"
    NO_SCHOOLS = "no_schools"
    UNKNOWN_CODE = "unknown_code"
    INVITE_USED = "invite_used"
    INVITE_EXPIRED = "invite_expired"
    TOO_MANY_TRIES = "too_many_tries"
    STALE = "stale"


@dataclass(frozen=True)
class StartOutcome:
    result: StartResult
    caller: Caller
    schools: tuple[SchoolView, ...] = ()
    retry_in_minutes: int = 0


@dataclass(frozen=True)
class Newcomer:
    """Who is writing, from the Telegram update."""

    telegram_id: int
    language_code: str | None
    first_name: str | None


async def describe_caller(
    services: ServiceContext, telegram_id: int, language_code: str | None
) -> Caller:
    """The caller's language, school and role; read-only (a stranger is not stored)."""
    async with services.database.session() as session, session.begin():
        return await load_caller(session, services, telegram_id, language_code)


async def _person(session: AsyncSession, services: ServiceContext, who: Newcomer) -> Person:
    person = await repo.person_by_telegram_id(session, who.telegram_id)
    if person is None:
        person = Person(
            telegram_id=who.telegram_id,
            language=language_for(who.language_code),
            language_chosen=False,
            created_at=services.clock.now(),
        )
        session.add(person)
        await session.flush()
    return person


@retry_on_conflict
async def start(services: ServiceContext, who: Newcomer, payload: str | None) -> StartOutcome:
    """Handle /start with or without a school code or invite."""
    async with services.database.session() as session, session.begin():
        person = await _person(session, services, who)
        if payload:
            return await _start_with_code(session, services, who, person, payload.strip())
        school, membership = await current_membership(session, person)
        if school is not None and membership is not None:
            return await _outcome(session, services, StartResult.WELCOME_BACK, who, person)
        schools = await repo.all_schools(session)
        if not schools:
            return await _outcome(session, services, StartResult.NO_SCHOOLS, who, person)
        if len(schools) == 1:
            return await _join_as_student(session, services, who, person, schools[0])
        return StartOutcome(
            StartResult.CHOOSE_SCHOOL,
            await load_caller(session, services, who.telegram_id, who.language_code),
            tuple(SchoolView.of(s) for s in schools),
        )


@retry_on_conflict
async def choose_school(services: ServiceContext, who: Newcomer, school_id: int) -> StartOutcome:
    """A student tapped a school button after a plain /start."""
    async with services.database.session() as session, session.begin():
        person = await _person(session, services, who)
        school = await session.get(School, school_id)
        if school is None:
            return await _outcome(session, services, StartResult.STALE, who, person)
        return await _join_as_student(session, services, who, person, school)


async def _start_with_code(
    session: AsyncSession, services: ServiceContext, who: Newcomer, person: Person, code: str
) -> StartOutcome:
    now = services.clock.now()
    failures, oldest = await repo.recent_code_failures(
        session, who.telegram_id, now - CODE_FAILURE_WINDOW
    )
    wait: timedelta | None = None
    if failures >= MAX_CODE_FAILURES:
        assert oldest is not None
        wait = oldest + CODE_FAILURE_WINDOW - now
    elif looks_like_invite_code(code) and (
        await repo.code_failures_since(session, now - EVERYWHERE_WINDOW)
        >= MAX_INVITE_FAILURES_EVERYWHERE
    ):
        wait = EVERYWHERE_WINDOW
    if wait is not None:
        return StartOutcome(
            StartResult.TOO_MANY_TRIES,
            await load_caller(session, services, who.telegram_id, who.language_code),
            retry_in_minutes=max(1, -(-int(wait.total_seconds()) // 60)),
        )
    school = None
    if len(code) <= MAX_START_PAYLOAD and not looks_like_invite_code(code):
        school = await repo.school_by_code(session, code)
    if school is not None:
        return await _join_as_student(session, services, who, person, school)
    invite = None
    if looks_like_invite_code(code):
        invite = await repo.invite_by_hash(session, hash_invite_code(code))
    if invite is None:
        session.add(CodeAttempt(telegram_id=who.telegram_id, at=now))
        return await _outcome(session, services, StartResult.UNKNOWN_CODE, who, person)
    if invite.used_at is not None:
        return await _outcome(session, services, StartResult.INVITE_USED, who, person)
    if invite.expires_at <= now:
        return await _outcome(session, services, StartResult.INVITE_EXPIRED, who, person)
    school = await session.get(School, invite.school_id)
    assert school is not None
    existing = await repo.membership(session, person.id, school.id)
    person.current_school_id = school.id
    if existing is not None and existing.role == invite.role:
        return await _outcome(session, services, StartResult.ALREADY_MEMBER, who, person)
    if not await repo.claim_invite(session, invite.id, person.id, now):
        return await _outcome(session, services, StartResult.INVITE_USED, who, person)
    if who.first_name:
        person.display_name = who.first_name[:64]
    if existing is not None:
        existing.role = invite.role
        existing.alias = None
        record(
            session,
            services,
            EventType.MEMBER_JOINED,
            school_id=school.id,
            role=invite.role,
            telegram_id=who.telegram_id,
        )
        return await _outcome(session, services, StartResult.ROLE_CHANGED, who, person)
    await _add_membership(session, services, who, person, school, Role(invite.role), None)
    return await _outcome(session, services, StartResult.JOINED, who, person)


async def _join_as_student(
    session: AsyncSession, services: ServiceContext, who: Newcomer, person: Person, school: School
) -> StartOutcome:
    existing = await repo.membership(session, person.id, school.id)
    person.current_school_id = school.id
    if existing is not None:
        result = (
            StartResult.ALREADY_MEMBER
            if existing.role == Role.STUDENT
            else StartResult.STAFF_ROLE_KEPT
        )
        return await _outcome(session, services, result, who, person)
    alias = await _new_alias(session, school.id)
    await _add_membership(session, services, who, person, school, Role.STUDENT, alias)
    return await _outcome(session, services, StartResult.JOINED, who, person)


async def _add_membership(
    session: AsyncSession,
    services: ServiceContext,
    who: Newcomer,
    person: Person,
    school: School,
    role: Role,
    alias: str | None,
) -> None:
    """The person joins the school in `role` (and the evaluation log says so)."""
    session.add(
        Membership(
            person_id=person.id,
            school_id=school.id,
            role=role,
            alias=alias,
            joined_at=services.clock.now(),
        )
    )
    await session.flush()
    record(
        session,
        services,
        EventType.MEMBER_JOINED,
        school_id=school.id,
        role=role,
        telegram_id=who.telegram_id,
    )


async def _new_alias(session: AsyncSession, school_id: int) -> str:
    """A short nickname like K7, unique in the school; longer once short ones run out."""
    chooser = random.SystemRandom()
    digits = 1
    for attempt in range(ALIAS_ATTEMPTS):
        if attempt and attempt % 10 == 0:
            digits += 1
        alias = chooser.choice(string.ascii_uppercase) + "".join(
            chooser.choice(string.digits) for _ in range(digits)
        )
        if not await repo.alias_taken(session, school_id, alias):
            return alias
    raise RuntimeError("could not find a free alias")


async def _outcome(
    session: AsyncSession,
    services: ServiceContext,
    result: StartResult,
    who: Newcomer,
    person: Person,
) -> StartOutcome:
    await session.flush()
    school, membership = await current_membership(session, person)
    caller = Caller.of(
        who.telegram_id,
        services.is_admin(who.telegram_id),
        person,
        school,
        membership,
        language_for(who.language_code),
    )
    return StartOutcome(result, caller)


class ConsentResult(StrEnum):
    RECORDED = "recorded"
    ALREADY = "already"
    STALE = "stale"


async def give_consent(
    services: ServiceContext, who: Newcomer, membership_id: int
) -> tuple[ConsentResult, Caller | None]:
    """The person tapped I understand on the consent notice for `membership_id`."""
    telegram_id = who.telegram_id
    async with services.database.session() as session, session.begin():
        person = await repo.person_by_telegram_id(session, telegram_id)
        membership = await session.get(Membership, membership_id)
        if person is None or membership is None or membership.person_id != person.id:
            return ConsentResult.STALE, None
        result = ConsentResult.ALREADY
        if membership.consented_at is None:
            membership.consented_at = services.clock.now()
            result = ConsentResult.RECORDED
        person.current_school_id = membership.school_id
        school = await session.get(School, membership.school_id)
        caller = Caller.of(
            telegram_id,
            services.is_admin(telegram_id),
            person,
            school,
            membership,
            language_for(who.language_code),
        )
        return result, caller


@retry_on_conflict
async def set_language(services: ServiceContext, who: Newcomer, language: str) -> str:
    """Switch the person's language; returns the language now in use."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    async with services.database.session() as session, session.begin():
        person = await _person(session, services, who)
        person.language = language
        person.language_chosen = True
        return language
