"""How updates are fetched and processed: an update the library cannot read is skipped, not
allowed to stop the bot; many people are handled at once, each person's own in order.

python-telegram-bot handles updates one at a time by default, so one student's flood of
messages delays everyone's crisis handling behind it. This processor runs updates from
different chats concurrently and keeps each chat's updates in order (a relayed conversation
must not be shuffled). A chat's later updates wait for its earlier ones without holding one
of the `running` slots, so a single flooding chat can never take them all.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor
from telegram.request import HTTPXRequest

logger = logging.getLogger(__name__)

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


class UnreadableUpdatesSkipped(HTTPXRequest):
    """The HTTP client for getUpdates. python-telegram-bot parses a whole batch at once; one
    update it cannot read (a field it does not expect) fails the batch, which it logs with every
    message's text and then fetches again, forever: the bot would never read another message, a
    crisis included. Here each update of the batch is tried alone, and one that cannot be read is
    replaced by an empty update with its id (so the offset moves past it), logged once without
    its content."""

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        status, payload = await super().do_request(url, method, *args, **kwargs)
        if status != 200 or not url.endswith("/getUpdates"):
            return status, payload
        return status, skip_unreadable(payload)


def skip_unreadable(payload: bytes) -> bytes:
    """A getUpdates answer with every update the library cannot read emptied to its id."""
    try:
        answer = json.loads(payload)
        updates = answer["result"]
    except (ValueError, KeyError, TypeError):
        return payload  # not a batch of updates: the library says what is wrong with it
    changed = False
    for index, update in enumerate(updates):
        try:
            Update.de_json(update, None)
        except Exception as error:  # whatever the library trips on
            update_id = update.get("update_id") if isinstance(update, dict) else None
            logger.error(
                "skipped update %s: it could not be read (%s)", update_id, type(error).__name__
            )
            updates[index] = {"update_id": update_id}
            changed = True
    return json.dumps(answer).encode() if changed else payload
