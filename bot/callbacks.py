"""Button payloads: short, validated, and never trusted (a client can send any callback data)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

MAX_CALLBACK_BYTES = 64  # Telegram's limit for callback_data
FORMAT = re.compile(r"^([a-z]{2}):([A-Za-z0-9_]{1,40})$")
ID = r"\d{1,12}"
TOPICS = ("stress", "friends", "family", "conflict", "down", "other")
MOODS = ("1", "2", "3", "4", "5", "skip")
FELT_BETTER = ("better", "same", "worse")
COMFORTABLE = ("yes", "somewhat", "no")


class Action(StrEnum):
    CONSENT = "ok"  # membership id
    SCHOOL = "sc"  # school id
    LANGUAGE = "lg"  # language code
    TALK = "tk"  # "go"
    TOPIC = "tp"  # request id, topic
    MOOD = "md"  # request id, mood 1-5 or skip
    CANCEL = "cn"  # request id
    NOTIFY_INSTEAD = "nt"  # request id: leave the line, be told when a shift starts
    ACCEPT = "ac"  # offer id
    PASS = "ps"  # offer id
    END = "en"  # conversation id
    HAND_OVER = "ho"  # conversation id
    FELT = "fb"  # conversation id, better/same/worse
    COMFORT = "cf"  # conversation id, yes/somewhat/no
    ACKNOWLEDGE = "ak"  # escalation id
    RESOLVE = "rs"  # escalation id
    CHECKIN = "ci"  # check-in id, mood 1-5 or "talk"
    SAME_MENTOR = "sm"  # check-in id, same or new
    SURVEY = "sv"  # membership id, yes/somewhat/no
    DELETE_ME = "dl"  # person id, yes/no
    REVEAL = "wh"  # escalation id, ask/yes/no: break-glass "Who is this?"


def _choice(values: tuple[str, ...]) -> str:
    return "(" + "|".join(values) + ")"


ARGUMENTS: dict[Action, re.Pattern[str]] = {
    action: re.compile(f"^{pattern}$")
    for action, pattern in {
        Action.CONSENT: f"({ID})",
        Action.SCHOOL: f"({ID})",
        Action.LANGUAGE: "(en|es)",
        Action.TALK: "(go)",
        Action.TOPIC: f"({ID})_{_choice(TOPICS)}",
        Action.MOOD: f"({ID})_{_choice(MOODS)}",
        Action.CANCEL: f"({ID})",
        Action.NOTIFY_INSTEAD: f"({ID})",
        Action.ACCEPT: f"({ID})",
        Action.PASS: f"({ID})",
        Action.END: f"({ID})",
        Action.HAND_OVER: f"({ID})",
        Action.FELT: f"({ID})_{_choice(FELT_BETTER)}",
        Action.COMFORT: f"({ID})_{_choice(COMFORTABLE)}",
        Action.ACKNOWLEDGE: f"({ID})",
        Action.RESOLVE: f"({ID})",
        Action.CHECKIN: f"({ID})_([1-5]|talk)",
        Action.SAME_MENTOR: f"({ID})_(same|new)",
        Action.SURVEY: f"({ID})_{_choice(COMFORTABLE)}",
        Action.DELETE_ME: f"({ID})_(yes|no)",
        Action.REVEAL: f"({ID})_(ask|yes|no)",
    }.items()
}


@dataclass(frozen=True)
class Callback:
    action: Action
    parts: tuple[str, ...]

    @property
    def argument(self) -> str:
        return self.parts[0]

    @property
    def number(self) -> int:
        """The id the button refers to (its first part)."""
        return int(self.parts[0])

    @property
    def choice(self) -> str:
        """The option picked (the second part), e.g. a topic or an answer."""
        return self.parts[1]


def encode(action: Action, *parts: object) -> str:
    data = f"{action.value}:{'_'.join(str(part) for part in parts)}"
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
    argument = ARGUMENTS[action].match(match.group(2))
    if argument is None:
        return None
    return Callback(action, argument.groups())
