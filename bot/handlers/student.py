"""Student commands and buttons: /talk, topic and mood, /cancel."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from bot.callbacks import Action, Callback
from bot.handlers.base import ButtonHandler, Context, deliver, newcomer, services_of, settle_press
from bot.services import checkins, enrollment, support
from bot.services.notices import Button, notice
from bot.texts import language_for

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


async def checkins_command(update: Update, context: Context) -> None:
    choice = (context.args or [""])[0].lower()
    who = newcomer(update)
    if choice not in ("on", "off"):
        await deliver(
            context, notice(who.telegram_id, language_for(who.language_code), "checkins_usage")
        )
        return
    await deliver(context, await checkins.set_enabled(services_of(context), who, choice == "on"))


async def checkin_pressed(update: Update, context: Context, callback: Callback) -> None:
    services = services_of(context)
    who = newcomer(update)
    notices, previous_mentor = await checkins.answer(
        services, who, callback.number, callback.choice
    )
    if notices is None or callback.choice != "talk" or notices:
        await settle_press(update, context, notices)
        return
    if previous_mentor is not None and await checkins.previous_mentor_available(
        services, previous_mentor
    ):
        buttons = (
            (
                Button("button.same_mentor", Action.SAME_MENTOR, (callback.number, "same")),
                Button("button.someone_new", Action.SAME_MENTOR, (callback.number, "new")),
            ),
        )
        language = (
            await enrollment.describe_caller(services, who.telegram_id, who.language_code)
        ).language
        await settle_press(
            update,
            context,
            notice(who.telegram_id, language, "checkin_same_mentor", buttons=buttons),
        )
        return
    await settle_press(update, context, await support.begin_talk(services, who))


async def same_mentor_pressed(update: Update, context: Context, callback: Callback) -> None:
    services = services_of(context)
    who = newcomer(update)
    previous = await checkins.previous_mentor_of(services, who, callback.number)
    if previous is None:
        await settle_press(update, context, None)
        return
    same = callback.choice == "same"
    await settle_press(
        update,
        context,
        await support.begin_talk(
            services,
            who,
            prefer_mentor=previous if same else None,
            avoid_mentor=None if same else previous,
        ),
    )


BUTTONS: dict[Action, ButtonHandler] = {
    Action.CHECKIN: checkin_pressed,
    Action.SAME_MENTOR: same_mentor_pressed,
    Action.TALK: talk_pressed,
    Action.TOPIC: topic_pressed,
    Action.MOOD: mood_pressed,
    Action.NOTIFY_INSTEAD: notify_instead_pressed,
}


def register(application: Application) -> None:
    application.add_handler(CommandHandler("talk", talk, filters=PRIVATE_MESSAGE))
    application.add_handler(CommandHandler("cancel", cancel, filters=PRIVATE_MESSAGE))
    application.add_handler(CommandHandler("checkins", checkins_command, filters=PRIVATE_MESSAGE))
