"""Compiled patterns kept between processes (:mod:`timeline.patterncache`): a pattern rebuilt
from a record behaves as one compiled anew, the grammar and the event lexicon read with a
record find what they find without one, and a missing, damaged or unwritable record falls back
to ``re.compile``."""

from __future__ import annotations

import marshal
import re

import pytest

from timeline import patterncache
from timeline.events.lexicon import lexicon
from timeline.patterncache import PatternStore
from timeline.temporal.grammar import load_grammar

SAMPLES = [r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})(?:\.(?P<year>\d{4}))?", r"(?<!\w)ka[çc]\w*"]
TEXTS = ["12.11.2025 günü", "3.4", "kaçak kacak", "x12.1"]


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groupdict() for m in a.finditer(text)] == [
            m.groupdict() for m in b.finditer(text)
        ]


def test_a_recorded_pattern_is_rebuilt_and_behaves_as_compiled(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    cold = PatternStore("sample")
    first = [cold.compile(p) for p in SAMPLES]
    cold.save()
    warm = PatternStore("sample")
    assert set(warm.entries) == set(SAMPLES)
    for pattern, compiled in zip(SAMPLES, first, strict=True):
        _same(warm.compile(pattern), compiled)
        _same(warm.compile(pattern), re.compile(pattern))
    assert all(entry is not None for entry in warm.used.values())  # none compiled anew


def test_a_bad_pattern_raises_as_re_compile(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    with pytest.raises(re.error):
        PatternStore("sample").compile("(unclosed")


def test_a_damaged_record_or_entry_falls_back_to_compiling(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    store = PatternStore("sample")
    store.compile(SAMPLES[0])
    store.save()
    store.path.write_bytes(b"\x00not marshal")
    assert PatternStore("sample").entries == {}
    flags, code, groups, groupindex = patterncache._entry(SAMPLES[0])
    broken = {SAMPLES[0]: (flags, [999999, *code], groups, groupindex)}
    store.path.write_bytes(marshal.dumps((patterncache._interpreter(), broken)))
    again = PatternStore("sample")
    _same(again.compile(SAMPLES[0]), re.compile(SAMPLES[0]))
    assert again.used[SAMPLES[0]] is None  # compiled anew, so recorded anew by save()


def test_no_cache_folder_or_an_unwritable_one_compiles_everything(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", "off")
    assert patterncache.cache_folder() is None
    off = PatternStore("sample")
    _same(off.compile(SAMPLES[0]), re.compile(SAMPLES[0]))
    off.save()  # nowhere to write: nothing happens
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocker / "sub"))
    store = PatternStore("sample")
    store.compile(SAMPLES[0])
    store.save()  # cannot create the folder: ignored
    assert PatternStore("sample").entries == {}
    monkeypatch.delenv("TIMELINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert patterncache.cache_folder() == tmp_path / "xdg" / "timeline"


@pytest.fixture
def fresh_resources():
    """The grammar and the lexicon read anew by the test, and forgotten after it."""
    load_grammar.cache_clear()
    lexicon.cache_clear()
    yield
    load_grammar.cache_clear()
    lexicon.cache_clear()


def test_grammar_and_lexicon_read_with_a_record_are_the_same(
    monkeypatch, tmp_path, fresh_resources
):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    cold, cold_lex = load_grammar("tr"), lexicon("tr")
    assert {p.name.split("-")[0] for p in tmp_path.glob("*.bin")} == {"grammar", "events"}
    load_grammar.cache_clear()
    lexicon.cache_clear()
    warm, warm_lex = load_grammar("tr"), lexicon("tr")
    assert [(r.name, r.groups) for r in warm.rules] == [(r.name, r.groups) for r in cold.rules]
    for index, pattern in warm.compiled.items():
        assert pattern is not cold.compiled[index]
        assert (pattern.pattern, pattern.groupindex) == (
            cold.compiled[index].pattern,
            cold.compiled[index].groupindex,
        )
    for rule in warm.rules:
        for example in rule.examples:
            folded = warm.fold(example)
            word = warm.trigger.match(folded).group()
            m, n = warm.master_for(word).match(folded), cold.master_for(word).match(folded)
            assert (m.span(), m.lastgroup, m.groupdict()) == (n.span(), n.lastgroup, n.groupdict())
    assert warm_lex.trigger_re.pattern == cold_lex.trigger_re.pattern
    sentence = "yarın zirve düzenlenecek ve toplantı ertelendi"
    assert [m.span() for m in warm_lex.trigger_re.finditer(sentence)] == [
        m.span() for m in cold_lex.trigger_re.finditer(sentence)
    ]


def test_a_derived_value_is_recorded_and_read_back_under_its_key(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    calls = []

    def derive():
        calls.append(1)
        return {"ocak": (1, 2), "şubat": ()}, "(?:ocak|şubat)"

    cold = PatternStore("sample")
    assert cold.value("k1", derive) == ({"ocak": (1, 2), "şubat": ()}, "(?:ocak|şubat)")
    cold.save()
    warm = PatternStore("sample")
    assert warm.value("k1", derive) == ({"ocak": (1, 2), "şubat": ()}, "(?:ocak|şubat)")
    assert len(calls) == 1  # read back, not derived again
    warm.value("k2", derive)  # another key (other inputs): derived anew
    assert len(calls) == 2
    warm.save()
    assert set(PatternStore("sample").values) == {"k1", "k2"}


def test_the_grammar_read_with_a_record_opens_the_same_rules(
    monkeypatch, tmp_path, fresh_resources
):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    cold = load_grammar("tr")
    load_grammar.cache_clear()
    warm = load_grammar("tr")
    assert warm.openers == cold.openers and warm.openers
    assert warm.trigger.pattern == cold.trigger.pattern
    store = PatternStore("grammar-tr")
    assert [k for k in store.values if k.startswith("openers-")]


def _record_written(tmp_path, seed: str) -> bytes:
    """The event lexicon's record a fresh process writes under ``PYTHONHASHSEED=seed``."""
    import os
    import subprocess
    import sys

    folder = tmp_path / seed
    env = {**os.environ, "PYTHONHASHSEED": seed, "TIMELINE_CACHE_DIR": str(folder)}
    script = "from timeline.events.lexicon import lexicon; lexicon('tr')"
    subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=120)
    (record,) = folder.glob("events-tr-*.bin")
    return record.read_bytes()


def test_every_process_writes_the_same_event_patterns(tmp_path):
    """The lexicon's tries do not depend on the order of a set (string hashes change from
    process to process): else each process misses the record and compiles them again."""
    first, second = (_record_written(tmp_path, seed) for seed in ("1", "2"))
    assert marshal.loads(first)[1].keys() == marshal.loads(second)[1].keys()


def _late_run(folder, pattern: str) -> dict:
    """In a fresh process with the cache under ``folder``: compile ``pattern`` late; whether
    it was rebuilt from the record, and the record's patterns after the process ended."""
    import json
    import os
    import subprocess
    import sys

    script = (
        "import json, sys\n"
        "from timeline import patterncache\n"
        "found = patterncache.compile_late(sys.argv[1])\n"
        "assert found.fullmatch('12.11') is not None\n"
        "print(json.dumps(patterncache._late.used[sys.argv[1]] is not None))\n"
    )
    env = {**os.environ, "TIMELINE_CACHE_DIR": str(folder)}
    done = subprocess.run(
        [sys.executable, "-c", script, pattern],
        env=env,
        check=True,
        timeout=60,
        capture_output=True,
        text=True,
    )
    (record,) = folder.glob("late-*.bin")
    return {
        "rebuilt": json.loads(done.stdout),
        "recorded": set(marshal.loads(record.read_bytes())[1]),
    }


def test_a_late_pattern_is_recorded_at_exit_and_rebuilt_by_the_next_process(tmp_path):
    first, second = r"\d\d\.\d\d", r"(?m)^\d{2}[.]\d{2}$"
    assert _late_run(tmp_path, first) == {"rebuilt": False, "recorded": {first}}
    assert _late_run(tmp_path, first) == {"rebuilt": True, "recorded": {first}}
    # Another command meets other patterns: the record keeps those of the first.
    assert _late_run(tmp_path, second) == {"rebuilt": False, "recorded": {first, second}}
    assert _late_run(tmp_path, first)["rebuilt"] is True


def test_a_late_pattern_is_compiled_once_per_process():
    assert patterncache.compile_late(r"x\d+y") is patterncache.compile_late(r"x\d+y")
    assert patterncache.compile_late("(?m)^a$").findall("a\nb\na") == ["a", "a"]
