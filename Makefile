# Timeline — the two set-up commands:
#   make run    create .venv, install, ingest seeds/ into the store, serve http://127.0.0.1:8000
#   make test   install with the test extras and run the whole suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
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
	$(PIP) install .

install-test: $(BIN)/python
	$(PIP) install ".[test]"

serve: install
	$(BIN)/timeline serve --host $(HOST) --port $(PORT)

ingest: install
	$(BIN)/timeline ingest seeds

bench: $(BIN)/python
	$(PIP) install ".[bench]"
	$(BIN)/python bench/tagger.py

lint: $(BIN)/python
	$(PIP) install ruff
	$(BIN)/ruff check timeline web tests bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache test-artifacts
