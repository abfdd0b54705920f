from datetime import time, timedelta
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import ConfigError, QuietHours, Settings, load_settings, missing_for_run


def test_defaults_follow_the_spec(settings: Settings) -> None:
    defaults = load_settings()
    assert defaults.telegram_base_url == "https://api.telegram.org/bot"
    assert defaults.database_url == "sqlite+aiosqlite:///peerbot.db"
    assert defaults.offer_timeout_s == 120
    assert defaults.escalation_ack_timeout_s == 300
    assert defaults.checkin_delays == (timedelta(hours=24), timedelta(hours=72))
    assert defaults.quiet_hours == QuietHours(time(21, 0), time(7, 30))
    assert defaults.default_timezone == "America/Los_Angeles"
    assert defaults.escalation_retention_days == 30
    assert defaults.token is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h,72h", (timedelta(hours=24), timedelta(hours=72))),
        ("5s", (timedelta(seconds=5),)),
        (" 30m , 2d ", (timedelta(minutes=30), timedelta(days=2))),
    ],
)
def test_checkin_delays_accept_units(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, text: str, expected: tuple[timedelta]
) -> None:
    monkeypatch.setenv("CHECKIN_DELAYS", text)
    assert load_settings().checkin_delays == expected


@pytest.mark.parametrize(
    ("variable", "value", "complaint"),
    [
        ("CHECKIN_DELAYS", "24h,soon", "'soon' is not a duration"),
        ("CHECKIN_DELAYS", "0s", "longer than zero"),
        ("CHECKIN_DELAYS", ",", "at least one delay"),
        ("QUIET_HOURS", "21:00", "not a window"),
        ("QUIET_HOURS", "25:00-07:00", "not a valid time"),
        ("QUIET_HOURS", "07:00-07:00", "the same"),
        ("ADMIN_IDS", "12,bob", "'bob' is not a numeric Telegram user id"),
        ("DEFAULT_TIMEZONE", "Mars/Olympus", "not an IANA time zone"),
        ("DATABASE_URL", "sqlite:///x.db", "async driver"),
        ("OFFER_TIMEOUT_S", "0", "greater than 0"),
        ("ESCALATION_ACK_TIMEOUT_S", "soon", "valid integer"),
        ("WEBHOOK_SECRET", "has spaces!", "letters, digits"),
        ("LOG_LEVEL", "LOUD", "DEBUG, INFO"),
        ("TELEGRAM_BASE_URL", "api.telegram.org", "http://"),
        ("BOT_USERNAME", "a b", "not a Telegram username"),
    ],
)
def test_a_wrong_value_names_its_variable(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, complaint: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as error:
        load_settings()
    assert str(error.value).startswith(f"{variable}: ")
    assert complaint in str(error.value)


def test_empty_quiet_hours_mean_none(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIET_HOURS", "")
    assert load_settings().quiet_hours is None


def test_admin_ids_and_username(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADMIN_IDS", "12, 34,")
    monkeypatch.setenv("BOT_USERNAME", "@oak_peer_bot")
    loaded = load_settings()
    assert loaded.admin_ids == (12, 34)
    assert loaded.bot_username == "oak_peer_bot"


def test_dotenv_file_is_read_and_environment_wins(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text("OFFER_TIMEOUT_S=45\nLOG_LEVEL=debug\n")
    monkeypatch.setenv("LOG_LEVEL", "warning")
    loaded = load_settings()
    assert loaded.offer_timeout_s == 45
    assert loaded.log_level == "WARNING"


def test_secrets_do_not_show_in_repr(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:very-secret")
    loaded = load_settings()
    assert loaded.token == "123:very-secret"
    assert "very-secret" not in repr(loaded)


def test_run_says_exactly_what_to_set(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PSEUDONYM_SECRET", raising=False)
    missing = missing_for_run(load_settings())
    assert [line.split(":")[0] for line in missing] == ["TELEGRAM_BOT_TOKEN", "PSEUDONYM_SECRET"]


def test_base_url_is_handed_to_python_telegram_bot(settings: Settings) -> None:
    configured = load_settings(telegram_bot_token="1:x", telegram_base_url="http://127.0.0.1:9/bot")
    application = build_application(configured)
    assert application.bot.base_url == "http://127.0.0.1:9/bot1:x"
