"""The one way the bot sends to a person or chat: handles blocked users and passing failures."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ExtBot

from bot.pacing import URGENT

logger = logging.getLogger(__name__)

SEND_ATTEMPTS = 4
FIRST_BACKOFF_S = 0.5
PERSIST_FOR_S = 15 * 60  # a student's crisis lines: worth trying for a quarter of an hour
LONGEST_PAUSE_S = 60.0
# A durable crisis message is claimed for 30 s (escalation/router.py SEND_CLAIM): its first
# sender stops before that, so it is never sent twice.
HAND_OFF_S = 20.0


async def send(
    bot: Bot,
    chat_id: int,
    html: str,
    reply_markup: InlineKeyboardMarkup | None = None,
    protect_content: bool = False,
    silent: bool = False,
    urgent: bool = False,
) -> Message | None:
    """Send an HTML message; None if the recipient blocked the bot or never started it.

    429s are waited out by the send pacer (bot/pacing.py), where `urgent` sends (the crisis
    path) go ahead of every other waiting send; timeouts and 5xx answers are retried here with
    backoff, then raised.
    """
    backoff = FIRST_BACKOFF_S
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await bot.send_message(
                chat_id,
                html,
                reply_markup=reply_markup,
                protect_content=protect_content,
                disable_notification=silent,
                **_priority(bot, urgent),
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


def _priority(bot: Bot, urgent: bool) -> dict[str, Any]:
    """The pacer's priority lane, for the Application's bot (a bare Bot has no pacer)."""
    return {"rate_limit_args": URGENT} if urgent and isinstance(bot, ExtBot) else {}


async def send_until_accepted(
    bot: Bot,
    chat_id: int,
    html: str,
    give_up_after_s: float = PERSIST_FOR_S,
    durable: asyncio.Future[bool] | None = None,
) -> Message | None:
    """Send, and keep trying through Telegram's failures (backing off to a minute between
    tries) until Telegram accepts it, the person blocked the bot, or `give_up_after_s`.
    For what must reach a person in crisis; run it as its own task so nothing waits on it.

    `durable` resolves True once the message is also written down to be sent again from the
    database (escalation/router.py `send_owed`): past HAND_OFF_S the retries are left to that
    (None is returned), so that the two never both send it.
    """
    loop = asyncio.get_running_loop()
    started = loop.time()
    deadline = started + give_up_after_s
    pause = FIRST_BACKOFF_S * 2
    while True:
        try:
            return await send(bot, chat_id, html, urgent=True)
        except (RetryAfter, TimedOut, NetworkError) as error:
            if isinstance(error, BadRequest) or loop.time() + pause > deadline:
                logger.error("gave up sending a crisis message after %.0fs", give_up_after_s)
                raise
            handed_off = durable is not None and durable.done() and durable.result()
            if handed_off and loop.time() + pause > started + HAND_OFF_S:
                logger.warning("crisis message not accepted yet; left to its durable copy")
                return None
            logger.warning("crisis message not accepted yet; trying again in %.0fs", pause)
            await asyncio.sleep(pause)
            pause = min(pause * 2, LONGEST_PAUSE_S)


def utf16_length(text: str) -> int:
    """Length as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int) -> list[str]:
    """Split `text` into pieces of at most `limit` UTF-16 units, nothing dropped.

    Cuts at a line break or space near the end of each piece when there is one, so words stay
    whole; a piece that would be only white space is kept with its neighbour.
    """
    if limit < 2:
        raise ValueError("limit must leave room for a character outside the BMP (2 units)")
    pieces: list[str] = []
    rest = text
    while utf16_length(rest) > limit:
        cut = _longest_prefix(rest, limit)
        window = rest[:cut]
        for separator in ("\n", " "):
            position = window.rfind(separator)
            if position > cut // 2:
                cut = position + 1
                break
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def _longest_prefix(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


async def edit(
    bot: Bot,
    chat_id: int,
    message_id: int,
    html: str,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> bool:
    """Edit a message the bot sent; False if it is gone or the person blocked the bot."""
    try:
        await bot.edit_message_text(
            html, chat_id=chat_id, message_id=message_id, reply_markup=reply_markup
        )
    except BadRequest as error:
        if "not modified" in str(error).lower():
            return True
        logger.info("could not edit a message: %s", error)
        return False
    except Forbidden:
        return False
    return True


async def edit_markup(bot: Bot, chat_id: int, message_id: int) -> None:
    """Remove a message's buttons; quietly nothing if they are already gone."""
    try:
        await bot.edit_message_reply_markup(
            chat_id=chat_id, message_id=message_id, reply_markup=None
        )
    except BadRequest as error:
        logger.info("could not remove buttons: %s", error)
    except Forbidden:
        logger.info("could not remove buttons: recipient unreachable")
