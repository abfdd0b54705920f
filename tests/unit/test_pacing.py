"""The send pacer: Telegram's pace, the crisis path first, and a 429 that pauses every send."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram.error import RetryAfter

from bot.pacing import ORDINARY, URGENT, PrioritySendPacer


async def test_an_urgent_send_goes_ahead_of_every_ordinary_send_waiting() -> None:
    pacer = PrioritySendPacer(per_second=50, retries=0)
    sent: list[str] = []

    async def send(name: str) -> bool:
        sent.append(name)
        return True

    async def request(name: str, priority: int | None) -> None:
        await pacer.process_request(send, (name,), {}, "sendMessage", {"chat_id": 1}, priority)

    ordinary = [asyncio.create_task(request(f"relay {n}", None)) for n in range(10)]
    await asyncio.sleep(0)  # they are all waiting for their turn
    urgent = asyncio.create_task(request("crisis", URGENT))
    await asyncio.gather(*ordinary, urgent)
    assert sent.index("crisis") <= 1  # at most the one already on its way went first
    assert [name for name in sent if name != "crisis"] == [f"relay {n}" for n in range(10)]


async def test_methods_that_send_nothing_are_not_paced() -> None:
    pacer = PrioritySendPacer(per_second=0.001, retries=0)  # one send every 1,000 s

    async def answer() -> bool:
        return True

    for _ in range(3):
        assert await pacer.process_request(answer, (), {}, "getMe", {}, ORDINARY)


async def test_a_429_pauses_every_send_and_the_request_is_tried_again() -> None:
    pacer = PrioritySendPacer(per_second=1000, retries=2)
    loop = asyncio.get_running_loop()
    calls: list[tuple[str, float]] = []
    refused = asyncio.Event()

    async def send(name: str) -> Any:
        calls.append((name, loop.time()))
        if not refused.is_set():
            refused.set()
            raise RetryAfter(1)
        return {"ok": name}

    first = asyncio.create_task(
        pacer.process_request(send, ("first",), {}, "sendMessage", {"chat_id": 5}, None)
    )
    await refused.wait()
    second = await pacer.process_request(send, ("second",), {}, "sendMessage", {"chat_id": 6}, None)
    assert await first == {"ok": "first"} and second == {"ok": "second"}
    refused_at = calls[0][1]
    assert [name for name, _ in calls] == ["first", "first", "second"]
    assert all(at - refused_at >= 0.99 for _, at in calls[1:])  # nobody sent during the pause
