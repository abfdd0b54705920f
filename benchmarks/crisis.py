"""How fast a crisis alert reaches a counselor while another student floods the bot.

One student in a conversation sends 300 messages as fast as they can; right after, another
student writes something alarming. Telegram's cap is simulated by the stand-in (30 messages a
second overall, answered 429 beyond). The clock runs from the alarming message to the alert at
the counselor. Goal: within 2 s. Measured with the per-person flood limit as configured
(FLOOD_LIMIT) and without it (every flooded message really relayed: the priority lane alone).
Run with `make bench`.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import time
from pathlib import Path

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import load_settings
from bot.services import invites, schools
from bot.services.context import ServiceContext
from bot.standin import BotApiStandIn
from bot.storage.db import Database
from bot.storage.migrate import upgrade_to_head
from bot.storage.models import Role

FLOOD = 300
GOAL_S = 2.0


async def measure(flood_limit: int | None) -> float:
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite+aiosqlite:///{folder}/bench.db"
    database = Database(url)
    await upgrade_to_head(database.engine)
    async with BotApiStandIn() as api:
        overrides = {"flood_limit": flood_limit} if flood_limit else {}
        settings = load_settings(
            telegram_bot_token=api.token,
            telegram_base_url=api.base_url,
            database_url=url,
            pseudonym_secret="bench",
            **overrides,
        )
        application = build_application(
            settings, SystemClock(), database=database, timer_poll_interval=None
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
            [invite] = await invites.create_invites(services, "BENCH", Role.COUNSELOR)
            counselor = api.user(50, "Counselor")
            await counselor.send(f"/start {invite.code}")
            await counselor.press("I understand")
            await counselor.expect("all set")
            [invite] = await invites.create_invites(services, "BENCH", Role.MENTOR)
            mentor = api.user(51, "Mentor")
            await mentor.send(f"/start {invite.code}")
            await mentor.press("I understand")
            await mentor.send("/onshift")
            await mentor.expect("on shift")
            flooder, writer = api.user(60, "Flooder"), api.user(61, "Writer")
            for student in (flooder, writer):
                await student.send("/start BENCH")
                await student.press("I understand")
                await student.expect("all set")
            await flooder.send("/talk")
            await flooder.press("Stress")
            await flooder.press("^3")
            await mentor.press("Accept")
            await flooder.expect("A mentor is joining")
            api.rate_limit(30)
            for number in range(FLOOD):
                await flooder.send(f"flood message {number}")
            started = time.perf_counter()
            await writer.send("i took a bunch of pills")
            await counselor.expect("alert #1", timeout=120)
            return time.perf_counter() - started
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()
            await database.dispose()


def main() -> None:
    logging.basicConfig(level=logging.ERROR)  # the crisis check's log line is not the result
    for flood_limit, name in ((None, "flood limit on"), (10**6, "no flood limit")):
        seconds = asyncio.run(measure(flood_limit))
        verdict = "meets" if seconds <= GOAL_S else "MISSES"
        print(
            f"crisis: alert reached the counselor {seconds:.2f} s after the message, during a "
            f"{FLOOD}-message flood at Telegram's cap ({name}; {verdict} the {GOAL_S:.0f} s goal)"
        )


if __name__ == "__main__":
    main()
