"""The composition root: builds the python-telegram-bot Application with its services."""

from __future__ import annotations

import contextlib
import logging

from telegram import Bot, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest, HTTPXRequest

from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.delivery import deliver
from bot.handlers import (
    common,
    conversation,
    coordinator,
    counselor,
    crisis,
    flood,
    mentor,
    student,
)
from bot.handlers.base import SERVICES_KEY, Context, services_of
from bot.messaging import send
from bot.outages import DATABASE, OutageLog, system_down
from bot.pacing import PrioritySendPacer
from bot.services import checkins, matching, privacy
from bot.services.context import ServiceContext
from bot.services.enrollment import describe_caller
from bot.storage.db import UNAVAILABLE_ERRORS, Database
from bot.texts import language_for, render
from bot.timers import DueTimer, TimerEngine
from bot.updates import ChatOrderedProcessor, UnreadableUpdatesSkipped
from escalation import detector, router
from escalation.failsafe import Directory, HeldAlertFile

logger = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 3
# How long a stopping bot waits for the timers it started (a send waiting out 429s may not end).
STOP_GRACE_S = 30.0
TELEGRAM_MESSAGES_PER_SECOND = 29  # Telegram allows about 30 a second overall
SEND_TIMEOUT_S = 30.0
CONNECT_TIMEOUT_S = 10.0
CONNECTIONS = 64
TIMER_POLL_S = 1.0
MATCHING_SWEEP_S = 30.0
DIRECTORY_REFRESH_S = 30.0
HELD_ALERTS_S = 5.0  # how soon alerts held through a database outage are recorded and paged
TIMERS_KEY = "timers"
OUTAGES_KEY = "outages"
CRISIS_DIRECTORY_JOB = "crisis directory refresh"
HELD_ALERTS_JOB = "held crisis alerts"
OWED_SENDS_S = 5.0
OWED_SENDS_JOB = "owed crisis messages"


def build_application(
    settings: Settings,
    clock: Clock | None = None,
    request: BaseRequest | None = None,
    database: Database | None = None,
    timer_poll_interval: float | None = TIMER_POLL_S,
    rate_limited: bool = True,
) -> Application:
    """The bot, wired: handlers in order, services and timers in bot_data, errors answered.

    `request` is the test seam for the HTTP layer; `database` lets a caller share an engine;
    `timer_poll_interval=None` leaves running due timers to the caller (tests drive them);
    `rate_limited=False` drops Telegram's pacing (for measuring the bot's own speed).
    """
    token = settings.token
    if token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
    )
    # Many people at once, each person's updates in order (bot/updates.py).
    builder = builder.concurrent_updates(ChatOrderedProcessor())
    if rate_limited:
        # The builder's generic parameters change with a rate limiter; the result is the same
        # Application type for our purposes.
        builder = builder.rate_limiter(
            # One message at a time, evenly spaced, rather than bursts of 30 (Telegram counts
            # any one second); the crisis path's sends go first (bot/pacing.py).
            PrioritySendPacer(TELEGRAM_MESSAGES_PER_SECOND, RATE_LIMIT_RETRIES)  # type: ignore[arg-type]
        )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        # Longer than Telegram takes to answer when it is slow: giving up sooner would send a
        # second copy of a message Telegram had accepted.
        builder = builder.request(
            HTTPXRequest(
                connection_pool_size=CONNECTIONS,
                read_timeout=SEND_TIMEOUT_S,
                write_timeout=SEND_TIMEOUT_S,
                connect_timeout=CONNECT_TIMEOUT_S,
                pool_timeout=SEND_TIMEOUT_S,
            )
        ).get_updates_request(UnreadableUpdatesSkipped(connect_timeout=CONNECT_TIMEOUT_S))
    application = builder.build()
    database = database or Database(settings.database_url)

    services = ServiceContext(database, clock or SystemClock(), settings)
    application.bot_data[SERVICES_KEY] = services
    timers = TimerEngine(database, services.clock)
    application.bot_data[TIMERS_KEY] = timers
    directory = Directory(held_file=HeldAlertFile(settings.held_alerts_file))
    application.bot_data[crisis.DIRECTORY_KEY] = directory
    outages = OutageLog()
    application.bot_data[OUTAGES_KEY] = outages
    _register_timers(application, services, timers)

    async def load_directory(_: Application) -> None:
        # The crisis detector's word lists load once, before the first message needs them.
        detector.warm_up(second=settings.crisis_second_reader)
        directory.load_held()
        await _refresh_directory_safely(services, directory, outages)
        await privacy.ensure_retention_sweep(services)

    application.post_init = load_directory
    if timer_poll_interval is not None and application.job_queue is not None:
        application.job_queue.run_repeating(
            _run_due_timers, interval=timer_poll_interval, first=0, name="durable timers"
        )
        application.job_queue.run_repeating(
            _offer_waiting_requests,
            interval=MATCHING_SWEEP_S,
            first=MATCHING_SWEEP_S,
            name="matching sweep",
        )
        # The fail-safe's two halves: who counsels whom, known before an outage; and alerts
        # held through one, recorded and paged with their buttons once the database is back.
        application.job_queue.run_repeating(
            _refresh_crisis_directory,
            interval=DIRECTORY_REFRESH_S,
            first=DIRECTORY_REFRESH_S,
            name=CRISIS_DIRECTORY_JOB,
        )
        application.job_queue.run_repeating(
            _record_held_alerts, interval=HELD_ALERTS_S, first=HELD_ALERTS_S, name=HELD_ALERTS_JOB
        )
        # Crisis-path messages written down but not taken by Telegram (a crash, a long outage).
        application.job_queue.run_repeating(
            _send_owed, interval=OWED_SENDS_S, first=0, name=OWED_SENDS_JOB
        )

    # The crisis check runs first, in its own group, for every message (crisis.CRISIS_GROUP).
    crisis.register(application)
    flood.register(application, services.clock, settings.flood_limit)
    # Handler order matters: within a group the first match wins, so the fallbacks come last.
    common.register(application)
    coordinator.register(application)
    student.register(application)
    mentor.register(application)
    conversation.register(application)
    counselor.register(application)
    common.register_fallbacks(application)
    common.register_buttons(
        application,
        {
            **common.BUTTONS,
            **student.BUTTONS,
            **mentor.BUTTONS,
            **conversation.BUTTONS,
            **counselor.BUTTONS,
        },
    )
    application.add_error_handler(answer_error)

    async def close_database(_: Application) -> None:
        # Timers already under way finish first: a check-in Telegram has taken is marked sent,
        # not left to be claimed and sent again after the restart.
        await timers.wait_for_started(STOP_GRACE_S)
        await database.dispose()

    application.post_shutdown = close_database
    return application


def _register_timers(
    application: Application, services: ServiceContext, timers: TimerEngine
) -> None:
    async def offer_timed_out(timer: DueTimer) -> None:
        notices = await matching.expire_offer(services, int(timer.payload["offer_id"]))
        await deliver(application.bot, services, notices)

    async def repeat_alert(timer: DueTimer) -> None:
        notices = await router.repeat_alert(services, int(timer.payload["escalation_id"]))
        await deliver(application.bot, services, notices)

    async def review_digest(timer: DueTimer) -> None:
        notices = await router.send_review_digest(services, int(timer.payload["school_id"]))
        await deliver(application.bot, services, notices)

    async def checkin_due(timer: DueTimer) -> None:
        notices = await checkins.due(services, int(timer.payload["checkin_id"]))
        # A failed send raises, so the timer is retried with backoff rather than lost.
        await deliver(application.bot, services, notices, raise_errors=True)

    async def retention_sweep(_: DueTimer) -> None:
        await privacy.purge_old_alert_text(services)

    timers.handle(checkins.CHECKIN_TIMER, checkin_due)
    timers.handle(privacy.RETENTION_TIMER, retention_sweep)
    timers.handle(matching.OFFER_TIMEOUT_TIMER, offer_timed_out)
    timers.handle(router.REPEAT_TIMER, repeat_alert)
    timers.handle(router.DIGEST_TIMER, review_digest)


async def _refresh_directory_safely(
    services: ServiceContext, directory: Directory, outages: OutageLog
) -> None:
    try:
        await directory.refresh(services)
    except UNAVAILABLE_ERRORS:
        outages.down(DATABASE)  # the fail-safe keeps what it knew
    else:
        outages.up(DATABASE)


async def record_held_alerts(bot: Bot, services: ServiceContext, directory: Directory) -> None:
    """Record and page the alerts held while the database was down (nothing if it still is)."""
    if not directory.pending:
        return
    try:
        notices = await directory.record_pending(services)
    except UNAVAILABLE_ERRORS:
        return
    await deliver(bot, services, notices)


async def send_owed(bot: Bot, services: ServiceContext) -> None:
    """Send again what the crisis path still owes (nothing if the database is down)."""
    try:
        notices = await router.send_owed(services)
    except UNAVAILABLE_ERRORS:
        return  # the held-alert and outage logic already says the database is down
    await deliver(bot, services, notices)


async def _send_owed(context: Context) -> None:
    await send_owed(context.bot, services_of(context))


async def _record_held_alerts(context: Context) -> None:
    directory: Directory = context.bot_data[crisis.DIRECTORY_KEY]
    await record_held_alerts(context.bot, services_of(context), directory)


async def _refresh_crisis_directory(context: Context) -> None:
    directory: Directory = context.bot_data[crisis.DIRECTORY_KEY]
    await _refresh_directory_safely(services_of(context), directory, context.bot_data[OUTAGES_KEY])


async def _run_due_timers(context: Context) -> None:
    timers: TimerEngine = context.bot_data[TIMERS_KEY]
    outages: OutageLog = context.bot_data[OUTAGES_KEY]
    try:
        await timers.start_due()  # each timer in its own task: a slow send holds up no other
    except UNAVAILABLE_ERRORS:
        outages.down(DATABASE)  # due timers wait in the database; they run once it is back
    else:
        outages.up(DATABASE)


async def _offer_waiting_requests(context: Context) -> None:
    """A safety net: requests that could not be offered (every mentor passed) get another turn."""
    services = services_of(context)
    await deliver(context.bot, services, await matching.offer_all_waiting(services))


async def answer_error(update: object, context: Context) -> None:
    """Log the failure (never message text) and tell the person nothing went through."""
    error = context.error
    system = system_down(error)
    outage = system == DATABASE
    if system is not None:
        context.bot_data[OUTAGES_KEY].down(system)  # once per outage, not once per update
    else:
        update_id = update.update_id if isinstance(update, Update) else None
        logger.error("update %s failed: %s", update_id, type(error).__name__, exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    user = update.effective_user
    language = language_for(user.language_code if user else None)
    if user is not None and not outage:
        # If even this fails, the reply goes out in Telegram's language: the original error
        # is what matters.
        with contextlib.suppress(Exception):
            language = (
                await describe_caller(services_of(context), user.id, user.language_code)
            ).language
    text = render(language, "error_database" if outage else "error_generic")
    if update.callback_query is not None:
        try:
            await update.callback_query.answer()
        except TelegramError:
            logger.debug("could not answer the failed button press")
    if update.effective_chat.type == "private":
        await send(context.bot, update.effective_chat.id, text)
