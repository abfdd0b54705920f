"""Mentor commands and buttons: /onshift, /offshift, Accept and Pass."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from bot.callbacks import Action, Callback
from bot.handlers.base import ButtonHandler, Context, deliver, newcomer, services_of, settle_press
from bot.services import conversations, shifts, survey
from escalation import router

PRIVATE_MESSAGE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE


async def on_shift(update: Update, context: Context) -> None:
    capacity = context.args[0] if context.args else None
    await deliver(
        context, await shifts.go_on_shift(services_of(context), newcomer(update), capacity)
    )


async def off_shift(update: Update, context: Context) -> None:
    await deliver(context, await shifts.go_off_shift(services_of(context), newcomer(update)))


async def flag(update: Update, context: Context) -> None:
    message = update.message
    assert message is not None and message.text is not None
    parts = message.text.split(None, 1)
    note = parts[1] if len(parts) > 1 else ""
    await deliver(context, await router.flag(services_of(context), newcomer(update), note))


async def accept_pressed(update: Update, context: Context, callback: Callback) -> None:
    notices = await conversations.accept_offer(
        services_of(context), newcomer(update), callback.number
    )
    await settle_press(update, context, notices)


async def pass_pressed(update: Update, context: Context, callback: Callback) -> None:
    notices = await conversations.pass_offer(
        services_of(context), newcomer(update), callback.number
    )
    await settle_press(update, context, notices)


async def survey_pressed(update: Update, context: Context, callback: Callback) -> None:
    notices = await survey.answer(
        services_of(context), newcomer(update), callback.number, callback.choice
    )
    await settle_press(update, context, notices)


BUTTONS: dict[Action, ButtonHandler] = {
    Action.SURVEY: survey_pressed,
    Action.ACCEPT: accept_pressed,
    Action.PASS: pass_pressed,
}


def register(application: Application) -> None:
    application.add_handler(CommandHandler("onshift", on_shift, filters=PRIVATE_MESSAGE))
    application.add_handler(CommandHandler("offshift", off_shift, filters=PRIVATE_MESSAGE))
    application.add_handler(CommandHandler("flag", flag, filters=PRIVATE_MESSAGE))
