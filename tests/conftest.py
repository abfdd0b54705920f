"""Fixtures that build the world: databases, services, the Bot API stand-in and a running bot."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.config import Settings, load_settings
from bot.services.context import ServiceContext
from bot.storage.db import Database
from escalation.detector import warm_up
from tests.support.clock import FakeClock
from tests.support.databases import (
    PostgresDatabases,
    SqliteDatabases,
    postgres_unavailable_reason,
    postgres_url,
    skip_or_fail,
)

pytest_plugins = ["tests.support.bot_fixtures"]


@pytest.fixture(scope="session", autouse=True)
def crisis_detector_loaded() -> None:
    """The bot loads the detector's word lists when it starts (post_init); the tests' bots are
    driven without post_init, so load them once here rather than inside a test's waits."""
    warm_up()


@pytest.fixture(scope="session")
def sqlite_databases(tmp_path_factory: pytest.TempPathFactory) -> SqliteDatabases:
    return SqliteDatabases(tmp_path_factory.mktemp("sqlite"))


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[PostgresDatabases]:
    reason = postgres_unavailable_reason()
    if reason is not None:
        skip_or_fail(reason)
    databases = PostgresDatabases(postgres_url())
    yield databases
    databases.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A freshly migrated, empty database: SQLite, then PostgreSQL."""
    kind = request.param
    databases: SqliteDatabases | PostgresDatabases = (
        request.getfixturevalue("sqlite_databases")
        if kind == "sqlite"
        else request.getfixturevalue("postgres_databases")
    )
    url = databases.new()
    yield url
    databases.drop(url)


@pytest.fixture
def sqlite_url(sqlite_databases: SqliteDatabases) -> Iterator[str]:
    """A freshly migrated SQLite database, for tests where the engine does not matter."""
    url = sqlite_databases.new()
    yield url
    sqlite_databases.drop(url)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Settings:
    """Settings from a clean environment (no .env, no stray variables)."""
    monkeypatch.chdir(tmp_path)
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    return load_settings(admin_ids="999", pseudonym_secret="test-secret")


@pytest.fixture
async def services(
    database_url: str, clock: FakeClock, settings: Settings
) -> AsyncIterator[ServiceContext]:
    database = Database(database_url)
    yield ServiceContext(database, clock, settings)
    await database.dispose()
