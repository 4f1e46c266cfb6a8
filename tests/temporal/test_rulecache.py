"""The record of rule sets known to compile (:mod:`timeline.temporal.rulecache`): a grammar
read with the record finds what one read without it finds, compiling rules only when used;
a missing, damaged or unwritable record falls back to compiling every rule."""

from __future__ import annotations

from timeline.temporal import rulecache
from timeline.temporal.grammar import load_grammar


def _fresh(monkeypatch, folder):
    """The Turkish grammar read anew with the cache in ``folder``."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(folder))
    load_grammar.cache_clear()
    return load_grammar("tr")


def test_second_read_compiles_nothing_and_finds_the_same_rules(monkeypatch, tmp_path):
    try:
        cold = _fresh(monkeypatch, tmp_path)
        assert len(cold.compiled) == len(cold.rules)  # every rule compiled, the record written
        assert list(tmp_path.glob("rules-*.json"))
        warm = _fresh(monkeypatch, tmp_path)
        assert warm.compiled == {}
        assert [(r.name, r.groups, r.master_names) for r in warm.rules] == [
            (r.name, r.groups, r.master_names) for r in cold.rules
        ]
    finally:
        load_grammar.cache_clear()


def test_lazily_compiled_rules_match_as_the_eager_ones(monkeypatch, tmp_path):
    try:
        eager = _fresh(monkeypatch, tmp_path)  # cold: compiles all and writes the record
        lazy = _fresh(monkeypatch, tmp_path)
        assert lazy.compiled == {}
        for rule in lazy.rules:
            for example in rule.examples:
                folded = lazy.fold(example)
                word = lazy.trigger.match(folded).group()
                m, n = lazy.master_for(word).match(folded), eager.master_for(word).match(folded)
                assert (m.span(), m.lastgroup, m.groupdict()) == (
                    n.span(),
                    n.lastgroup,
                    n.groupdict(),
                )
        assert 0 < len(lazy.compiled) <= len(lazy.rules)
    finally:
        load_grammar.cache_clear()


def test_a_damaged_record_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    key = rulecache.key_of(["(?P<r0>a)"])
    rulecache.remember(key, [()])
    assert rulecache.known_groups(key, 1) == [()]
    assert rulecache.known_groups(key, 2) is None  # another number of rules
    assert rulecache.known_groups(rulecache.key_of(["(?P<r0>b)"]), 1) is None
    for record in tmp_path.glob("rules-*.json"):
        record.write_text('{"key": "', encoding="utf-8")
    assert rulecache.known_groups(key, 1) is None


def test_no_cache_folder_or_an_unwritable_one_compiles_everything(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", "off")
    assert rulecache.cache_folder() is None
    rulecache.remember("k", [()])  # nowhere to write: nothing happens
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocker / "sub"))
    rulecache.remember("k", [()])  # cannot create the folder: ignored
    assert rulecache.known_groups("k", 1) is None
    monkeypatch.delenv("TIMELINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert rulecache.cache_folder() == tmp_path / "xdg" / "timeline"
