# Two commands for a fresh machine (see README): `make lab` and `make test`.
# Each sets everything up itself and is quick when nothing changed (stamp files under .venv/).

PYTHON      ?= python3
VENV        ?= .venv
LESSON_LANG ?= en
PORT        ?=
BIN         := $(VENV)/bin
STAMP_RUN   := $(VENV)/.relkit-installed
STAMP_TEST  := $(VENV)/.relkit-test-installed

.PHONY: lab test lint benchmarks doctor clean

lab: $(STAMP_RUN)
	$(BIN)/relkit lab --lang $(LESSON_LANG) $(if $(PORT),--port $(PORT)) $(if $(NO_BROWSER),--no-browser)

test: $(STAMP_TEST)
	$(BIN)/ruff check conftest.py relkit tests benchmarks tools lessons
	$(BIN)/python -m pytest

lint: $(STAMP_TEST)
	$(BIN)/ruff check conftest.py relkit tests benchmarks tools lessons
	$(BIN)/ruff format --check conftest.py relkit tests benchmarks tools lessons

benchmarks: $(STAMP_TEST)
	@for script in benchmarks/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

doctor: $(STAMP_RUN)
	$(BIN)/relkit doctor

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
	  echo "relkit needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)."; \
	  echo "Install Python 3.11+ and run: make $(MAKECMDGOALS) PYTHON=python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the dependency list changes; the install is editable, so code edits need none.
$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@ $(STAMP_RUN)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build *.egg-info artifacts
