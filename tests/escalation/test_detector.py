"""The rules of PRODUCT.md §5, one by one."""

from __future__ import annotations

import pytest

from escalation.detector import assess
from escalation.lexicon import Lexicon, Severity, compile_pattern, parse
from escalation.normalize import normalize


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("K1LL mys3lf", "kil myself"),
        ("k i l l  m y s e l f", "kilmyself"),
        ("s.u.i.c.i.d.e", "suicide"),
        ("kіll mуsеlf", "kil myself"),  # Cyrillic look-alike letters
        ("Ｋｉｌｌ", "kil"),  # full-width letters (NFKC)
        ("su\u200bi\u200bcide", "suicide"),  # zero-width spaces
        ("dííííe", "die"),  # combining accents and repeated letters
        ("took 20 💊", "tok 20 pils"),
        ("i wanna die", "i want to die"),
        ("kill my self", "kil myself"),
        ("I'm ok. Really", "im ok | realy"),
    ],
)
def test_normalization(typed: str, meant: str) -> None:
    assert normalize(typed) == meant


def test_idioms_cancel_only_their_own_words() -> None:
    assert assess("this homework is killing me").severity == Severity.NONE
    both = assess("this homework is killing me and i want to die")
    assert both.severity == Severity.URGENT


def test_negation_lowers_one_level_and_stops_at_but() -> None:
    assert assess("i want to kill myself").severity == Severity.URGENT
    assert assess("i would never kill myself").severity == Severity.REVIEW
    assert assess("i would never hurt myself but i want to die").severity == Severity.URGENT
    assert assess("nunca me voy a matar").severity == Severity.REVIEW


def test_negation_never_lowers_plan_means_or_timing() -> None:
    assert assess("im not going to kill myself tonight").severity == Severity.IMMINENT
    assert assess("i have not taken 30 pills").severity == Severity.IMMINENT


def test_plan_means_and_timing_raise_urgent_to_imminent() -> None:
    assert assess("i want to die").severity == Severity.URGENT
    for extra in ("tonight", "i have the pills", "i wrote my goodbye note", "esta noche"):
        assert assess(f"i want to die {extra}").severity == Severity.IMMINENT, extra


def test_hyperbole_is_a_review_not_a_page() -> None:
    result = assess("kms lol this quiz")
    assert result.severity == Severity.REVIEW and not result.alert


def test_both_languages_are_checked_on_every_message() -> None:
    assert assess("ok so basically quiero morir").alert
    assert assess("hola, i want to kill myself").alert


def test_a_longer_match_decides_over_the_words_inside_it() -> None:
    assert assess("i tried to kill myself last year").severity == Severity.REVIEW
    assert assess("we had a suicide prevention assembly").severity == Severity.NONE


def test_the_json_shape() -> None:
    result = assess("I took 20 pills").as_json("I took 20 pills")
    assert result == {
        "text": "I took 20 pills",
        "severity": "imminent",
        "alert": True,
        "category": "suicide",
        "matched": ["tok 20 pils"],
    }


def test_lexicon_syntax_errors_name_the_line() -> None:
    with pytest.raises(ValueError, match=r"test.lex:2: .*malformed token"):
        parse("[suicide urgent]\nwant (to die)\n", Lexicon(), "test.lex")
    with pytest.raises(ValueError, match="before any"):
        parse("want to die\n", Lexicon(), "test.lex")
    assert compile_pattern("(kil|end) myself").search("i wil kil myself")


def test_escalation_is_importable_without_telegram() -> None:
    """The fixed layout: crisis detection and routing do not need python-telegram-bot."""
    import subprocess
    import sys

    program = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'telegram' or name.startswith('telegram.'):\n"
        "            raise ImportError('blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import escalation.detector, escalation.router, escalation.failsafe\n"
        "print(escalation.detector.assess('i want to die').severity.label)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "urgent"
