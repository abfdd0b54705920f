"""Telegram's HTML parse mode, strictly: what real Telegram would refuse, this refuses too."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tags and attributes Telegram's HTML style accepts (Bot API "formatting options").
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "tg-spoiler": set(),
    "span": {"class"},
    "a": {"href"},
    "tg-emoji": {"emoji-id"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*>"
)
ATTRIBUTE = re.compile(r"([a-zA-Z-]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
ENTITY = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);")


class EntityParseError(ValueError):
    """The text is not valid Telegram HTML."""


@dataclass(frozen=True)
class ParsedText:
    plain: str
    tags: tuple[str, ...]


def utf16_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def parse_html(text: str) -> ParsedText:
    """Return the text Telegram would show, or raise EntityParseError as Telegram would."""
    plain: list[str] = []
    open_tags: list[str] = []
    seen_tags: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "<":
            match = TAG.match(text, index)
            if not match:
                raise EntityParseError(
                    'Can\'t parse entities: unexpected "<" at byte offset '
                    f"{_byte_offset(text, index)}; write &lt; for a literal <"
                )
            closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
            if name not in ALLOWED_ATTRIBUTES:
                kind = "end" if closing else "start"
                raise EntityParseError(
                    f'Can\'t parse entities: Unsupported {kind} tag "{name}" at byte offset '
                    f"{_byte_offset(text, index)}"
                )
            if closing:
                if not open_tags or open_tags[-1] != name:
                    expected = f'"</{open_tags[-1]}>"' if open_tags else "no end tag"
                    raise EntityParseError(
                        f"Can't parse entities: Unmatched end tag at byte offset "
                        f'{_byte_offset(text, index)}, expected {expected}, found "</{name}>"'
                    )
                open_tags.pop()
            else:
                for attribute in ATTRIBUTE.finditer(attributes):
                    if attribute.group(1).lower() not in ALLOWED_ATTRIBUTES[name]:
                        raise EntityParseError(
                            f'Can\'t parse entities: unsupported attribute "{attribute.group(1)}" '
                            f'in tag "{name}" at byte offset {_byte_offset(text, index)}'
                        )
                open_tags.append(name)
                seen_tags.append(name)
            index = match.end()
        elif char == "&":
            match = ENTITY.match(text, index)
            if not match:
                raise EntityParseError(
                    'Can\'t parse entities: unescaped "&" at byte offset '
                    f"{_byte_offset(text, index)}; write &amp; for a literal &"
                )
            body = match.group(1)
            if body.startswith("#x"):
                plain.append(chr(int(body[2:], 16)))
            elif body.startswith("#"):
                plain.append(chr(int(body[1:])))
            elif body in NAMED_ENTITIES:
                plain.append(NAMED_ENTITIES[body])
            else:
                raise EntityParseError(
                    f'Can\'t parse entities: unsupported HTML entity "&{body};" at byte offset '
                    f"{_byte_offset(text, index)}"
                )
            index = match.end()
        elif char == ">":
            raise EntityParseError(
                'Can\'t parse entities: unexpected ">" at byte offset '
                f"{_byte_offset(text, index)}; write &gt; for a literal >"
            )
        else:
            plain.append(char)
            index += 1
    if open_tags:
        raise EntityParseError(
            "Can't parse entities: can't find end tag corresponding to start tag "
            f'"{open_tags[-1]}"'
        )
    return ParsedText("".join(plain), tuple(seen_tags))
