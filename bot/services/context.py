"""What every service needs: the database, the clock and the settings."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import IntegrityError

from bot.clock import Clock
from bot.config import Settings
from bot.storage.db import Database

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class ServiceContext:
    database: Database
    clock: Clock
    settings: Settings

    def is_admin(self, telegram_id: int) -> bool:
        return telegram_id in self.settings.admin_ids


def retry_on_conflict(
    function: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[T]]:
    """Run a use case once more if a concurrent twin inserted the same unique row first.

    Two taps on /start at once both try to create the person; the second sees the first's row
    on its retry instead of failing.
    """

    @functools.wraps(function)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return await function(*args, **kwargs)
        except IntegrityError:
            return await function(*args, **kwargs)

    return wrapper
