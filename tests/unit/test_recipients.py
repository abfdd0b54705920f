"""Who must hear about an alert: the one rule both the database path and the fail-safe use."""

from __future__ import annotations

from escalation.recipients import GROUP_LANGUAGE, Recipient, SchoolContacts, alert_recipients

OAK = SchoolContacts(
    "Oak", "", (Recipient(1, "en"), Recipient(2, "es")), counselor_chat=-10, backup_chats=(-11,)
)
ELM = SchoolContacts("Elm", "", (Recipient(3, "en"),), counselor_chat=None, backup_chats=(-10,))
EMPTY = SchoolContacts("Pine", "", ())


def chats(found: list[Recipient]) -> list[int]:
    return [recipient.chat_id for recipient in found]


def test_a_first_alert_goes_to_the_counselors_and_their_group_in_their_languages() -> None:
    found = alert_recipients([OAK], admins=[99], repeat=False)
    assert found == [Recipient(1, "en"), Recipient(2, "es"), Recipient(-10, GROUP_LANGUAGE)]


def test_backup_chats_hear_only_repeats() -> None:
    assert chats(alert_recipients([OAK], admins=[99], repeat=True)) == [1, 2, -10, -11]


def test_someone_not_enrolled_is_every_schools_and_each_chat_hears_once() -> None:
    # Elm's backup chat is Oak's counselor chat: it is told once.
    assert chats(alert_recipients([OAK, ELM], admins=[99], repeat=True)) == [1, 2, -10, -11, 3]


def test_with_no_counselor_anywhere_the_admins_hear() -> None:
    assert chats(alert_recipients([EMPTY], admins=[98, 99], repeat=False)) == [98, 99]
    assert alert_recipients([], admins=[], repeat=False) == []
