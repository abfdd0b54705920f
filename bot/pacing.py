"""Pacing sends under Telegram's limits, with a priority lane for the crisis path.

Telegram allows a bot about 30 messages a second overall and 20 a minute in one group. Sends
wait their turn here, evenly spaced; a send marked `URGENT` (a student's crisis lines, an alert)
goes ahead of every ordinary send still waiting, so a crisis never queues behind another
student's flood of relayed messages. A 429 answer pauses every send for the time Telegram asks,
then the same request is tried again.

It replaces python-telegram-bot's AIORateLimiter, which has no notion of priority; the per-group
limit still uses aiolimiter, as AIORateLimiter does.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

logger = logging.getLogger(__name__)

JSONDict = dict[str, Any]
URGENT = 0
ORDINARY = 1
# Methods that count against Telegram's message limits.
PACED_METHODS = frozenset(
    {
        "sendMessage",
        "editMessageText",
        "editMessageReplyMarkup",
        "deleteMessage",
        "sendPhoto",
        "sendDocument",
    }
)
GROUP_MESSAGES_PER_MINUTE = 20


class PrioritySendPacer(BaseRateLimiter[int]):
    def __init__(self, per_second: float, retries: int) -> None:
        self._interval = 1 / per_second
        self._retries = retries
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._dispatcher: asyncio.Task[None] | None = None
        self._groups: dict[int | str, AsyncLimiter] = {}

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        if self._dispatcher is not None:
            self._dispatcher.cancel()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        if endpoint not in PACED_METHODS:
            return await callback(*args, **kwargs)
        priority = ORDINARY if rate_limit_args is None else rate_limit_args
        chat: int | str | None = data.get("chat_id")
        for attempt in range(self._retries + 1):
            if chat is not None and _is_group(chat):
                await self._group_limiter(chat).acquire()
            await self._turn(priority)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                delay = error.retry_after
                seconds = delay if isinstance(delay, int | float) else delay.total_seconds()
                loop = asyncio.get_running_loop()
                self._paused_until = max(self._paused_until, loop.time() + seconds)
                if attempt == self._retries:
                    raise
                logger.warning("Telegram asked to slow down: every send waits %.0fs", seconds)
        raise AssertionError("unreachable")

    def _group_limiter(self, chat: int | str) -> AsyncLimiter:
        limiter = self._groups.get(chat)
        if limiter is None:
            limiter = self._groups[chat] = AsyncLimiter(GROUP_MESSAGES_PER_MINUTE, 60)
        return limiter

    async def _turn(self, priority: int) -> None:
        """Wait until this send may go: its priority first, then first come, first served."""
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiting, (priority, next(self._order), turn))
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = asyncio.create_task(self._dispatch())
        await turn

    async def _dispatch(self) -> None:
        loop = asyncio.get_running_loop()
        while self._waiting:
            wait = max(self._next_slot, self._paused_until) - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
                continue
            _, _, turn = heapq.heappop(self._waiting)
            if turn.done():  # the sender was cancelled while it waited
                continue
            turn.set_result(None)
            self._next_slot = loop.time() + self._interval


def _is_group(chat: int | str) -> bool:
    if isinstance(chat, int):
        return chat < 0
    return isinstance(chat, str) and (chat.startswith("-") or chat.startswith("@"))
