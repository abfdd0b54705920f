"""Updates from different chats at once; each chat's own in the order they came."""

from __future__ import annotations

import asyncio

from telegram import Chat, Message, Update, User

from bot.updates import ChatOrderedProcessor


def _update(update_id: int, chat_id: int) -> Update:
    user = User(chat_id, "Someone", is_bot=False)
    chat = Chat(chat_id, Chat.PRIVATE)
    message = Message(update_id, None, chat, from_user=user, text=f"m{update_id}")  # type: ignore[arg-type]
    return Update(update_id, message=message)


async def test_one_chats_updates_run_in_order_and_other_chats_do_not_wait() -> None:
    processor = ChatOrderedProcessor(running=4)
    release_flood = asyncio.Event()
    handled: list[tuple[int, int]] = []

    async def handle(chat: int, number: int) -> None:
        if chat == 1:
            await release_flood.wait()  # the flooding chat's handling is slow
        handled.append((chat, number))

    flood = [
        asyncio.create_task(processor.process_update(_update(n, 1), handle(1, n)))
        for n in range(50)
    ]
    other = asyncio.create_task(processor.process_update(_update(99, 2), handle(2, 99)))
    await asyncio.wait_for(other, timeout=5)  # not behind the flood, which holds one slot
    assert handled == [(2, 99)]
    release_flood.set()
    await asyncio.gather(*flood)
    assert [number for chat, number in handled if chat == 1] == list(range(50))
    assert processor._chats == {}  # nothing kept for chats that went quiet
