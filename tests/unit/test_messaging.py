import pytest

from bot.delivery import TELEGRAM_TEXT_LIMIT, render_notice
from bot.messaging import split_text, utf16_length
from bot.services.notices import notice
from bot.standin.html import parse_html


@pytest.mark.parametrize("limit", [2, 7, 50, 4096])
def test_split_keeps_every_character_within_the_limit(limit: int) -> None:
    text = ("Hello there, how are you?\n" * 400) + "😀" * 30 + "end"
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(1 <= utf16_length(piece) <= limit for piece in pieces)


def test_split_prefers_word_boundaries() -> None:
    pieces = split_text("alpha beta gamma delta", 12)
    assert pieces == ["alpha beta ", "gamma delta"]


def test_a_limit_too_small_for_any_character_is_refused() -> None:
    with pytest.raises(ValueError):
        split_text("😀", 1)


def test_short_text_is_one_piece() -> None:
    assert split_text("hi", 4096) == ["hi"]
    assert split_text("", 10) == [""]


def test_a_relayed_notice_fits_telegram_and_shows_the_text_literally() -> None:
    words = "<b>&amp;</b> " * 1000
    [relay] = notice(1, "en", "relay.to_mentor", alias="K7", relay_text=words)
    pieces = render_notice(relay)
    assert len(pieces) == 4
    shown = [parse_html(piece).plain for piece in pieces]
    assert all(utf16_length(text) <= TELEGRAM_TEXT_LIMIT for text in shown)
    assert "".join(text.removeprefix("Student K7:\n") for text in shown) == words
