"""Plain data the services hand back (never live ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.models import Membership, Person, Role, School


@dataclass(frozen=True)
class SchoolView:
    id: int
    code: str
    name: str
    timezone: str
    crisis_resources: str

    @classmethod
    def of(cls, school: School) -> SchoolView:
        return cls(school.id, school.code, school.name, school.timezone, school.crisis_resources)


@dataclass(frozen=True)
class Caller:
    """Who sent an update: their language, and their school and role if they have joined one."""

    telegram_id: int
    language: str
    is_admin: bool
    person_id: int | None = None
    school: SchoolView | None = None
    role: Role | None = None
    membership_id: int | None = None
    consented: bool = False

    @property
    def enrolled(self) -> bool:
        return self.membership_id is not None

    @classmethod
    def of(
        cls,
        telegram_id: int,
        is_admin: bool,
        person: Person,
        school: School | None,
        membership: Membership | None,
        telegram_language: str,
    ) -> Caller:
        """`telegram_language` is used until the person picks one with /language."""
        return cls(
            telegram_id=telegram_id,
            language=person.language if person.language_chosen else telegram_language,
            is_admin=is_admin,
            person_id=person.id,
            school=SchoolView.of(school) if school and membership else None,
            role=Role(membership.role) if membership else None,
            membership_id=membership.id if membership else None,
            consented=bool(membership and membership.consented_at),
        )
