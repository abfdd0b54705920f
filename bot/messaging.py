"""The one way the bot sends to a person or chat: handles blocked users and passing failures."""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

logger = logging.getLogger(__name__)

SEND_ATTEMPTS = 4
FIRST_BACKOFF_S = 0.5


async def send(
    bot: Bot,
    chat_id: int,
    html: str,
    reply_markup: InlineKeyboardMarkup | None = None,
    protect_content: bool = False,
) -> Message | None:
    """Send an HTML message; None if the recipient blocked the bot or never started it.

    429s are waited out by python-telegram-bot's rate limiter; timeouts and 5xx answers are
    retried here with backoff, then raised.
    """
    backoff = FIRST_BACKOFF_S
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await bot.send_message(
                chat_id, html, reply_markup=reply_markup, protect_content=protect_content
            )
        except Forbidden:
            logger.info("recipient unreachable (blocked the bot or never started it)")
            return None
        except BadRequest:
            raise
        # RetryAfter reaches here only once the rate limiter's own retries are used up.
        except (RetryAfter, TimedOut, NetworkError):
            if attempt == SEND_ATTEMPTS:
                raise
            logger.warning("send failed (attempt %d), retrying in %.1fs", attempt, backoff)
            await asyncio.sleep(backoff)
            backoff *= 2
    raise AssertionError("unreachable")
