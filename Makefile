# Timeline — the two set-up commands:
#   make run    create .venv, install, ingest seeds/ into the store, serve http://127.0.0.1:8000
#   make test   install with the test extras and run the whole suite
#   make check  what CI runs: make lint (ruff check, ruff format --check), make typecheck (mypy,
#               the modules listed in pyproject's [tool.mypy]) and make test
#   make bench  run every benchmark by hand (BENCH_SIZES=1000,10000,100000; see bench/README.md)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
export TIMELINE_DB ?= timeline.db
# Archive and store sizes of the ingest, feed and page benches (the HTTP bench uses 1,000 events).
BENCH_SIZES ?= 1000,10000

.PHONY: run test check install install-test install-bench serve ingest bench bench-tagger bench-extract bench-ingest \
	bench-feed bench-page bench-http lint typecheck docs-settings clean

LINTED := timeline web tests bench

run: install
	$(BIN)/timeline ingest seeds
	$(BIN)/timeline serve --host $(HOST) --port $(PORT)

test: install-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

check: lint typecheck test

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

# Benchmarks are run by hand, never by `make test`; results go to bench/results/*.json.
bench: bench-tagger bench-extract bench-ingest bench-feed bench-page bench-http

install-bench: $(BIN)/python
	$(PIP) install ".[bench]"

bench-tagger: install-bench
	$(BIN)/python bench/tagger.py

bench-extract: install-bench
	$(BIN)/python bench/extract.py

bench-ingest: install-bench
	$(BIN)/python bench/ingest.py --sizes $(BENCH_SIZES)

bench-feed: install-bench
	$(BIN)/python bench/feed.py --sizes $(BENCH_SIZES)

bench-page: install-bench
	$(BIN)/python bench/page.py --sizes $(BENCH_SIZES)

# Needs Debian's wrk and nginx (apt-get install wrk nginx).
bench-http: install-bench
	$(BIN)/python bench/http_load.py

lint: install-test
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

typecheck: install-test
	$(BIN)/mypy

# docs/settings.md is generated from timeline/settings.py (tests/test_settings.py checks it).
docs-settings: install
	$(BIN)/python -m timeline.settings > docs/settings.md

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache test-artifacts
