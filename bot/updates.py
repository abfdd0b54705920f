"""How updates are processed: many people at once, each person's own in the order they came.

python-telegram-bot handles updates one at a time by default, so one student's flood of
messages delays everyone's crisis handling behind it. This processor runs updates from
different chats concurrently and keeps each chat's updates in order (a relayed conversation
must not be shuffled). A chat's later updates wait for its earlier ones without holding one
of the `running` slots, so a single flooding chat can never take them all.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# Updates waiting for their chat's turn hold no slot; this only bounds memory for a queue that
# python-telegram-bot would otherwise hand over without limit.
WAITING_LIMIT = 100_000
RUNNING_LIMIT = 32  # updates handled at the same moment (most of their time is I/O)


class ChatOrderedProcessor(BaseUpdateProcessor):
    def __init__(self, running: int = RUNNING_LIMIT) -> None:
        super().__init__(max_concurrent_updates=WAITING_LIMIT)
        self._running = asyncio.Semaphore(running)
        self._chats: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = _chat_of(update)
        if chat is None:
            async with self._running:
                await coroutine
            return
        lock = self._chats.setdefault(chat, asyncio.Lock())
        self._waiting[chat] = self._waiting.get(chat, 0) + 1
        try:
            async with lock, self._running:  # the chat's turn first, then a slot
                await coroutine
        finally:
            self._waiting[chat] -= 1
            if not self._waiting[chat]:
                del self._waiting[chat]
                del self._chats[chat]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


def _chat_of(update: object) -> int | None:
    """The conversation an update belongs to: its chat, or for a button press without a
    message, the person who pressed it."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None
