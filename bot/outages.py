"""Telling an IT person which system is down, once: the database or Telegram.

A failure's cause chain decides which side it came from (a Telegram error whose cause is a
refused connection is Telegram's, not the database's). During an outage every update and
every timer fails the same way; the log gets one line when an outage starts and one when it
ends, not one a second.
"""

from __future__ import annotations

import logging

import httpx
from telegram.error import BadRequest, NetworkError, TelegramError

from bot.storage.db import UNAVAILABLE_ERRORS

logger = logging.getLogger(__name__)

DATABASE = "database"
TELEGRAM = "Telegram"


def system_down(error: BaseException | None) -> str | None:
    """Which system an error says is unreachable (DATABASE or TELEGRAM), or None for a bug."""
    while error is not None:
        if isinstance(error, TelegramError | httpx.HTTPError):
            # BadRequest is a NetworkError in python-telegram-bot, but a refusal, not an outage.
            unreachable = isinstance(error, NetworkError | httpx.HTTPError)
            return TELEGRAM if unreachable and not isinstance(error, BadRequest) else None
        if isinstance(error, UNAVAILABLE_ERRORS):
            return DATABASE
        error = error.__cause__ or error.__context__
    return None


class OutageLog:
    """Logs the start and the end of each system's outage, once each."""

    def __init__(self) -> None:
        self._down: set[str] = set()

    def down(self, system: str) -> None:
        if system not in self._down:
            self._down.add(system)
            logger.error("%s unreachable; the bot keeps trying (one line until it is back)", system)

    def up(self, system: str) -> None:
        if system in self._down:
            self._down.discard(system)
            logger.warning("%s reachable again", system)
