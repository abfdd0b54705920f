"""SQLAlchemy models. Every schema change comes with an Alembic migration in `migrations/`."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC without a zone (SQLite has none) and always hands back aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; use an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Role(StrEnum):
    """A person's role in one school (PRODUCT.md §1). Admins come from ADMIN_IDS, not this table."""

    STUDENT = "student"
    MENTOR = "mentor"
    COUNSELOR = "counselor"
    COORDINATOR = "coordinator"


# Named constraints let Alembic alter SQLite tables (batch mode) in later migrations.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[int]: JSON,
    }


class School(Base):
    __tablename__ = "schools"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    crisis_resources: Mapped[str] = mapped_column(Text, default="")
    counselor_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    backup_chat_ids: Mapped[list[int]] = mapped_column(default=list)
    shift_hours: Mapped[str | None] = mapped_column(String(32))
    quiet_hours: Mapped[str | None] = mapped_column(String(32))
    # When counselors can be reached (default: the shift hours); outside them alerts go to the
    # after-hours contacts (escalation/recipients.py).
    counselor_hours: Mapped[str | None] = mapped_column(String(32))
    after_hours_chat_ids: Mapped[list[int]] = mapped_column(default=list)
    created_at: Mapped[datetime]


class Person(Base):
    """One Telegram user. Identifying columns are cleared by /delete_me (PRODUCT.md §8)."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    # Only staff get a display name (a counselor taking an alert is named); students never do.
    display_name: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8), default="en")
    language_chosen: Mapped[bool] = mapped_column(Boolean, default=False)
    current_school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id"))
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class Membership(Base):
    """A person's single role in one school."""

    __tablename__ = "memberships"
    __table_args__ = (
        UniqueConstraint("person_id", "school_id"),
        UniqueConstraint("school_id", "alias"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    # What a mentor or counselor sees instead of a student's name, e.g. "K7".
    alias: Mapped[str | None] = mapped_column(String(16))
    consented_at: Mapped[datetime | None]
    joined_at: Mapped[datetime]
    # Mentors: on shift, how many conversations at once, and how many slots are taken
    # (conversations plus pending offers). `load` only changes by conditional updates, so two
    # bot processes can never push a mentor over capacity.
    on_shift: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    capacity: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    load: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # When the mentor last became free; the one free longest is offered first.
    available_since: Mapped[datetime | None]
    # Students: tell them when a mentor comes on shift.
    notify_on_shift: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Students: follow-up mood check-ins (/checkins off|on).
    checkins_enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class Invite(Base):
    """A single-use staff invite. Only the code's hash is stored, so a leak reveals no code."""

    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"))
    role: Mapped[str] = mapped_column(String(16))
    created_by_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))


class CodeAttempt(Base):
    """A wrong school or invite code, kept briefly to rate-limit guessing."""

    __tablename__ = "code_attempts"
    __table_args__ = (Index("ix_code_attempts_telegram_id_at", "telegram_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime]


class SupportRequest(Base):
    """A student's request for a mentor, from /talk until matched or cancelled."""

    __tablename__ = "support_requests"
    __table_args__ = (Index("ix_support_requests_school_state", "school_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"))
    student_membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id"))
    topic: Mapped[str | None] = mapped_column(String(32))
    mood_before: Mapped[int | None] = mapped_column(Integer)
    crisis: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    # Place in line: first come, first served. A student handed back to the queue keeps it.
    queued_at: Mapped[datetime | None]
    matched_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    # The student asked for someone new: not this mentor.
    avoid_mentor_membership_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"))
    # The student asked for the same mentor as before: offered first if on shift and free.
    preferred_mentor_membership_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"))


class Offer(Base):
    """A request offered to one mentor, who may Accept or Pass until OFFER_TIMEOUT_S."""

    __tablename__ = "offers"
    __table_args__ = (Index("ix_offers_request_state", "request_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("support_requests.id"))
    mentor_membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id"), index=True)
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    # The offer message in the mentor's chat, edited once the offer is settled.
    message_id: Mapped[int | None] = mapped_column(BigInteger)


class Conversation(Base):
    """A relayed conversation between a student and a mentor. Message text is never stored."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("support_requests.id"))
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"))
    student_membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id"), index=True)
    mentor_membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id"), index=True)
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    ended_by: Mapped[str | None] = mapped_column(String(16))
    felt_better: Mapped[str | None] = mapped_column(String(16))
    comfortable: Mapped[str | None] = mapped_column(String(16))


class Checkin(Base):
    """A follow-up mood check-in after a conversation (PRODUCT.md §6)."""

    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id"), index=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"))
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"))
    due_at: Mapped[datetime]
    # scheduled -> sent | cancelled | unreachable; answered check-ins keep "sent".
    state: Mapped[str] = mapped_column(String(16))
    attempted_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    answered_at: Mapped[datetime | None]
    mood: Mapped[int | None] = mapped_column(Integer)
    talk_again: Mapped[bool] = mapped_column(Boolean, default=False)


class Timer(Base):
    """Durable due work (offer timeouts, check-ins, alert repeats, expiry, retention)."""

    __tablename__ = "timers"
    __table_args__ = (Index("ix_timers_state_due_at", "state", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    due_at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None]
    created_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


class Escalation(Base):
    """A crisis alert to counselors. `text` is purged after ESCALATION_RETENTION_DAYS."""

    __tablename__ = "escalations"

    id: Mapped[int] = mapped_column(primary_key=True)
    # None for someone not enrolled yet in a deployment of several schools (every school's
    # counselors hear about it).
    school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id"), index=True)
    student_membership_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"))
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    severity: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by_membership_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"))
    resolved_at: Mapped[datetime | None]
    resolved_by_membership_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"))
    text_purged_at: Mapped[datetime | None]
    # A mentor's /flag (the alert then carries the mentor's note, not the student's words).
    flagged_by_membership_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"))
    # Review-level items go to counselors in a quiet digest instead of a page.
    digested_at: Mapped[datetime | None]
    repeats: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class AlertMessage(Base):
    """One message of the crisis path: a copy of an alert (kind "alert"), or the student's
    crisis lines ("crisis_lines"). Written before the first try, so a send that fails or a
    process that dies leaves it owed: once `claimed_until` passes with `sent_at` still empty,
    it is sent again (escalation/router.py). Where a copy went (`message_id`) is what lets
    taking the alert edit every copy."""

    __tablename__ = "alert_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="alert", server_default="alert")
    chat_id: Mapped[int] = mapped_column(BigInteger)
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    step: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    # When Telegram took it (or the recipient turned out unreachable, with no message id).
    sent_at: Mapped[datetime | None]
    claimed_until: Mapped[datetime | None] = mapped_column(index=True)


class AuditEntry(Base):
    """Who did what with an alert, and when (PRODUCT.md §5): acknowledged, resolved, replied,
    revealed an identity, was paged. Never the words; kept for AUDIT_RETENTION_DAYS."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id"), index=True)
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalations.id"))
    action: Mapped[str] = mapped_column(String(16))
    # The person who acted, by name as it was then (None for the bot's own pages).
    actor_membership_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"))
    actor: Mapped[str | None] = mapped_column(String(64))
    # Paged chats, for "paged" entries; the ladder's step and rung.
    chats: Mapped[list[int]] = mapped_column(default=list)
    detail: Mapped[str | None] = mapped_column(String(64))


class Event(Base):
    """Append-only, pseudonymous evaluation event (PRODUCT.md §7). Never text, names or raw ids."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_type_at", "type", "at"),
        # The report asks every question per school too.
        Index("ix_events_type_school_at", "type", "school_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(48))
    at: Mapped[datetime] = mapped_column(index=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id"))
    role: Mapped[str | None] = mapped_column(String(16))
    pseudonym: Mapped[str | None] = mapped_column(String(64))
    attributes: Mapped[dict[str, Any]] = mapped_column(default=dict)
