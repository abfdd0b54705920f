"""`peerbot demo` plays its scripted day with no token and no network."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def test_the_demo_plays_a_school_day_and_ends_with_the_report(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "demo"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for seen in (
        "Maya (peer mentor) sees:",
        "A student would like to talk",
        "Student ",  # the mentor sees a nickname
        "Your mentor:",
        "URGENT · alert #1",
        "Me alegra mucho que me lo hayas contado",
        "You're taking this",
        "Checking in from the peer support team",
        "Students who accessed support",
    ):
        assert seen in out, seen
    # What the mentor sees never names the students.
    mentor_sees = [b for b in out.split("  → ") if b.startswith("Maya (peer mentor) sees")]
    assert mentor_sees
    assert not any("Sam" in block.split("\n\n", 1)[0] for block in mentor_sees)
    report = out.split("The coordinator's report", 1)[1]
    students_line = next(line for line in report.splitlines() if line.startswith("Students"))
    assert students_line.split()[-2:] == ["13", "13"]
    assert "Traceback" not in result.stderr
    assert " INFO " not in result.stdout + result.stderr  # no library chatter
    # It ends with the report as a web page and a command that reads the demo's own database.
    page = next(line for line in out.splitlines() if line.startswith("The same report as a web"))
    assert Path(page.split(": ", 1)[1]).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    command = out.rstrip().splitlines()[-1].split()
    assert command[0].startswith("DATABASE_URL=") and command[1] == ".venv/bin/peerbot"
    asked = subprocess.run(
        [sys.executable, "-m", "bot.cli", *command[2:]],
        env={**env, "DATABASE_URL": command[0].split("=", 1)[1]},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["students_accessed_support"] == 13
