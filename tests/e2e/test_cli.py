"""`peerbot` as a person runs it: a subprocess with its own environment."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from bot.standin import BotApiStandIn

PEERBOT = [sys.executable, "-m", "bot.cli"]
PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def environment(tmp_path: Path) -> dict[str, str]:
    """A clean environment: only what a person would set, a fresh SQLite file in tmp_path."""
    keep = {"PATH", "HOME", "LANG", "SYSTEMROOT", "PYTHONPATH"}
    env = {k: v for k, v in os.environ.items() if k in keep}
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path}/peerbot.db"
    return env


def peerbot(
    env: dict[str, str], *arguments: str, cwd: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PEERBOT, *arguments],
        input=stdin,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_school_add_list_and_invites(environment: dict[str, str], tmp_path: Path) -> None:
    added = peerbot(
        environment,
        "school",
        "add",
        "--code",
        "oaktech",
        "--name",
        "Oak Tech",
        "--timezone",
        "America/Chicago",
        cwd=tmp_path,
    )
    assert added.returncode == 0, added.stderr
    assert "Added OAKTECH: Oak Tech (America/Chicago)" in added.stdout
    listed = peerbot(environment, "school", "list", "--json", cwd=tmp_path)
    assert json.loads(listed.stdout) == [
        {"code": "OAKTECH", "name": "Oak Tech", "timezone": "America/Chicago"}
    ]
    environment["BOT_USERNAME"] = "oak_peer_bot"
    made = peerbot(
        environment,
        "invite",
        "--school",
        "OAKTECH",
        "--role",
        "mentor",
        "--count",
        "3",
        "--json",
        cwd=tmp_path,
    )
    assert made.returncode == 0, made.stderr
    invites = json.loads(made.stdout)
    assert len(invites) == 3 and len({i["code"] for i in invites}) == 3
    for invite in invites:
        assert invite["link"] == f"https://t.me/oak_peer_bot?start={invite['code']}"
    text = peerbot(
        environment, "invite", "--school", "OAKTECH", "--role", "counselor", cwd=tmp_path
    )
    assert "1 counselor invite(s) for Oak Tech" in text.stdout


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        (["school", "add", "--code", "OAK TECH", "--name", "x"], "2-16 letters"),
        (
            ["school", "add", "--code", "OAK", "--name", "x", "--timezone", "Nowhere"],
            "not an IANA time zone",
        ),
        (["invite", "--school", "NOPE", "--role", "mentor"], "no school with code 'NOPE'"),
        (["invite", "--school", "OAK", "--role", "mentor", "--count", "0"], "between 1 and"),
    ],
)
def test_bad_input_gets_a_clear_message(
    environment: dict[str, str], tmp_path: Path, arguments: list[str], complaint: str
) -> None:
    peerbot(environment, "school", "add", "--code", "OAK", "--name", "Oak", cwd=tmp_path)
    result = peerbot(environment, *arguments, cwd=tmp_path)
    assert result.returncode == 1
    assert complaint in result.stderr
    assert "Traceback" not in result.stderr


def test_duplicate_school_is_refused(environment: dict[str, str], tmp_path: Path) -> None:
    peerbot(environment, "school", "add", "--code", "OAK", "--name", "Oak", cwd=tmp_path)
    again = peerbot(environment, "school", "add", "--code", "oak", "--name", "Oak 2", cwd=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_a_wrong_setting_is_named(environment: dict[str, str], tmp_path: Path) -> None:
    environment["QUIET_HOURS"] = "late"
    result = peerbot(environment, "school", "list", cwd=tmp_path)
    assert result.returncode == 2
    assert "QUIET_HOURS: 'late' is not a window like 21:00-07:30" in result.stderr


def test_run_without_a_token_says_what_to_set(environment: dict[str, str], tmp_path: Path) -> None:
    result = peerbot(environment, "run", cwd=tmp_path)
    assert result.returncode == 1
    assert "TELEGRAM_BOT_TOKEN:" in result.stderr and "PSEUDONYM_SECRET:" in result.stderr
    assert "Traceback" not in result.stderr


def test_run_in_webhook_mode_needs_its_settings(
    environment: dict[str, str], tmp_path: Path
) -> None:
    environment.update(TELEGRAM_BOT_TOKEN="1:x", PSEUDONYM_SECRET="s")
    result = peerbot(environment, "run", "--webhook", cwd=tmp_path)
    assert result.returncode == 1
    assert "WEBHOOK_URL:" in result.stderr and "WEBHOOK_SECRET:" in result.stderr


def test_run_with_telegram_unreachable_is_explained(
    environment: dict[str, str], tmp_path: Path
) -> None:
    environment.update(
        TELEGRAM_BOT_TOKEN="1:x", PSEUDONYM_SECRET="s", TELEGRAM_BASE_URL="http://127.0.0.1:1/bot"
    )
    result = peerbot(environment, "run", cwd=tmp_path)
    assert result.returncode == 1
    assert "can't reach the Bot API at TELEGRAM_BASE_URL" in result.stderr
    assert "Traceback" not in result.stderr


async def test_run_with_a_refused_token_is_explained(
    environment: dict[str, str], tmp_path: Path, standin: BotApiStandIn
) -> None:
    environment.update(
        TELEGRAM_BOT_TOKEN="1:wrong", PSEUDONYM_SECRET="s", TELEGRAM_BASE_URL=standin.base_url
    )
    process = await asyncio.create_subprocess_exec(
        *PEERBOT,
        "run",
        env=environment,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 1
    assert b"Telegram refused the token" in stderr


async def test_peerbot_run_enrolls_a_mentor_and_a_student(
    environment: dict[str, str], tmp_path: Path, standin: BotApiStandIn
) -> None:
    """The whole path a deployment takes: CLI to set up, `peerbot run` to serve."""
    assert (
        peerbot(
            environment, "school", "add", "--code", "OAK", "--name", "Oak High", cwd=tmp_path
        ).returncode
        == 0
    )
    environment["BOT_USERNAME"] = standin.username
    made = peerbot(
        environment, "invite", "--school", "OAK", "--role", "mentor", "--json", cwd=tmp_path
    )
    [invite] = json.loads(made.stdout)
    environment.update(
        TELEGRAM_BOT_TOKEN=standin.token,
        PSEUDONYM_SECRET="s",
        TELEGRAM_BASE_URL=standin.base_url,
        LOG_LEVEL="DEBUG",
    )
    process = await asyncio.create_subprocess_exec(
        *PEERBOT,
        "run",
        env=environment,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        mentor = standin.user(811_234_567, "Mayaquintero")
        await mentor.send(f"/start {invite['code']}")
        await mentor.expect("joining as a peer mentor", timeout=30)
        await mentor.press("I understand")
        await mentor.expect("all set as a peer mentor at Oak High")
        student = standin.user(822_345_678, "Samokafor")
        secret_words = "my secret words"
        crisis_words = "i want to kill myself tonight zebrafinch"
        await student.send("/start OAK")
        await student.press("I understand")
        await student.expect("all set at Oak High")
        await student.send(secret_words)
        await student.expect("only passes messages on")
        await student.send(crisis_words)
        await student.expect("988")
    finally:
        process.terminate()
        output, _ = await asyncio.wait_for(process.communicate(), 30)
    log = output.decode()
    assert process.returncode == 0, log
    assert "DEBUG" in log  # the level was honoured for the bot's own loggers
    # Even at DEBUG, the log holds neither the token nor what people wrote, nor who they are
    # (the crisis text is stored, so the database drivers must not log their parameters).
    for private in (standin.token, secret_words, "zebrafinch", "Mayaquintero", "Samokafor"):
        assert private not in log
    assert "811234567" not in log and "822345678" not in log


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def test_peerbot_run_in_webhook_mode_trusts_only_telegram(
    environment: dict[str, str], tmp_path: Path, standin: BotApiStandIn
) -> None:
    assert (
        peerbot(
            environment, "school", "add", "--code", "OAK", "--name", "Oak High", cwd=tmp_path
        ).returncode
        == 0
    )
    port = _free_port()
    hook = f"http://127.0.0.1:{port}/telegram"
    environment.update(
        TELEGRAM_BOT_TOKEN=standin.token,
        PSEUDONYM_SECRET="s",
        TELEGRAM_BASE_URL=standin.base_url,
        WEBHOOK_URL=hook,
        WEBHOOK_SECRET="only-telegram-knows",
    )
    process = await asyncio.create_subprocess_exec(
        *PEERBOT,
        "run",
        "--webhook",
        "--port",
        str(port),
        env=environment,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        assert await standin.wait_for_webhook(timeout=30) == hook
        student = standin.user(31, "Sam")
        await student.send("/start OAK")
        await student.expect("Before we start", timeout=15)
        forged = {
            "update_id": 999,
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": 31, "type": "private"},
                "from": {"id": 31, "is_bot": False, "first_name": "Sam"},
                "text": "/help",
            },
        }
        async with httpx.AsyncClient() as client:
            unsigned = await client.post(hook, json=forged)
            wrong = await client.post(
                hook, json=forged, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}
            )
        assert unsigned.status_code == 403 and wrong.status_code == 403
        assert standin.webhook_statuses[-1] == 200
    finally:
        process.terminate()
        output, _ = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, output.decode()


def test_crisis_check_prints_one_json_object_per_line(
    environment: dict[str, str], tmp_path: Path
) -> None:
    lines = ["I want to die", "this homework is killing me", "me tomé 20 pastillas", ""]
    result = subprocess.run(
        [*PEERBOT, "crisis-check"],
        input="\n".join(lines) + "\n",
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["text"] for a in answers] == lines
    assert [(a["severity"], a["alert"]) for a in answers] == [
        ("urgent", True),
        ("none", False),
        ("imminent", True),
        ("none", False),
    ]
    assert answers[0]["category"] == "suicide" and answers[0]["matched"] == ["want to die"]
    assert answers[1]["category"] is None


def test_crisis_check_explain_adds_concepts_and_frames(
    environment: dict[str, str], tmp_path: Path
) -> None:
    lines = "i want to kill myself\nsee you at lunch tomorrow\n"
    plain = peerbot(environment, "crisis-check", cwd=tmp_path, stdin=lines)
    explained = peerbot(environment, "crisis-check", "--explain", cwd=tmp_path, stdin=lines)
    assert plain.returncode == 0, plain.stderr
    assert explained.returncode == 0, explained.stderr
    answers = [json.loads(line) for line in plain.stdout.splitlines()]
    # Without --explain the output is what it always was.
    assert [list(a) for a in answers] == [["text", "severity", "alert", "category", "matched"]] * 2
    detailed = [json.loads(line) for line in explained.stdout.splitlines()]
    assert [{k: v for k, v in d.items() if k != "explain"} for d in detailed] == answers
    alarming, calm = (d["explain"] for d in detailed)
    explained_keys = {"concepts", "frames", "second_reader"}
    assert set(alarming) == explained_keys and set(calm) == explained_keys
    assert detailed[0]["alert"] and alarming["concepts"] and alarming["frames"]
    assert all({"frame", "severity", "category", "because"} <= set(f) for f in alarming["frames"])
    assert calm["frames"] == []
    # The lexicon decided the alarming line; the calm one was put to the second reader too.
    assert alarming["second_reader"] is None
    assert 0 <= calm["second_reader"]["probability"] < calm["second_reader"]["alerts_from"]


def test_crisis_check_stops_quietly_when_the_reader_goes_away(
    environment: dict[str, str], tmp_path: Path
) -> None:
    """`peerbot crisis-check < FILE | head -1`: more output than a pipe holds, read one line."""
    messages = tmp_path / "messages.txt"
    messages.write_text("see you at lunch tomorrow\n" * 3000, encoding="utf-8")
    with (
        messages.open("rb") as stdin,
        subprocess.Popen(
            [*PEERBOT, "crisis-check"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
            cwd=tmp_path,
        ) as process,
    ):
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read().decode()
        process.wait(timeout=60)
    assert json.loads(first)["text"] == "see you at lunch tomorrow"
    assert process.returncode == 1
    assert stderr == ""


def test_crisis_eval_scores_a_labelled_file(environment: dict[str, str], tmp_path: Path) -> None:
    labelled = tmp_path / "labelled.tsv"
    labelled.write_text(
        "# label\tcategory\ttext\n"
        "urgent\tsuicide\ti want to kill myself\n"
        "urgent\tsuicide\tI want to die\n"
        "none\t-\tthis homework is killing me\n"
        "\n"
        "none\t-\tsee you at lunch tomorrow\n"
        "urgent\tsuicide\tsee you at practice\n",  # mislabelled on purpose: a miss
        encoding="utf-8",
    )
    result = peerbot(environment, "crisis-eval", str(labelled), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert out[0] == (
        "lines 5: recall  66.7% (2/3 urgent+imminent alerted), "
        "false alerts   0.0% (0/2 none+review)"
    )
    assert "expected \\ detected" in result.stdout
    assert "missed (should alert, did not): 1" in out
    assert "  [urgent suicide -> none] see you at practice" in out
    assert "false alerts (alerted, should not): 0" in out
    piped = peerbot(
        environment,
        "crisis-eval",
        "--no-misses",
        "-",
        cwd=tmp_path,
        stdin=labelled.read_text(encoding="utf-8"),
    )
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.splitlines()[0] == out[0]
    assert "missed" not in piped.stdout and "see you at practice" not in piped.stdout


def test_crisis_eval_refuses_a_bad_file_in_one_line(
    environment: dict[str, str], tmp_path: Path
) -> None:
    malformed = tmp_path / "malformed.tsv"
    malformed.write_text("urgent\tsuicide\ti want to die\nurgent\tno text here\n", "utf-8")
    result = peerbot(environment, "crisis-eval", str(malformed), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        f"peerbot: {malformed}:2: expected label<TAB>category<TAB>text "
        "with label one of none, review, urgent, imminent\n"
    )
    missing = peerbot(environment, "crisis-eval", str(tmp_path / "nope.tsv"), cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.startswith(f"peerbot: can't read {tmp_path / 'nope.tsv'}")
    assert len(missing.stderr.splitlines()) == 1 and "Traceback" not in missing.stderr


def test_report_in_every_format(environment: dict[str, str], tmp_path: Path) -> None:
    peerbot(environment, "school", "add", "--code", "OAK", "--name", "Oak", cwd=tmp_path)
    text = peerbot(environment, "report", cwd=tmp_path)
    assert text.returncode == 0, text.stderr
    assert "Students who accessed support" in text.stdout and "<11" in text.stdout
    as_json = json.loads(peerbot(environment, "report", "--format", "json", cwd=tmp_path).stdout)
    assert as_json["students_accessed_support"] is None
    assert as_json["schools"][0]["code"] == "OAK"
    csv_out = peerbot(
        environment,
        "report",
        "--format",
        "csv",
        "--school",
        "oak",
        "--since",
        "2026-01-01",
        "--until",
        "2026-12-31",
        cwd=tmp_path,
    )
    assert csv_out.stdout.startswith("scope,figure,value")
    written = peerbot(
        environment,
        "report",
        "--format",
        "html",
        "--out",
        str(tmp_path / "report.html"),
        cwd=tmp_path,
    )
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "report.html").read_text().startswith("<!DOCTYPE html>")
    by_name = peerbot(environment, "report", "--out", str(tmp_path / "r.json"), cwd=tmp_path)
    assert by_name.returncode == 0, by_name.stderr
    assert json.loads((tmp_path / "r.json").read_text())["schools"][0]["code"] == "OAK"
    nowhere = peerbot(
        environment, "report", "--out", str(tmp_path / "missing" / "r.html"), cwd=tmp_path
    )
    assert nowhere.returncode == 1 and "Traceback" not in nowhere.stderr
    assert "can't write" in nowhere.stderr and "folder exists" in nowhere.stderr
    backwards = peerbot(
        environment, "report", "--since", "2026-12-01", "--until", "2026-09-01", cwd=tmp_path
    )
    assert backwards.returncode == 1 and "is after --until" in backwards.stderr
    bad_date = peerbot(environment, "report", "--since", "last week", cwd=tmp_path)
    assert bad_date.returncode == 2 and "not a date like 2026-09-01" in bad_date.stderr
    unknown = peerbot(environment, "report", "--school", "NOPE", cwd=tmp_path)
    assert unknown.returncode == 1 and "no school with code 'NOPE'" in unknown.stderr
