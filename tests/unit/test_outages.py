"""Which system is down, said once per outage (issue #10, item 6)."""

from __future__ import annotations

import logging

import httpx
import pytest
from sqlalchemy.exc import OperationalError
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.outages import DATABASE, TELEGRAM, OutageLog, system_down


def _chained(outer: BaseException, inner: BaseException) -> BaseException:
    try:
        try:
            raise inner
        except BaseException as cause:
            raise outer from cause
    except BaseException as error:
        return error


def test_a_telegram_outage_is_telegrams_even_when_a_refused_socket_is_inside() -> None:
    refused = _chained(httpx.ConnectError("refused"), ConnectionRefusedError(111, "refused"))
    assert system_down(_chained(NetworkError("httpx.ConnectError"), refused)) == TELEGRAM
    assert system_down(TimedOut()) == TELEGRAM


def test_a_database_outage_is_the_databases() -> None:
    refused = ConnectionRefusedError(111, "refused")
    assert system_down(_chained(OperationalError("SELECT", {}, refused), refused)) == DATABASE
    assert system_down(refused) == DATABASE


def test_a_bug_or_a_refused_request_is_neither() -> None:
    assert system_down(ValueError("bug")) is None
    assert system_down(BadRequest("message is too long")) is None
    assert system_down(None) is None


def test_an_outage_is_logged_when_it_starts_and_when_it_ends(
    caplog: pytest.LogCaptureFixture,
) -> None:
    outages = OutageLog()
    with caplog.at_level(logging.WARNING, logger="bot.outages"):
        for _ in range(100):
            outages.down(DATABASE)
        outages.up(DATABASE)
        outages.up(DATABASE)
    assert [record.getMessage() for record in caplog.records] == [
        "database unreachable; the bot keeps trying (one line until it is back)",
        "database reachable again",
    ]
