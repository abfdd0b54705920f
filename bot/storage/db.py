"""Engine and session factory. Services open one session per use case with `database.session()`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Executable, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import ConnectionPoolEntry

# Errors that mean "the database cannot be reached right now", as opposed to a bug.
UNAVAILABLE_ERRORS: tuple[type[BaseException], ...] = (OperationalError, DBAPIError, OSError)

SQLITE_BUSY_TIMEOUT_MS = 15_000
POSTGRES_CONNECT_TIMEOUT_S = 5


def _configure_sqlite(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # The driver's own implicit BEGIN is switched off; _begin_immediate replaces it.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    # A transaction that reads and then writes would fail with "database is locked" when
    # another one wrote in between; taking the write lock up front makes them wait in turn
    # (up to the busy timeout) instead. SQLite has one writer at a time either way.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_engine(url: str, transactions: bool = True, **options: Any) -> AsyncEngine:
    """An async engine; SQLite gets foreign keys, WAL and a busy timeout. Without
    `transactions`, every statement stands alone (autocommit): for single reads."""
    if not transactions:
        options["isolation_level"] = "AUTOCOMMIT"
    if url.startswith("postgresql"):
        options.setdefault("pool_pre_ping", True)
        # A connection that hangs (a network cut, not a refusal) would otherwise hold a crisis
        # alert a minute before the fail-safe takes over.
        options.setdefault("connect_args", {"timeout": POSTGRES_CONNECT_TIMEOUT_S})
    engine = create_async_engine(url, **options)
    if engine.dialect.name == "sqlite":
        event.listen(engine.sync_engine, "connect", _configure_sqlite)
        if transactions:
            event.listen(engine.sync_engine, "begin", _begin_immediate)
    return engine


class Database:
    """The engine plus a session factory; one per process."""

    def __init__(self, url: str, **engine_options: Any) -> None:
        self.url = url
        engine_options.setdefault("hide_parameters", True)  # no personal data in error logs
        self.engine = create_engine(url, **engine_options)
        self._sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        # Its own small pool of connections that never open a transaction (read_once).
        self._reads = create_engine(url, transactions=False, **engine_options)

    def session(self) -> AsyncSession:
        """A new session; use as `async with database.session() as s, s.begin():`."""
        return self._sessions()

    async def read_once(
        self, statement: Executable, parameters: dict[str, Any] | None = None
    ) -> list[tuple[Any, ...]]:
        """The rows of one SELECT, outside any transaction: for what runs on every message
        and needs a single consistent read (no BEGIN, no write lock, no ORM objects)."""
        async with self._reads.connect() as connection:
            return [tuple(row) for row in await connection.execute(statement, parameters)]

    @property
    def engines(self) -> tuple[AsyncEngine, AsyncEngine]:
        """Both engines (transactions, single reads), for instrumentation."""
        return self.engine, self._reads

    async def dispose(self) -> None:
        await self.engine.dispose()
        await self._reads.dispose()
