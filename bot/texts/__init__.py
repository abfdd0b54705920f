"""User-facing text, one catalog per language. Templates are Telegram HTML; values are escaped."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from bot.texts import en, es

CATALOGS: dict[str, dict[str, str]] = {"en": en.TEXTS, "es": es.TEXTS}
LANGUAGES = tuple(CATALOGS)
DEFAULT_LANGUAGE = "en"
# Keys whose text is plain (button labels, and names put into other messages as values);
# every other template is Telegram HTML.
PLAIN_PREFIXES = (
    "button.",
    "topic.",
    "mood.",
    "role.",
    "severity.",
    "category.",
    "reveal.",
)


def is_plain(key: str) -> bool:
    return key.startswith(PLAIN_PREFIXES)


def language_for(telegram_language_code: str | None) -> str:
    """Telegram's language_code to a catalog: `es*` is Spanish, anything else English."""
    if telegram_language_code and telegram_language_code.lower().startswith("es"):
        return "es"
    return DEFAULT_LANGUAGE


def render(language: str, key: str, **values: Any) -> str:
    """A message in HTML: the template with every value HTML-escaped."""
    assert not is_plain(key), f"{key} is plain text: use label()"
    template = CATALOGS.get(language, CATALOGS[DEFAULT_LANGUAGE])[key]
    return template.format(**{name: html.escape(str(value)) for name, value in values.items()})


def label(language: str, key: str, **values: Any) -> str:
    """Plain text: a button label, or a name to put into a message as a value."""
    assert is_plain(key), f"{key} is HTML: use render()"
    template = CATALOGS.get(language, CATALOGS[DEFAULT_LANGUAGE])[key]
    return template.format(**values)


def when_text(language: str, moment: datetime, now: datetime) -> str:
    """ "today at 3:00 PM" or "tomorrow at 3:00 PM", for a local `moment` within a day of `now`."""
    day = "when_today" if moment.date() == now.astimezone(moment.tzinfo).date() else "when_tomorrow"
    clock = moment.strftime("%-I:%M %p") if language == "en" else moment.strftime("%H:%M")
    return render(language, day, time=clock)
