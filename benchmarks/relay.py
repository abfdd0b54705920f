"""Relay throughput of one bot process against the local Bot API stand-in.

Pairs of students and mentors in conversation; every student sends messages as fast as the
bot takes them, and the clock stops when the last one has arrived at its mentor. Run with
`make bench`. Prints messages per second, with python-telegram-bot's rate limiter (Telegram's
pace, ~30 messages/s overall) and without it (the bot's own speed).
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import load_settings
from bot.services import invites, schools
from bot.services.context import ServiceContext
from bot.standin import BotApiStandIn, SimulatedUser
from bot.storage.db import Database
from bot.storage.migrate import upgrade_to_head
from bot.storage.models import Role


async def _enroll_pair(
    api: BotApiStandIn, services: ServiceContext, n: int
) -> tuple[SimulatedUser, SimulatedUser]:
    [invite] = await invites.create_invites(services, "BENCH", Role.MENTOR)
    return await talking_pair(api, invite.code, n)


async def talking_pair(
    api: BotApiStandIn, mentor_code: str, n: int, startup_s: float = 5.0
) -> tuple[SimulatedUser, SimulatedUser]:
    """A mentor (enrolled with `mentor_code`) and a student of BENCH in conversation;
    `startup_s`: how long the bot may take to answer the first message."""
    mentor = api.user(1000 + n, f"Mentor{n}")
    await mentor.send(f"/start {mentor_code}")
    await mentor.expect("Before we start", timeout=startup_s)
    await mentor.press("I understand")
    await mentor.expect("all set")
    await mentor.send("/onshift")
    await mentor.expect("on shift")
    student = api.user(2000 + n, f"Student{n}")
    await student.send("/start BENCH")
    await student.press("I understand")
    await student.expect("all set")
    await student.send("/talk")
    await student.press("Stress")
    await student.press("^3")
    await mentor.press("Accept")
    await student.expect("A mentor is joining")
    return student, mentor


async def measure(pairs: int, messages: int, rate_limited: bool) -> float:
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite+aiosqlite:///{folder}/bench.db"
    database = Database(url)
    await upgrade_to_head(database.engine)
    async with BotApiStandIn() as api:
        settings = load_settings(
            telegram_bot_token=api.token,
            telegram_base_url=api.base_url,
            database_url=url,
            pseudonym_secret="bench",
            flood_limit=10**6,  # each student sends as fast as the bot takes it, on purpose
        )
        application = build_application(
            settings,
            SystemClock(),
            database=database,
            timer_poll_interval=None,
            rate_limited=rate_limited,
        )
        services: ServiceContext = application.bot_data["services"]
        await schools.add_school(services, "BENCH", "Bench High")
        await application.initialize()
        if application.post_init is not None:
            await application.post_init(application)  # as run_polling does: the detector loads
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        try:
            conversations = [await _enroll_pair(api, services, n) for n in range(pairs)]
            started = time.perf_counter()
            for index in range(messages):
                for student, _ in conversations:
                    await student.send(f"message {index} from a student")
            for _, mentor in conversations:
                await mentor.expect(f"message {messages - 1} from", timeout=600)
            elapsed = time.perf_counter() - started
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()
            await database.dispose()
    return pairs * messages / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=10)
    parser.add_argument("--messages", type=int, default=30, help="per student")
    arguments = parser.parse_args()
    total = arguments.pairs * arguments.messages
    for rate_limited in (False, True):
        rate = asyncio.run(measure(arguments.pairs, arguments.messages, rate_limited))
        pacing = "with Telegram's pacing" if rate_limited else "bot's own speed"
        print(
            f"relay: {total} messages, {arguments.pairs} conversations, {pacing}: "
            f"{rate:.1f} messages/s"
        )


if __name__ == "__main__":
    main()
