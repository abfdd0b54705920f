# The project's front door. Every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
LOCK := requirements.lock
CODE := bot escalation tests scripts benchmarks

.PHONY: install lock run demo test lint bench clean

# Exactly the versions in requirements.lock, each checked against its hash, then the project
# itself without resolving anything more: a fresh clone installs what was tested.
$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

# Resolves requirements.lock again from pyproject.toml's ranges, to the newest versions they
# allow (pip-tools, in a venv of its own). Then run `make test` and commit the lock.
lock:
	$(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/python -m pip install --quiet pip-tools
	$(VENV)-lock/bin/pip-compile --quiet --upgrade --generate-hashes --allow-unsafe \
		--all-build-deps --no-emit-index-url --no-emit-find-links --extra dev --strip-extras \
		--output-file $(LOCK) pyproject.toml

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
	rm -rf $(VENV) $(VENV)-lock .pytest_cache .mypy_cache .ruff_cache *.egg-info
