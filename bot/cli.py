"""`peerbot`: run the bot and manage a deployment from the command line (PRODUCT.md §10)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy.engine import make_url
from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.clock import SystemClock
from bot.config import ConfigError, Settings, load_settings, missing_for_run
from bot.services import invites, schools
from bot.services.context import ServiceContext
from bot.storage.db import UNAVAILABLE_ERRORS, Database
from bot.storage.migrate import SchemaOutdated, prepare, upgrade_to_head
from bot.storage.models import Role

EXIT_USAGE = 2
EXIT_FAILURE = 1


class CliError(Exception):
    """A problem to print for the user (no traceback) before exiting non-zero."""


class OutputClosed(Exception):
    """Whoever was reading stdout went away (`peerbot crisis-check < FILE | head -1`)."""


@contextmanager
def stdout_may_close() -> Iterator[None]:
    """Turn a closed stdout pipe into a quiet non-zero exit instead of a traceback."""
    try:
        yield
    except BrokenPipeError:
        # As the Python docs recommend (signal module, "Note on SIGPIPE"): point stdout at
        # devnull so that the flush at exit can't fail again on what is still buffered.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise OutputClosed from None


class RedactSecrets(logging.Filter):
    """Blanks secrets out of every log line: the bot token (part of every Bot API URL), the
    webhook secret, the pseudonym secret and the database password."""

    # Shorter values are not worth hiding and would blank ordinary words out of the log.
    MIN_LENGTH = 8

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if len(s) >= self.MIN_LENGTH]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            for secret in self.secrets:
                message = message.replace(secret, "[redacted]")
            record.msg, record.args = message, None
        return True


# Libraries that log what passes through them: SQL with its parameters (crisis text, notes,
# names, raw Telegram ids) from the database drivers and SQLAlchemy, URLs with the token and
# request bodies from the HTTP clients, request lines from the web servers. Held at WARNING,
# whatever LOG_LEVEL says.
PAYLOAD_LOGGERS = (
    "aiosqlite",
    "asyncpg",
    "sqlalchemy",
    "httpx",
    "httpcore",
    "tornado.access",
    "aiohttp.access",
    "aiohttp.server",
    "aiohttp.client",
)


def configure_logging(settings: Settings) -> None:
    """Log to stderr at LOG_LEVEL, but never message text or secrets.

    python-telegram-bot logs every Bot API call with its parameters and results (message text)
    at DEBUG, and httpx logs every URL (with the token) at INFO, so those stay quieter.
    """
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    redact = RedactSecrets(
        [
            settings.token or "",
            settings.webhook_secret.get_secret_value() if settings.webhook_secret else "",
            settings.pseudonym_secret.get_secret_value() if settings.pseudonym_secret else "",
            make_url(settings.database_url).password or "",
        ]
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
    quiet_floor = max(logging.getLevelName(settings.log_level), logging.INFO)
    logging.getLogger("telegram").setLevel(quiet_floor)
    logging.getLogger("apscheduler").setLevel(quiet_floor)
    # Alembic's migration chatter, and the libraries that would log payloads.
    for name in ("alembic", *PAYLOAD_LOGGERS):
        logging.getLogger(name).setLevel(max(quiet_floor, logging.WARNING))


async def _open(settings: Settings) -> Database:
    database = Database(settings.database_url)
    try:
        await prepare(database.engine)
    except SchemaOutdated as error:
        await database.dispose()
        raise CliError(str(error)) from None
    except UNAVAILABLE_ERRORS as error:
        await database.dispose()
        raise CliError(
            f"can't open the database at DATABASE_URL ({type(error).__name__}). "
            "Check that it is running and that the URL is right."
        ) from None
    return database


async def _bot_username(settings: Settings) -> str | None:
    if settings.bot_username:
        return settings.bot_username
    if settings.token is None:
        return None
    try:
        async with Bot(settings.token, base_url=settings.telegram_base_url) as bot:
            return bot.username
    except TelegramError:
        return None


async def check_telegram(settings: Settings) -> str:
    """Ask the Bot API who we are, turning each failure into advice."""
    assert settings.token is not None
    try:
        async with Bot(settings.token, base_url=settings.telegram_base_url) as bot:
            return bot.username
    except InvalidToken:
        raise CliError(
            "Telegram refused the token. Check TELEGRAM_BOT_TOKEN (copy it again from @BotFather)."
        ) from None
    except NetworkError as error:
        raise CliError(
            f"can't reach the Bot API at TELEGRAM_BASE_URL ({settings.telegram_base_url}): "
            f"{error}. Check the network, or the URL if you changed it."
        ) from None
    except TelegramError as error:
        raise CliError(f"the Bot API answered getMe with an error: {error}") from None


def command_run(settings: Settings, arguments: argparse.Namespace) -> None:
    from bot.app import build_application

    missing = missing_for_run(settings)
    if arguments.webhook:
        if not settings.webhook_url:
            missing.append("WEBHOOK_URL: the public https URL Telegram should post updates to")
        if settings.webhook_secret is None:
            missing.append(
                "WEBHOOK_SECRET: a random string (letters, digits, _ -) Telegram "
                "sends back so the bot knows a request is really from Telegram"
            )
    if missing:
        raise CliError(
            "peerbot can't start yet. Set these in the environment or in a .env file "
            "(see .env.example):\n  " + "\n  ".join(missing)
        )
    username = asyncio.run(check_telegram(settings))
    database = asyncio.run(_prepare_only(settings))
    application = build_application(settings, SystemClock(), database=database)
    logging.getLogger(__name__).info("starting as @%s", username)
    if arguments.webhook:
        assert settings.webhook_url and settings.webhook_secret
        application.run_webhook(
            listen=arguments.listen,
            port=arguments.port,
            url_path=arguments.url_path,
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret.get_secret_value(),
        )
    else:
        application.run_polling(allowed_updates=["message", "edited_message", "callback_query"])


async def _prepare_only(settings: Settings) -> Database:
    database = await _open(settings)
    # The engine's connections belong to this event loop; run_polling starts a new one.
    await database.dispose()
    return database


def command_migrate(settings: Settings, arguments: argparse.Namespace) -> None:
    async def migrate() -> None:
        database = Database(settings.database_url)
        try:
            await upgrade_to_head(database.engine)
        except UNAVAILABLE_ERRORS as error:
            raise CliError(
                f"can't open the database at DATABASE_URL ({type(error).__name__})"
            ) from None
        finally:
            await database.dispose()

    asyncio.run(migrate())
    print("The database is up to date.")


def command_school_add(settings: Settings, arguments: argparse.Namespace) -> None:
    async def add() -> schools.SchoolView:
        database = await _open(settings)
        try:
            return await schools.add_school(
                ServiceContext(database, SystemClock(), settings),
                code=arguments.code,
                name=arguments.name,
                timezone=arguments.timezone,
                crisis_resources=arguments.resources or "",
                counselor_chat_id=arguments.counselor_chat,
                backup_chat_ids=tuple(arguments.backup_chat or ()),
                shift_hours=arguments.shift_hours,
                quiet_hours=arguments.quiet_hours,
                counselor_hours=arguments.counselor_hours,
                after_hours_chat_ids=tuple(arguments.after_hours_chat or ()),
            )
        except schools.SchoolError as error:
            raise CliError(str(error)) from None
        finally:
            await database.dispose()

    school = asyncio.run(add())
    print(f"Added {school.code}: {school.name} ({school.timezone}).")
    username = asyncio.run(_bot_username(settings))
    if username:
        print(f"Student link for posters: https://t.me/{username}?start={school.code}")
    else:
        print(f"Students join with: /start {school.code}")


def command_school_list(settings: Settings, arguments: argparse.Namespace) -> None:
    async def load() -> list[schools.SchoolView]:
        database = await _open(settings)
        try:
            return await schools.list_schools(ServiceContext(database, SystemClock(), settings))
        finally:
            await database.dispose()

    rows = asyncio.run(load())
    if arguments.json:
        print(json.dumps([{"code": s.code, "name": s.name, "timezone": s.timezone} for s in rows]))
        return
    if not rows:
        print("No schools yet. Add one with: peerbot school add --code CODE --name NAME")
        return
    width = max(len(s.code) for s in rows)
    for school in rows:
        print(f"{school.code:<{width}}  {school.name}  ({school.timezone})")


def command_invite(settings: Settings, arguments: argparse.Namespace) -> None:
    async def make() -> tuple[list[invites.CreatedInvite], str | None]:
        database = await _open(settings)
        try:
            created = await invites.create_invites(
                ServiceContext(database, SystemClock(), settings),
                arguments.school,
                Role(arguments.role),
                arguments.count,
            )
        except invites.InviteError as error:
            raise CliError(str(error)) from None
        finally:
            await database.dispose()
        return created, await _bot_username(settings)

    created, username = asyncio.run(make())

    def link(code: str) -> str | None:
        return f"https://t.me/{username}?start={code}" if username else None

    if arguments.json:
        print(json.dumps([{"code": c.code, "link": link(c.code)} for c in created], indent=2))
    else:
        expires = created[0].expires_at.strftime("%Y-%m-%d %H:%M UTC")
        print(
            f"{len(created)} {arguments.role} invite(s) for {created[0].school_name}, "
            f"single-use, expiring {expires}:"
        )
        for invite in created:
            print(f"  {invite.code}  {link(invite.code) or ''}".rstrip())
    if not username:
        print(
            "No links: set BOT_USERNAME (or TELEGRAM_BOT_TOKEN) to print t.me links. "
            "Each person can also send /start CODE to the bot.",
            file=sys.stderr,
        )


# The format a report file's name asks for, when --format is not given.
REPORT_FORMATS_BY_SUFFIX = {".json": "json", ".csv": "csv", ".html": "html", ".htm": "html"}


def report_format(requested: str | None, out: str | None) -> str:
    """--format if given, else what --out's extension says, else text."""
    if requested:
        return requested
    return REPORT_FORMATS_BY_SUFFIX.get(Path(out).suffix.lower(), "text") if out else "text"


def command_report(settings: Settings, arguments: argparse.Namespace) -> None:
    """The evaluation report (PRODUCT.md §7) to stdout or --out."""
    from bot import report

    if arguments.since and arguments.until and arguments.since > arguments.until:
        raise CliError(
            f"--since {arguments.since} is after --until {arguments.until}: "
            "the period would be empty. Swap them."
        )
    chosen = report_format(arguments.format, arguments.out)

    async def make() -> report.Report:
        database = await _open(settings)
        try:
            return await report.build(
                database, report.Period(arguments.since, arguments.until), arguments.school
            )
        except LookupError as error:
            raise CliError(str(error)) from None
        finally:
            await database.dispose()

    built = asyncio.run(make())
    if chosen == "json":
        output = json.dumps(built.as_json(), indent=2) + "\n"
    elif chosen == "csv":
        output = report.as_csv(built)
    elif chosen == "html":
        from bot.report_html import as_html

        output = as_html(built)
    else:
        output = report.as_text(built)
    if arguments.out:
        try:
            with open(arguments.out, "w", encoding="utf-8", newline="") as file:
                file.write(output)
        except OSError as error:
            raise CliError(
                f"can't write {arguments.out}: {error.strerror}. "
                "Check that its folder exists and can be written to."
            ) from None
        print(f"Wrote the report ({chosen}) to {arguments.out}.", file=sys.stderr)
    else:
        sys.stdout.write(output)


def command_audit(settings: Settings, arguments: argparse.Namespace) -> None:
    """The crisis path's audit trail: who acknowledged, resolved, replied, revealed, was paged."""
    from bot.services import audit

    since = datetime.combine(arguments.since, time(), UTC) if arguments.since else None

    async def load() -> list[audit.Line]:
        database = await _open(settings)
        try:
            return await audit.entries(
                ServiceContext(database, SystemClock(), settings), arguments.school, since
            )
        except audit.AuditError as error:
            raise CliError(str(error)) from None
        finally:
            await database.dispose()

    lines = asyncio.run(load())
    with stdout_may_close():
        if not lines:
            print("Nothing in the audit trail for that school and period.")
        for line in lines:
            who = f" by {line.actor}" if line.actor else ""
            detail = f" ({line.detail})" if line.detail else ""
            paged = f": {', '.join(line.paged)}" if line.paged else ""
            alert = f"alert #{line.alert_id}" if line.alert_id is not None else "an erased alert"
            print(f"{line.at:%Y-%m-%d %H:%M:%S} UTC  {alert} {line.action}{who}{detail}{paged}")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-09-01") from None


def command_demo(settings: Settings, arguments: argparse.Namespace) -> None:
    """A scripted day against the local Bot API stand-in: no token, no network."""
    from bot import demo

    # The demo's output is the conversation; the bot's own log would only get in the way.
    logging.getLogger().setLevel(logging.ERROR)
    for name in ("telegram", "apscheduler"):
        logging.getLogger(name).setLevel(logging.ERROR)
    demo.main()


def command_crisis_check(settings: Settings, arguments: argparse.Namespace) -> None:
    """Read text lines on stdin; print one JSON assessment per line (PRODUCT.md §5).

    --explain adds "explain": the concepts found and the frames that decided, with reasons.
    """
    from escalation.detector import assess

    with stdout_may_close():
        for line in sys.stdin:
            text = line.rstrip("\n")
            if arguments.explain:
                assessment = assess(text, explain=True, second=settings.crisis_second_reader)
                answer = {**assessment.as_json(text), "explain": assessment.explain()}
            else:
                answer = assess(text, second=settings.crisis_second_reader).as_json(text)
            print(json.dumps(answer, ensure_ascii=False), flush=True)


def command_crisis_eval(settings: Settings, arguments: argparse.Namespace) -> None:
    """Score the detector on a labelled TSV file (label<TAB>category<TAB>text), or - for stdin."""
    from escalation.evaluation import (
        LabelledFileError,
        evaluate,
        format_evaluation,
        parse_labelled,
        read_labelled,
    )

    name = "<stdin>" if arguments.file == "-" else arguments.file
    try:
        if arguments.file == "-":
            rows = parse_labelled(sys.stdin.buffer.read().decode("utf-8").splitlines(), name)
        else:
            rows = read_labelled(Path(arguments.file))
    except LabelledFileError as error:
        raise CliError(str(error)) from None
    except UnicodeDecodeError as error:
        raise CliError(f"{name} is not UTF-8 text (bad byte at offset {error.start})") from None
    except OSError as error:
        raise CliError(f"can't read {name}: {error.strerror or error}") from None
    if not rows:
        raise CliError(f"{name} has no labelled lines (label<TAB>category<TAB>text)")
    output = format_evaluation(evaluate(rows), show_misses=not arguments.no_misses)
    with stdout_may_close():
        sys.stdout.write(output)
        sys.stdout.flush()


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="peerbot", description="Peer support bot for high-school mental-health programs."
    )
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="run the bot (long polling, or --webhook)")
    run.add_argument("--webhook", action="store_true", help="receive updates by webhook")
    run.add_argument("--listen", default="127.0.0.1", help="webhook: address to listen on")
    run.add_argument("--port", type=int, default=8443, help="webhook: port to listen on")
    run.add_argument("--url-path", default="telegram", help="webhook: path to listen on")
    run.set_defaults(handler=command_run)

    migrate = commands.add_parser("migrate", help="bring the database schema up to date")
    migrate.set_defaults(handler=command_migrate)

    school = commands.add_parser("school", help="add or list schools")
    school_commands = school.add_subparsers(dest="school_command", required=True, metavar="ACTION")
    add = school_commands.add_parser("add", help="add a school")
    add.add_argument("--code", required=True, help="short code for posters and links, e.g. OAKTECH")
    add.add_argument("--name", required=True, help="the school's name")
    add.add_argument("--timezone", help="IANA time zone (default: DEFAULT_TIMEZONE)")
    add.add_argument("--resources", help="the school's own crisis resources text")
    add.add_argument("--counselor-chat", type=int, help="counselor group chat id")
    add.add_argument("--backup-chat", type=int, action="append", help="backup chat id (repeat)")
    add.add_argument("--shift-hours", help="mentor shift hours, e.g. 15:00-18:00")
    add.add_argument(
        "--counselor-hours",
        help="when counselors answer alerts, e.g. 08:00-16:00 (default: the shift hours)",
    )
    add.add_argument(
        "--after-hours-chat",
        type=int,
        action="append",
        help="chat id paged outside counselor hours, e.g. an on-call phone's chat (repeat)",
    )
    add.add_argument("--quiet-hours", help="override QUIET_HOURS for this school")
    add.set_defaults(handler=command_school_add)
    listing = school_commands.add_parser("list", help="list schools")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=command_school_list)

    invite = commands.add_parser("invite", help="make one-time invites for staff")
    invite.add_argument("--school", required=True, help="school code")
    invite.add_argument("--role", required=True, choices=[r.value for r in invites.STAFF_ROLES])
    invite.add_argument("--count", type=int, default=1)
    invite.add_argument("--json", action="store_true", help="print a JSON list of code and link")
    invite.set_defaults(handler=command_invite)
    report_command = commands.add_parser("report", help="the program's evaluation report")
    report_command.add_argument("--school", help="one school's code (default: all)")
    report_command.add_argument("--since", type=_date, help="first day, YYYY-MM-DD (UTC)")
    report_command.add_argument("--until", type=_date, help="last day, YYYY-MM-DD (UTC)")
    report_command.add_argument(
        "--format",
        choices=["text", "json", "csv", "html"],
        help="default: what --out's extension says (.json, .csv, .html), else text",
    )
    report_command.add_argument("--out", help="write to this file instead of the screen")
    report_command.set_defaults(handler=command_report)

    audit_command = commands.add_parser(
        "audit", help="who acknowledged, resolved, replied to, revealed or was paged about alerts"
    )
    audit_command.add_argument("--school", help="one school's code (default: all)")
    audit_command.add_argument("--since", type=_date, help="first day, YYYY-MM-DD (UTC)")
    audit_command.set_defaults(handler=command_audit)

    demo = commands.add_parser("demo", help="play a scripted school day locally (no token)")
    demo.set_defaults(handler=command_demo)

    crisis = commands.add_parser(
        "crisis-check", help="assess text lines from stdin for crisis language (JSON lines)"
    )
    crisis.add_argument(
        "--explain",
        action="store_true",
        help='add "explain": the concepts found and the frames that decided, with reasons',
    )
    crisis.set_defaults(handler=command_crisis_check)

    crisis_eval = commands.add_parser(
        "crisis-eval", help="score crisis detection on a labelled TSV file (recall, false alerts)"
    )
    crisis_eval.add_argument(
        "file",
        metavar="FILE.tsv",
        help="UTF-8 lines of label<TAB>category<TAB>text (- for stdin)",
    )
    crisis_eval.add_argument(
        "--no-misses",
        action="store_true",
        help="leave out the lists of missed lines and false alerts",
    )
    crisis_eval.set_defaults(handler=command_crisis_eval)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"peerbot: a setting is wrong:\n{error}", file=sys.stderr)
        return EXIT_USAGE
    configure_logging(settings)
    try:
        arguments.handler(settings, arguments)
    except CliError as error:
        print(f"peerbot: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except OutputClosed:
        return EXIT_FAILURE
    return 0


if __name__ == "__main__":
    sys.exit(main())
