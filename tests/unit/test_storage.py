import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, StatementError

from bot.services.context import ServiceContext
from bot.storage import repositories as repo
from bot.storage.db import Database
from bot.storage.migrate import SchemaOutdated, ensure_current, prepare
from bot.storage.models import Base, Invite, Membership, Person, Role, School
from tests.support.clock import FakeClock

EXPECTED_TABLES = {
    "schools",
    "people",
    "memberships",
    "invites",
    "code_attempts",
    "support_requests",
    "conversations",
    "timers",
    "escalations",
    "events",
}


async def test_migrations_build_every_table(services: ServiceContext) -> None:
    def tables(connection: Connection) -> set[str]:
        return set(inspect(connection).get_table_names())

    async with services.database.engine.connect() as connection:
        assert await connection.run_sync(tables) >= EXPECTED_TABLES
    await ensure_current(services.database.engine)


async def test_migrations_match_the_models(services: ServiceContext) -> None:
    """A model change without a migration fails here."""

    def differences(connection: Connection) -> list[object]:
        return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))

    async with services.database.engine.connect() as connection:
        assert await connection.run_sync(differences) == []


async def test_an_unmigrated_sqlite_file_is_migrated_on_prepare(tmp_path: object) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path}/fresh.db")
    with pytest.raises(SchemaOutdated):
        await ensure_current(database.engine)
    await prepare(database.engine)
    await ensure_current(database.engine)
    await database.dispose()


async def _school(services: ServiceContext, code: str = "OAK") -> School:
    async with services.database.session() as session, session.begin():
        school = School(code=code, name="Oak", timezone="UTC", created_at=services.clock.now())
        session.add(school)
    return school


async def _person(services: ServiceContext, telegram_id: int) -> Person:
    async with services.database.session() as session, session.begin():
        person = Person(telegram_id=telegram_id, created_at=services.clock.now())
        session.add(person)
    return person


async def test_times_come_back_as_aware_utc(services: ServiceContext) -> None:
    local = datetime(2026, 3, 8, 1, 30, tzinfo=UTC).astimezone()
    async with services.database.session() as session, session.begin():
        session.add(School(code="TZ", name="Tz", timezone="UTC", created_at=local))
    async with services.database.session() as session:
        stored = (await session.execute(select(School.created_at))).scalar_one()
    assert stored == local
    assert stored.tzinfo == UTC


async def test_naive_times_are_refused(services: ServiceContext) -> None:
    with pytest.raises(StatementError):
        async with services.database.session() as session, session.begin():
            session.add(School(code="TZ", name="Tz", timezone="UTC", created_at=datetime.now()))


async def test_one_role_per_person_per_school(services: ServiceContext) -> None:
    school = await _school(services)
    person = await _person(services, 1)
    now = services.clock.now()
    async with services.database.session() as session, session.begin():
        session.add(
            Membership(person_id=person.id, school_id=school.id, role=Role.STUDENT, joined_at=now)
        )
    with pytest.raises(IntegrityError):
        async with services.database.session() as session, session.begin():
            session.add(
                Membership(
                    person_id=person.id, school_id=school.id, role=Role.MENTOR, joined_at=now
                )
            )


async def test_an_invite_is_claimed_once_under_concurrency(services: ServiceContext) -> None:
    school = await _school(services)
    people = [await _person(services, telegram_id) for telegram_id in range(1, 9)]
    clock: FakeClock = services.clock  # type: ignore[assignment]
    async with services.database.session() as session, session.begin():
        invite = Invite(
            code_hash="h" * 64,
            school_id=school.id,
            role=Role.MENTOR,
            created_at=clock.now(),
            expires_at=clock.now() + timedelta(days=1),
        )
        session.add(invite)

    async def claim(person: Person) -> bool:
        async with services.database.session() as session, session.begin():
            return await repo.claim_invite(session, invite.id, person.id, clock.now())

    results = await asyncio.gather(*(claim(person) for person in people))
    assert results.count(True) == 1
