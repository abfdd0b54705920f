"""requirements.lock, which `make install` installs from, keeps up with pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s\\;]+)")


def locked() -> dict[str, tuple[Version, int]]:
    """Each pinned package's version and how many hashes it carries."""
    pins: dict[str, tuple[Version, int]] = {}
    current: str | None = None
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        found = PIN.match(line)
        if found:
            current = canonicalize_name(found.group(1))
            pins[current] = (Version(found.group(2)), 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
        elif not line.startswith(" "):
            current = None
    return pins


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [
        Requirement(text)
        for text in project["dependencies"] + project["optional-dependencies"]["dev"]
    ]


def test_every_declared_dependency_is_pinned_within_its_range_with_hashes() -> None:
    pins = locked()
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is in pyproject.toml but not in requirements.lock: make lock"
        version, hashes = pins[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{name}=={version} in requirements.lock is outside {requirement.specifier}: make lock"
        )
        assert hashes > 0, f"{name} has no hash in requirements.lock"


def test_every_declared_dependency_has_an_upper_bound() -> None:
    # A new major release (or a new ruff or mypy) must not change what a fresh clone runs.
    unbounded = [
        r.name
        for r in declared()
        if not any(spec.operator in {"<", "<=", "=="} for spec in r.specifier)
        and canonicalize_name(r.name) != "tzdata"  # time zone data: the newest is the right one
    ]
    assert unbounded == []


def test_the_lock_names_no_machine_specific_index() -> None:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    assert "--index-url" not in text and "--find-links" not in text and "file://" not in text
