import string

import pytest

from bot.standin.html import parse_html
from bot.texts import CATALOGS, is_plain, label, language_for, render


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_english_and_spanish_have_the_same_messages() -> None:
    assert set(CATALOGS["en"]) == set(CATALOGS["es"])


@pytest.mark.parametrize("key", sorted(CATALOGS["en"]))
def test_both_languages_use_the_same_placeholders(key: str) -> None:
    assert _placeholders(CATALOGS["en"][key]) == _placeholders(CATALOGS["es"][key])


HTML_KEYS = sorted(key for key in CATALOGS["en"] if not is_plain(key))
PLAIN_KEYS = sorted(key for key in CATALOGS["en"] if is_plain(key))


@pytest.mark.parametrize("language", sorted(CATALOGS))
@pytest.mark.parametrize("key", HTML_KEYS)
def test_every_message_is_html_telegram_accepts(language: str, key: str) -> None:
    values = {name: "<b>Tom & Jerry's</b>" for name in _placeholders(CATALOGS[language][key])}
    shown = parse_html(render(language, key, **values)).plain
    for value in values.values():
        assert value in shown  # values are shown literally, never as markup


@pytest.mark.parametrize("language", sorted(CATALOGS))
@pytest.mark.parametrize("key", PLAIN_KEYS)
def test_labels_are_short_plain_text(language: str, key: str) -> None:
    values = {name: "K7" for name in _placeholders(CATALOGS[language][key])}
    text = label(language, key, **values)
    assert "<" not in text and len(text) <= 40


def test_language_follows_telegram() -> None:
    assert language_for("es") == "es"
    assert language_for("es-MX") == "es"
    assert language_for("en-US") == "en"
    assert language_for("pt-BR") == "en"
    assert language_for(None) == "en"


def test_button_labels_are_plain_text() -> None:
    assert label("en", "button.consent") == "I understand"
    assert label("es", "button.consent") == "Entiendo"
