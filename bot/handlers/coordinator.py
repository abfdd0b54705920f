"""Coordinator (and admin) commands: /invite."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from bot.handlers.base import Context, answer, deliver, newcomer, role_name, services_of
from bot.services import invites, survey
from bot.texts import render


def deep_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start={code}"


async def invite(update: Update, context: Context) -> None:
    services = services_of(context)
    who = newcomer(update)
    reply = await invites.invite_from_chat(
        services, who.telegram_id, who.language_code, list(context.args or [])
    )
    language = reply.caller.language
    if reply.refused:
        roles = ", ".join(role_name(language, role) for role in reply.allowed_roles)
        await answer(update, context, render(language, "not_allowed", roles=roles))
    elif reply.unknown_school is not None:
        await answer(
            update, context, render(language, "invite_unknown_school", code=reply.unknown_school)
        )
    elif reply.created is None:
        key = "invite_usage_admin" if reply.caller.is_admin else "invite_usage"
        await answer(update, context, render(language, key))
    else:
        created = reply.created
        username = services.settings.bot_username or context.bot.username
        await answer(
            update,
            context,
            render(
                language,
                "invite_created",
                role=role_name(language, created.role),
                school=created.school_name,
                expires=created.expires_at.strftime("%Y-%m-%d"),
                link=deep_link(username, created.code),
            ),
        )


async def survey_mentors(update: Update, context: Context) -> None:
    await deliver(context, await survey.ask_all_mentors(services_of(context), newcomer(update)))


def register(application: Application) -> None:
    private_message = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    application.add_handler(CommandHandler("invite", invite, filters=private_message))
    application.add_handler(
        CommandHandler("survey_mentors", survey_mentors, filters=private_message)
    )
