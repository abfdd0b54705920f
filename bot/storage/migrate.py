"""Apply Alembic migrations (used by `peerbot migrate`, `run` and `demo`)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str = "") -> Config:
    """An Alembic config pointing at the project's migrations (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    return config


async def upgrade_to_head(engine: AsyncEngine) -> None:
    """Bring the database to the newest schema; a no-op when it is current."""

    def upgrade(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")

    async with engine.begin() as connection:
        await connection.run_sync(upgrade)


class SchemaOutdated(Exception):
    """The database is not at the newest migration; `peerbot migrate` fixes it."""


async def ensure_current(engine: AsyncEngine) -> None:
    """Raise SchemaOutdated unless the database is at the newest migration."""

    def revisions(connection: Connection) -> tuple[set[str], set[str]]:
        script = ScriptDirectory.from_config(alembic_config())
        current = set(MigrationContext.configure(connection).get_current_heads())
        return current, set(script.get_heads())

    async with engine.connect() as connection:
        current, heads = await connection.run_sync(revisions)
    if current != heads:
        raise SchemaOutdated(
            f"the database schema is at {sorted(current) or 'nothing'}, the code needs "
            f"{sorted(heads)}; run: peerbot migrate"
        )


async def prepare(engine: AsyncEngine) -> None:
    """SQLite (the embedded default) is migrated automatically; a shared PostgreSQL database
    is migrated on purpose with `peerbot migrate`, so several bot processes never race."""
    if engine.dialect.name == "sqlite":
        await upgrade_to_head(engine)
    else:
        await ensure_current(engine)
