"""One-time staff invites (PRODUCT.md §2): made by the CLI or a coordinator's /invite."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.callers import load_caller
from bot.services.context import ServiceContext
from bot.services.views import Caller
from bot.storage import repositories as repo
from bot.storage.models import Invite, Role

# Crockford's base32 alphabet: no I, L, O or U, so a code read aloud is not misheard.
INVITE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
INVITE_CODE_LENGTH = 20  # 100 bits; school codes are at most 16 characters, so never confused
INVITE_TTL = timedelta(days=7)
INVITE_CODE_PATTERN = re.compile(rf"^[{INVITE_ALPHABET}]{{{INVITE_CODE_LENGTH}}}$")
MAX_INVITES_AT_ONCE = 500
STAFF_ROLES = (Role.MENTOR, Role.COUNSELOR, Role.COORDINATOR)
COORDINATOR_MAY_INVITE = (Role.MENTOR, Role.COUNSELOR)


class InviteError(Exception):
    """An invite could not be made; the message says why."""


@dataclass(frozen=True)
class CreatedInvite:
    code: str
    school_code: str
    school_name: str
    role: Role
    expires_at: datetime


def new_invite_code() -> str:
    return "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_CODE_LENGTH))


def normalize_invite_code(code: str) -> str:
    return code.strip().upper().replace("-", "")


def looks_like_invite_code(code: str) -> bool:
    return bool(INVITE_CODE_PATTERN.match(normalize_invite_code(code)))


def hash_invite_code(code: str) -> str:
    return hashlib.sha256(normalize_invite_code(code).encode("ascii")).hexdigest()


async def create_invites(
    services: ServiceContext,
    school_code: str,
    role: Role,
    count: int = 1,
    ttl: timedelta = INVITE_TTL,
) -> list[CreatedInvite]:
    """Make `count` single-use invites; the codes are returned once and only their hash is kept."""
    async with services.database.session() as session, session.begin():
        return await _create(session, services, school_code, role, count, None, ttl)


async def _create(
    session: AsyncSession,
    services: ServiceContext,
    school_code: str,
    role: Role,
    count: int,
    created_by_person_id: int | None,
    ttl: timedelta = INVITE_TTL,
) -> list[CreatedInvite]:
    if role not in STAFF_ROLES:
        raise InviteError(f"invites are for {', '.join(STAFF_ROLES)}; students join by school code")
    if not 1 <= count <= MAX_INVITES_AT_ONCE:
        raise InviteError(f"count must be between 1 and {MAX_INVITES_AT_ONCE}")
    school = await repo.school_by_code(session, school_code)
    if school is None:
        raise InviteError(f"no school with code {school_code.upper()!r}")
    now = services.clock.now()
    created = []
    for _ in range(count):
        code = new_invite_code()
        session.add(
            Invite(
                code_hash=hash_invite_code(code),
                school_id=school.id,
                role=role,
                created_by_person_id=created_by_person_id,
                created_at=now,
                expires_at=now + ttl,
            )
        )
        created.append(CreatedInvite(code, school.code, school.name, role, now + ttl))
    return created


@dataclass(frozen=True)
class InviteReply:
    """What to tell the person who sent /invite."""

    caller: Caller
    created: CreatedInvite | None = None
    allowed_roles: tuple[Role, ...] = ()
    unknown_school: str | None = None

    @property
    def refused(self) -> bool:
        return bool(self.allowed_roles)


async def invite_from_chat(
    services: ServiceContext, telegram_id: int, language_code: str | None, arguments: list[str]
) -> InviteReply:
    """A coordinator's `/invite mentor|counselor`, or an admin's `/invite SCHOOL ROLE`.

    A reply with nothing created and nothing refused means the arguments were not understood.
    """
    async with services.database.session() as session, session.begin():
        caller = await load_caller(session, services, telegram_id, language_code)
        if caller.is_admin and len(arguments) == 2:
            school_code, role_text = arguments
            allowed: tuple[Role, ...] = STAFF_ROLES
        elif caller.role is Role.COORDINATOR and caller.school is not None:
            if len(arguments) != 1:
                return InviteReply(caller)
            school_code, role_text = caller.school.code, arguments[0]
            allowed = COORDINATOR_MAY_INVITE
        elif caller.is_admin:
            return InviteReply(caller)
        else:
            return InviteReply(caller, allowed_roles=(Role.COORDINATOR,))
        try:
            role = Role(role_text.lower())
        except ValueError:
            return InviteReply(caller)
        if role not in allowed:
            return InviteReply(caller)
        if await repo.school_by_code(session, school_code) is None:
            return InviteReply(caller, unknown_school=school_code.upper())
        [created] = await _create(session, services, school_code, role, 1, caller.person_id)
        return InviteReply(caller, created)
