"""What every handler needs: the services, who wrote, and a way to answer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from bot import delivery, messaging
from bot.callbacks import Action, Callback, encode
from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer
from bot.services.notices import Notice
from bot.services.views import Caller
from bot.storage.models import Role
from bot.texts import label, language_for, render

SERVICES_KEY = "services"

Context = ContextTypes.DEFAULT_TYPE


def services_of(context: Context) -> ServiceContext:
    services: ServiceContext = context.bot_data[SERVICES_KEY]
    return services


def newcomer(update: Update) -> Newcomer:
    user = update.effective_user
    assert user is not None, "handlers are registered for updates from a person"
    return Newcomer(user.id, user.language_code, user.first_name)


async def answer(
    update: Update,
    context: Context,
    html: str,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> Message | None:
    """Send `html` to the chat the update came from."""
    chat = update.effective_chat
    assert chat is not None
    return await messaging.send(context.bot, chat.id, html, reply_markup)


def role_name(language: str, role: Role | str) -> str:
    return label(language, f"role.{Role(role).value}")


def consent_keyboard(language: str, membership_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    label(language, "button.consent"),
                    callback_data=encode(Action.CONSENT, membership_id),
                )
            ]
        ]
    )


def talk_keyboard(language: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    label(language, "button.talk"), callback_data=encode(Action.TALK, "go")
                )
            ]
        ]
    )


def help_text(caller: Caller) -> str:
    """The /help list for the caller's role (and the admin part for admins)."""
    key = f"help.{caller.role.value}" if caller.role else "help.not_enrolled"
    text = render(caller.language, key)
    if caller.is_admin:
        text += render(caller.language, "help.admin")
    return text


async def deliver(context: Context, notices: list[Notice]) -> None:
    await delivery.deliver(context.bot, services_of(context), notices)


async def settle_press(update: Update, context: Context, notices: list[Notice] | None) -> None:
    """Answer a button press: a stale or foreign button gets a polite toast and changes
    nothing; otherwise the pressed buttons are removed and the notices are sent."""
    query = update.callback_query
    assert query is not None
    if notices is None:
        user = update.effective_user
        language = language_for(user.language_code if user else None)
        await query.answer(render(language, "stale_button"))
        return
    await query.answer()
    await remove_buttons(update)
    await deliver(context, notices)


async def remove_buttons(update: Update) -> None:
    """Take the buttons off the message that was pressed, so it cannot be pressed again."""
    query = update.callback_query
    assert query is not None
    message = query.message
    if isinstance(message, Message) and message.reply_markup is not None:
        await messaging.edit_markup(query.get_bot(), message.chat_id, message.message_id)


ButtonHandler = Callable[[Update, Context, Callback], Awaitable[None]]
