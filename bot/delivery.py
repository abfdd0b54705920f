"""Turns the services' notices into Telegram messages, and reports back what could not arrive."""

from __future__ import annotations

import html
import logging
import re

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import TelegramError

from bot import messaging
from bot.callbacks import encode
from bot.services import checkins, conversations, matching
from bot.services.context import ServiceContext
from bot.services.notices import FollowUp, Notice
from bot.texts import label, render
from escalation import router

logger = logging.getLogger(__name__)

TELEGRAM_TEXT_LIMIT = 4096
# Crisis-path messages, written down before they are sent (escalation/router.py).
DURABLE = (FollowUp.ALERT, FollowUp.CRISIS_LINES)
TAG = re.compile(r"<[^>]+>")


def keyboard(notice: Notice) -> InlineKeyboardMarkup | None:
    if not notice.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    label(notice.language, button.label_key, **dict(button.label_values)),
                    callback_data=encode(button.action, *button.parts),
                )
                for button in row
            ]
            for row in notice.buttons
        ]
    )


def render_notice(notice: Notice) -> list[str]:
    """The notice as one or more HTML messages, each within Telegram's limit once shown."""
    head = "".join(render(notice.language, key, **dict(values)) for key, values in notice.before)
    head += render(notice.language, notice.key, **notice.value_map)
    for key, values in notice.after:
        head += "\n\n" + render(notice.language, key, **dict(values))
    if notice.relay_text is None:
        return [head]
    shown_head = html.unescape(TAG.sub("", head))
    room = TELEGRAM_TEXT_LIMIT - messaging.utf16_length(shown_head)
    return [head + html.escape(piece) for piece in messaging.split_text(notice.relay_text, room)]


async def deliver(
    bot: Bot, services: ServiceContext, notices: list[Notice], raise_errors: bool = False
) -> None:
    """Send every notice in order; follow-ups (an unreachable mentor...) may add more.

    One message that cannot be sent, even after retries, does not stop the others: an alert
    to one counselor failing must not keep it from the rest (and unacknowledged alerts are
    sent again by their repeat timer). `raise_errors` lets a durable timer retry instead.
    """
    queue = list(notices)
    failures = 0
    while queue:
        notice = queue.pop(0)
        try:
            follow_ups, arrived = await _deliver_one(bot, services, notice)
        except TelegramError as error:
            if raise_errors:
                raise
            failures += 1
            logger.error("could not deliver %s after retries: %s", notice.key, error)
            queue[:0] = notice.if_undelivered
            continue
        queue[:0] = notice.if_delivered if arrived else ()
        queue.extend(follow_ups)
    if failures:
        logger.error("%d of the messages could not be delivered", failures)


async def _deliver_one(
    bot: Bot, services: ServiceContext, notice: Notice
) -> tuple[list[Notice], bool]:
    """Send one notice: what the services want said next, and whether it arrived."""
    markup = keyboard(notice)
    if notice.edit_message_id is not None:
        [text] = render_notice(notice)
        edited = await messaging.edit(bot, notice.telegram_id, notice.edit_message_id, text, markup)
        return [], edited
    if notice.follow_up is not None:
        kind, identifier = notice.follow_up
        if kind in DURABLE and not await router.renew_claim(services, identifier):
            return [], False  # sent already, or being sent by another try
    pieces = render_notice(notice)
    first_message_id = None
    for position, piece in enumerate(pieces):
        last = position == len(pieces) - 1
        sent = await messaging.send(
            bot,
            notice.telegram_id,
            piece,
            markup if last else None,
            notice.protect,
            silent=notice.silent,
            urgent=notice.urgent,
        )
        if sent is None:
            return await _unreachable(services, notice), False
        first_message_id = first_message_id or sent.message_id
    if notice.follow_up is not None and first_message_id is not None:
        kind, identifier = notice.follow_up
        if kind is FollowUp.OFFER:
            await matching.remember_offer_message(services, identifier, first_message_id)
        elif kind is FollowUp.CHECKIN:
            await checkins.mark_sent(services, identifier)
        elif kind is FollowUp.ALERT:
            return await router.remember_alert_message(services, identifier, first_message_id), True
        elif kind is FollowUp.CRISIS_LINES:
            await router.copy_settled(services, identifier)
    return [], True


async def _unreachable(services: ServiceContext, notice: Notice) -> list[Notice]:
    if notice.follow_up is None:
        return []
    kind, identifier = notice.follow_up
    if kind is FollowUp.OFFER:
        return await matching.offer_undeliverable(services, identifier)
    if kind is FollowUp.RELAY_TO_MENTOR:
        return await conversations.mentor_unreachable(services, identifier)
    if kind is FollowUp.CHECKIN:
        await checkins.mark_unreachable(services, identifier)
        return []
    if kind in (FollowUp.ALERT, FollowUp.CRISIS_LINES):
        # A counselor who blocked the bot: the others and the repeats still go out.
        await router.copy_settled(services, identifier)
    return []
