"""Schools in a deployment (PRODUCT.md §2), managed with `peerbot school ...`."""

from __future__ import annotations

import re

from bot.config import check_timezone, parse_quiet_hours
from bot.services.context import ServiceContext
from bot.services.views import SchoolView
from bot.storage import repositories as repo
from bot.storage.models import School

SCHOOL_CODE = re.compile(r"^[A-Z0-9_]{2,16}$")
SHIFT_HOURS = re.compile(r"^\d{1,2}:\d{2}-\d{1,2}:\d{2}$")


class SchoolError(Exception):
    """A school could not be added; the message says what to change."""


async def add_school(
    services: ServiceContext,
    code: str,
    name: str,
    timezone: str | None = None,
    crisis_resources: str = "",
    counselor_chat_id: int | None = None,
    backup_chat_ids: tuple[int, ...] = (),
    shift_hours: str | None = None,
    quiet_hours: str | None = None,
    counselor_hours: str | None = None,
    after_hours_chat_ids: tuple[int, ...] = (),
) -> SchoolView:
    """Add a school; codes are upper-case letters, digits and _ (2-16), as on a poster."""
    code = code.strip().upper()
    if not SCHOOL_CODE.match(code):
        raise SchoolError(
            f"school code {code!r} must be 2-16 letters, digits or _ (it goes in a link)"
        )
    if not name.strip():
        raise SchoolError("the school needs a name")
    timezone = timezone or services.settings.default_timezone
    try:
        check_timezone(timezone)
        if quiet_hours is not None:
            parse_quiet_hours(quiet_hours)
    except ValueError as error:
        raise SchoolError(str(error)) from None
    for name_of_hours, hours in (("shift", shift_hours), ("counselor", counselor_hours)):
        if hours is not None and not SHIFT_HOURS.match(hours.strip()):
            raise SchoolError(f"{name_of_hours} hours {hours!r} must look like 15:00-18:00")
    async with services.database.session() as session, session.begin():
        if await repo.school_by_code(session, code) is not None:
            raise SchoolError(f"a school with code {code} already exists")
        school = School(
            code=code,
            name=name.strip(),
            timezone=timezone,
            crisis_resources=crisis_resources.strip(),
            counselor_chat_id=counselor_chat_id,
            backup_chat_ids=list(backup_chat_ids),
            shift_hours=shift_hours,
            quiet_hours=quiet_hours,
            counselor_hours=counselor_hours,
            after_hours_chat_ids=list(after_hours_chat_ids),
            created_at=services.clock.now(),
        )
        session.add(school)
        await session.flush()
        return SchoolView.of(school)


async def list_schools(services: ServiceContext) -> list[SchoolView]:
    async with services.database.session() as session, session.begin():
        return [SchoolView.of(s) for s in await repo.all_schools(session)]
