"""The crisis path when the database is down (PRODUCT.md §5 fail-safe).

A directory of who counsels which school, and which school each person belongs to, is kept in
memory and refreshed while the database answers. If the database is unreachable when a student
writes something alarming, the student still gets the crisis resources, the counselor chats of
their school (from the directory) still get the alert, and the alert is kept here to be
recorded, and paged again with its buttons, as soon as the database is back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer
from bot.services.invites import STAFF_ROLES
from bot.services.notices import Notice, notice
from bot.storage.models import Membership, Person, Role, School
from bot.texts import label, language_for, render
from escalation import router
from escalation.detector import Assessment
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


@dataclass
class Directory:
    schools: dict[int, SchoolContacts] = field(default_factory=dict)
    people: dict[int, Known] = field(default_factory=dict)
    pending: list[PendingAlert] = field(default_factory=list)

    async def refresh(self, services: ServiceContext) -> None:
        """Reload from the database (call while it answers)."""
        async with services.database.session() as session:
            schools = (await session.execute(select(School))).scalars().all()
            rows = (
                await session.execute(
                    select(Membership, Person).join(Person, Person.id == Membership.person_id)
                )
            ).all()
        counselors: dict[int, list[Recipient]] = {}
        people: dict[int, Known] = {}
        for membership, person in rows:
            if person.telegram_id is None:
                continue
            if person.current_school_id in (None, membership.school_id):
                people[person.telegram_id] = Known(
                    membership.school_id, membership.alias, membership.role, person.language
                )
            if membership.role == Role.COUNSELOR:
                counselors.setdefault(membership.school_id, []).append(
                    Recipient(person.telegram_id, person.language)
                )
        self.people = people
        self.schools = {
            school.id: SchoolContacts(
                school.name,
                school.crisis_resources,
                tuple(counselors.get(school.id, [])),
                school.counselor_chat_id,
                tuple(school.backup_chat_ids or ()),
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
        self.pending.append(PendingAlert(who, text, assessment, source, now))
        known = self.people.get(who.telegram_id)
        contacts = self.schools.get(known.school_id) if known else None
        # Someone not enrolled may belong to any school: every school hears (the same rule as
        # with the database, escalation/recipients.py).
        schools = [contacts] if contacts else list(self.schools.values())
        chats = alert_recipients(schools, services.settings.admin_ids, repeat=False)
        if not chats:
            logger.critical("crisis alert with the database down and no counselor chat known")
        notices: list[Notice] = []
        shown, rest = router.split_alert_text(text)
        if contacts is not None and contacts.resources:
            notices += notice(
                who.telegram_id,
                self.language(who),
                "crisis_school_contacts",
                school=contacts.name,
                text=contacts.resources,
            )
        for recipient in chats:
            language = recipient.language
            notices += notice(
                recipient.chat_id,
                language,
                "alert_offline",
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
                    recipient.chat_id, language, "alert_offline_continued", relay_text=rest
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
        return notices
