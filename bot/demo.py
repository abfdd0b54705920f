"""`peerbot demo`: a scripted school day, played by the real bot against the local stand-in.

No token and no network: the Bot API stand-in runs on 127.0.0.1 and the people are simulated.
Everything they see is printed as they would see it; the day ends with the evaluation report.
Time is scripted (a clock the demo moves), so "the next day" takes no waiting.
"""

from __future__ import annotations

import asyncio
import secrets
import tempfile
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot import report
from bot.app import TIMERS_KEY, build_application
from bot.config import load_settings
from bot.report_html import as_html
from bot.services import invites, schools
from bot.services.context import ServiceContext
from bot.standin import BotApiStandIn, SentMessage, SimulatedUser
from bot.storage.db import Database
from bot.storage.migrate import upgrade_to_head
from bot.storage.models import Role
from bot.timers import TimerEngine

BACKGROUND_STUDENTS = 12  # enough for the report to show figures (fewer than 11 are hidden)
WIDTH = 78


class ScriptedClock:
    """The demo's clock: it moves only when the script says so."""

    def __init__(self) -> None:
        self._now = datetime(2026, 9, 14, 17, 0, tzinfo=UTC)  # 10:00 in Los Angeles

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta


class Narrator:
    """Prints what each person does and sees, in order."""

    def __init__(self, api: BotApiStandIn) -> None:
        self.names: dict[int, str] = {}
        self.shown: dict[tuple[int, int], str] = {}
        self.quiet = False
        api.on_message = self.saw

    def person(self, api: BotApiStandIn, user_id: int, name: str, **profile: str) -> SimulatedUser:
        self.names[user_id] = name
        return api.user(user_id, name, language_code=profile.get("language_code", "en"))

    def scene(self, title: str) -> None:
        if not self.quiet:
            print(f"\n=== {title} " + "=" * max(0, WIDTH - len(title) - 5))

    def did(self, who: SimulatedUser, action: str) -> None:
        if not self.quiet:
            print(f"\n{self.names.get(who.id, who.id)}: {action}")

    def saw(self, message: SentMessage) -> None:
        name = self.names.get(message.chat_id)
        if self.quiet or name is None:  # background people are not narrated
            return
        key = (message.chat_id, message.message_id)
        if message.edited and self.shown.get(key) == message.text:
            return  # only the buttons went away
        self.shown[key] = message.text
        verb = "sees the message change to" if message.edited else "sees"
        lines = [
            textwrap.fill(line, WIDTH - 6) for line in message.text.split("\n") if line.strip()
        ]
        body = textwrap.indent("\n".join(lines), "    ")
        buttons = f"\n    [{'] ['.join(message.button_labels)}]" if message.button_labels else ""
        print(f"  → {name} {verb}:\n{body}{buttons}")


async def _say(narrator: Narrator, who: SimulatedUser, text: str, expect: str) -> None:
    narrator.did(who, f"“{text}”")
    await who.send(text)
    await who.expect(expect, timeout=15)


async def _tap(
    narrator: Narrator, who: SimulatedUser, label: str, expect: str, by: SimulatedUser | None = None
) -> None:
    narrator.did(by or who, f"taps [{label.strip('^$')}]")
    await who.press(label, by=by)
    await (by or who).expect(expect, timeout=15)


async def _join_staff(narrator: Narrator, person: SimulatedUser, code: str, expect: str) -> None:
    await _say(narrator, person, f"/start {code}", "Before we start")
    await _tap(narrator, person, "I understand", expect)


async def _student_talks(
    narrator: Narrator,
    clock: ScriptedClock,
    student: SimulatedUser,
    mentor: SimulatedUser,
    lines: list[tuple[SimulatedUser, str]],
    wait: timedelta,
) -> None:
    await _say(narrator, student, "/start OAKTECH", "Before we start")
    await _tap(narrator, student, "I understand", "all set")
    await _say(narrator, student, "/talk", "What would you like to talk about")
    await _tap(narrator, student, "Stress", "How are you feeling")
    await _tap(narrator, student, "^2", "finding a peer mentor")
    await mentor.expect("would like to talk", timeout=15)
    clock.advance(wait)  # the time it took the mentor to answer
    await _tap(narrator, mentor, "Accept", "connected with Student")
    await student.expect("A mentor is joining", timeout=15)
    for speaker, text in lines:
        other = mentor if speaker is student else student
        narrator.did(speaker, f"“{text}”")
        await speaker.send(text)
        await other.expect(text[:20], timeout=15)
    await _say(narrator, student, "/end", "feel better")
    await _tap(narrator, student, "Better", "comfortable opening up")
    await _tap(narrator, student, "^Yes$", "That helps us")


async def play() -> None:
    folder = Path(tempfile.mkdtemp(prefix="peerbot-demo-"))
    url = f"sqlite+aiosqlite:///{folder}/demo.db"
    database = Database(url)
    await upgrade_to_head(database.engine)
    clock = ScriptedClock()
    async with BotApiStandIn(username="oak_peer_support_bot") as api:
        settings = load_settings(
            telegram_bot_token=api.token,
            telegram_base_url=api.base_url,
            database_url=url,
            pseudonym_secret=secrets.token_hex(16),
            quiet_hours="21:00-07:30",
            checkin_delays="24h",
        )
        application = build_application(
            settings, clock, database=database, timer_poll_interval=None
        )
        services: ServiceContext = application.bot_data["services"]
        timers: TimerEngine = application.bot_data[TIMERS_KEY]
        narrator = Narrator(api)
        await application.initialize()
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        try:
            built = await _script(narrator, api, services, timers, clock)
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()
            await database.dispose()
    written = folder / "report.html"
    written.write_text(as_html(built), encoding="utf-8")
    print("Every figure resting on fewer than 11 people shows as <11.")
    print(f"The same report as a web page, with charts: {written}")
    print(f"The demo's database is {folder / 'demo.db'}; to ask it yourself:")
    print(f"  DATABASE_URL={url} .venv/bin/peerbot report --format json")


async def _script(
    narrator: Narrator,
    api: BotApiStandIn,
    services: ServiceContext,
    timers: TimerEngine,
    clock: ScriptedClock,
) -> report.Report:
    print("peerbot demo: the real bot, a local stand-in for Telegram, and simulated people.")
    narrator.scene("Morning: the coordinator sets up Oak Tech High")
    await schools.add_school(
        services,
        "OAKTECH",
        "Oak Tech High",
        timezone="America/Los_Angeles",
        crisis_resources="Ms. Rivera, counseling office, room 104",
    )
    [mentor_code] = await invites.create_invites(services, "OAKTECH", Role.MENTOR)
    [counselor_code] = await invites.create_invites(services, "OAKTECH", Role.COUNSELOR)
    print("Added the school and made one-time invites for a mentor and a counselor.")

    maya = narrator.person(api, 2, "Maya (peer mentor)")
    rivera = narrator.person(api, 3, "Ms. Rivera (counselor)")
    sam = narrator.person(api, 10, "Sam (student)")
    alex = narrator.person(api, 11, "Alex (student)", language_code="es")
    narrator.scene("Maya joins as a peer mentor and goes on shift")
    await _join_staff(narrator, maya, mentor_code.code, "training and resources useful")
    await _tap(narrator, maya, "^Yes$", "helps the program")
    await _say(narrator, maya, "/onshift", "on shift")
    narrator.scene("Ms. Rivera joins as a counselor")
    await _join_staff(narrator, rivera, counselor_code.code, "all set as a counselor")

    narrator.scene("Lunch: Sam asks for support")
    await _student_talks(
        narrator,
        clock,
        sam,
        maya,
        [
            (sam, "I have three tests this week and I can't sleep"),
            (maya, "That sounds like a lot. Which one worries you most?"),
            (sam, "chemistry. thanks for listening, it helps"),
        ],
        wait=timedelta(minutes=2),
    )

    narrator.scene("Afternoon: Alex writes something that sounds like a crisis (in Spanish)")
    await _say(narrator, alex, "/start OAKTECH", "Antes de empezar")
    await _tap(narrator, alex, "Entiendo", "listo")
    narrator.did(alex, "“ya no quiero estar viva”")
    await alex.send("ya no quiero estar viva")
    await rivera.expect("alert #1", timeout=15)
    await alex.expect("también puedes contactar", timeout=15)
    await _tap(narrator, rivera, "Acknowledge", "You're taking this")
    await _say(
        narrator,
        rivera,
        "/reply 1 Hola Alex, soy la Sra. Rivera. ¿Estás a salvo ahora?",
        "Sent to Student",
    )
    await alex.expect("Sra. Rivera", timeout=15)

    narrator.scene(f"Meanwhile, {BACKGROUND_STUDENTS} more students talk with Maya (not shown)")
    narrator.quiet = True
    for n in range(BACKGROUND_STUDENTS):
        student = api.user(100 + n, f"Student {n}")
        await _student_talks(
            narrator,
            clock,
            student,
            maya,
            [(student, "thanks for being here")],
            wait=timedelta(minutes=1 + n % 7),
        )
    narrator.quiet = False
    print("Done.")

    narrator.scene("The next morning: Sam's check-in")
    clock.advance(timedelta(hours=24))
    await timers.run_due()
    await sam.expect("Checking in", timeout=15)
    await _tap(narrator, sam, "^4", "Thanks for letting us know")

    narrator.scene("The coordinator's report (peerbot report)")
    built = await report.build(services.database, report.Period())
    print(report.as_text(built))
    return built


def main() -> None:
    asyncio.run(play())
