"""Test databases: SQLite files and PostgreSQL databases, each migrated once and then copied.

PostgreSQL is named by TEST_DATABASE_URL (default below). Where it does not answer, its tests
skip with the reason; with REQUIRE_POSTGRES=1 (set by .ci/run) they fail instead.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from bot.storage.db import Database
from bot.storage.migrate import upgrade_to_head

DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"


def postgres_url() -> str:
    return os.environ.get("TEST_DATABASE_URL", DEFAULT_POSTGRES_URL)


def postgres_required() -> bool:
    return os.environ.get("REQUIRE_POSTGRES", "") not in ("", "0", "false")


def _dsn(url: str, database: str | None = None) -> str:
    parsed = make_url(url)
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


async def _admin(url: str) -> asyncpg.Connection:
    return await asyncpg.connect(_dsn(url), timeout=5)


async def _migrate(url: str) -> None:
    database = Database(url)
    try:
        await upgrade_to_head(database.engine)
    finally:
        await database.dispose()


class SqliteDatabases:
    """One migrated file; each test gets a copy."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.template = folder / "template.db"
        asyncio.run(_migrate(f"sqlite+aiosqlite:///{self.template}"))

    def new(self) -> str:
        path = self.folder / f"{uuid.uuid4().hex}.db"
        shutil.copyfile(self.template, path)
        return f"sqlite+aiosqlite:///{path}"

    def drop(self, url: str) -> None:
        Path(make_url(url).database or "").unlink(missing_ok=True)


class PostgresDatabases:
    """One migrated template database; each test gets `CREATE DATABASE ... TEMPLATE` of it."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.template = f"peerbot_template_{uuid.uuid4().hex[:10]}"
        asyncio.run(self._create_template())

    async def _create_template(self) -> None:
        admin = await _admin(self.base_url)
        try:
            await admin.execute(f'CREATE DATABASE "{self.template}"')
        finally:
            await admin.close()
        await _migrate(self._url(self.template))

    def _url(self, name: str) -> str:
        return make_url(self.base_url).set(database=name).render_as_string(hide_password=False)

    def new(self) -> str:
        name = f"peerbot_test_{uuid.uuid4().hex[:12]}"

        async def create() -> None:
            admin = await _admin(self.base_url)
            try:
                await admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
            finally:
                await admin.close()

        asyncio.run(create())
        return self._url(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database

        async def drop() -> None:
            admin = await _admin(self.base_url)
            try:
                await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            finally:
                await admin.close()

        asyncio.run(drop())

    def close(self) -> None:
        self.drop(self._url(self.template))


def postgres_unavailable_reason() -> str | None:
    """None if TEST_DATABASE_URL answers, else why not."""

    async def probe() -> None:
        connection = await _admin(postgres_url())
        await connection.close()

    try:
        asyncio.run(probe())
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        return f"PostgreSQL at {postgres_url()} did not answer ({type(error).__name__}: {error})"
    return None


def skip_or_fail(reason: str) -> None:
    if postgres_required():
        pytest.fail(f"REQUIRE_POSTGRES is set but {reason}", pytrace=False)
    pytest.skip(reason)
