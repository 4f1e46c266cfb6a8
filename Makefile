# Timeline: `make run` (install, ingest seeds/, serve on :8000) and `make test` (the whole suite).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
export TIMELINE_DB ?= timeline.db

.PHONY: run test install install-test serve ingest bench lint clean

run: install
	$(BIN)/timeline ingest seeds
	$(BIN)/timeline serve --host $(HOST) --port $(PORT)

test: install-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check ".[test]"

bench: $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check ".[bench]"
	$(BIN)/python bench/tagger.py

lint: $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check ruff
	$(BIN)/ruff check timeline web tests bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache test-artifacts
