"""The benchmarks run (on tiny corpora): the generator, ingest, feed, page and HTTP benches.

The numbers themselves are measured by hand (see bench/README.md); these tests only check that
each bench runs end to end and reports what it measured. The HTTP bench needs ``wrk`` and
``nginx`` (Debian packages; ``.ci/run`` installs them).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, require

BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))


def run_bench(script: str, *args: str, tmp_path: Path) -> dict:
    """Run ``bench/SCRIPT ARGS… --json FILE`` as a process; its results file, read."""
    out = tmp_path / f"{Path(script).stem}.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH / script), *args, "--json", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    assert f"results: {out}" in proc.stdout
    return json.loads(out.read_text(encoding="utf-8"))


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def articles_in(folder: Path) -> int:
    from ingest import count_articles

    return sum(count_articles(p) for p in sorted(folder.iterdir()))


def test_generator_is_deterministic_for_a_seed(tmp_path):
    from generate import write

    counts = write(tmp_path / "a", 90, seed=3, dir_size=40)
    write(tmp_path / "b", 90, seed=3, dir_size=40)
    write(tmp_path / "c", 90, seed=4, dir_size=40)
    a, b, c = tree(tmp_path / "a"), tree(tmp_path / "b"), tree(tmp_path / "c")
    assert a == b
    assert a != c
    assert articles_in(tmp_path / "a") == 90
    assert sorted({Path(name).parent.name for name in a}) == ["0000", "0001", "0002"]
    suffixes = {Path(name).suffix for name in a}
    assert suffixes == {".txt", ".json", ".jsonl", ".html"}
    assert counts["txt"] + counts["json"] + counts["jsonl"] + counts["html"] == 90


def test_generator_spreads_publication_days_with_the_count(tmp_path):
    from generate import ARTICLES_PER_DAY, Generator

    for count in (30, 300):
        days = {a.published.date() for a in Generator(count, seed=1).articles()}
        assert len(days) == count // ARTICLES_PER_DAY


def test_generated_articles_state_events_and_repeat_happenings(tmp_path, store):
    from generate import write

    from timeline.pipeline import analyse_file

    write(tmp_path / "archive", 60, seed=5)
    analyses = [
        a for p in sorted((tmp_path / "archive").rglob("*.*")) for a in analyse_file(str(p))
    ]
    assert len(analyses) == 60
    with_events = [a for a in analyses if a.events]
    assert len(with_events) >= 0.9 * len(analyses)
    styles = "\n".join(a.document.text for a in analyses)
    for style in ("Yayın Tarihi:", "yarın", " yıl önce", "geçen hafta", " günü", "saat "):
        assert style in styles, style
    store.add_analyses(analyses)
    assert any(len({s.document for s in item.sources}) > 1 for item in store.events())


def test_ingest_bench_runs_on_a_tiny_archive(tmp_path):
    result = run_bench(
        "ingest.py", "--sizes", "20", "--chunks", "2", "--jobs", "1", tmp_path=tmp_path
    )
    (run,) = result["runs"]
    assert run["articles"] == 20
    assert run["documents"] == 20
    assert run["events"] > 0
    assert [c["stored_before"] for c in run["chunks"]] == [0, 10]
    assert all(c["peak_rss_mb"] > 0 and c["ms_per_article"] > 0 for c in run["chunks"])
    assert run["store_mb"] > 0 and run["articles_per_s"] > 0


def test_reports_bench_times_every_report_of_one_happening(tmp_path):
    result = run_bench(
        "reports.py", "--count", "6", "--every", "3", "--at", "1,5,99", tmp_path=tmp_path
    )
    assert [w["reports"] for w in result["windows"]] == ["1–3", "4–6"]
    assert all(w["ms_per_report"] > 0 for w in result["windows"])
    assert result["windows"][-1]["events"] == 1  # every article reports the one summit
    assert [p["report"] for p in result["at"]] == [1, 5]  # the 99th was not reached
    assert all(p["cpu_ms"] > 0 for p in result["at"])


def test_feed_bench_runs_on_a_tiny_store(tmp_path):
    result = run_bench("feed.py", "--sizes", "50", "--requests", "2", tmp_path=tmp_path)
    (row,) = result["results"]
    assert row["events_stored"] == 50
    assert row["filtered_vevents"] > 0
    for key in (
        "whole_first_ms",
        "whole_cached_ms",
        "not_modified_ms",
        "filtered_first_ms",
        "filtered_cached_ms",
        "whole_rerender_ms",
    ):
        assert row[key] > 0, key


def test_page_bench_runs_on_a_tiny_store(tmp_path):
    result = run_bench("page.py", "--sizes", "50", "--runs", "1", tmp_path=tmp_path)
    (row,) = result["results"]
    assert row["events"] > 0
    statuses = {r["url"]: r["status"] for r in row["requests"]}
    assert statuses["/"] == 200 and statuses["/api/events"] == 200
    assert all(r["render_ms"] > 0 for r in row["requests"])


def test_http_bench_runs_against_waitress_and_nginx(tmp_path):
    require(shutil.which("wrk") is not None, "wrk", "apt-get install wrk")
    require(
        shutil.which("nginx") is not None or Path("/usr/sbin/nginx").exists(),
        "nginx",
        "apt-get install nginx",
    )
    result = run_bench(
        "http_load.py", "--events", "50", "--duration", "1", "--connections", "4", tmp_path=tmp_path
    )
    assert result["nginx"]["feed_gzip"]["rps"] > 0
    assert result["nginx"]["feed_304"]["statuses"].keys() == {"304"}
    runs = {r["scenario"]: r for r in result["runs"]}
    assert set(runs) == {"feed_gzip", "feed_304", "feed_filtered", "page", "api_events"}
    for name, r in runs.items():
        assert r["rps"] > 0 and r["p99_ms"] >= r["p50_ms"] > 0, name
        assert set(r["statuses"]) == {str(r["expected"])}, name
    assert runs["feed_304"]["expected"] == 304
    assert 0 < runs["feed_gzip"]["ratio_to_nginx"]


@pytest.mark.parametrize("text,expected", [("1000,10k", [1000, 10000]), ("100k", [100000])])
def test_sizes_are_read_with_thousands(text, expected):
    from common import sizes

    assert sizes(text) == expected


AUDIT_ARTICLES = {
    "a1.txt": "date 2025-10-01\n\nZirve yarın\n\nDışişleri bakanları 14 Ekim'de Ankara'da "
    "bir araya gelecek. Forum 20 Ekim'de İzmir'de düzenlenecek.\n",
    "a2.txt": "date 2025-10-02\n\nSeçim takvimi\n\nSeçim 30 Kasım'da yapılacak. Festival "
    "7 Kasım'da Bursa'da başlayacak.\n",
}


def write_audit_corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in AUDIT_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run_audit(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(BENCH / "audit.py"), "--no-raw", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def table_rows(path: Path) -> list[str]:
    """The event rows of an audit table, without their running number."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        line.split(" | ", 1)[1] for line in lines if line.startswith("| ") and "---" not in line
    ][1:]


def test_audit_samples_reproducibly_from_every_event(tmp_path):
    corpus = write_audit_corpus(tmp_path / "corpus")
    for name, sample in (("all.md", "50"), ("a.md", "2"), ("b.md", "2")):
        proc = run_audit(
            str(corpus), "--sample", sample, "--seed", "4", "--out", str(tmp_path / name)
        )
        assert proc.returncode == 0, proc.stderr
    every = table_rows(tmp_path / "all.md")
    picked = table_rows(tmp_path / "a.md")
    assert len(every) >= 3  # the four sentences state events (a few may merge)
    assert f"of {len(every)} events from 2 articles" in (tmp_path / "all.md").read_text("utf-8")
    assert picked == table_rows(tmp_path / "b.md")
    assert len(picked) == 2 and set(picked) <= set(every)
    assert any(row.endswith("| a2 |") for row in every)
    assert "| title | date | status | calendar | place |" in (tmp_path / "a.md").read_text("utf-8")


def test_audit_refuses_an_output_inside_the_repository(tmp_path):
    corpus = write_audit_corpus(tmp_path / "corpus")
    proc = run_audit(str(corpus), "--out", str(ROOT / "audit.md"))
    assert proc.returncode == 2
    assert "inside the repository" in proc.stderr
    assert not (ROOT / "audit.md").exists()


def test_dates_sample_marks_whole_articles_reproducibly(tmp_path):
    corpus = write_audit_corpus(tmp_path / "corpus")
    outputs = []
    for name in ("a.md", "b.md"):
        proc = subprocess.run(
            [sys.executable, str(BENCH / "dates_sample.py"), str(corpus), "--articles", "1"]
            + ["--seed", "3", "--out", str(tmp_path / name)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
        assert "1 articles" in proc.stdout
        outputs.append((tmp_path / name).read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith("## ")
    assert "[[" in outputs[0] and "|DATE" in outputs[0]


def test_extract_bench_runs_on_a_tiny_corpus(tmp_path):
    import importlib.util

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, (city, month) in enumerate([("Ankara", "Kasım"), ("İzmir", "Mart"), ("Bursa", "Mayıs")]):
        (corpus / f"a{i}.txt").write_text(
            f"date 2025-10-{10 + i}\n\nZirve {city}'da yapılacak\n"
            f"Bakan Yılmaz, zirvenin {12 + i} {month}'da {city}'da yapılacağını açıkladı. "
            "Uzmanlar belirsizliğin sürdüğünü belirtti.\n",
            encoding="utf-8",
        )
    result = run_bench("extract.py", "--corpus", str(corpus), "--variants", "2", tmp_path=tmp_path)
    assert result["articles"] == 6  # three articles, each also with another date
    assert result["ours"]["events"] >= 3 and result["ours"]["timexes"] >= 6
    assert result["articles_per_s"] > 0 and result["mb_per_s"] > 0
    assert 0 < result["event_share"] < 1
    assert result["grammar_compile_s"] > 0
    if importlib.util.find_spec("dateparser") is not None:
        assert result["ratio"] > 0 and result["dateparser"]["dates"] > 0
    else:
        assert result["ratio"] is None


def test_large_bench_runs_on_a_tiny_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, city in enumerate(["Ankara", "İzmir"]):
        (corpus / f"a{i}.txt").write_text(
            f"date 2025-10-{10 + i}\n\nZirve {city}'da yapılacak\n"
            f"Bakan Yılmaz, zirvenin {12 + i} Kasım'da {city}'da yapılacağını açıkladı.\n",
            encoding="utf-8",
        )
    result = run_bench("large.py", "--corpus", str(corpus), "--sizes", "0.02", tmp_path=tmp_path)
    runs = {run["article"]: run for run in result["runs"]}
    assert set(runs) == {"small (start-up)", "paragraphs, 0.02 MB", "line, 0.02 MB"}
    for run in runs.values():
        assert run["cpu_s"] > 0 and run["peak_mb"] > 0 and run["wall_s"] > 0
    assert runs["line, 0.02 MB"]["mb"] >= 0.02
