"""The Bot API stand-in on its own: it must refuse what Telegram refuses."""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import AIORateLimiter, ExtBot

from bot.standin import BotApiStandIn
from bot.standin.html import EntityParseError, parse_html


@pytest.fixture
async def http(standin: BotApiStandIn) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"{standin.base_url}{standin.token}/") as client:
        yield client


async def call(client: httpx.AsyncClient, method: str, **params: Any) -> httpx.Response:
    return await client.post(method, json=params)


def refused(response: httpx.Response, status: int, words: str) -> bool:
    body = response.json()
    return (
        response.status_code == status
        and body["ok"] is False
        and body["error_code"] == status
        and words.lower() in body["description"].lower()
    )


async def test_get_me_and_case_insensitive_method_names(
    http: httpx.AsyncClient, standin: BotApiStandIn
) -> None:
    response = await http.get("getme")
    assert response.json()["result"]["username"] == standin.username


async def test_unknown_method_is_404(http: httpx.AsyncClient) -> None:
    assert refused(await call(http, "sendTelepathy", chat_id=1), 404, "not found")


async def test_wrong_token_is_401(standin: BotApiStandIn) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{standin.base_url}1:wrong/getMe")
    assert refused(response, 401, "unauthorized")


async def test_missing_required_field_is_400(http: httpx.AsyncClient) -> None:
    assert refused(await call(http, "sendMessage", text="hi"), 400, 'field "chat_id" is required')


async def test_wrong_type_is_400(http: httpx.AsyncClient, standin: BotApiStandIn) -> None:
    await standin.user(5).send("/start")
    response = await call(http, "sendMessage", chat_id=5, text="hi", protect_content="yes")
    assert refused(response, 400, "protect_content")


async def test_text_length_counts_after_entity_parsing_in_utf16(
    http: httpx.AsyncClient, standin: BotApiStandIn
) -> None:
    await standin.user(5).send("/start")
    ok = await call(
        http, "sendMessage", chat_id=5, text="<b>" + "a" * 4096 + "</b>", parse_mode="HTML"
    )
    assert ok.json()["ok"] is True
    too_long = await call(http, "sendMessage", chat_id=5, text="a" * 4097)
    assert refused(too_long, 400, "message is too long")
    # An emoji outside the BMP is two UTF-16 code units, as Telegram counts it.
    emoji = await call(http, "sendMessage", chat_id=5, text="😀" * 2049)
    assert refused(emoji, 400, "message is too long")
    assert refused(await call(http, "sendMessage", chat_id=5, text="  "), 400, "text is empty")


@pytest.mark.parametrize(
    "text",
    [
        "a < b",
        "Tom & Jerry",
        "<blink>hi</blink>",
        "<b>open",
        "<b><i>x</b></i>",
        "&nbsp;",
        "<a onclick='x'>y</a>",
        "x > y",
    ],
)
async def test_html_telegram_cannot_parse_is_400(
    http: httpx.AsyncClient, standin: BotApiStandIn, text: str
) -> None:
    await standin.user(5).send("/start")
    response = await call(http, "sendMessage", chat_id=5, text=text, parse_mode="HTML")
    assert refused(response, 400, "can't parse entities")


def test_html_entities_are_shown_as_characters() -> None:
    parsed = parse_html('<b>Tom &amp; Jerry</b> &lt;3 &quot;hi&quot; &#128512; <a href="x">y</a>')
    assert parsed.plain == 'Tom & Jerry <3 "hi" 😀 y'
    with pytest.raises(EntityParseError):
        parse_html("<code>unclosed")


async def test_callback_data_over_64_bytes_is_400(
    http: httpx.AsyncClient, standin: BotApiStandIn
) -> None:
    await standin.user(5).send("/start")
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "é" * 33}]]}
    response = await call(http, "sendMessage", chat_id=5, text="hi", reply_markup=markup)
    assert refused(response, 400, "callback_data")
    nameless = {"inline_keyboard": [[{"callback_data": "x"}]]}
    response = await call(http, "sendMessage", chat_id=5, text="hi", reply_markup=nameless)
    assert refused(response, 400, "text")


async def test_people_who_never_started_or_blocked_the_bot_are_403(
    http: httpx.AsyncClient, standin: BotApiStandIn
) -> None:
    stranger = standin.user(6)
    assert refused(await call(http, "sendMessage", chat_id=6, text="hi"), 403, "can't initiate")
    await stranger.send("/start")
    stranger.block()
    assert refused(await call(http, "sendMessage", chat_id=6, text="hi"), 403, "blocked")
    assert refused(await call(http, "sendMessage", chat_id=77, text="hi"), 400, "chat not found")


async def test_injected_faults(http: httpx.AsyncClient, standin: BotApiStandIn) -> None:
    await standin.user(5).send("/start")
    standin.fail_next("sendMessage", 429, retry_after=3)
    standin.fail_next("sendMessage", 502)
    limited = await call(http, "sendMessage", chat_id=5, text="hi")
    assert refused(limited, 429, "too many requests")
    assert limited.json()["parameters"]["retry_after"] == 3
    assert refused(await call(http, "sendMessage", chat_id=5, text="hi"), 502, "bad gateway")
    assert (await call(http, "sendMessage", chat_id=5, text="hi")).json()["ok"] is True


async def test_get_updates_long_polls_and_confirms_with_offset(
    http: httpx.AsyncClient, standin: BotApiStandIn
) -> None:
    first = await standin.user(5).send("one")
    await standin.user(5).send("two")
    updates = (await call(http, "getUpdates")).json()["result"]
    assert [u["message"]["text"] for u in updates] == ["one", "two"]
    confirmed = await call(http, "getUpdates", offset=first + 2, timeout=0)
    assert confirmed.json()["result"] == []
    assert standin.pending_updates() == 0


async def test_edit_delete_and_callback_answers(
    http: httpx.AsyncClient, standin: BotApiStandIn
) -> None:
    user = standin.user(5)
    await user.send("/start")
    markup = {"inline_keyboard": [[{"text": "Yes", "callback_data": "y"}]]}
    sent = (await call(http, "sendMessage", chat_id=5, text="Q?", reply_markup=markup)).json()
    message_id = sent["result"]["message_id"]
    same = await call(
        http, "editMessageText", chat_id=5, message_id=message_id, text="Q?", reply_markup=markup
    )
    assert refused(same, 400, "message is not modified")
    query = await user.press("Yes")
    assert standin.unanswered_callback_queries() == [f"{query}:y"]
    assert (await call(http, "answerCallbackQuery", callback_query_id=query)).json()["ok"]
    again = await call(http, "answerCallbackQuery", callback_query_id=query)
    assert refused(again, 400, "already answered")
    bogus = await call(http, "answerCallbackQuery", callback_query_id="nope")
    assert refused(bogus, 400, "query id is invalid")
    edited = await call(http, "editMessageText", chat_id=5, message_id=message_id, text="Done")
    assert edited.json()["ok"]
    assert (await user.expect("^Done$")).edited
    assert (await call(http, "deleteMessage", chat_id=5, message_id=message_id)).json()["ok"]
    gone = await call(http, "deleteMessage", chat_id=5, message_id=message_id)
    assert refused(gone, 400, "not found")


async def test_other_methods_are_accepted_but_still_checked(http: httpx.AsyncClient) -> None:
    commands = [{"command": "help", "description": "What you can do"}]
    assert (await call(http, "setMyCommands", commands=commands)).json()["ok"] is True
    assert refused(await call(http, "setMyCommands"), 400, "commands")


async def test_webhook_and_polling_conflict(http: httpx.AsyncClient) -> None:
    plain_http = await call(http, "setWebhook", url="http://bots.example.org/hook")
    assert refused(plain_http, 400, "https url must be provided")
    assert (await call(http, "setWebhook", url="http://127.0.0.1:9/hook")).json()["ok"]
    assert refused(await call(http, "getUpdates"), 409, "webhook is active")
    assert (await call(http, "deleteWebhook")).json()["ok"]
    assert (await call(http, "getUpdates")).json()["ok"]


async def test_python_telegram_bot_talks_to_it(standin: BotApiStandIn) -> None:
    user = standin.user(5, "Ana")
    await user.send("/start")
    async with Bot(standin.token, base_url=standin.base_url) as bot:
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="y")]])
        await bot.send_message(
            5,
            "<b>Hi</b> &amp; welcome",
            parse_mode="HTML",
            reply_markup=keyboard,
            protect_content=True,
        )
        message = await user.expect("Hi & welcome")
        assert message.protect_content and message.button_labels == ["Yes"]
        with pytest.raises(BadRequest, match="parse entities"):
            await bot.send_message(5, "<oops>", parse_mode="HTML")
        user.block()
        with pytest.raises(Forbidden):
            await bot.send_message(5, "hi")
        user.unblock()
        standin.fail_next("sendMessage", 429, retry_after=1)
        with pytest.raises(RetryAfter):
            await bot.send_message(5, "hi")


async def test_the_rate_limiter_waits_out_a_429(standin: BotApiStandIn) -> None:
    user = standin.user(5)
    await user.send("/start")
    standin.fail_next("sendMessage", 429, retry_after=1)
    bot = ExtBot(
        standin.token, base_url=standin.base_url, rate_limiter=AIORateLimiter(max_retries=2)
    )
    async with bot:
        await bot.send_message(5, "after the wait")
    await user.expect("after the wait")


async def test_the_rate_limit_answers_429_past_the_pace(
    http: httpx.AsyncClient, standin: BotApiStandIn
) -> None:
    await standin.user(5).send("/start")
    standin.rate_limit(3)
    answers = [await call(http, "sendMessage", chat_id=5, text="hi") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert answers[3].json()["parameters"]["retry_after"] == 1
    assert standin.rate_limited == 1


async def test_slow_answers_take_their_time_and_still_arrive(
    http: httpx.AsyncClient, standin: BotApiStandIn
) -> None:
    await standin.user(5).send("/start")
    standin.slow_down("sendMessage", 0.2)
    loop = asyncio.get_running_loop()
    started = loop.time()
    answer = await call(http, "sendMessage", chat_id=5, text="eventually")
    assert answer.json()["ok"] and loop.time() - started >= 0.2
    standin.slow_down("sendMessage", 0)
