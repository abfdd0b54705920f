"""Counselor commands and buttons: Acknowledge, Resolved, /reply (or a reply to an alert),
/alerts."""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot.callbacks import Action, Callback
from bot.handlers.base import ButtonHandler, Context, deliver, newcomer, services_of, settle_press
from bot.services.notices import Notice, notice
from bot.texts import label, language_for, render
from escalation import router

logger = logging.getLogger(__name__)

MESSAGES = filters.UpdateType.MESSAGE


async def acknowledge_pressed(update: Update, context: Context, callback: Callback) -> None:
    notices, toast = await router.acknowledge(
        services_of(context), newcomer(update), callback.number
    )
    if toast is not None:
        query = update.callback_query
        assert query is not None
        await query.answer(toast)
        return
    await _settle_alert_press(update, context, notices)


async def resolve_pressed(update: Update, context: Context, callback: Callback) -> None:
    notices = await router.resolve(services_of(context), newcomer(update), callback.number)
    await _settle_alert_press(update, context, notices)


async def _settle_alert_press(
    update: Update, context: Context, notices: list[Notice] | None
) -> None:
    # Every copy of the alert is edited by the notices themselves (the pressed one included).
    query = update.callback_query
    assert query is not None
    if notices is None:
        await settle_press(update, context, None)
        return
    await query.answer()
    await deliver(context, notices)


async def reply_command(update: Update, context: Context) -> None:
    arguments = context.args or []
    who = newcomer(update)
    services = services_of(context)
    number = arguments[0].lstrip("#") if arguments else ""
    if len(arguments) < 2 or not (number.isascii() and number.isdigit() and len(number) <= 12):
        await deliver(
            context, notice(who.telegram_id, language_for(who.language_code), "reply_usage")
        )
        return
    message = update.message
    assert message is not None and message.text is not None
    text = message.text.split(None, 2)[2]
    await deliver(context, await router.counselor_reply(services, who, int(number), text))


async def reply_to_alert(update: Update, context: Context) -> bool:
    """A counselor's reply to an alert message goes to that alert's student. False if the
    message is not a reply to an alert (a student's reply to "You're #1 in line" is not)."""
    message = update.message
    if message is None or message.text is None:
        return False
    replied = message.reply_to_message
    if not isinstance(replied, Message) or replied.from_user is None:
        return False
    if not replied.from_user.is_bot:
        return False
    services = services_of(context)
    alert_id = await router.alert_replied_to(services, message.chat.id, replied.message_id)
    if alert_id is None:
        return False
    await deliver(
        context, await router.counselor_reply(services, newcomer(update), alert_id, message.text)
    )
    return True


async def reveal_pressed(update: Update, context: Context, callback: Callback) -> None:
    """Break-glass: **Who is this?** asks to confirm; confirming shows the student's Telegram
    name, username and a link, fetched from Telegram at that moment."""
    services, who = services_of(context), newcomer(update)
    if callback.choice == "ask":
        asked = await router.ask_to_reveal(services, who, callback.number)
        if asked is None:
            await settle_press(update, context, None)
            return
        query = update.callback_query
        assert query is not None
        await query.answer(render(asked[0].language, "reveal_check_private_chat"))
        await deliver(context, asked)
        return
    if callback.choice == "no":
        await settle_press(update, context, await router.reveal_declined(services, who))
        return
    identity = await router.reveal_identity(services, who, callback.number)
    if identity is None:
        await settle_press(update, context, None)
        return
    name, username = await _telegram_profile(context, identity.student_telegram_id)
    language = identity.counselor_language
    shown = notice(
        who.telegram_id,
        language,
        "reveal_identity",
        protect=True,
        alert_id=identity.alert_id,
        alias=identity.alias or "?",
        name=name or label(language, "reveal.unknown"),
        username=f"@{username}" if username else label(language, "reveal.no_username"),
        student_id=identity.student_telegram_id,
    )
    await settle_press(update, context, shown)


async def _telegram_profile(context: Context, telegram_id: int) -> tuple[str | None, str | None]:
    """The name and username Telegram shows for a person now (the bot stores neither)."""
    try:
        chat = await context.bot.get_chat(telegram_id)
    except TelegramError as error:
        logger.warning("could not look up a revealed student: %s", type(error).__name__)
        return None, None
    name = " ".join(part for part in (chat.first_name, chat.last_name) if part)
    return name or None, chat.username


async def alerts_command(update: Update, context: Context) -> None:
    await deliver(context, await router.open_alerts(services_of(context), newcomer(update)))


BUTTONS: dict[Action, ButtonHandler] = {
    Action.ACKNOWLEDGE: acknowledge_pressed,
    Action.RESOLVE: resolve_pressed,
    Action.REVEAL: reveal_pressed,
}


def register(application: Application) -> None:
    # /reply works in private and in the counselor group chat, where alerts say to use it.
    application.add_handler(CommandHandler("reply", reply_command, filters=MESSAGES))
    application.add_handler(
        CommandHandler("alerts", alerts_command, filters=MESSAGES & filters.ChatType.PRIVATE)
    )
    # Counselors may also reply to an alert in their counselor group chat.
    application.add_handler(
        MessageHandler(
            filters.ChatType.GROUPS & filters.UpdateType.MESSAGE & filters.REPLY & filters.TEXT,
            _group_reply,
        )
    )


async def _group_reply(update: Update, context: Context) -> None:
    await reply_to_alert(update, context)
