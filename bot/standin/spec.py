"""Checks a Bot API call against the machine-readable spec (bot_api.json, MIT, see LICENSE)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from bot.standin.html import EntityParseError, parse_html, utf16_length

SCALARS = {"Integer", "String", "Boolean", "Float", "True", "InputFile"}


class ApiError(Exception):
    """What Telegram answers with ok=false."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


@dataclass(frozen=True)
class Field:
    name: str
    types: tuple[str, ...]
    required: bool
    limit: dict[str, Any] | None


@cache
def _spec() -> dict[str, Any]:
    text = resources.files("bot.standin").joinpath("bot_api.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _fields(raw: list[dict[str, Any]]) -> list[Field]:
    return [Field(f["name"], tuple(f["types"]), f["required"], f.get("limit")) for f in raw]


@cache
def method_fields(method: str) -> list[Field] | None:
    """The fields of a Bot API method, or None if there is no such method."""
    raw = _spec()["methods"].get(method)
    return None if raw is None else _fields(raw)


@cache
def canonical_method(name: str) -> str | None:
    """Telegram matches method names case-insensitively."""
    lowered = {m.lower(): m for m in _spec()["methods"]}
    return lowered.get(name.lower())


def _type_fields(type_name: str) -> tuple[list[Field], list[str]]:
    raw = _spec()["types"][type_name]
    return _fields(raw["fields"]), raw["subtypes"]


def decode_form_value(field: Field | None, value: str) -> Any:
    """Form-encoded values arrive as text; non-string fields carry JSON (as python-telegram-bot
    and Telegram both do)."""
    if field is not None and field.types == ("String",):
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value


def _matches_scalar(type_name: str, value: Any) -> bool:
    if type_name == "Integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name == "Float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if type_name == "Boolean":
        return isinstance(value, bool)
    if type_name == "True":
        return value is True
    if type_name == "String":
        return isinstance(value, str)
    return True  # InputFile: a file_id string, URL or upload


def _check_value(path: str, types: tuple[str, ...], value: Any) -> None:
    problems: dict[str, str] = {}
    for type_name in types:
        try:
            _check_one(path, type_name, value)
            return
        except ApiError as error:
            problems[type_name] = error.description
    if len(problems) == 1:
        raise bad_request(next(iter(problems.values())).removeprefix("Bad Request: "))
    # Several candidate types (e.g. a reply_markup): report against the one the value
    # resembles most, as Telegram does, rather than listing every type.
    closest = max(types, key=lambda type_name: _resemblance(type_name, value))
    if _resemblance(closest, value) > 0:
        raise bad_request(problems[closest].removeprefix("Bad Request: "))
    raise bad_request(f'field "{path}" must be {" or ".join(types)}')


def _resemblance(type_name: str, value: Any) -> int:
    if not isinstance(value, dict) or type_name.startswith("Array of ") or type_name in SCALARS:
        return 0
    fields, subtypes = _type_fields(type_name)
    if subtypes:
        return max(_resemblance(subtype, value) for subtype in subtypes)
    return len({f.name for f in fields} & set(value))


def _check_one(path: str, type_name: str, value: Any) -> None:
    if type_name.startswith("Array of "):
        if not isinstance(value, list):
            raise bad_request(f'field "{path}" must be an Array')
        inner = type_name.removeprefix("Array of ")
        for position, item in enumerate(value):
            _check_value(f"{path}[{position}]", (inner,), item)
        return
    if type_name in SCALARS:
        if not _matches_scalar(type_name, value):
            raise bad_request(f'field "{path}" must be of type {type_name}')
        return
    fields, subtypes = _type_fields(type_name)
    if subtypes:
        _check_value(path, tuple(subtypes), value)
        return
    if not isinstance(value, dict):
        raise bad_request(f'field "{path}" must be a JSON object of type {type_name}')
    check_fields(fields, value, prefix=f"{path}.")


def _check_limit(path: str, field: Field, value: Any, parse_mode: str | None) -> None:
    if field.limit is None or not isinstance(value, str):
        return
    if field.limit["unit"] == "bytes":
        size = len(value.encode("utf-8"))
    else:
        shown = value
        if field.limit["after_entities"] and parse_mode:
            shown = parse_entities(value, parse_mode)
        if field.limit["after_entities"]:
            shown = shown.strip()
        size = utf16_length(shown)
    if size < field.limit["min"]:
        if field.name in {"text", "caption"}:
            raise bad_request("message text is empty")
        raise bad_request(f'field "{path}" must not be empty')
    if size > field.limit["max"]:
        if field.name == "text":
            raise bad_request("message is too long")
        raise bad_request(
            f'field "{path}" is {size} {field.limit["unit"]}, more than {field.limit["max"]}'
        )


def parse_entities(text: str, parse_mode: str) -> str:
    """The text as shown, after Telegram parses it in `parse_mode`."""
    if parse_mode.upper() != "HTML":
        raise bad_request(f"this stand-in supports parse_mode HTML only, not {parse_mode!r}")
    try:
        return parse_html(text).plain
    except EntityParseError as error:
        raise bad_request(str(error)) from None


def check_fields(fields: list[Field], values: dict[str, Any], prefix: str = "") -> None:
    """Raise ApiError(400) for a missing required field, a wrong type or a broken limit."""
    parse_mode = values.get("parse_mode")
    for field in fields:
        path = prefix + field.name
        if field.name not in values or values[field.name] is None:
            if field.required:
                raise bad_request(f'field "{path}" is required')
            continue
        _check_value(path, field.types, values[field.name])
        _check_limit(path, field, values[field.name], parse_mode)


def check_call(method: str, params: dict[str, Any]) -> None:
    """Validate a whole call; the method must exist (check with canonical_method first)."""
    fields = method_fields(method)
    assert fields is not None
    check_fields(fields, params)
