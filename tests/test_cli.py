"""The ``timeline`` command: exit codes, messages and the JSON contract of ``extract``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli as run
from icalendar import Calendar


def test_ingest_list_export(capsys, tmp_path, seed_paths):
    db = str(tmp_path / "t.db")
    code, out, _ = run(capsys, "--db", db, "ingest", "seeds")
    assert code == 0 and "2 added" in out and "5 events" in out
    code, out, _ = run(capsys, "--db", db, "ingest", *seed_paths)
    assert "2 unchanged" in out
    code, out, _ = run(capsys, "--db", db, "list")
    assert len(out.strip().splitlines()) == 5
    code, out, _ = run(capsys, "--db", db, "export", "--format", "json")
    assert len(json.loads(out)["events"]) == 5
    code, out, _ = run(capsys, "--db", db, "export", "--format", "ics")
    assert code == 0
    assert len(list(Calendar.from_ical(out.encode()).walk("VEVENT"))) == 4


def test_db_from_environment(capsys, tmp_path, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("TIMELINE_DB", str(db))
    code, out, _ = run(capsys, "ingest", "seeds")
    assert code == 0 and db.exists() and str(db) in out


def test_ingest_names_each_refused_file(capsys, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "date 2025-01-10\n\nBaşlık\nZirve 3 Şubat'ta yapılacak.", encoding="utf-8"
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "nodate.txt").write_text("Tarihsiz metin", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    code, out, err = run(
        capsys, "--db", str(tmp_path / "t.db"), "ingest", str(folder), str(tmp_path / "missing.txt")
    )
    assert code == 0
    assert "1 added" in out and "4 refused" in out
    for name, reason in (
        ("empty.txt", "empty"),
        ("nodate.txt", "no publication date"),
        ("image.txt", "PNG"),
        ("missing.txt", "no such file"),
    ):
        assert any(name in line and reason in line for line in err.splitlines()), (name, err)
    assert "Traceback" not in err


def test_ingest_only_bad_files_fails(capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    code, _, err = run(capsys, "--db", str(tmp_path / "t.db"), "ingest", str(bad))
    assert code == 1 and "empty" in err


def test_extract_contract(capsys, seed_paths, tmp_path):
    db = tmp_path / "untouched.db"
    code, out, _ = run(capsys, "--db", str(db), "extract", *seed_paths)
    assert code == 0 and not db.exists()
    data = json.loads(out)
    assert [d["source"] for d in data["documents"]] == seed_paths
    doc = data["documents"][0]
    assert set(doc) == {"source", "title", "published", "timexes", "events"}
    assert doc["published"] == "2025-10-09T20:22+03:00"
    text = Path(seed_paths[0]).read_text(encoding="utf-8")
    for t in doc["timexes"]:
        assert {"text", "start", "end", "type", "value"} <= set(t)
        assert text[t["start"] : t["end"]] == t["text"]
    for e in doc["events"]:
        assert {
            "date",
            "end",
            "time",
            "granularity",
            "title",
            "type",
            "location",
            "participants",
            "status",
            "calendar",
            "quote",
        } <= set(e)
    merged = data["events"]
    assert len(merged) == 5
    visit = next(e for e in merged if e["type"] == "visit")
    assert len(visit["sources"]) == 2 and visit["uid"].startswith(visit["id"])


def test_extract_published_override(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Başlık\nZirve yarın Bakü'de yapılacak.", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(article), "--published", "2025-03-04T10:00")
    assert code == 0
    doc = json.loads(out)["documents"][0]
    assert doc["published"].startswith("2025-03-04T10:00")
    code, _, err = run(capsys, "extract", str(article), "--published", "someday")
    assert code == 2 and "someday" in err


@pytest.mark.parametrize(
    "sentence, warned",
    [
        ("Yarış 14 Nisan 2024 Cumartesi günü yapılacak.", True),
        ("Yarış 14 Nisan 2024 Pazar günü yapılacak.", False),
        ("Kurs 8 Nisan 2024 Salı gününden 12 Nisan 2024 Cuma gününe kadar sürecek.", True),
    ],
)
def test_extract_warns_of_a_weekday_that_contradicts_its_date(capsys, tmp_path, sentence, warned):
    article = tmp_path / "a.txt"
    article.write_text(f"Başlık\n{sentence}", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(article), "--published", "2024-04-02")
    assert code == 0 and json.loads(out)["documents"]
    assert ("weekday written" in err) is warned, err
    if warned:
        assert "a.txt" in err and "2024-04-" in err


def test_extract_reports_refused_and_prints_the_others(capsys, tmp_path, seed_paths):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    code, out, err = run(capsys, "extract", str(bad), seed_paths[0])
    assert code == 0
    assert len(json.loads(out)["documents"]) == 1
    assert "bad.txt" in err and "binary" in err


def test_bad_today_is_reported(capsys, monkeypatch):
    monkeypatch.setenv("TIMELINE_TODAY", "tomorrow")
    code, _, err = run(capsys, "list")
    assert code == 1 and "TIMELINE_TODAY" in err


def test_export_filter_usage(capsys, tmp_path):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "ingest", "seeds")
    code, out, _ = run(capsys, "--db", db, "export", "--format", "json", "--filter", "who=lavrov")
    assert code == 0 and len(json.loads(out)["events"]) == 1
    code, _, err = run(capsys, "--db", db, "export", "--filter", "nonsense")
    assert code == 2 and "NAME=VALUE" in err


def test_event_corrections(capsys, tmp_path):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "ingest", "seeds")
    _, out, _ = run(capsys, "--db", db, "list")
    first_id = out.split()[0]
    code, _, _ = run(capsys, "--db", db, "event", "edit", first_id, "--title", "Düzeltildi")
    assert code == 0
    _, out, _ = run(capsys, "--db", db, "list")
    assert "Düzeltildi" in out
    code, _, err = run(capsys, "--db", db, "event", "edit", first_id, "--date", "2025-02-30")
    assert code == 2 and "not a real date" in err
    code, _, err = run(capsys, "--db", db, "event", "hide", "nope")
    assert code == 1 and "does not exist" in err


@pytest.mark.parametrize("args", [["--help"], ["ingest", "--help"], ["event", "--help"]])
def test_help(capsys, args):
    code, out, _ = run(capsys, *args)
    assert code == 0 and "Usage:" in out


def test_eval_runs_on_the_dev_corpus(capsys):
    from helpers import SHARED, require

    gold = SHARED / "corpus" / "dev" / "gold.json"
    require(gold.exists(), "shared/corpus/dev", "run from a checkout beside shared/")
    code, out, _ = run(capsys, "eval", str(gold), "--json")
    assert code == 0
    report = json.loads(out)
    documents = json.loads(gold.read_text(encoding="utf-8"))["documents"]
    assert report["documents_scored"] == len(documents)
    assert report["timexes"]["gold"] == sum(len(d["timexes"]) for d in documents)
    assert report["events"]["gold"] == sum(
        1 for d in documents for e in d["events"] if e.get("calendar")
    )
    assert 0 <= report["timexes"]["f1"] <= 1
