"""Both sides of a conversation: relayed text, /end, /status, feedback, hand over."""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot.callbacks import Action, Callback
from bot.handlers import common, counselor, crisis
from bot.handlers.base import ButtonHandler, Context, deliver, newcomer, services_of, settle_press
from bot.services import conversations, shifts

PRIVATE_MESSAGE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE


async def on_text(update: Update, context: Context) -> None:
    """Relay a text to the other side; outside a conversation, the usual helpful answer."""
    message = update.message
    assert message is not None and message.text is not None
    if await counselor.reply_to_alert(update, context):
        return
    replied = message.reply_to_message
    replied_text = replied.text if isinstance(replied, Message) else None
    alerted = crisis.already_answered(context, update)
    outcome = await conversations.relay(
        services_of(context), newcomer(update), message.text, replied_text, alerted
    )
    if not outcome.handled:
        if not alerted:
            await common.free_text(update, context)
        return
    await deliver(context, outcome.notices)


async def end(update: Update, context: Context) -> None:
    await deliver(context, await conversations.end(services_of(context), newcomer(update)))


async def status(update: Update, context: Context) -> None:
    notices = await shifts.status(services_of(context), newcomer(update))
    if not notices:
        await common.show_help(update, context)
        return
    await deliver(context, notices)


async def end_pressed(update: Update, context: Context, callback: Callback) -> None:
    notices = await conversations.end(services_of(context), newcomer(update), callback.number)
    await settle_press(update, context, notices)


async def hand_over_pressed(update: Update, context: Context, callback: Callback) -> None:
    notices = await conversations.hand_over(services_of(context), newcomer(update), callback.number)
    await settle_press(update, context, notices)


async def feedback_pressed(update: Update, context: Context, callback: Callback) -> None:
    notices = await conversations.answer_feedback(
        services_of(context), newcomer(update), callback.number, callback.action, callback.choice
    )
    await settle_press(update, context, notices)


BUTTONS: dict[Action, ButtonHandler] = {
    Action.END: end_pressed,
    Action.HAND_OVER: hand_over_pressed,
    Action.FELT: feedback_pressed,
    Action.COMFORT: feedback_pressed,
}


def register(application: Application) -> None:
    application.add_handler(CommandHandler("end", end, filters=PRIVATE_MESSAGE))
    application.add_handler(CommandHandler("status", status, filters=PRIVATE_MESSAGE))
    application.add_handler(
        MessageHandler(PRIVATE_MESSAGE & filters.TEXT & ~filters.COMMAND, on_text)
    )
