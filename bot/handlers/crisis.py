"""The crisis check: every text a student sends is assessed before anything else happens.

Registered in handler group -1, so it runs first for every private message, caption, command
(with its arguments) and edit, in every state; it never stops the update, which then goes on
to the ordinary handlers (a relayed message is still relayed).
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, MessageHandler, filters

from bot.handlers.base import Context, deliver, newcomer, services_of
from bot.messaging import send_until_accepted
from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer, describe_caller
from bot.services.invites import STAFF_ROLES
from bot.storage.db import UNAVAILABLE_ERRORS
from bot.texts import render
from escalation import router
from escalation.detector import Severity, assess
from escalation.failsafe import Directory, PendingAlert

logger = logging.getLogger(__name__)

DIRECTORY_KEY = "crisis_directory"
CRISIS_GROUP = -2  # first: before the flood limit (handlers/flood.py) and the rest


def directory_of(context: Context) -> Directory:
    directory: Directory = context.bot_data[DIRECTORY_KEY]
    return directory


async def check(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    text = message.text or message.caption
    if not text:
        return
    services = services_of(context)
    assessment = assess(text, second=services.settings.crisis_second_reader)
    if assessment.severity == Severity.NONE:
        return
    who = newcomer(update)
    directory = directory_of(context)
    if directory.is_staff(who.telegram_id):
        return
    if not directory.knows(who.telegram_id) and await _joined_as_staff(services, who):
        return  # staff who joined since the directory was read (mentors use /flag)
    source = "edit" if update.edited_message else ("caption" if message.caption else "text")
    logger.warning(
        "crisis check: %s (%s) from update %s",
        assessment.severity.label,
        assessment.category,
        update.update_id,
    )
    # Whether the alert (and with it the crisis lines, as owed) got written down.
    recorded: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
    if assessment.alert:
        # Later handlers see this and leave out their everyday fallback answers.
        mark_answered(context, update)
        # The student hears back first, before anything that needs the database; their
        # school's own contacts follow once it has been read.
        # Retried until Telegram takes it, in its own task: the counselors' alert never waits
        # on it, and a Telegram failure here never stops the alert.
        support = render(directory.language(who), "crisis_support_student")
        context.application.create_task(
            _crisis_lines(context, who.telegram_id, support, recorded), update=update
        )
    try:
        notices = await router.raise_alert(
            services, who, text, assessment, source, crisis_lines_owed=assessment.alert
        )
        recorded.set_result(True)
    except Exception as error:  # any failure here must still reach a counselor
        recorded.set_result(False)
        outage = isinstance(error, UNAVAILABLE_ERRORS)
        logger.error(
            "crisis alert not recorded (%s): using the fail-safe",
            "database unavailable" if outage else type(error).__name__,
            exc_info=None if outage else error,
        )
        if not assessment.alert:
            directory.hold(PendingAlert(who, text, assessment, source, services.clock.now()))
            return
        notices = directory.alert_without_database(
            services, who, text, assessment, source, services.clock.now()
        )
    await deliver(context, notices)


async def _crisis_lines(
    context: Context, chat_id: int, support: str, recorded: asyncio.Future[bool]
) -> None:
    """Send the crisis lines; once they are in and the alert is recorded (with the lines
    written down as owed), say so, or the bot sends them again after a crash."""
    try:
        sent = await send_until_accepted(context.bot, chat_id, support, durable=recorded)
    except TelegramError as error:
        logger.error("could not send the crisis lines to the student: %s", type(error).__name__)
        return
    if sent is None or not await recorded:
        return  # blocked, left to the durable copy, or the database was down
    try:
        await router.crisis_lines_delivered(services_of(context), chat_id)
    except UNAVAILABLE_ERRORS:
        logger.warning("crisis lines delivered but not marked: they may be sent once more")


async def _joined_as_staff(services: ServiceContext, who: Newcomer) -> bool:
    """Someone the directory does not know yet may have joined as staff a moment ago; with the
    database down, they are treated as a student (the safe side)."""
    try:
        caller = await describe_caller(services, who.telegram_id, who.language_code)
    except UNAVAILABLE_ERRORS:
        return False
    return caller.role in STAFF_ROLES


CRISIS_ANSWERED_KEY = "crisis_answered_update"


def mark_answered(context: Context, update: Update) -> None:
    if context.user_data is not None:
        context.user_data[CRISIS_ANSWERED_KEY] = update.update_id


def already_answered(context: Context, update: Update) -> bool:
    """True when the crisis check already answered this very update with the crisis lines."""
    return bool(
        context.user_data is not None
        and context.user_data.get(CRISIS_ANSWERED_KEY) == update.update_id
    )


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(
        MessageHandler(private & (filters.TEXT | filters.CAPTION), check), group=CRISIS_GROUP
    )
