"""The stand-in's HTTP server, its state, and the simulated people who talk to the bot."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from aiohttp import ClientSession, web

from bot.standin.html import parse_html
from bot.standin.spec import (
    ApiError,
    bad_request,
    canonical_method,
    check_call,
    decode_form_value,
    method_fields,
)

DEFAULT_TOKEN = "123456:STAND-IN-TOKEN"
DEFAULT_WAIT_S = 5.0
SENDING_METHODS = {"sendMessage", "editMessageText", "editMessageReplyMarkup"}
WEBHOOK_FIRST_RETRY_S = 0.1
WEBHOOK_MAX_RETRY_S = 2.0
COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?")


@dataclass
class SentMessage:
    """A message the bot sent (or edited) as the recipient sees it."""

    chat_id: int
    message_id: int
    text: str
    html: str
    reply_markup: dict[str, Any] | None
    protect_content: bool
    edited: bool = False
    deleted: bool = False

    @property
    def buttons(self) -> list[dict[str, Any]]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]

    @property
    def button_labels(self) -> list[str]:
        return [button["text"] for button in self.buttons]


@dataclass
class Fault:
    status: int
    retry_after: int | None
    remaining: int


@dataclass
class Chat:
    id: int
    kind: str
    user: dict[str, Any] | None = None
    title: str | None = None
    started: bool = False
    blocked: bool = False
    next_message_id: int = 1
    messages: dict[int, SentMessage] = field(default_factory=dict)
    # Every send or edit, in order, for SimulatedUser.expect to read through.
    feed: list[SentMessage] = field(default_factory=list)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    def as_api(self) -> dict[str, Any]:
        if self.kind == "private" and self.user is not None:
            return {"id": self.id, "type": "private", "first_name": self.user["first_name"]}
        return {"id": self.id, "type": self.kind, "title": self.title or "Group"}


class BotApiStandIn:
    """A strict local Bot API. Use `async with BotApiStandIn() as api:` then `api.base_url`."""

    def __init__(self, token: str = DEFAULT_TOKEN, username: str = "peer_support_test_bot") -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.username = username
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self._chats: dict[int, Chat] = {}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._updates_changed = asyncio.Condition()
        self._answers_changed = asyncio.Condition()
        self._pressed: dict[str, str] = {}
        self._calls_changed = asyncio.Condition()
        self._rate_per_second: int | None = None
        self._recent_sends: collections.deque[float] = collections.deque()
        self.rate_limited = 0
        # Called with every message the bot sends or edits (the demo prints them).
        self.on_message: Callable[[SentMessage], None] | None = None
        self._webhook_changed = asyncio.Condition()
        self._faults: dict[str, list[Fault]] = defaultdict(list)
        self._delays: dict[str, float] = {}
        self._webhook_url = ""
        self._webhook_secret = ""
        self.webhook_statuses: list[int] = []
        self._webhook_task: asyncio.Task[None] | None = None
        self._runner: web.AppRunner | None = None
        self._closing = False
        self.port = 0

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self, port: int = 0) -> str:
        """Serve on 127.0.0.1 (a free port unless given); returns the base_url for the bot."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("*", "/{tail:.*}", self._not_found)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        return self.base_url

    async def stop(self) -> None:
        self._closing = True
        self._stop_webhook_delivery()
        async with self._updates_changed:
            self._updates_changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> BotApiStandIn:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """What to pass as TELEGRAM_BASE_URL (python-telegram-bot appends the token)."""
        return f"http://127.0.0.1:{self.port}/bot"

    # -- people and chats ------------------------------------------------------------------

    def user(
        self,
        user_id: int,
        first_name: str = "Alex",
        *,
        language_code: str | None = "en",
        username: str | None = None,
        last_name: str | None = None,
    ) -> SimulatedUser:
        """A person with a private chat with the bot (they have not pressed Start yet)."""
        profile: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name:
            profile["last_name"] = last_name
        if username:
            profile["username"] = username
        if language_code:
            profile["language_code"] = language_code
        chat = self._chats.setdefault(user_id, Chat(id=user_id, kind="private", user=profile))
        chat.user = profile
        return SimulatedUser(self, chat)

    def group(self, chat_id: int, title: str = "Counselors") -> SimulatedChat:
        """A group chat the bot is a member of (e.g. a school's counselor group)."""
        chat = self._chats.setdefault(
            chat_id, Chat(id=chat_id, kind="supergroup", title=title, started=True)
        )
        return SimulatedChat(self, chat)

    def chat(self, chat_id: int) -> Chat:
        return self._chats[chat_id]

    # -- faults ----------------------------------------------------------------------------

    def fail_next(
        self, method: str, status: int, *, retry_after: int | None = None, times: int = 1
    ) -> None:
        """Answer the next `times` calls of `method` with an error (429, 502, ...)."""
        self._faults[method.lower()].append(Fault(status, retry_after, times))

    def clear_faults(self) -> None:
        """Telegram answers normally again (faults from `fail_next` still queued are dropped)."""
        self._faults.clear()

    def rate_limit(self, per_second: int | None) -> None:
        """Like Telegram: more than `per_second` messages in any one second answers 429
        (None turns it off)."""
        self._rate_per_second = per_second

    def _over_rate_limit(self, method: str) -> ApiError | None:
        if self._rate_per_second is None or method not in SENDING_METHODS:
            return None
        now = asyncio.get_running_loop().time()
        while self._recent_sends and now - self._recent_sends[0] >= 1.0:
            self._recent_sends.popleft()
        if len(self._recent_sends) >= self._rate_per_second:
            self.rate_limited += 1
            return ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
        self._recent_sends.append(now)
        return None

    def slow_down(self, method: str, seconds: float) -> None:
        """Answer every call of `method` only after `seconds` (0 to stop)."""
        self._delays[method.lower()] = seconds

    # -- updates ---------------------------------------------------------------------------

    async def push_update(self, body: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        async with self._updates_changed:
            self._updates.append({"update_id": update_id, **body})
            self._updates_changed.notify_all()
        return update_id

    async def _deliver_to_webhook(self) -> None:
        """Post pending updates in order, as Telegram does, retrying a failed one with backoff
        until the webhook is removed."""
        headers = (
            {"X-Telegram-Bot-Api-Secret-Token": self._webhook_secret}
            if self._webhook_secret
            else {}
        )
        backoff = WEBHOOK_FIRST_RETRY_S
        async with ClientSession() as client:
            while True:
                async with self._updates_changed:
                    await self._updates_changed.wait_for(lambda: bool(self._updates))
                    update = self._updates[0]
                try:
                    async with client.post(
                        self._webhook_url, json=update, headers=headers
                    ) as reply:
                        status = reply.status
                except OSError:
                    status = 0
                self.webhook_statuses.append(status)
                if 200 <= status < 300:
                    self._updates.remove(update)
                    backoff = WEBHOOK_FIRST_RETRY_S
                else:
                    await asyncio.sleep(backoff)  # Telegram's redelivery delay, simulated
                    backoff = min(backoff * 2, WEBHOOK_MAX_RETRY_S)

    async def take_updates(self, timeout: float = DEFAULT_WAIT_S) -> list[dict[str, Any]]:
        """Remove and return pending updates (waiting up to `timeout` for one), for a test that
        hands updates to several bot processes itself."""
        async with self._updates_changed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._updates_changed.wait_for(lambda: bool(self._updates)), timeout
                )
            taken, self._updates = self._updates, []
        return taken

    async def wait_for_call(
        self, method: str, after: int = 0, timeout: float = DEFAULT_WAIT_S
    ) -> int:
        """Wait until the bot calls `method` (a call numbered `after` or later); returns the
        call's number. Lets a test know a bot process is up, e.g. polling getUpdates."""

        def found() -> int | None:
            for number in range(after, len(self.calls)):
                if self.calls[number][0] == method:
                    return number
            return None

        async with self._calls_changed:
            number = await asyncio.wait_for(
                self._calls_changed.wait_for(lambda: found() is not None), timeout
            )
        del number
        result = found()
        assert result is not None
        return result

    def pending_updates(self) -> int:
        return len(self._updates)

    # -- HTTP ------------------------------------------------------------------------------

    async def _not_found(self, request: web.Request) -> web.Response:
        return _error_response(ApiError(404, "Not Found"))

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error_response(ApiError(401, "Unauthorized"))
        method = canonical_method(request.match_info["method"])
        if method is None:
            return _error_response(ApiError(404, "Not Found: method not found"))
        try:
            params = await _read_params(request, method)
        except ApiError as error:
            return _error_response(error)
        async with self._calls_changed:
            self.calls.append((method, params))
            self._calls_changed.notify_all()
        delay = self._delays.get(method.lower())
        if delay:
            await asyncio.sleep(delay)
        fault = self._take_fault(method) or self._over_rate_limit(method)
        if fault is not None:
            return _error_response(fault)
        try:
            check_call(method, params)
            result = await self._dispatch(method, params)
        except ApiError as error:
            return _error_response(error)
        return web.json_response({"ok": True, "result": result})

    def _take_fault(self, method: str) -> ApiError | None:
        queue = self._faults.get(method.lower())
        if not queue:
            return None
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining <= 0:
            queue.pop(0)
        if fault.status == 429:
            retry = fault.retry_after or 1
            return ApiError(429, f"Too Many Requests: retry after {retry}", retry_after=retry)
        if fault.status >= 500:
            return ApiError(fault.status, "Bad Gateway")
        return ApiError(fault.status, "Injected error")

    async def _dispatch(self, method: str, params: dict[str, Any]) -> Any:
        handler = {
            "getMe": self._get_me,
            "getChat": self._get_chat,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "deleteMessage": self._delete_message,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
        }.get(method)
        if handler is None:
            return True  # accepted: a method the stand-in does not simulate
        return await handler(params)

    async def _get_chat(self, params: dict[str, Any]) -> Any:
        """A ChatFullInfo: for a person, what their profile shows (even if they blocked the
        bot, as Telegram does for someone who once started it)."""
        chat_id = str(params["chat_id"])
        chat = self._chats.get(int(chat_id)) if re.fullmatch(r"-?\d+", chat_id) else None
        if chat is None or (chat.kind == "private" and not chat.started):
            raise bad_request("chat not found")
        info: dict[str, Any] = {
            "id": chat.id,
            "type": chat.kind,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": True,
                "limited_gifts": True,
                "unique_gifts": True,
                "premium_subscription": True,
                "gifts_from_channels": True,
            },
        }
        if chat.kind == "private" and chat.user:
            for name in ("first_name", "last_name", "username"):
                if name in chat.user:
                    info[name] = chat.user[name]
        else:
            info["title"] = chat.title or "Group"
        return info

    async def _get_me(self, params: dict[str, Any]) -> Any:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Peer Support",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _get_updates(self, params: dict[str, Any]) -> Any:
        if self._webhook_url:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = params.get("offset") or 0
        limit = params.get("limit") or 100
        timeout = params.get("timeout") or 0
        if not 1 <= limit <= 100:
            raise bad_request("limit must be between 1 and 100")
        async with self._updates_changed:
            if offset:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if not self._updates and timeout > 0 and not self._closing:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._updates_changed.wait(), timeout)
            return self._updates[:limit]

    def _target_chat(self, chat_id: Any) -> Chat:
        if isinstance(chat_id, str):
            if re.fullmatch(r"-?\d+", chat_id):
                chat_id = int(chat_id)
            else:
                raise bad_request("chat not found")
        chat = self._chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        if chat.kind == "private":
            if chat.blocked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if not chat.started:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        return chat

    def _message_api(self, chat: Chat, message: SentMessage) -> dict[str, Any]:
        body: dict[str, Any] = {
            "message_id": message.message_id,
            "from": {
                "id": self.bot_id,
                "is_bot": True,
                "first_name": "Peer Support",
                "username": self.username,
            },
            "chat": chat.as_api(),
            "date": _now(),
            "text": message.text,
        }
        if message.edited:
            body["edit_date"] = _now()
        if message.reply_markup and "inline_keyboard" in message.reply_markup:
            body["reply_markup"] = message.reply_markup
        if message.protect_content:
            body["has_protected_content"] = True
        return body

    @staticmethod
    def _shown_text(params: dict[str, Any]) -> str:
        text: str = params["text"]
        return parse_html(text).plain if params.get("parse_mode") else text

    async def _record(self, chat: Chat, message: SentMessage) -> None:
        async with chat.changed:
            chat.messages[message.message_id] = message
            chat.feed.append(message)
            chat.changed.notify_all()
        if self.on_message is not None:
            self.on_message(message)

    async def _send_message(self, params: dict[str, Any]) -> Any:
        chat = self._target_chat(params["chat_id"])
        message = SentMessage(
            chat_id=chat.id,
            message_id=chat.next_message_id,
            text=self._shown_text(params),
            html=params["text"],
            reply_markup=params.get("reply_markup"),
            protect_content=bool(params.get("protect_content")),
        )
        chat.next_message_id += 1
        await self._record(chat, message)
        return self._message_api(chat, message)

    def _existing_message(self, params: dict[str, Any]) -> tuple[Chat, SentMessage]:
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not simulated")
        if params.get("chat_id") is None or params.get("message_id") is None:
            raise bad_request("chat_id and message_id are required")
        chat = self._target_chat(params["chat_id"])
        message = chat.messages.get(params["message_id"])
        if message is None or message.deleted:
            raise bad_request("message to edit not found")
        return chat, message

    async def _edit_message_text(self, params: dict[str, Any]) -> Any:
        if params.get("text") is None:
            raise bad_request("text is required")
        chat, old = self._existing_message(params)
        text = self._shown_text(params)
        markup = params.get("reply_markup")
        if text == old.text and markup == old.reply_markup:
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        message = SentMessage(
            chat.id, old.message_id, text, params["text"], markup, old.protect_content, True
        )
        await self._record(chat, message)
        return self._message_api(chat, message)

    async def _edit_reply_markup(self, params: dict[str, Any]) -> Any:
        chat, old = self._existing_message(params)
        markup = params.get("reply_markup")
        if markup == old.reply_markup or (not markup and not old.reply_markup):
            raise bad_request("message is not modified")
        message = SentMessage(
            chat.id, old.message_id, old.text, old.html, markup, old.protect_content, True
        )
        await self._record(chat, message)
        return self._message_api(chat, message)

    async def _answer_callback_query(self, params: dict[str, Any]) -> Any:
        query_id = params["callback_query_id"]
        if query_id not in self.callback_answers:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        if self.callback_answers[query_id]:
            raise bad_request("query is already answered")
        async with self._answers_changed:
            self.callback_answers[query_id] = {"text": params.get("text") or "", "answered": True}
            self._answers_changed.notify_all()
        return True

    async def wait_for_answer(self, query_id: str, timeout: float) -> str:
        """The toast text the bot answered a button press with."""
        async with self._answers_changed:
            try:
                await asyncio.wait_for(
                    self._answers_changed.wait_for(lambda: bool(self.callback_answers[query_id])),
                    timeout,
                )
            except TimeoutError:
                raise AssertionError(f"button press {query_id} was never answered") from None
        return str(self.callback_answers[query_id]["text"])

    async def _delete_message(self, params: dict[str, Any]) -> Any:
        chat = self._target_chat(params["chat_id"])
        message = chat.messages.get(params["message_id"])
        if message is None or message.deleted:
            raise bad_request("message to delete not found")
        message.deleted = True
        return True

    async def _set_webhook(self, params: dict[str, Any]) -> Any:
        url = urlsplit(params["url"])
        # Telegram requires https; the stand-in also allows http to this machine for tests.
        if url.scheme != "https" and url.hostname not in ("127.0.0.1", "localhost"):
            raise bad_request("bad webhook: HTTPS url must be provided for webhook")
        async with self._webhook_changed:
            self._webhook_url = params["url"]
            self._webhook_secret = params.get("secret_token") or ""
            self._webhook_changed.notify_all()
        self._stop_webhook_delivery()
        self._webhook_task = asyncio.create_task(self._deliver_to_webhook())
        return True

    def _stop_webhook_delivery(self) -> None:
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            self._webhook_task = None

    async def wait_for_webhook(self, timeout: float = DEFAULT_WAIT_S) -> str:
        """Wait until the bot has set a webhook; returns its URL."""
        async with self._webhook_changed:
            await asyncio.wait_for(
                self._webhook_changed.wait_for(lambda: bool(self._webhook_url)), timeout
            )
        return self._webhook_url

    async def _delete_webhook(self, params: dict[str, Any]) -> Any:
        self._stop_webhook_delivery()
        self._webhook_url = ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    async def _get_webhook_info(self, params: dict[str, Any]) -> Any:
        return {
            "url": self._webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    def unanswered_callback_queries(self) -> list[str]:
        """Button presses the bot never answered (Telegram shows a spinner for those), as
        "id:callback_data"."""
        return [
            f"{qid}:{self._pressed.get(qid, '?')}"
            for qid, answer in self.callback_answers.items()
            if not answer
        ]


class SimulatedChat:
    """A chat the bot writes to; read what arrives with `expect`."""

    def __init__(self, api: BotApiStandIn, chat: Chat) -> None:
        self.api = api
        self.chat = chat
        self._read = 0

    @property
    def id(self) -> int:
        return self.chat.id

    def from_the_start(self) -> SimulatedChat:
        """Another reader of this chat, starting at its first message (for messages whose
        order is not fixed, such as answers to two taps handled concurrently)."""
        return SimulatedChat(self.api, self.chat)

    @property
    def received(self) -> list[SentMessage]:
        """Every message and edit the bot sent here, in order."""
        return list(self.chat.feed)

    async def expect(self, pattern: str, timeout: float = DEFAULT_WAIT_S) -> SentMessage:
        """Wait for the next message or edit whose text matches `pattern` (a regex, searched).

        Messages before it are read past. Raises AssertionError with what did arrive on timeout.
        """
        regex = re.compile(pattern, re.IGNORECASE | re.DOTALL)

        def find() -> SentMessage | None:
            for position in range(self._read, len(self.chat.feed)):
                message = self.chat.feed[position]
                if regex.search(message.text):
                    self._read = position + 1
                    return message
            return None

        async with self.chat.changed:
            try:
                found = await asyncio.wait_for(self.chat.changed.wait_for(find), timeout)
            except TimeoutError:
                seen = [m.text[:120] for m in self.chat.feed[self._read :]]
                raise AssertionError(
                    f"no message matching {pattern!r} in chat {self.id} within {timeout}s; "
                    f"unread: {seen}"
                ) from None
        assert found is not None
        return found

    def _newest_with_button(self, regex: re.Pattern[str]) -> SentMessage | None:
        newest: dict[int, SentMessage] = {}
        for message in self.chat.feed:
            newest[message.message_id] = message
        for message in sorted(newest.values(), key=lambda m: m.message_id, reverse=True):
            if not message.deleted and any(regex.search(t) for t in message.button_labels):
                return message
        return None

    async def latest_with_button(self, label: str, timeout: float = DEFAULT_WAIT_S) -> SentMessage:
        """The newest visible message with a button whose label matches `label` (a regex),
        waiting for one to arrive if there is none yet."""
        regex = re.compile(label, re.IGNORECASE)
        async with self.chat.changed:
            try:
                found = await asyncio.wait_for(
                    self.chat.changed.wait_for(lambda: self._newest_with_button(regex)), timeout
                )
            except TimeoutError:
                raise AssertionError(f"no button matching {label!r} in chat {self.id}") from None
        assert found is not None
        return found

    async def press(self, label: str, by: SimulatedUser | None = None) -> str:
        """Press the button whose label matches `label` on the newest message that has one
        (in a group, as the member `by`)."""
        message = await self.latest_with_button(label)
        regex = re.compile(label, re.IGNORECASE)
        button = next(b for b in message.buttons if regex.search(b["text"]))
        return await self.press_data(button["callback_data"], message.message_id, by)

    async def press_data(self, data: str, message_id: int, by: SimulatedUser | None = None) -> str:
        """Send a callback query with any data, as a modified client could (forged buttons)."""
        message = self.chat.messages.get(message_id)
        if message is None:
            raise AssertionError(f"no message {message_id} in chat {self.id}")
        presser = by.profile if by is not None else self.chat.user
        if presser is None:
            raise AssertionError("say who presses a button in a group: press(..., by=user)")
        query_id = str(next(self.api._callback_ids))
        self.api.callback_answers[query_id] = {}
        self.api._pressed[query_id] = data
        await self.api.push_update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": presser,
                    "message": self.api._message_api(self.chat, message),
                    "chat_instance": f"ci-{self.id}",
                    "data": data,
                }
            }
        )
        return query_id

    async def callback_answer(self, query_id: str, timeout: float = DEFAULT_WAIT_S) -> str:
        """The toast text the bot answered a button press with (waits for the answer)."""
        return await self.api.wait_for_answer(query_id, timeout)


class SimulatedUser(SimulatedChat):
    """A person in a private chat with the bot: sends texts and commands, presses buttons."""

    def __init__(self, api: BotApiStandIn, chat: Chat) -> None:
        super().__init__(api, chat)
        self._message_ids = itertools.count(10_000)

    @property
    def profile(self) -> dict[str, Any]:
        assert self.chat.user is not None
        return self.chat.user

    def in_group(self, group: SimulatedChat) -> GroupMember:
        """The same person, writing in a group chat the bot is in."""
        return GroupMember(self, group)

    def has_started(self) -> None:
        """The person pressed Start at some earlier time, so the bot may write to them."""
        self.chat.started = True

    def block(self) -> None:
        """The person blocks the bot: sending to them now answers 403."""
        self.chat.blocked = True

    def unblock(self) -> None:
        self.chat.blocked = False

    async def send(self, text: str) -> int:
        """Send a text (a command if it starts with /). Returns the update id."""
        self.chat.started = True
        body: dict[str, Any] = self._message_body()
        body["text"] = text
        command = COMMAND.match(text)
        if command:
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": command.end()}]
        return await self.api.push_update({"message": body})

    async def reply(self, message_id: int, text: str) -> int:
        """Send a text as a reply to one of the bot's messages (swipe to reply)."""
        self.chat.started = True
        original = self.chat.messages.get(message_id)
        if original is None:
            raise AssertionError(f"no message {message_id} in chat {self.id}")
        body = self._message_body()
        body["text"] = text
        body["reply_to_message"] = self.api._message_api(self.chat, original)
        return await self.api.push_update({"message": body})

    async def send_photo(self, caption: str | None = None) -> int:
        """Send a photo (media the bot does not relay)."""
        self.chat.started = True
        body = self._message_body()
        body["photo"] = [{"file_id": "photo-1", "file_unique_id": "p1", "width": 90, "height": 90}]
        if caption is not None:
            body["caption"] = caption
        return await self.api.push_update({"message": body})

    async def send_sticker(self) -> int:
        self.chat.started = True
        body = self._message_body()
        body["sticker"] = {
            "file_id": "sticker-1",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return await self.api.push_update({"message": body})

    async def edit(self, message_id: int, text: str) -> int:
        """Edit one of this person's earlier messages."""
        body = self._message_body(message_id)
        body["text"] = text
        body["edit_date"] = _now()
        return await self.api.push_update({"edited_message": body})

    def _message_body(self, message_id: int | None = None) -> dict[str, Any]:
        return {
            "message_id": message_id if message_id is not None else next(self._message_ids),
            "from": self.profile,
            "chat": self.chat.as_api(),
            "date": _now(),
        }


class GroupMember:
    """A person writing in a group chat (e.g. a counselor in the counselor group)."""

    def __init__(self, person: SimulatedUser, group: SimulatedChat) -> None:
        self.person = person
        self.group = group

    def _body(self, text: str) -> dict[str, Any]:
        body = self.person._message_body()
        body["chat"] = self.group.chat.as_api()
        body["text"] = text
        command = COMMAND.match(text)
        if command:
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": command.end()}]
        return body

    async def send(self, text: str) -> int:
        """Send a text (or a command) in the group. Returns the update id."""
        return await self.person.api.push_update({"message": self._body(text)})

    async def reply(self, message_id: int, text: str) -> int:
        """Reply in the group to one of the bot's messages there."""
        original = self.group.chat.messages.get(message_id)
        if original is None:
            raise AssertionError(f"no message {message_id} in chat {self.group.id}")
        body = self._body(text)
        body["reply_to_message"] = self.person.api._message_api(self.group.chat, original)
        return await self.person.api.push_update({"message": body})


async def _read_params(request: web.Request, method: str) -> dict[str, Any]:
    fields = {f.name: f for f in method_fields(method) or []}
    raw: dict[str, Any] = dict(request.query)
    content_type = request.content_type
    if request.can_read_body:
        if content_type == "application/json":
            try:
                body = await request.json()
            except json.JSONDecodeError:
                raise bad_request("can't parse JSON body") from None
            if not isinstance(body, dict):
                raise bad_request("JSON body must be an object")
            return {**{k: decode_form_value(fields.get(k), v) for k, v in raw.items()}, **body}
        if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            raw.update(form.items())
    return {
        key: decode_form_value(fields.get(key), value) if isinstance(value, str) else value
        for key, value in raw.items()
    }


def _error_response(error: ApiError) -> web.Response:
    body: dict[str, Any] = {
        "ok": False,
        "error_code": error.status,
        "description": error.description,
    }
    if error.retry_after is not None:
        body["parameters"] = {"retry_after": error.retry_after}
    return web.json_response(body, status=error.status)


def _now() -> int:
    return int(datetime.now(UTC).timestamp())
