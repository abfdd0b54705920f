"""Student commands and buttons: /talk, topic and mood, /cancel."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from bot.callbacks import Action, Callback
from bot.handlers.base import ButtonHandler, Context, deliver, newcomer, services_of, settle_press
from bot.services import support

PRIVATE_MESSAGE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE


async def talk(update: Update, context: Context) -> None:
    await deliver(context, await support.begin_talk(services_of(context), newcomer(update)))


async def cancel(update: Update, context: Context) -> None:
    await deliver(context, await support.cancel(services_of(context), newcomer(update)))


async def talk_pressed(update: Update, context: Context, callback: Callback) -> None:
    await settle_press(
        update, context, await support.begin_talk(services_of(context), newcomer(update))
    )


async def topic_pressed(update: Update, context: Context, callback: Callback) -> None:
    notices = await support.choose_topic(
        services_of(context), newcomer(update), callback.number, callback.choice
    )
    await settle_press(update, context, notices)


async def mood_pressed(update: Update, context: Context, callback: Callback) -> None:
    notices = await support.choose_mood(
        services_of(context), newcomer(update), callback.number, callback.choice
    )
    await settle_press(update, context, notices)


async def notify_instead_pressed(update: Update, context: Context, callback: Callback) -> None:
    notices = await support.notify_instead(services_of(context), newcomer(update), callback.number)
    await settle_press(update, context, notices)


BUTTONS: dict[Action, ButtonHandler] = {
    Action.TALK: talk_pressed,
    Action.TOPIC: topic_pressed,
    Action.MOOD: mood_pressed,
    Action.NOTIFY_INSTEAD: notify_instead_pressed,
}


def register(application: Application) -> None:
    application.add_handler(CommandHandler("talk", talk, filters=PRIVATE_MESSAGE))
    application.add_handler(CommandHandler("cancel", cancel, filters=PRIVATE_MESSAGE))
