"""Real bot processes (`peerbot run` subprocesses) against the stand-in, to kill and restart."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from bot.standin import BotApiStandIn

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def environment(api: BotApiStandIn, database_url: str, **settings: str) -> dict[str, str]:
    """What a person would set to run the bot against the stand-in, plus `settings`."""
    keep = {"PATH", "HOME", "LANG"}
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        PYTHONPATH=str(PROJECT_ROOT),
        DATABASE_URL=database_url,
        TELEGRAM_BOT_TOKEN=api.token,
        TELEGRAM_BASE_URL=api.base_url,
        PSEUDONYM_SECRET="s",
        **settings,
    )
    return env


async def start(env: dict[str, str], folder: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "run",
        env=env,
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


async def stop(process: asyncio.subprocess.Process) -> str:
    """Stop the process (if it still runs) and return what it printed."""
    if process.returncode is None:
        process.terminate()
    output, _ = await asyncio.wait_for(process.communicate(), 30)
    return output.decode()
