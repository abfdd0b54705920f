"""When the database is down, people still get a clear answer, and nothing is half-done."""

import shutil
from pathlib import Path

import pytest

from bot.config import Settings
from bot.standin import BotApiStandIn
from tests.support import world
from tests.support.bot_fixtures import running_bot
from tests.support.clock import FakeClock
from tests.support.databases import SqliteDatabases

UNREACHABLE = {
    "sqlite": "sqlite+aiosqlite:////nonexistent-folder/peerbot.db",
    "postgres": "postgresql+asyncpg://postgres@127.0.0.1:1/peerbot",
}


@pytest.mark.parametrize("kind", sorted(UNREACHABLE))
async def test_database_down_gets_a_clear_answer_with_crisis_lines(
    standin: BotApiStandIn, settings: Settings, clock: FakeClock, kind: str
) -> None:
    async with running_bot(standin, settings, UNREACHABLE[kind], clock) as bot:
        ana = standin.user(1, language_code="es")
        await ana.send("/start OAKTECH")
        reply = await ana.expect("no puedo llegar a nuestros registros")
        assert "988" in reply.text and "911" in reply.text
        await ana.send("/help")
        await ana.expect("no puedo llegar a nuestros registros")
    assert len(bot.errors) == 2


async def test_a_button_pressed_while_the_database_is_gone_is_answered_and_can_be_retried(
    standin: BotApiStandIn,
    settings: Settings,
    clock: FakeClock,
    sqlite_databases: SqliteDatabases,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(sqlite_databases.template, folder / "peerbot.db")
    async with running_bot(
        standin, settings, f"sqlite+aiosqlite:///{folder}/peerbot.db", clock
    ) as bot:
        await world.school(bot.services)
        ana = standin.user(1)
        await ana.send("/start OAKTECH")
        await ana.expect("Before we start")
        # The disk goes away: open connections are closed and new ones cannot be made.
        await bot.services.database.engine.dispose()
        folder.rename(tmp_path / "elsewhere")
        press = await ana.press("I understand")
        await ana.callback_answer(press)
        await ana.expect("can't reach our records")
        # It comes back; the same button now works, so nothing was lost.
        (tmp_path / "elsewhere").rename(folder)
        await ana.press("I understand")
        await ana.expect("all set at Oak Tech")
    assert len(bot.errors) == 1
    assert not standin.unanswered_callback_queries()
