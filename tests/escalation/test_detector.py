"""The rules of PRODUCT.md §5, one by one, and the pieces that implement them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from escalation.detector import assess
from escalation.lexicon import Lexicon, LexiconError, Severity, parse_concepts, parse_frames
from escalation.normalize import normalize


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("K1LL mys3lf", "kill myself"),
        ("k i l l  m y s e l f", "kill myself"),
        ("s.u.i.c.i.d.e", "suicide"),
        ("kіll mуsеlf", "kill myself"),  # Cyrillic look-alike letters
        ("Ｋｉｌｌ", "kill"),  # full-width letters (NFKC)
        ("su\u200bi\u200bcide", "suicide"),  # zero-width spaces
        ("dííííe", "diie"),  # accents gone, letters repeated for emphasis kept at two
        ("killllllling", "killing"),
        ("took 20 💊", "took 20 pills"),
        ("🔪🩸 rn", "knife blood rn"),
        ("i wanna die", "i want to die"),
        ("kill my self", "kill myself"),
        ("I'm ok. Really", "im ok | really"),
        ("s*icide thoughts", "s*icide thoughts"),  # the mask is kept for the detector
        ("on the 7th floor", "on the 7th floor"),  # an ordinal is not leetspeak
        ("i dont want to love anymore *live", "i dont want to live anymore"),
        ("better off w/o me", "better off without me"),
    ],
)
def test_normalization(typed: str, meant: str) -> None:
    assert normalize(typed) == meant


@pytest.mark.parametrize(
    "text",
    [
        "iwanttodie",  # run together
        "i wnat to kill mysefl",  # letters swapped
        "thinking about sucide every night",  # a letter missing
        "i want to unalve myself",
        "thinkin bout s*icide",  # masked letter
        "sewerslide thoughts again",  # algospeak
        "ctb tonight",
        "i wanna unalive myself",
        "ya no quiero vivir",  # Spanish
        "me quiero matar",
        "tengo ganas de cortarme otra vez",
    ],
)
def test_obfuscated_and_spanish_ideation_alerts(text: str) -> None:
    assert assess(text).alert, text


def test_idioms_cancel_only_their_own_words() -> None:
    assert assess("this homework is killing me").severity == Severity.NONE
    assert assess("me muero de risa").severity == Severity.NONE
    both = assess("this homework is killing me and i want to die")
    assert both.severity == Severity.URGENT


def test_a_real_dictionary_word_is_never_read_as_a_typo() -> None:
    assert not assess("need to pay my phone bills").alert  # "bills" is not "pills"
    assert not assess("caminando a la escuela con mi prima").alert


def test_negation_lowers_one_level_and_stops_at_but() -> None:
    assert assess("i want to kill myself").severity == Severity.URGENT
    assert assess("i would never kill myself").severity == Severity.REVIEW
    assert assess("i would never hurt myself but i want to die").severity == Severity.URGENT
    assert assess("nunca me voy a matar").severity == Severity.REVIEW


def test_negation_never_lowers_plan_means_or_timing_below_urgent() -> None:
    assert assess("im not going to kill myself tonight").severity == Severity.URGENT
    assert assess("i have not taken 30 pills").alert
    # A time word elsewhere in a denial is not a plan.
    assert not assess("im not suicidal or anything, just stressed abt the sat saturday").alert


def test_plan_means_and_timing_raise_urgent_to_imminent() -> None:
    assert assess("i want to die").severity == Severity.URGENT
    for extra in ("tonight", "i have the pills", "i wrote my goodbye note", "esta noche"):
        assert assess(f"i want to die {extra}").severity == Severity.IMMINENT, extra


def test_hyperbole_is_a_review_not_a_page() -> None:
    result = assess("kms lol this quiz")
    assert result.severity == Severity.REVIEW and not result.alert
    assert assess("me quiero matar, el profe nos dejo 80 ejercicios jajaja").severity == (
        Severity.REVIEW
    )


def test_saying_it_is_not_a_joke_keeps_the_alert() -> None:
    assert assess("im gonna kill myself lol").severity == Severity.REVIEW
    assert assess("im gonna kill myself, not joking").alert


def test_a_threat_laughed_off_is_still_a_threat_when_feared_or_armed() -> None:
    threat = "a guy said he's gonna jump me after school lol"
    assert not assess(threat, second=False).alert
    assert assess(threat + ", im scared to walk home", second=False).alert
    assert (
        assess("un bato dice que me va a matar si paso por su calle jaja", second=False).alert
        is False
    )
    assert assess(
        "un bato dice que me va a meter un balazo si paso por su calle jaja", second=False
    ).alert


def test_an_ordinary_reason_does_not_explain_away_what_was_done_on_purpose() -> None:
    assert not assess("burned my arm on the stove making quesadillas", second=False).alert
    assert assess("burned my arm on the stove coil like 5 min ago on purpose", second=False).alert


def test_a_spanish_diminutive_is_not_split_into_run_together_words() -> None:
    # "quebradita" once read as "que bra dita": "bra" is a word of the lexicon
    assert not assess("mi tío se cayó bailando la quebradita en la boda", second=False).alert
    assert assess("me tome todas las pastillitas de mi abuela", second=False).alert


def test_preparations_that_never_name_death_alert() -> None:
    assert assess("gave my cat to the neighbor and wrote letters for everyone").alert
    assert assess("how many tylenol would it take").alert
    assert assess("found the key to my dads gun safe, nobodys home til 9").alert


def test_a_friend_in_danger_is_a_third_party_report() -> None:
    result = assess("my friend keeps saying she wants to die")
    assert result.alert and result.category == "third_party"


def test_abuse_is_read_by_actor_and_act() -> None:
    assert assess("my stepdad choked me last night").category == "abuse"
    assert assess("el novio de mi mama me toca cuando ella no esta").category == "sexual_abuse"
    assert assess("coach says its our secret and keeps texting me at night").alert


def test_a_past_attempt_or_a_lesson_is_not_a_page() -> None:
    assert assess("i tried to kill myself last year").severity == Severity.REVIEW
    assert assess("we had a suicide prevention assembly").severity == Severity.NONE
    assert not assess("my mom is gonna kill me when she sees my grades").alert


def test_both_languages_are_checked_on_every_message() -> None:
    assert assess("ok so basically quiero morir").alert
    assert assess("hola, i want to kill myself").alert


def test_the_json_shape() -> None:
    result = assess("I took 20 pills").as_json("I took 20 pills")
    assert result == {
        "text": "I took 20 pills",
        "severity": "imminent",
        "alert": True,
        "category": "suicide",
        "matched": ["took 20 pills"],
    }


def test_explain_names_the_concepts_and_the_frame_that_decided() -> None:
    explained = assess("i want to die", explain=True).explain()
    assert "want=WISH" in explained["concepts"]
    frames = explained["frames"]
    assert isinstance(frames, list)
    assert frames[0]["severity"] == "urgent"
    assert "WISH" in frames[0]["frame"] and "DIE" in frames[0]["frame"]


def test_lexicon_syntax_errors_name_the_line() -> None:
    with pytest.raises(LexiconError, match=r"test.lex:2: .*before any"):
        parse_concepts("# a comment\nwant to die\n", Lexicon(), "test.lex", "en")
    with pytest.raises(LexiconError, match=r"test.lex:2: .*parentheses"):
        parse_concepts("[WISH]\n(want|wish to\n", Lexicon(), "test.lex", "en")
    with pytest.raises(LexiconError, match=r"frames.lex:2: .*UPPER_CASE"):
        parse_frames("[suicide urgent]\nwish die\n", Lexicon(), "frames.lex")
    with pytest.raises(LexiconError, match=r"frames.lex:2: .*category severity"):
        parse_frames("[suicide dreadful]\nWISH DIE\n", Lexicon(), "frames.lex")


def test_a_frame_naming_an_unknown_concept_is_refused() -> None:
    lexicon = Lexicon()
    parse_concepts("[WISH]\nwant\n", lexicon, "test.lex", "en")
    parse_frames("[suicide urgent]\nWISH NOTHING_LIKE_IT\n", lexicon, "frames.lex")
    with pytest.raises(LexiconError, match="unknown concept"):
        lexicon.finish()


def test_escalation_is_importable_without_telegram() -> None:
    """The fixed layout: crisis detection and routing do not need python-telegram-bot."""
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
