"""Settings from the environment or `.env` (PRODUCT.md §9), validated at start."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import time, timedelta
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DURATION = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
DURATION_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
CLOCK_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
WEBHOOK_SECRET_CHARS = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
BOT_USERNAME_CHARS = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")


class ConfigError(Exception):
    """A setting is missing or malformed; the message names the environment variable."""


@dataclass(frozen=True)
class QuietHours:
    """A daily window, in a school's local time, when nothing but crisis replies is sent."""

    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


def parse_duration(text: str) -> timedelta:
    """Parse `90s`, `30m`, `24h` or `2d` into a timedelta."""
    match = DURATION.match(text)
    if not match:
        raise ValueError(f"{text.strip()!r} is not a duration like 30s, 15m, 24h or 2d")
    amount = int(match.group(1))
    if amount == 0:
        raise ValueError("a delay must be longer than zero")
    return timedelta(seconds=amount * DURATION_UNITS[match.group(2)])


def parse_clock_time(text: str) -> time:
    """Parse `HH:MM` (24-hour clock)."""
    match = CLOCK_TIME.match(text.strip())
    if not match:
        raise ValueError(f"{text.strip()!r} is not a time like 21:00")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(f"{text.strip()!r} is not a valid time of day")
    return time(hour, minute)


def parse_quiet_hours(text: str) -> QuietHours | None:
    """Parse `21:00-07:30`; an empty value means no quiet hours."""
    if not text.strip():
        return None
    start_text, separator, end_text = text.partition("-")
    if not separator:
        raise ValueError(f"{text.strip()!r} is not a window like 21:00-07:30")
    start, end = parse_clock_time(start_text), parse_clock_time(end_text)
    if start == end:
        raise ValueError("start and end are the same; leave it empty for no quiet hours")
    return QuietHours(start, end)


def check_timezone(name: str) -> str:
    """Return `name` if it is an IANA time zone this machine knows."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"{name!r} is not an IANA time zone name like America/Los_Angeles"
        ) from None
    return name


class Settings(BaseSettings):
    """Every setting. Read with `load_settings()` for errors that name the variable."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = DEFAULT_BASE_URL
    database_url: str = "sqlite+aiosqlite:///peerbot.db"
    pseudonym_secret: SecretStr | None = None
    admin_ids: Annotated[tuple[int, ...], NoDecode] = ()
    offer_timeout_s: int = Field(default=120, gt=0)
    escalation_ack_timeout_s: int = Field(default=300, gt=0)
    escalation_ladder: int = Field(default=2, ge=0)
    checkin_delays: Annotated[tuple[timedelta, ...], NoDecode] = (
        timedelta(hours=24),
        timedelta(hours=72),
    )
    quiet_hours: Annotated[QuietHours | None, NoDecode] = QuietHours(time(21, 0), time(7, 30))
    default_timezone: str = "America/Los_Angeles"
    escalation_retention_days: int = Field(default=30, gt=0)
    held_alerts_file: Path = Path("peerbot-held-alerts.jsonl")
    flood_limit: int = Field(default=20, gt=0)
    crisis_second_reader: bool = True
    audit_retention_days: int = Field(default=365, gt=0)
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    bot_username: str | None = None
    log_level: str = "INFO"

    @field_validator("telegram_bot_token", "pseudonym_secret", "webhook_secret", mode="before")
    @classmethod
    def _empty_secret_is_unset(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("webhook_url", "bot_username", mode="before")
    @classmethod
    def _empty_text_is_unset(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("telegram_base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError(
                "must start with http:// or https://, e.g. https://api.telegram.org/bot"
            )
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError(
                "must use an async driver: sqlite+aiosqlite:///file.db or "
                "postgresql+asyncpg://user@host/db"
            )
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _admin_ids(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        ids = []
        for part in filter(None, (p.strip() for p in value.split(","))):
            if not re.fullmatch(r"-?\d+", part):
                raise ValueError(f"{part!r} is not a numeric Telegram user id")
            ids.append(int(part))
        return tuple(ids)

    @field_validator("checkin_delays", mode="before")
    @classmethod
    def _checkin_delays(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        parts = [p for p in value.split(",") if p.strip()]
        if not parts:
            raise ValueError("give at least one delay, e.g. 24h,72h")
        return tuple(parse_duration(p) for p in parts)

    @field_validator("quiet_hours", mode="before")
    @classmethod
    def _quiet_hours(cls, value: Any) -> Any:
        return parse_quiet_hours(value) if isinstance(value, str) else value

    @field_validator("default_timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        return check_timezone(value)

    @field_validator("webhook_secret")
    @classmethod
    def _webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not WEBHOOK_SECRET_CHARS.match(value.get_secret_value()):
            raise ValueError("use 1-256 characters: letters, digits, _ and -")
        return value

    @field_validator("bot_username")
    @classmethod
    def _bot_username(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.removeprefix("@")
        if not BOT_USERNAME_CHARS.match(value):
            raise ValueError(f"{value!r} is not a Telegram username (5-32 letters, digits, _)")
        return value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in logging.getLevelNamesMapping():
            raise ValueError("use DEBUG, INFO, WARNING or ERROR")
        return level

    @property
    def token(self) -> str | None:
        """The bot token, or None when it is not set."""
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None


def load_settings(**overrides: Any) -> Settings:
    """Read settings; a bad value raises ConfigError naming each offending variable."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        lines = []
        for problem in error.errors():
            variable = str(problem["loc"][0]).upper() if problem["loc"] else "settings"
            message = problem["msg"].removeprefix("Value error, ")
            lines.append(f"{variable}: {message}")
        raise ConfigError("\n".join(lines)) from None


def missing_for_run(settings: Settings) -> list[str]:
    """Settings that `peerbot run` needs but that are not set, with a hint for each."""
    missing = []
    if settings.token is None:
        missing.append("TELEGRAM_BOT_TOKEN: the token @BotFather gave you, e.g. 123456:ABC-DEF...")
    if settings.pseudonym_secret is None:
        missing.append(
            "PSEUDONYM_SECRET: a long random string that keys the anonymous ids in the "
            "evaluation log; make one with:\n"
            "      python -c 'import secrets; print(secrets.token_hex(32))'"
        )
    return missing
