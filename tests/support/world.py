"""One-line builders for the people and schools a test needs."""

from __future__ import annotations

from bot.services import enrollment, invites, schools
from bot.services.context import ServiceContext
from bot.services.enrollment import Newcomer, StartOutcome, StartResult
from bot.services.views import SchoolView
from bot.storage.models import Role


async def school(
    services: ServiceContext, code: str = "OAKTECH", name: str = "Oak Tech", **options: object
) -> SchoolView:
    return await schools.add_school(services, code, name, **options)  # type: ignore[arg-type]


async def invite_code(services: ServiceContext, school_code: str, role: Role) -> str:
    [created] = await invites.create_invites(services, school_code, role)
    return created.code


async def enrolled(
    services: ServiceContext,
    telegram_id: int,
    payload: str,
    consent: bool = True,
    language_code: str = "en",
) -> StartOutcome:
    """A person who sent /start PAYLOAD (and tapped I understand, unless consent=False)."""
    who = Newcomer(telegram_id, language_code, f"Person{telegram_id}")
    outcome = await enrollment.start(services, who, payload)
    assert outcome.result in (StartResult.JOINED, StartResult.ROLE_CHANGED), outcome
    if consent:
        assert outcome.caller.membership_id is not None
        await enrollment.give_consent(services, who, outcome.caller.membership_id)
    return outcome
