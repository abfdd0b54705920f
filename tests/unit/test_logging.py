"""What reaches the log: never secrets, never what libraries carry (PRODUCT.md §8)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot.cli import PAYLOAD_LOGGERS, configure_logging
from bot.config import load_settings

TOKEN = "123456:AAExampleTokenThatIsLongEnough"
WEBHOOK_SECRET = "webhook-secret-value-42"
PASSWORD = "db-password-value-77"


@pytest.fixture
def debug_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("LOG_LEVEL", "DEBUG")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("WEBHOOK_SECRET", WEBHOOK_SECRET)
    monkeypatch.setenv("DATABASE_URL", f"postgresql+asyncpg://bot:{PASSWORD}@127.0.0.1/school")
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    for handler in handlers:
        root.removeHandler(handler)
    configure_logging(load_settings())
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def test_libraries_that_log_parameters_stay_quiet_even_at_debug(debug_logging: None) -> None:
    assert logging.getLogger("bot").isEnabledFor(logging.DEBUG)
    for name in PAYLOAD_LOGGERS:
        assert not logging.getLogger(name).isEnabledFor(logging.INFO), name
    # SQLAlchemy's engine logs each statement's parameters at INFO.
    assert not logging.getLogger("sqlalchemy.engine.Engine").isEnabledFor(logging.INFO)
    assert not logging.getLogger("telegram.ext").isEnabledFor(logging.DEBUG)


def test_secrets_are_blanked_out_of_every_line(debug_logging: None) -> None:
    [handler] = [h for h in logging.getLogger().handlers if h.filters]
    record = logging.LogRecord(
        "bot.test",
        logging.WARNING,
        __file__,
        1,
        "url %s secret %s pw %s",
        (f"https://api.telegram.org/bot{TOKEN}/getMe", WEBHOOK_SECRET, PASSWORD),
        None,
    )
    assert handler.filter(record)
    line = record.getMessage()
    for secret in (TOKEN, WEBHOOK_SECRET, PASSWORD):
        assert secret not in line
    assert line.count("[redacted]") == 3
