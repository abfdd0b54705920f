"""User-facing text, one catalog per language. Templates are Telegram HTML; values are escaped."""

from __future__ import annotations

import html
from typing import Any

from bot.texts import en, es

CATALOGS: dict[str, dict[str, str]] = {"en": en.TEXTS, "es": es.TEXTS}
LANGUAGES = tuple(CATALOGS)
DEFAULT_LANGUAGE = "en"


def language_for(telegram_language_code: str | None) -> str:
    """Telegram's language_code to a catalog: `es*` is Spanish, anything else English."""
    if telegram_language_code and telegram_language_code.lower().startswith("es"):
        return "es"
    return DEFAULT_LANGUAGE


def render(language: str, key: str, **values: Any) -> str:
    """A message in HTML: the template with every value HTML-escaped."""
    template = CATALOGS.get(language, CATALOGS[DEFAULT_LANGUAGE])[key]
    return template.format(**{name: html.escape(str(value)) for name, value in values.items()})


def label(language: str, key: str, **values: Any) -> str:
    """A button label (plain text, Telegram does not parse it)."""
    template = CATALOGS.get(language, CATALOGS[DEFAULT_LANGUAGE])[key]
    return template.format(**values)
