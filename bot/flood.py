"""A per-person limit on messages, so one person's flood cannot crowd out everyone else.

Each person may send `limit` messages in any `window`; past that, the rest of the burst gets
no ordinary handling (it is not relayed), and the person is told so once, kindly, with what to
do. The crisis check still reads every message first: a flood never hides a crisis.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from enum import Enum

MESSAGES_PER_WINDOW = 20
WINDOW_S = 10.0


class Verdict(Enum):
    HANDLE = "handle"
    HOLD_AND_TELL = "hold and tell"  # the first message over the limit: say what happened
    HOLD = "hold"


class FloodLimit:
    def __init__(
        self,
        now: Callable[[], float],
        limit: int = MESSAGES_PER_WINDOW,
        window: float = WINDOW_S,
    ) -> None:
        self._now = now
        self._limit = limit
        self._window = window
        self._recent: dict[int, deque[float]] = {}
        self._told: dict[int, float] = {}

    def check(self, person: int) -> Verdict:
        now = self._now()
        recent = self._recent.setdefault(person, deque())
        while recent and recent[0] <= now - self._window:
            recent.popleft()
        if len(recent) < self._limit:
            recent.append(now)
            self._forget_quiet_people(now)
            return Verdict.HANDLE
        told = self._told.get(person)
        if told is not None and told > now - self._window:
            return Verdict.HOLD
        self._told[person] = now
        return Verdict.HOLD_AND_TELL

    def _forget_quiet_people(self, now: float) -> None:
        if len(self._recent) < 1000:
            return
        cutoff = now - self._window
        for person in [p for p, times in self._recent.items() if not times or times[-1] <= cutoff]:
            del self._recent[person]
            self._told.pop(person, None)
