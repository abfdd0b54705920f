"""Who must hear about a crisis alert, and when (PRODUCT.md §5): one rule, for the database path
and for the fail-safe alike. Pure: it takes a snapshot of the schools' contacts and the time, not
a database.

The escalation ladder, for an alert nobody has acknowledged yet (`step` 0 is the first page,
each repeat one step more):

- In the school's counselor hours: every counselor and the counselor group chat, at every
  step; from step `ladder + 1` also the backup chats; from step `ladder + 2` also the school's
  coordinators and the deployment's admins.
- Outside them: the first page goes to the counselors (to see in the morning) and straight to
  the after-hours contacts; repeats go to the after-hours contacts alone. A school with no
  after-hours contacts goes straight to the top of the ladder instead.
- Someone not enrolled yet (the school is unknown): the same for every school, since any of
  them may be theirs.
- Nobody at all: the deployment's admins, so that no alert ever goes nowhere.

Each chat hears once per step, even when it is both a counselor and a backup chat.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

GROUP_LANGUAGE = "en"  # group chats get alerts in English: a group has no one language
LONGEST_REPEAT = timedelta(hours=1)


class Rung(StrEnum):
    """How far up the ladder a step reaches."""

    COUNSELORS = "counselors"
    BACKUPS = "backups"
    LEADERS = "leaders"  # coordinators and admins
    AFTER_HOURS = "after_hours"


@dataclass(frozen=True)
class Hours:
    """A daily window in a school's local time; it may run past midnight (22:00-06:00)."""

    start: time
    end: time

    def contains(self, moment: time) -> bool:
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


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
    coordinators: tuple[Recipient, ...] = ()
    after_hours_chats: tuple[int, ...] = ()
    counselor_hours: Hours | None = None  # None: counselors are reachable at any hour
    timezone: str = "UTC"

    def after_hours(self, now: datetime) -> bool:
        if self.counselor_hours is None:
            return False
        local = now.astimezone(ZoneInfo(self.timezone))
        return not self.counselor_hours.contains(local.time())

    def next_opening(self, now: datetime) -> datetime | None:
        """When counselor hours next begin (local time), or None when there are no hours."""
        if self.counselor_hours is None:
            return None
        local = now.astimezone(ZoneInfo(self.timezone))
        start = self.counselor_hours.start
        opening = local.replace(hour=start.hour, minute=start.minute, second=0, microsecond=0)
        return opening if opening > local else opening + timedelta(days=1)


def rung(school: SchoolContacts, step: int, ladder: int, now: datetime) -> Rung:
    if school.after_hours(now):
        return Rung.AFTER_HOURS
    if step <= ladder:
        return Rung.COUNSELORS
    return Rung.BACKUPS if step == ladder + 1 else Rung.LEADERS


def _group(chats: Iterable[int]) -> list[Recipient]:
    return [Recipient(chat, GROUP_LANGUAGE) for chat in chats]


def _school_recipients(
    school: SchoolContacts, admins: list[Recipient], step: int, ladder: int, now: datetime
) -> list[Recipient]:
    counselors = list(school.counselors) + _group(filter(None, [school.counselor_chat]))
    top = _group(school.backup_chats) + list(school.coordinators) + admins
    reached = rung(school, step, ladder, now)
    if reached is Rung.AFTER_HOURS:
        night = _group(school.after_hours_chats) or top or counselors
        return (counselors if step == 0 else []) + night
    if reached is Rung.COUNSELORS:
        return counselors
    if reached is Rung.BACKUPS:
        return counselors + _group(school.backup_chats)
    return counselors + top


def alert_recipients(
    schools: Sequence[SchoolContacts],
    admins: Iterable[int],
    step: int = 0,
    ladder: int = 2,
    now: datetime | None = None,
) -> list[Recipient]:
    """Who gets step `step` of an alert about a student of `schools` (all schools when the
    student's is not known)."""
    moment = now or datetime.now().astimezone()
    admin_chats = _group(admins)
    found: list[Recipient] = []
    for school in schools:
        found += _school_recipients(school, admin_chats, step, ladder, moment)
    if not found:
        found = admin_chats
    unique = {recipient.chat_id: recipient for recipient in found}
    return list(unique.values())


def repeat_delay(step: int, ladder: int, timeout: timedelta, after_hours: bool) -> timedelta:
    """How long to wait before step `step + 1`: the acknowledgement timeout while the alert
    climbs and for the first repeat after hours; after that, twice as long each time, up to an
    hour (the people at the top of the ladder keep hearing, without a page every few minutes
    all night)."""
    top = 1 if after_hours else ladder + 2
    if step < top:
        return timeout
    return min(timeout * 2 ** (step - top + 1), max(timeout, LONGEST_REPEAT))
