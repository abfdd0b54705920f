# The project's front door. Every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CODE := bot escalation tests scripts benchmarks

.PHONY: install run demo test lint bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/peerbot run

demo: install
	$(BIN)/peerbot demo

lint: install
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

# Speed targets live here, not in timed unit tests.
bench: install
	PYTHONPATH=. $(BIN)/python benchmarks/relay.py
	PYTHONPATH=. $(BIN)/python benchmarks/relay_cpu.py
	PYTHONPATH=. $(BIN)/python benchmarks/crisis.py
	PYTHONPATH=. $(BIN)/python benchmarks/detector.py
	PYTHONPATH=. $(BIN)/python benchmarks/checkins.py
	PYTHONPATH=. $(BIN)/python benchmarks/report.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
