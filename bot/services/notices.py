"""What the services want said, to whom: plain data the delivery layer turns into messages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from bot.callbacks import Action


@dataclass(frozen=True)
class Button:
    label_key: str
    action: Action
    parts: tuple[object, ...]
    label_values: tuple[tuple[str, str], ...] = ()


class FollowUp(StrEnum):
    """What the delivery layer reports back to the services about a notice."""

    OFFER = "offer"  # an offer message: remember its id; if undeliverable, skip the mentor
    RELAY_TO_MENTOR = "relay_to_mentor"  # if undeliverable, the student is re-queued
    ALERT = "alert"  # a copy of a crisis alert (its id): where it went, to edit it later
    CRISIS_LINES = "crisis_lines"  # a student's crisis lines sent again: nothing more owed
    CHECKIN = "checkin"  # a check-in: mark it sent; if undeliverable, it ends (no retries)


Part = tuple[str, tuple[tuple[str, object], ...]]


def part(key: str, fields: Mapping[str, object] | None = None, **values: object) -> Part:
    """Another catalog message to put before or after a notice's own, with its values."""
    return (key, tuple({**(fields or {}), **values}.items()))


@dataclass(frozen=True)
class Notice:
    """One message to one person, in their language.

    `values` fill the catalog template `key`; `relay_text` (a person's own words) is appended
    verbatim and split to fit Telegram, and is never stored. `edit_message_id` edits an earlier
    message instead of sending a new one.
    """

    telegram_id: int
    language: str
    key: str
    values: tuple[tuple[str, object], ...] = ()
    buttons: tuple[tuple[Button, ...], ...] = ()
    relay_text: str | None = None
    protect: bool = False
    edit_message_id: int | None = None
    follow_up: tuple[FollowUp, int] | None = None
    before: tuple[Part, ...] = ()
    after: tuple[Part, ...] = ()
    # Delivered without a notification sound (e.g. the counselors' review digest).
    silent: bool = False
    # The crisis path: sent ahead of everything else waiting to go (bot/pacing.py).
    urgent: bool = False
    # Said once this notice has arrived, or instead if it finally cannot be sent (Telegram
    # failing after every retry; a blocked recipient is a follow-up's business): a relayed
    # message that is lost is never lost silently.
    if_delivered: tuple[Notice, ...] = ()
    if_undelivered: tuple[Notice, ...] = ()

    @property
    def value_map(self) -> dict[str, object]:
        return dict(self.values)


def notice(
    telegram_id: int | None,
    language: str,
    key: str,
    *,
    buttons: tuple[tuple[Button, ...], ...] = (),
    relay_text: str | None = None,
    protect: bool = False,
    edit_message_id: int | None = None,
    follow_up: tuple[FollowUp, int] | None = None,
    before: tuple[Part, ...] = (),
    after: tuple[Part, ...] = (),
    silent: bool = False,
    urgent: bool = False,
    if_delivered: list[Notice] | None = None,
    if_undelivered: list[Notice] | None = None,
    fields: Mapping[str, object] | None = None,
    **values: object,
) -> list[Notice]:
    """A one-element list with the notice, or an empty list for someone who deleted their data."""
    if telegram_id is None:
        return []
    values = {**(fields or {}), **values}
    return [
        Notice(
            telegram_id,
            language,
            key,
            tuple(values.items()),
            buttons,
            relay_text,
            protect,
            edit_message_id,
            follow_up,
            before,
            after,
            silent,
            urgent,
            tuple(if_delivered or ()),
            tuple(if_undelivered or ()),
        )
    ]
