"""The language data files load, compile and hold no duplicates (HeidelTime's ResourceVerifier)."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from timeline.lang import available, read_list, read_table, read_text
from timeline.temporal.grammar import ENGINE_CLASSES, RULE_KINDS, load_grammar
from timeline.text import fold

LANGS = available()
TABLE_KEYS = {  # the columns that identify a row of each table
    "header.tsv": ("label",),
    "months.tsv": ("name",),
    "month_abbreviations.tsv": ("name",),
    "weekdays.tsv": ("name",),
    "numbers.tsv": ("word",),
    "morphology.tsv": ("kind", "key"),
    "units.tsv": ("word",),
    "words.tsv": ("class", "word"),
    "letters.tsv": ("letter",),
    "name_letters.tsv": ("letter",),
    "case.tsv": ("upper",),
    "patterns.tsv": ("name",),
    "tense.tsv": ("pattern",),
    "event_triggers.tsv": ("stem",),
    "event_status.tsv": ("pattern", "scope"),
    "event_words.tsv": ("role", "word"),
    "person_titles.tsv": ("title",),
    "places.tsv": ("name",),
    "gazetteer.tsv": ("name", "kind"),
    "tr_admin.tsv": ("name", "province"),
    "place_ambiguity.tsv": ("name",),
    "venues.tsv": ("word",),
    "suffixes.tsv": ("case", "class"),
    "vowels.tsv": ("letter",),
    "event_blockers.tsv": ("trigger", "side"),
    "event_forms.tsv": ("name",),
    "event_ordinals.tsv": ("word",),
    "holidays.tsv": ("name",),
    "holiday_dates.tsv": ("name", "first"),
    "organisations.tsv": ("short",),
    "owners.tsv": ("cue",),
    "answers.tsv": ("word",),
    "json_fields.tsv": ("field", "name"),
    "shared_districts.tsv": ("name",),
}


def _files(lang: str) -> list[str]:
    root = resources.files("timeline.lang").joinpath(lang)
    return sorted(p.name for p in root.iterdir() if p.name.endswith((".tsv", ".txt")))


def test_turkish_is_available():
    assert "tr" in LANGS


@pytest.mark.parametrize("lang", LANGS)
def test_every_file_loads_without_duplicates(lang):
    for name in _files(lang):
        if name.endswith(".tsv"):
            rows = read_table(lang, name)
            assert rows, f"{name} is empty"
            key = TABLE_KEYS.get(name)
            assert key, f"{name}: no identifying columns declared in this test"
            keys = [tuple(fold(row[k]) for k in key) for row in rows]
            assert len(keys) == len(set(keys)), f"{name}: duplicate rows"
            assert all(all(row[k] for k in key) for row in rows), f"{name}: an empty key"
        elif name != "temporal_rules.txt":
            assert read_list(lang, name), f"{name} is empty"  # raises on a duplicate


@pytest.mark.parametrize("lang", LANGS)
def test_months_and_weekdays_are_complete(lang):
    months = read_table(lang, "months.tsv")
    assert {"name", "month"} <= set(months[0])  # documents and others read these columns
    assert sorted(int(r["month"]) for r in months) == list(range(1, 13))  # names only
    abbreviations = read_table(lang, "month_abbreviations.tsv")
    assert sorted(int(r["month"]) for r in abbreviations) == list(range(1, 13))
    assert sorted(int(r["weekday"]) for r in read_table(lang, "weekdays.tsv")) == list(range(1, 8))


@pytest.mark.parametrize("lang", LANGS)
def test_grammar_compiles(lang):
    grammar = load_grammar(lang)
    assert grammar.rules and all(rule.kind in RULE_KINDS for rule in grammar.rules)
    for row in read_table(lang, "tense.tsv"):
        re.compile(row["pattern"])


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_has_examples_it_matches_whole(lang):
    grammar = load_grammar(lang)
    for rule in grammar.rules:
        assert rule.examples, f"[{rule.name}] has no examples"
        for example in rule.examples:
            folded = grammar.fold(example)
            trigger = grammar.trigger.match(folded)
            assert trigger, f"[{rule.name}] {example!r}: no trigger fires"
            master = grammar.master_for(trigger.group())
            m = master.match(folded) if master else None
            assert m and grammar.rule_of(m) is rule, (
                f"[{rule.name}] {example!r}: matched by "
                f"{grammar.rule_of(m).name if m else 'nothing'}"
            )
            assert m.end() == len(example), f"[{rule.name}] {example!r}: only {m.group()!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_word_class_is_used(lang):
    grammar = load_grammar(lang)
    used = set(ENGINE_CLASSES)
    sources = [r.raw for r in grammar.rules]
    sources += [row["pattern"] for row in read_table(lang, "patterns.tsv")]
    for source in sources:
        used.update(re.findall(r"\{(\w+)\}", source))
    classes = {row["class"] for row in read_table(lang, "words.tsv")}
    assert classes <= used, f"classes nothing reads: {sorted(classes - used)}"
    assert set(ENGINE_CLASSES) <= classes, f"missing: {sorted(set(ENGINE_CLASSES) - classes)}"


@pytest.mark.parametrize("lang", LANGS)
def test_rules_file_has_no_duplicate_sections(lang):
    sections = re.findall(r"^\[([^\]]+)\]", read_text(lang, "temporal_rules.txt"), re.M)
    assert len(sections) == len(set(sections))
