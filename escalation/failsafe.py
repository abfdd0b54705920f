"""The crisis path when the database is down (PRODUCT.md §5 fail-safe).

A directory of who counsels which school, and which school each person belongs to, is kept in
memory and refreshed while the database answers. If the database is unreachable when a student
writes something alarming, the student still gets the crisis resources, the counselor chats of
their school (from the directory) still get the alert, and the alert is kept here to be
recorded, and paged again with its buttons, as soon as the database is back.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer
from bot.services.invites import STAFF_ROLES
from bot.services.notices import Notice, notice
from bot.storage.models import Membership, Person, Role, School
from bot.texts import label, language_for, render
from escalation import router
from escalation.detector import Assessment, Severity
from escalation.recipients import Recipient, SchoolContacts, alert_recipients

logger = logging.getLogger(__name__)

STAFF = {role.value for role in STAFF_ROLES}


@dataclass(frozen=True)
class Known:
    school_id: int
    alias: str | None
    role: str
    language: str


@dataclass(frozen=True)
class PendingAlert:
    who: Newcomer
    text: str
    assessment: Assessment
    source: str
    at: datetime

    def as_json(self) -> dict[str, object]:
        return {
            "telegram_id": self.who.telegram_id,
            "language_code": self.who.language_code,
            "text": self.text,
            "severity": self.assessment.severity.label,
            "category": self.assessment.category,
            "source": self.source,
            "at": self.at.isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PendingAlert:
        severity = Severity[str(data["severity"]).upper()]
        return cls(
            Newcomer(int(data["telegram_id"]), data.get("language_code"), None),
            str(data["text"]),
            Assessment(severity, data.get("category"), ()),
            str(data["source"]),
            datetime.fromisoformat(str(data["at"])),
        )


class HeldAlertFile:
    """Alerts held through a database outage, kept on disk too, so that a restart while the
    database is down loses none of them: one JSON object a line, rewritten (atomically, and
    readable by this user only: it holds students' words) each time the list changes, and
    removed once every held alert is recorded."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> list[PendingAlert]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        held = []
        for number, line in enumerate(lines, 1):
            try:
                held.append(PendingAlert.from_json(json.loads(line)))
            except (ValueError, KeyError, TypeError):
                logger.error("held alerts file %s: line %d cannot be read", self.path, number)
        return held

    def save(self, held: list[PendingAlert]) -> None:
        if not held:
            self.path.unlink(missing_ok=True)
            return
        partial = self.path.with_name(self.path.name + ".partial")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            for alert in held:
                file.write(json.dumps(alert.as_json(), ensure_ascii=False) + "\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, self.path)


@dataclass
class Directory:
    schools: dict[int, SchoolContacts] = field(default_factory=dict)
    people: dict[int, Known] = field(default_factory=dict)
    pending: list[PendingAlert] = field(default_factory=list)
    held_file: HeldAlertFile | None = None

    def load_held(self) -> None:
        """At start: alerts a previous run held and could not record yet."""
        if self.held_file is not None:
            self.pending = self.held_file.load() + self.pending
            if self.pending:
                logger.warning("%d held crisis alerts to record", len(self.pending))

    def hold(self, alert: PendingAlert) -> None:
        self.pending.append(alert)
        self._save()

    def _save(self) -> None:
        if self.held_file is None:
            return
        try:
            self.held_file.save(self.pending)
        except OSError as error:
            logger.critical("could not write the held alerts file: %s", error)

    async def refresh(self, services: ServiceContext) -> None:
        """Reload from the database (call while it answers)."""
        async with services.database.session() as session:
            schools = (await session.execute(select(School))).scalars().all()
            rows = (
                await session.execute(
                    select(Membership, Person).join(Person, Person.id == Membership.person_id)
                )
            ).all()
        staff: dict[tuple[int, str], list[Recipient]] = {}
        people: dict[int, Known] = {}
        for membership, person in rows:
            if person.telegram_id is None:
                continue
            if person.current_school_id in (None, membership.school_id):
                people[person.telegram_id] = Known(
                    membership.school_id, membership.alias, membership.role, person.language
                )
            if membership.role in (Role.COUNSELOR, Role.COORDINATOR):
                staff.setdefault((membership.school_id, membership.role), []).append(
                    Recipient(person.telegram_id, person.language)
                )
        self.people = people
        self.schools = {
            school.id: router.contacts_of(
                school,
                tuple(staff.get((school.id, Role.COUNSELOR), [])),
                tuple(staff.get((school.id, Role.COORDINATOR), [])),
            )
            for school in schools
        }

    def knows(self, telegram_id: int) -> bool:
        """Whether the person was enrolled when the directory was last read."""
        return telegram_id in self.people

    def is_staff(self, telegram_id: int) -> bool:
        known = self.people.get(telegram_id)
        return known is not None and known.role in STAFF

    def language(self, who: Newcomer) -> str:
        known = self.people.get(who.telegram_id)
        return known.language if known else language_for(who.language_code)

    def alert_without_database(
        self,
        services: ServiceContext,
        who: Newcomer,
        text: str,
        assessment: Assessment,
        source: str,
        now: datetime,
    ) -> list[Notice]:
        """Alerts to the cached counselor chats; the alert is kept to be recorded later."""
        self.hold(PendingAlert(who, text, assessment, source, now))
        known = self.people.get(who.telegram_id)
        contacts = self.schools.get(known.school_id) if known else None
        # Someone not enrolled may belong to any school: every school hears (the same rule as
        # with the database, escalation/recipients.py).
        schools = [contacts] if contacts else list(self.schools.values())
        chats = alert_recipients(
            schools, services.settings.admin_ids, 0, services.settings.escalation_ladder, now
        )
        if not chats:
            logger.critical("crisis alert with the database down and no counselor chat known")
        notices: list[Notice] = []
        shown, rest = router.split_alert_text(text)
        if contacts is not None and contacts.resources:
            notices += notice(
                who.telegram_id,
                self.language(who),
                "crisis_school_contacts",
                urgent=True,
                school=contacts.name,
                text=contacts.resources,
            )
        for recipient in chats:
            language = recipient.language
            notices += notice(
                recipient.chat_id,
                language,
                "alert_offline",
                urgent=True,
                severity=label(language, f"severity.{assessment.severity.label}"),
                category=label(language, f"category.{assessment.category or 'suicide'}"),
                school=contacts.name if contacts else render(language, "alert_school_unknown"),
                alias=f"Student {known.alias}"
                if known and known.alias
                else render(language, "alert_no_alias"),
                text=shown,
            )
            if rest:
                notices += notice(
                    recipient.chat_id,
                    language,
                    "alert_offline_continued",
                    relay_text=rest,
                    urgent=True,
                )
        return notices

    async def record_pending(self, services: ServiceContext) -> list[Notice]:
        """Once the database answers again: record each held alert and page it properly
        (with buttons and repeats). Alerts that still cannot be recorded stay held."""
        notices: list[Notice] = []
        while self.pending:
            held = self.pending[0]
            notices += await router.raise_alert(
                services, held.who, held.text, held.assessment, held.source, at=held.at
            )
            self.pending.pop(0)
            self._save()
        return notices
