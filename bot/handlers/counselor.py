"""Counselor commands and buttons: Acknowledge, Resolved, /reply (or a reply to an alert)."""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot.callbacks import Action, Callback
from bot.handlers.base import ButtonHandler, Context, deliver, newcomer, services_of, settle_press
from bot.services.notices import Notice, notice
from bot.texts import language_for
from escalation import router

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


BUTTONS: dict[Action, ButtonHandler] = {
    Action.ACKNOWLEDGE: acknowledge_pressed,
    Action.RESOLVE: resolve_pressed,
}


def register(application: Application) -> None:
    # /reply works in private and in the counselor group chat, where alerts say to use it.
    application.add_handler(CommandHandler("reply", reply_command, filters=MESSAGES))
    # Counselors may also reply to an alert in their counselor group chat.
    application.add_handler(
        MessageHandler(
            filters.ChatType.GROUPS & filters.UpdateType.MESSAGE & filters.REPLY & filters.TEXT,
            _group_reply,
        )
    )


async def _group_reply(update: Update, context: Context) -> None:
    await reply_to_alert(update, context)
