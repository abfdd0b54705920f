"""Button payloads: short, validated, and never trusted (a client can send any callback data)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.texts import LANGUAGES

MAX_CALLBACK_BYTES = 64  # Telegram's limit for callback_data
FORMAT = re.compile(r"^([a-z]{2}):([A-Za-z0-9_]{1,32})$")


class Action(StrEnum):
    CONSENT = "ok"  # argument: membership id
    SCHOOL = "sc"  # argument: school id
    LANGUAGE = "lg"  # argument: language code


NUMERIC_ARGUMENT = {Action.CONSENT, Action.SCHOOL}


@dataclass(frozen=True)
class Callback:
    action: Action
    argument: str

    @property
    def number(self) -> int:
        return int(self.argument)


def encode(action: Action, argument: object) -> str:
    data = f"{action.value}:{argument}"
    if len(data.encode("utf-8")) > MAX_CALLBACK_BYTES or decode(data) is None:
        raise ValueError(f"invalid callback data {data!r}")
    return data


def decode(data: str | None) -> Callback | None:
    """The button's meaning, or None for data this bot never makes (forged or outdated)."""
    if not data:
        return None
    match = FORMAT.match(data)
    if not match:
        return None
    try:
        action = Action(match.group(1))
    except ValueError:
        return None
    argument = match.group(2)
    if action in NUMERIC_ARGUMENT and not (argument.isdigit() and len(argument) <= 12):
        return None
    if action is Action.LANGUAGE and argument not in LANGUAGES:
        return None
    return Callback(action, argument)
