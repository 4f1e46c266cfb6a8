"""The settings module: converters, messages, reading at call time, the docs page it generates,
and that no other module reads a ``TIMELINE_*`` variable of its own."""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from helpers import ROOT, SEEDS
from helpers import run_cli as run

from timeline import settings
from timeline.settings import SCHEMA, SettingError

GOOD = [
    (settings.text, "abc", "abc"),
    (settings.url, "https://events.example.org/", "https://events.example.org"),
    (settings.url, "http://127.0.0.1:8000/sub//", "http://127.0.0.1:8000/sub"),
    (settings.iso_date, "2024-02-29", date(2024, 2, 29)),
    (settings.iso_datetime, "2025-10-30T12:00:00+03:00", datetime(2025, 10, 30, 9, tzinfo=UTC)),
    (settings.iso_datetime, "2025-10-30T12:00:00", datetime(2025, 10, 30, 12, tzinfo=UTC)),
    (settings.whole_number, "0", 0),
    (settings.whole_number, "90", 90),
    (settings.fraction, "0.9", 0.9),
    (settings.fraction, "0", 0.0),
    (settings.fraction, "1", 1.0),
    (settings.byte_size, "5242880", 5 * 1024 * 1024),
    (settings.byte_size, "5MB", 5_000_000),
    (settings.byte_size, "2MiB", 2 * 1024 * 1024),
    (settings.byte_size, "500kB", 500_000),
    (settings.byte_size, "500 KB", 500_000),
    (settings.byte_size, "3KiB", 3 * 1024),
    (settings.byte_size, "1.5 GiB", 3 * 512 * 1024 * 1024),
    (settings.byte_size, "2gb", 2_000_000_000),
    (settings.byte_size, "12b", 12),
    (settings.seconds, "20", 20.0),
    (settings.seconds, "0.5", 0.5),
    (settings.seconds, "30s", 30.0),
    (settings.log_level, "debug", logging.DEBUG),
    (settings.log_level, "WARNING", logging.WARNING),
]

BAD = [
    (settings.url, "events.example.org"),
    (settings.url, "ftp://events.example.org"),
    (settings.url, "https://"),
    (settings.iso_date, "tomorrow"),
    (settings.iso_date, "2025-02-30"),
    (settings.iso_datetime, "noon"),
    (settings.whole_number, "-3"),
    (settings.whole_number, "7.5"),
    (settings.whole_number, "seven"),
    (settings.fraction, "high"),
    (settings.fraction, "1.5"),
    (settings.fraction, "-0.1"),
    (settings.fraction, "nan"),
    (settings.byte_size, "lots"),
    (settings.byte_size, "0"),
    (settings.byte_size, "0MB"),
    (settings.byte_size, "5 parsecs"),
    (settings.byte_size, "-5MB"),
    (settings.byte_size, "MB"),
    (settings.seconds, "0"),
    (settings.seconds, "soon"),
    (settings.seconds, "-1"),
    (settings.seconds, "5m"),
    (settings.log_level, "loud"),
    (settings.log_level, "10"),
]


@pytest.mark.parametrize(("convert", "raw", "expected"), GOOD)
def test_converters_accept(convert, raw, expected):
    assert convert(raw) == expected


@pytest.mark.parametrize(("convert", "raw"), BAD)
def test_converters_refuse(convert, raw):
    with pytest.raises(ValueError):
        convert(raw)


def test_every_converter_has_good_and_bad_values():
    converters = {s.convert for s in SCHEMA.values()} - {settings.text}
    assert converters <= {c for c, *_ in GOOD} and converters <= {c for c, _ in BAD}


@pytest.mark.parametrize("setting", SCHEMA.values(), ids=lambda s: s.name)
def test_declarations_are_consistent(setting):
    assert setting.name.startswith("TIMELINE_") and setting.help and setting.expected
    setting.convert(setting.example)  # the example the messages give is itself accepted
    if setting.default:
        setting.convert(setting.default)
    else:
        assert setting.fallback, "a setting with no default says what is used instead"


def test_a_bad_value_names_the_variable_the_value_what_is_expected_and_an_example(monkeypatch):
    monkeypatch.setenv("TIMELINE_MAX_BYTES", "lots")
    with pytest.raises(SettingError) as caught:
        settings.get("TIMELINE_MAX_BYTES")
    assert caught.value.message == (
        "TIMELINE_MAX_BYTES='lots' is not a size in bytes (a whole number, optionally with a "
        "unit: kB, MB, GB, KiB, MiB, GiB); for example TIMELINE_MAX_BYTES=5MB"
    )


def test_read_at_call_time_with_defaults_and_blanks_as_unset(monkeypatch):
    monkeypatch.delenv("TIMELINE_MAX_BYTES", raising=False)
    assert settings.get("TIMELINE_MAX_BYTES") == 5 * 1024 * 1024
    monkeypatch.setenv("TIMELINE_MAX_BYTES", " 1kB ")
    assert settings.get("TIMELINE_MAX_BYTES") == 1000
    monkeypatch.setenv("TIMELINE_MAX_BYTES", "  ")
    assert settings.get("TIMELINE_MAX_BYTES") == 5 * 1024 * 1024
    assert settings.get("TIMELINE_BASE_URL") is None


def test_check_reports_the_first_bad_setting(monkeypatch):
    settings.check()
    monkeypatch.setenv("TIMELINE_FETCH_TIMEOUT", "never")
    with pytest.raises(SettingError, match="TIMELINE_FETCH_TIMEOUT='never'"):
        settings.check()


def test_an_undeclared_name_is_a_programming_error():
    with pytest.raises(KeyError):
        settings.get("TIMELINE_NOPE")


def test_the_store_default_is_the_declared_one():
    from timeline.store import DEFAULT_PATH

    assert SCHEMA["TIMELINE_DB"].default == DEFAULT_PATH


# -- the docs page ------------------------------------------------------------------------------

DOCS = ROOT / "docs" / "settings.md"
ROW = re.compile(r"^\| `(TIMELINE_[A-Z_]+)` \| ([^|]*) \|", re.MULTILINE)


def test_docs_list_exactly_the_settings_the_module_knows():
    rows = dict(ROW.findall(DOCS.read_text(encoding="utf-8")))
    assert list(rows) == list(SCHEMA)
    assert {name: default.strip() for name, default in rows.items()} == {
        name: settings.shown_default(s) for name, s in SCHEMA.items()
    }


def test_docs_page_is_the_generated_one():
    assert DOCS.read_text(encoding="utf-8") == settings.markdown(), (
        "regenerate: python -m timeline.settings > docs/settings.md"
    )


# -- nothing else reads the environment's settings ----------------------------------------------

NAME = re.compile(r"\bTIMELINE_[A-Z][A-Z_]*[A-Z]\b")


def _sources() -> list[Path]:
    return sorted(
        p for folder in ("timeline", "web", "bench") for p in (ROOT / folder).rglob("*.py")
    )


def test_every_variable_the_code_names_is_declared():
    named = {m for path in _sources() for m in NAME.findall(path.read_text(encoding="utf-8"))}
    assert named and named <= set(SCHEMA), sorted(named - set(SCHEMA))


READING = re.compile(
    r"""os\.environ\[\s*["']TIMELINE_\w+["']\s*\](?!\s*=[^=])"""  # a read, not an assignment
    r"""|(os\.environ\.get|os\.getenv)\(\s*["']TIMELINE_"""
)


@pytest.mark.parametrize(
    ("line", "reads"),
    [
        ('x = os.environ["TIMELINE_TODAY"]', True),
        ("os.environ.get('TIMELINE_DB', 'a.db')", True),
        ('os.getenv("TIMELINE_TOKEN")', True),
        ('os.environ["TIMELINE_TODAY"] == "x"', True),
        ('os.environ["TIMELINE_TODAY"] = TODAY', False),
        ('os.environ.setdefault("TIMELINE_NOW", "2025-10-30T12:00:00")', False),
    ],
)
def test_the_scan_tells_reads_from_assignments(line, reads):
    assert bool(READING.search(line)) is reads


def test_only_the_settings_module_reads_timeline_variables():
    readers = [
        path.relative_to(ROOT).as_posix()
        for path in _sources()
        if READING.search(path.read_text(encoding="utf-8"))
    ]
    assert readers == []


# -- the command line and the server ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TIMELINE_MAX_BYTES", "lots"),
        ("TIMELINE_FETCH_TIMEOUT", "soon"),
        ("TIMELINE_FEED_PAST_DAYS", "a week"),
        ("TIMELINE_BASE_URL", "example.org"),
        ("TIMELINE_LOG_LEVEL", "loud"),
        ("TIMELINE_NOW", "noon"),
    ],
)
def test_cli_reports_a_bad_setting_without_a_traceback(capsys, monkeypatch, tmp_path, name, value):
    monkeypatch.setenv(name, value)
    code, out, err = run(capsys, "--db", str(tmp_path / "t.db"), "list")
    assert code == 1 and out == ""
    assert err.startswith(f"Error: {name}={value!r} is not ") and "for example" in err
    assert "Traceback" not in err


def test_cli_accepts_a_size_with_a_unit(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_MAX_BYTES", "5MB")
    code, out, _ = run(capsys, "--db", str(tmp_path / "t.db"), "ingest", str(SEEDS))
    assert code == 0 and "2 added" in out
    monkeypatch.setenv("TIMELINE_MAX_BYTES", "10B")
    code, out, err = run(capsys, "--db", str(tmp_path / "u.db"), "ingest", str(SEEDS))
    assert code == 1 and "too large" in err and "the limit is 10," in err


def test_server_start_reports_a_bad_setting(monkeypatch, tmp_path):
    from web import create_app

    monkeypatch.setenv("TIMELINE_UPLOAD_MAX_BYTES", "2 megs")
    with pytest.raises(SettingError, match="TIMELINE_UPLOAD_MAX_BYTES='2 megs'"):
        create_app({"DATABASE": str(tmp_path / "t.db"), "TESTING": True})


def test_server_limit_reads_units(monkeypatch, tmp_path):
    from web import create_app

    monkeypatch.setenv("TIMELINE_MAX_BYTES", "3MiB")
    app = create_app({"DATABASE": str(tmp_path / "t.db"), "TESTING": True})
    assert app.config["MAX_CONTENT_LENGTH"] == 3 * 1024 * 1024
