"""The evaluation event log (PRODUCT.md §7): the one place events are written.

Append-only rows: type, UTC time, school, role, a pseudonym (HMAC-SHA256 of the Telegram id
keyed with PSEUDONYM_SECRET) and a few non-identifying attributes. Attributes are checked
against a fixed list of names and plain value types, so message text, names, usernames or raw
Telegram ids cannot end up here by accident.
"""

from __future__ import annotations

import hashlib
import hmac
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.context import ServiceContext
from bot.storage.models import Event


class EventType(StrEnum):
    MEMBER_JOINED = "member_joined"
    REQUEST_CREATED = "request_created"
    CONVERSATION_STARTED = "conversation_started"
    CONVERSATION_ENDED = "conversation_ended"
    FELT_BETTER = "feedback_felt_better"
    COMFORTABLE = "feedback_comfortable"
    TRAINING_SURVEY = "training_survey"
    ESCALATION_RAISED = "escalation_raised"
    ESCALATION_ACKNOWLEDGED = "escalation_acknowledged"
    CHECKIN_SENT = "checkin_sent"
    CHECKIN_ANSWERED = "checkin_answered"
    DATA_DELETED = "data_deleted"


# Attribute name -> allowed value types. Strings are short codes (a topic, an answer), never
# free text.
ATTRIBUTES: dict[str, tuple[type, ...]] = {
    "topic": (str,),
    "mood": (int,),
    "wait_seconds": (int,),
    "answer": (str,),
    "severity": (str,),
    "category": (str,),
    "ack_seconds": (int,),
    "crisis": (bool,),
}
MAX_CODE_LENGTH = 24


def pseudonym(secret: str, telegram_id: int) -> str:
    """A stable, non-reversible id for evaluation: HMAC-SHA256(secret, Telegram id)."""
    return hmac.new(secret.encode(), str(telegram_id).encode(), hashlib.sha256).hexdigest()


def record(
    session: AsyncSession,
    services: ServiceContext,
    kind: EventType,
    *,
    school_id: int | None,
    role: str | None,
    telegram_id: int | None,
    **attributes: object,
) -> None:
    """Append one event in the caller's transaction (it exists exactly when the change does)."""
    for name, value in attributes.items():
        allowed = ATTRIBUTES.get(name)
        if allowed is None:
            raise ValueError(f"{name!r} is not an evaluation attribute")
        if value is not None and not isinstance(value, allowed):
            raise TypeError(f"{name} must be {allowed}")
        if isinstance(value, str) and (len(value) > MAX_CODE_LENGTH or " " in value):
            raise ValueError(f"{name} must be a short code, not text")
    secret = services.settings.pseudonym_secret
    who = (
        pseudonym(secret.get_secret_value(), telegram_id)
        if secret is not None and telegram_id is not None
        else None
    )
    session.add(
        Event(
            type=kind.value,
            at=services.clock.now(),
            school_id=school_id,
            role=role,
            pseudonym=who,
            attributes={k: v for k, v in attributes.items() if v is not None},
        )
    )
