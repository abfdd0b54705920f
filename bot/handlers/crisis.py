"""The crisis check: every text a student sends is assessed before anything else happens.

Registered in handler group -1, so it runs first for every private message, caption, command
(with its arguments) and edit, in every state; it never stops the update, which then goes on
to the ordinary handlers (a relayed message is still relayed).
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from bot.handlers.base import Context, deliver, newcomer, services_of
from bot.messaging import send
from bot.storage.db import UNAVAILABLE_ERRORS
from bot.texts import render
from escalation import router
from escalation.detector import Severity, assess
from escalation.failsafe import Directory, PendingAlert

logger = logging.getLogger(__name__)

DIRECTORY_KEY = "crisis_directory"
CRISIS_GROUP = -1


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
    assessment = assess(text)
    if assessment.severity == Severity.NONE:
        return
    who = newcomer(update)
    directory = directory_of(context)
    if directory.is_staff(who.telegram_id):
        return
    source = "edit" if update.edited_message else ("caption" if message.caption else "text")
    logger.warning(
        "crisis check: %s (%s) from update %s",
        assessment.severity.label,
        assessment.category,
        update.update_id,
    )
    services = services_of(context)
    if assessment.alert:
        # The student hears back first, before anything that needs the database.
        await send(
            context.bot,
            who.telegram_id,
            _support_text(directory, who.telegram_id, directory.language(who)),
        )
    try:
        notices = await router.raise_alert(services, who, text, assessment, source)
    except UNAVAILABLE_ERRORS:
        logger.error("crisis alert while the database is unreachable: using the fail-safe")
        if not assessment.alert:
            directory.pending.append(
                PendingAlert(who, text, assessment, source, services.clock.now())
            )
            return
        notices = directory.alert_without_database(
            services, who, text, assessment, source, services.clock.now()
        )
    await deliver(context, notices)


def _support_text(directory: Directory, telegram_id: int, language: str) -> str:
    text = render(language, "crisis_support_student")
    school = directory.school_resources(telegram_id)
    if school is not None:
        text += render(language, "resources_school", school=school[0], text=school[1])
    return text


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(
        MessageHandler(private & (filters.TEXT | filters.CAPTION), check), group=CRISIS_GROUP
    )
