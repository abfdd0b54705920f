"""What every handler needs: the services, who wrote, and a way to answer."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from bot import messaging
from bot.callbacks import Action, encode
from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer
from bot.services.views import Caller
from bot.storage.models import Role
from bot.texts import label, render

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
    return render(language, f"role.{Role(role).value}")


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


def help_text(caller: Caller) -> str:
    """The /help list for the caller's role (and the admin part for admins)."""
    key = f"help.{caller.role.value}" if caller.role else "help.not_enrolled"
    text = render(caller.language, key)
    if caller.is_admin:
        text += render(caller.language, "help.admin")
    return text
