import pytest

from bot.callbacks import MAX_CALLBACK_BYTES, Action, Callback, decode, encode


def test_round_trip() -> None:
    assert decode(encode(Action.CONSENT, 42)) == Callback(Action.CONSENT, ("42",))
    assert decode(encode(Action.LANGUAGE, "es")) == Callback(Action.LANGUAGE, ("es",))
    topic = decode(encode(Action.TOPIC, 7, "friends"))
    assert topic is not None and (topic.number, topic.choice) == (7, "friends")
    assert decode(encode(Action.MOOD, 7, "skip")) == Callback(Action.MOOD, ("7", "skip"))


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "ok",
        "ok:",
        "ok:abc",  # consent needs a number
        "sc:-1",
        "sc:1234567890123",  # longer than any id we make
        "lg:fr",  # not a language we speak
        "zz:1",  # an action we never made
        "ok:1:2",
        "ok:1 ",
        "OK:1",
        "ok:" + "1" * 70,
        "tp:7_gossip",  # not a topic we offer
        "md:7_6",  # moods are 1-5
        "fb:7",  # an answer without its choice
        "ac:7_1",
    ],
)
def test_forged_or_stale_data_is_refused(data: str | None) -> None:
    assert decode(data) is None


def test_encoded_data_fits_telegrams_limit() -> None:
    data = encode(Action.SCHOOL, 10**11)
    assert len(data.encode()) <= MAX_CALLBACK_BYTES


def test_encode_refuses_what_decode_would_refuse() -> None:
    with pytest.raises(ValueError):
        encode(Action.LANGUAGE, "fr")
