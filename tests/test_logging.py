"""Logging: ingest, watch and serve log to children of the ``timeline`` logger; the command line
shows them on stderr at ``-v``/``-vv`` or ``TIMELINE_LOG_LEVEL``."""

from __future__ import annotations

import logging

import pytest
from helpers import SEEDS
from helpers import run_cli as run

from timeline import log


@pytest.fixture(autouse=True)
def restore_logger():
    logger = logging.getLogger(log.LOGGER)
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


def test_ingest_logs_each_article_to_a_child_logger(caplog, store, seed_paths):
    from timeline.ingest import ingest_paths

    caplog.set_level(logging.INFO, logger="timeline")
    ingest_paths(store, seed_paths)
    records = [r for r in caplog.records if r.name == "timeline.ingest"]
    assert [r.getMessage().split()[0] for r in records] == ["added", "added"]
    assert all(r.levelno == logging.INFO for r in records)


def test_refusals_are_logged(caplog, store, tmp_path):
    from timeline.ingest import ingest_paths

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    caplog.set_level(logging.INFO, logger="timeline.ingest")
    ingest_paths(store, [str(bad)])
    assert any("refused" in r.getMessage() and "bad.txt" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("verbosity", "env", "expected"),
    [
        (0, None, logging.WARNING),
        (0, "error", logging.ERROR),
        (0, "DEBUG", logging.DEBUG),
        (1, "ERROR", logging.INFO),
        (2, None, logging.DEBUG),
        (3, None, logging.DEBUG),
    ],
)
def test_level_from_flags_else_setting(monkeypatch, verbosity, env, expected):
    if env:
        monkeypatch.setenv("TIMELINE_LOG_LEVEL", env)
    assert log.level(verbosity) == expected


def test_configure_adds_one_handler(monkeypatch):
    log.configure()
    log.configure(1)
    logger = logging.getLogger("timeline")
    assert logger.level == logging.INFO
    assert sum(isinstance(h, log._StderrHandler) for h in logger.handlers) == 1


@pytest.mark.parametrize(
    ("args", "env", "shown"),
    [
        (["-v"], None, True),
        ([], "INFO", True),
        ([], None, False),
    ],
)
def test_cli_shows_the_log_on_stderr(capsys, monkeypatch, tmp_path, args, env, shown):
    if env:
        monkeypatch.setenv("TIMELINE_LOG_LEVEL", env)
    code, out, err = run(capsys, *args, "--db", str(tmp_path / "t.db"), "ingest", str(SEEDS))
    assert code == 0 and "2 added" in out
    assert ("timeline: INFO timeline.ingest: added" in err) is shown


def test_watch_logs_its_start_each_settled_file_and_its_stop(caplog, store, tmp_path):
    import threading
    import time

    from ingestkit import article

    from timeline.watch import watch_folder

    (tmp_path / "one.txt").write_text(article(1), encoding="utf-8")
    caplog.set_level(logging.DEBUG, logger="timeline")
    stop, lines = threading.Event(), []
    thread = threading.Thread(
        target=watch_folder,
        args=(store, str(tmp_path)),
        kwargs={"settle": 0.1, "poll": 0.05, "stop": stop, "log": lines.append},
    )
    thread.start()
    deadline = time.monotonic() + 30
    while not lines and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    thread.join(timeout=30)
    assert lines and not thread.is_alive()
    messages = [r.getMessage() for r in caplog.records if r.name == "timeline.watch"]
    assert messages[0].startswith(f"watching {tmp_path}")
    assert any(m.endswith("one.txt settled") for m in messages)
    assert messages[-1].startswith(f"stopped watching {tmp_path}: 1 added")
