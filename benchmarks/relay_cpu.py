"""CPU per relayed message, against a bare python-telegram-bot echo bot (issue 11).

Each bot runs as its own process (`peerbot run`, and benchmarks/echo_bot.py) against the local
Bot API stand-in in this one, so the stand-in's own work is not counted. After the bot is ready
(for the relay: a student and a mentor in conversation), a person sends MESSAGES texts as fast
as the bot takes them; the bot process's CPU time (user and system, from /proc) from the first
to the last arrival, less what it spends idle over as long (measured just before), divided by
the count, is its cost per message. The relay is measured on SQLite and, when it answers,
on PostgreSQL. Goal: relay at most 1.5 times the echo bot's CPU per message. Linux only (/proc).
Run with `make bench`.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

from relay import talking_pair
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.clock import SystemClock
from bot.config import load_settings
from bot.services import invites, schools
from bot.services.context import ServiceContext
from bot.standin import BotApiStandIn, SimulatedUser
from bot.storage.db import Database
from bot.storage.migrate import upgrade_to_head
from bot.storage.models import Role
from tests.support import processes

PROJECT_ROOT = Path(__file__).resolve().parents[1]
MESSAGES = 300
# How long each bot is watched doing nothing first: what it spends then (long polling, the
# relay's timers) is taken off, pro rata, from what the messages cost. The relay sends at
# Telegram's pace (30 a second), so its burst lasts longer than the echo bot's.
IDLE_S = 5.0
GOAL_RATIO = 1.5
POSTGRES_ADMIN_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def _environment(api: BotApiStandIn, database_url: str) -> dict[str, str]:
    # The sender is as fast as the bot, on purpose.
    return processes.environment(api, database_url, FLOOD_LIMIT=str(10**6))


async def _run(
    command: list[str],
    env: dict[str, str],
    ready: Callable[[], Awaitable[tuple[SimulatedUser, SimulatedUser]]],
) -> float:
    """CPU seconds per message of the bot started by `command`."""
    with tempfile.TemporaryDirectory() as folder, (Path(folder) / "bot.log").open("wb") as log:
        process = await asyncio.create_subprocess_exec(
            *command, env=env, cwd=folder, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            sender, recipient = await ready()
            loop = asyncio.get_running_loop()
            idle_from, idle_cpu = loop.time(), cpu_seconds(process.pid)
            await asyncio.sleep(IDLE_S)
            idle_per_second = (cpu_seconds(process.pid) - idle_cpu) / (loop.time() - idle_from)
            started, before = loop.time(), cpu_seconds(process.pid)
            for index in range(MESSAGES):
                await sender.send(f"message {index} on its way")
            await recipient.expect(f"message {MESSAGES - 1} on its way", timeout=600)
            busy = cpu_seconds(process.pid) - before
            return (busy - idle_per_second * (loop.time() - started)) / MESSAGES
        finally:
            process.terminate()
            await process.wait()


async def echo_cost() -> float:
    async with BotApiStandIn() as api:
        person = api.user(1, "Echo")

        async def ready() -> tuple[SimulatedUser, SimulatedUser]:
            await person.send("ready?")
            await person.expect("ready?", timeout=60)
            return person, person

        command = [sys.executable, str(PROJECT_ROOT / "benchmarks" / "echo_bot.py")]
        return await _run(command, _environment(api, "unused"), ready)


async def relay_cost(database_url: str) -> float:
    database = Database(database_url)
    await upgrade_to_head(database.engine)
    async with BotApiStandIn() as api:
        settings = load_settings(
            telegram_bot_token=api.token, database_url=database_url, pseudonym_secret="bench"
        )
        services = ServiceContext(settings=settings, database=database, clock=SystemClock())
        await schools.add_school(services, "BENCH", "Bench High")
        [invite] = await invites.create_invites(services, "BENCH", Role.MENTOR)
        await database.dispose()

        async def ready() -> tuple[SimulatedUser, SimulatedUser]:
            return await talking_pair(api, invite.code, 0, startup_s=120)

        command = [sys.executable, "-m", "bot.cli", "run"]
        return await _run(command, _environment(api, database_url), ready)


async def _postgres_database() -> str | None:
    """A new, empty PostgreSQL database for one run (None if PostgreSQL does not answer)."""
    name = f"bench_{uuid.uuid4().hex[:12]}"
    engine = create_async_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
    except OSError:
        return None
    finally:
        await engine.dispose()
    return POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


async def _drop(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    engine = create_async_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await engine.dispose()


def _report(name: str, cost: float, echo: float) -> None:
    ratio = cost / echo
    verdict = "met" if ratio <= GOAL_RATIO else "NOT met"
    print(
        f"relay cpu: {name}: {cost * 1000:.2f} ms of CPU per relayed message, "
        f"{ratio:.1f}x the echo bot's (goal {GOAL_RATIO}x: {verdict})"
    )


async def main() -> None:
    echo = await echo_cost()
    print(f"relay cpu: bare python-telegram-bot echo bot: {echo * 1000:.2f} ms of CPU per message")
    with tempfile.TemporaryDirectory() as folder:
        _report("SQLite", await relay_cost(f"sqlite+aiosqlite:///{folder}/bench.db"), echo)
    postgres = await _postgres_database()
    if postgres is None:
        print("relay cpu: PostgreSQL: not measured (no server at BENCH_POSTGRES_URL)")
        return
    try:
        _report("PostgreSQL", await relay_cost(postgres), echo)
    finally:
        await _drop(postgres)


if __name__ == "__main__":
    asyncio.run(main())
