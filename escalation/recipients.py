"""Who must hear about a crisis alert (PRODUCT.md §5): one rule, for the database path and for
the fail-safe alike. Pure: it takes a snapshot of the schools' contacts, not a database.

- A known student's school: every counselor of it and its counselor group chat; on a repeat,
  also the school's backup chats.
- Someone not enrolled yet (the school is unknown): the same for every school, since any of
  them may be theirs.
- Nobody at all (no counselor anywhere yet): the deployment's admins, so that no alert ever
  goes nowhere.
Each chat hears once, even when it is both a counselor and a backup chat.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

GROUP_LANGUAGE = "en"  # group chats get alerts in English: a group has no one language


@dataclass(frozen=True)
class Recipient:
    chat_id: int
    language: str


@dataclass(frozen=True)
class SchoolContacts:
    """A school's crisis contacts, as known when the snapshot was taken."""

    name: str
    resources: str
    counselors: tuple[Recipient, ...]  # counselors' private chats, in their languages
    counselor_chat: int | None = None
    backup_chats: tuple[int, ...] = ()


def alert_recipients(
    schools: Sequence[SchoolContacts], admins: Iterable[int], repeat: bool
) -> list[Recipient]:
    """Who gets an alert about a student of `schools` (all schools when the student's is not
    known); `repeat` for an alert still unacknowledged."""
    found: list[Recipient] = []
    for school in schools:
        found += school.counselors
        if school.counselor_chat:
            found.append(Recipient(school.counselor_chat, GROUP_LANGUAGE))
        if repeat:
            found += [Recipient(chat, GROUP_LANGUAGE) for chat in school.backup_chats]
    if not found:
        found = [Recipient(admin, GROUP_LANGUAGE) for admin in admins]
    unique = {recipient.chat_id: recipient for recipient in found}
    return list(unique.values())
