"""The per-person flood limit (bot/flood.py), between the crisis check and everything else."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, MessageHandler, filters

from bot.clock import Clock
from bot.flood import FloodLimit, Verdict
from bot.handlers.base import Context, deliver, newcomer
from bot.handlers.crisis import CRISIS_GROUP
from bot.services.notices import notice
from bot.texts import language_for

FLOOD_GROUP = CRISIS_GROUP + 1  # after the crisis check has read the message
FLOOD_LIMIT_KEY = "flood_limit"


async def guard(update: Update, context: Context) -> None:
    limit: FloodLimit = context.bot_data[FLOOD_LIMIT_KEY]
    who = newcomer(update)
    verdict = limit.check(who.telegram_id)
    if verdict is Verdict.HANDLE:
        return
    if verdict is Verdict.HOLD_AND_TELL:
        language = language_for(who.language_code)
        await deliver(context, notice(who.telegram_id, language, "flood_slow_down"))
    raise ApplicationHandlerStop


def register(application: Application, clock: Clock, messages_per_window: int) -> None:
    application.bot_data[FLOOD_LIMIT_KEY] = FloodLimit(
        lambda: clock.now().timestamp(), limit=messages_per_window
    )
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & filters.UpdateType.MESSAGES, guard),
        group=FLOOD_GROUP,
    )
