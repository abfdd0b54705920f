"""The per-person flood limit."""

from __future__ import annotations

from bot.flood import FloodLimit, Verdict


def test_a_burst_past_the_limit_is_held_and_the_person_told_once_per_window() -> None:
    now = [0.0]
    limit = FloodLimit(lambda: now[0], limit=3, window=10)
    verdicts = [limit.check(7) for _ in range(6)]
    assert verdicts == [Verdict.HANDLE] * 3 + [Verdict.HOLD_AND_TELL, Verdict.HOLD, Verdict.HOLD]
    assert limit.check(8) is Verdict.HANDLE  # someone else is not affected
    now[0] = 10.5  # the window has passed
    assert [limit.check(7) for _ in range(4)] == [Verdict.HANDLE] * 3 + [Verdict.HOLD_AND_TELL]


def test_steady_messages_within_the_limit_are_never_held() -> None:
    now = [0.0]
    limit = FloodLimit(lambda: now[0], limit=3, window=10)
    for _ in range(30):
        assert limit.check(7) is Verdict.HANDLE
        now[0] += 4
