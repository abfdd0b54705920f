"""Commands everyone has: /start, /help, /language, /resources, and the fallbacks."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.callbacks import Action, Callback, decode, encode
from bot.handlers.base import (
    ButtonHandler,
    Context,
    answer,
    consent_keyboard,
    deliver,
    help_text,
    newcomer,
    remove_buttons,
    role_name,
    services_of,
    settle_press,
    talk_keyboard,
)
from bot.services import enrollment, privacy, survey
from bot.services.enrollment import ConsentResult, StartOutcome, StartResult
from bot.services.views import Caller
from bot.storage.models import Role
from bot.texts import LANGUAGES, label, render

PRIVATE = filters.ChatType.PRIVATE
NEW_MESSAGE = filters.UpdateType.MESSAGE


def _start_text(outcome: StartOutcome) -> tuple[str, InlineKeyboardMarkup | None]:
    caller = outcome.caller
    language = caller.language
    result = outcome.result
    school = caller.school.name if caller.school else ""
    role = role_name(language, caller.role) if caller.role else ""
    simple = {
        StartResult.NO_SCHOOLS: "no_schools",
        StartResult.UNKNOWN_CODE: "code_unknown",
        StartResult.INVITE_USED: "invite_used",
        StartResult.INVITE_EXPIRED: "invite_expired",
        StartResult.STALE: "stale_button",
    }
    if result in simple:
        return render(language, simple[result]), None
    if result is StartResult.TOO_MANY_TRIES:
        return render(language, "too_many_tries", minutes=outcome.retry_in_minutes), None
    if result is StartResult.CHOOSE_SCHOOL:
        buttons = [
            [InlineKeyboardButton(s.name[:64], callback_data=encode(Action.SCHOOL, s.id))]
            for s in outcome.schools
        ]
        return render(language, "choose_school"), InlineKeyboardMarkup(buttons)
    assert caller.membership_id is not None
    if result is StartResult.JOINED and caller.role is Role.STUDENT:
        return render(language, "consent"), consent_keyboard(language, caller.membership_id)
    lead_key = {
        StartResult.JOINED: "joined_staff",
        StartResult.ALREADY_MEMBER: "already_member",
        StartResult.ROLE_CHANGED: "role_changed",
        StartResult.STAFF_ROLE_KEPT: "staff_role_kept",
        StartResult.WELCOME_BACK: "welcome_back",
    }[result]
    lead = render(language, lead_key, school=school, role=role)
    if not caller.consented:
        return lead + "\n\n" + render(language, "consent"), consent_keyboard(
            language, caller.membership_id
        )
    return lead, None


async def start(update: Update, context: Context) -> None:
    payload = context.args[0] if context.args else None
    outcome = await enrollment.start(services_of(context), newcomer(update), payload)
    text, keyboard = _start_text(outcome)
    await answer(update, context, text, keyboard)


async def _caller(update: Update, context: Context) -> Caller:
    who = newcomer(update)
    return await enrollment.describe_caller(
        services_of(context), who.telegram_id, who.language_code
    )


async def show_help(update: Update, context: Context) -> None:
    caller = await _caller(update, context)
    await answer(update, context, help_text(caller), _talk_button_for(caller))


def _talk_button_for(caller: Caller) -> InlineKeyboardMarkup | None:
    if caller.role is Role.STUDENT and caller.consented:
        return talk_keyboard(caller.language)
    return None


async def resources(update: Update, context: Context) -> None:
    caller = await _caller(update, context)
    text = render(caller.language, "resources")
    if caller.school and caller.school.crisis_resources:
        text += render(
            caller.language,
            "resources_school",
            school=caller.school.name,
            text=caller.school.crisis_resources,
        )
    await answer(update, context, text)


async def language(update: Update, context: Context) -> None:
    choice = context.args[0].lower() if context.args else ""
    if choice in LANGUAGES:
        chosen = await enrollment.set_language(services_of(context), newcomer(update), choice)
        await answer(update, context, render(chosen, "language_set"))
        return
    caller = await _caller(update, context)
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    label(caller.language, "button.english"),
                    callback_data=encode(Action.LANGUAGE, "en"),
                ),
                InlineKeyboardButton(
                    label(caller.language, "button.spanish"),
                    callback_data=encode(Action.LANGUAGE, "es"),
                ),
            ]
        ]
    )
    await answer(update, context, render(caller.language, "language_choose"), keyboard)


async def unknown_command(update: Update, context: Context) -> None:
    caller = await _caller(update, context)
    await answer(
        update, context, render(caller.language, "unknown_command") + "\n\n" + help_text(caller)
    )


async def free_text(update: Update, context: Context) -> None:
    caller = await _caller(update, context)
    if not caller.enrolled:
        await answer(update, context, render(caller.language, "free_text_not_enrolled"))
    elif not caller.consented:
        assert caller.membership_id is not None
        await answer(
            update,
            context,
            render(caller.language, "consent_needed"),
            consent_keyboard(caller.language, caller.membership_id),
        )
    else:
        await answer(
            update, context, render(caller.language, "free_text_member"), _talk_button_for(caller)
        )


async def not_text(update: Update, context: Context) -> None:
    caller = await _caller(update, context)
    await answer(update, context, render(caller.language, "text_only"))


async def edited(update: Update, context: Context) -> None:
    caller = await _caller(update, context)
    await answer(update, context, render(caller.language, "edits_not_sent"))


async def _consent_pressed(update: Update, context: Context, callback: Callback) -> None:
    query = update.callback_query
    assert query is not None
    result, caller = await enrollment.give_consent(
        services_of(context), newcomer(update), callback.number
    )
    if result is ConsentResult.STALE or caller is None:
        language = (await _caller(update, context)).language
        await query.answer(render(language, "stale_button"))
        return
    await query.answer()
    await remove_buttons(update)
    if result is ConsentResult.ALREADY:
        await answer(update, context, help_text(caller))
        return
    assert caller.school is not None and caller.role is not None
    if caller.role is Role.STUDENT:
        text = render(caller.language, "consent_done_student", school=caller.school.name)
        await answer(update, context, text, talk_keyboard(caller.language))
        return
    text = render(
        caller.language,
        "consent_done_staff",
        school=caller.school.name,
        role=role_name(caller.language, caller.role),
    )
    await answer(update, context, text)
    if caller.role is Role.MENTOR and caller.membership_id is not None:
        await deliver(
            context, survey.question(caller.telegram_id, caller.language, caller.membership_id)
        )


async def _school_pressed(update: Update, context: Context, callback: Callback) -> None:
    query = update.callback_query
    assert query is not None
    outcome = await enrollment.choose_school(
        services_of(context), newcomer(update), callback.number
    )
    if outcome.result is StartResult.STALE:
        await query.answer(render(outcome.caller.language, "stale_button"))
        return
    await query.answer()
    await remove_buttons(update)
    text, keyboard = _start_text(outcome)
    await answer(update, context, text, keyboard)


async def _language_pressed(update: Update, context: Context, callback: Callback) -> None:
    query = update.callback_query
    assert query is not None
    chosen = await enrollment.set_language(
        services_of(context), newcomer(update), callback.argument
    )
    await query.answer()
    await remove_buttons(update)
    await answer(update, context, render(chosen, "language_set"))


async def delete_me(update: Update, context: Context) -> None:
    await deliver(context, await privacy.ask_to_delete(services_of(context), newcomer(update)))


async def _delete_pressed(update: Update, context: Context, callback: Callback) -> None:
    notices = await privacy.delete_me(
        services_of(context), newcomer(update), callback.number, callback.choice == "yes"
    )
    await settle_press(update, context, notices)


BUTTONS: dict[Action, ButtonHandler] = {
    Action.DELETE_ME: _delete_pressed,
    Action.CONSENT: _consent_pressed,
    Action.SCHOOL: _school_pressed,
    Action.LANGUAGE: _language_pressed,
}


def register(application: Application) -> None:
    """Everyone's commands."""
    private_message = PRIVATE & NEW_MESSAGE
    application.add_handler(CommandHandler("start", start, filters=private_message))
    application.add_handler(CommandHandler("help", show_help, filters=private_message))
    application.add_handler(CommandHandler("language", language, filters=private_message))
    application.add_handler(CommandHandler("resources", resources, filters=private_message))
    application.add_handler(CommandHandler("delete_me", delete_me, filters=private_message))


def register_buttons(application: Application, buttons: dict[Action, ButtonHandler]) -> None:
    """One handler for every button press: the payload is checked before anything happens."""

    async def pressed(update: Update, context: Context) -> None:
        query = update.callback_query
        assert query is not None
        callback = decode(query.data)
        if callback is None or callback.action not in buttons:
            await settle_press(update, context, None)
            return
        await buttons[callback.action](update, context, callback)

    application.add_handler(CallbackQueryHandler(pressed))


def register_fallbacks(application: Application) -> None:
    """Answers for what no other handler took: unknown commands, media, edits.

    Within a group the first matching handler wins, so these must be added last.
    """
    private_message = PRIVATE & NEW_MESSAGE
    application.add_handler(MessageHandler(private_message & filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(private_message & ~filters.TEXT, not_text))
    application.add_handler(MessageHandler(PRIVATE & filters.UpdateType.EDITED_MESSAGE, edited))
