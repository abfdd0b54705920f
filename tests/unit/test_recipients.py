"""Who must hear about an alert, step by step: the one rule both the database path and the
fail-safe use."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

from escalation.recipients import (
    GROUP_LANGUAGE,
    Hours,
    Recipient,
    SchoolContacts,
    alert_recipients,
    repeat_delay,
)

OAK = SchoolContacts(
    "Oak",
    "",
    (Recipient(1, "en"), Recipient(2, "es")),
    counselor_chat=-10,
    backup_chats=(-11,),
    coordinators=(Recipient(5, "es"),),
)
ELM = SchoolContacts("Elm", "", (Recipient(3, "en"),), counselor_chat=None, backup_chats=(-10,))
EMPTY = SchoolContacts("Pine", "", ())
# Counselors answer 08:00-16:00 New York time; at night an on-call phone is paged.
NIGHTLY = replace(
    OAK,
    counselor_hours=Hours(time(8), time(16)),
    timezone="America/New_York",
    after_hours_chats=(-20,),
)
NOON_IN_NEW_YORK = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
MIDNIGHT_IN_NEW_YORK = datetime(2026, 12, 1, 5, 0, tzinfo=UTC)


def chats(found: list[Recipient]) -> list[int]:
    return [recipient.chat_id for recipient in found]


def test_a_first_alert_goes_to_the_counselors_and_their_group_in_their_languages() -> None:
    found = alert_recipients([OAK], admins=[99], step=0, now=NOON_IN_NEW_YORK)
    assert found == [Recipient(1, "en"), Recipient(2, "es"), Recipient(-10, GROUP_LANGUAGE)]


def test_the_ladder_adds_backups_then_coordinators_and_admins() -> None:
    def step(number: int) -> list[int]:
        return chats(alert_recipients([OAK], [99], step=number, ladder=2, now=NOON_IN_NEW_YORK))

    assert step(1) == step(2) == [1, 2, -10]
    assert step(3) == [1, 2, -10, -11]
    assert step(4) == step(9) == [1, 2, -10, -11, 5, 99]


def test_a_ladder_of_zero_climbs_at_the_first_repeat() -> None:
    assert chats(alert_recipients([OAK], [99], step=1, ladder=0, now=NOON_IN_NEW_YORK)) == [
        1,
        2,
        -10,
        -11,
    ]


def test_after_hours_the_on_call_contact_hears_at_once_and_alone_on_repeats() -> None:
    first = alert_recipients([NIGHTLY], [99], step=0, now=MIDNIGHT_IN_NEW_YORK)
    assert chats(first) == [1, 2, -10, -20]
    assert chats(alert_recipients([NIGHTLY], [99], step=1, now=MIDNIGHT_IN_NEW_YORK)) == [-20]
    # In counselor hours the same school climbs the usual ladder.
    assert chats(alert_recipients([NIGHTLY], [99], step=1, now=NOON_IN_NEW_YORK)) == [1, 2, -10]


def test_after_hours_without_an_on_call_contact_goes_to_the_top_of_the_ladder() -> None:
    unstaffed = replace(NIGHTLY, after_hours_chats=())
    found = alert_recipients([unstaffed], [99], step=0, now=MIDNIGHT_IN_NEW_YORK)
    assert chats(found) == [1, 2, -10, -11, 5, 99]
    assert chats(alert_recipients([unstaffed], [99], step=2, now=MIDNIGHT_IN_NEW_YORK)) == [
        -11,
        5,
        99,
    ]


def test_hours_may_run_past_midnight() -> None:
    night_shift = Hours(time(22), time(6))
    assert night_shift.contains(time(23)) and night_shift.contains(time(5, 59))
    assert not night_shift.contains(time(6)) and not night_shift.contains(time(12))


def test_the_student_is_told_when_counselor_hours_begin() -> None:
    opening = NIGHTLY.next_opening(MIDNIGHT_IN_NEW_YORK)
    assert opening is not None and (opening.hour, opening.day) == (8, 1)
    assert OAK.next_opening(MIDNIGHT_IN_NEW_YORK) is None  # no hours: never after hours


def test_someone_not_enrolled_is_every_schools_and_each_chat_hears_once() -> None:
    # Elm's backup chat is Oak's counselor chat: it is told once.
    found = alert_recipients([OAK, ELM], admins=[99], step=3, now=NOON_IN_NEW_YORK)
    assert chats(found) == [1, 2, -10, -11, 3]


def test_with_no_counselor_anywhere_the_admins_hear() -> None:
    assert chats(alert_recipients([EMPTY], admins=[98, 99], now=NOON_IN_NEW_YORK)) == [98, 99]
    assert alert_recipients([], admins=[], now=NOON_IN_NEW_YORK) == []


def test_repeats_come_every_timeout_while_climbing_then_slow_down_to_an_hour() -> None:
    five = timedelta(minutes=5)
    delays = [repeat_delay(step, 2, five, after_hours=False) for step in range(8)]
    minutes = [delay // timedelta(minutes=1) for delay in delays]
    assert minutes == [5, 5, 5, 5, 10, 20, 40, 60]
    assert repeat_delay(0, 2, five, after_hours=True) == five
    assert repeat_delay(1, 2, five, after_hours=True) == 2 * five
    # A timeout longer than an hour is never shortened.
    assert repeat_delay(9, 2, timedelta(hours=2), after_hours=False) == timedelta(hours=2)
