"""Full-text search (SQLite FTS5 in ``timeline/store/``): Turkish case folding, diacritics,
prefixes and phrases, hostile query syntax, and an index kept in step with every write."""

from __future__ import annotations

import json
import sqlite3

import pytest
from helpers import ingest

from timeline.store import SCHEMA_VERSION, Store, search_terms


def _ids(store, text: str) -> set[str]:
    """Ids of the stored events whose title or quote contains ``text`` as written."""
    return {it.id for it in store.events() if text in it.event.title or text in it.event.quote}


# (query, text in the title or quote of an event that must be found, why)
FOUND = [
    ("İSTANBUL", "ISPARTA", "dotted capital İ folds to i"),
    ("istanbul", "ISPARTA", "lower case finds the capitals of the text"),
    ("Istanbul", "ISPARTA", "I/ı and i meet: search is diacritic-insensitive"),
    ("ısparta", "ISPARTA", "ı finds I"),
    ("ISPARTA", "ISPARTA", "the exact spelling"),
    ("KÖŞERBAYEV", "Köşerbayev", "Turkish capitals with diacritics"),
    ("koserbayev", "Köşerbayev", "no diacritics in the query"),
    ("Köşerbayev'in", "Köşerbayev", "a suffix after an apostrophe is a separate word"),
    ("zirve", "Hazar", "a word prefix: zirve finds Zirvesi"),
    ('"Hazar Ülkeleri"', "Hazar", "a quoted phrase"),
    ("nükleer santral", "Köşerbayev", "article text (not in the quote): every word must match"),
    ("summit", "Astana", "the English name of the type"),
    ("Duşanbe", "Orta Asya", "the place"),
]


@pytest.mark.parametrize(("query", "text", "why"), FOUND, ids=[c[0] for c in FOUND])
def test_search_finds(hostile_store, query, text, why):
    expected = _ids(hostile_store, text)
    assert expected, f"no event states {text!r} any more: the fixture needs a look"
    assert expected <= hostile_store.search(query), why


# (query, why nothing is found)
NOT_FOUND = [
    ("istanbulx", "a longer word is not a prefix of the text's words"),
    ('"ülkeleri hazar"', "a phrase keeps its order"),
    ("tokayev ankara", "every word must match"),
]


@pytest.mark.parametrize(("query", "why"), NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_search_misses(hostile_store, query, why):
    assert hostile_store.search(query) == set(), why


HOSTILE_QUERIES = [
    '"',
    '""',
    "'",
    "AND",
    "OR",
    "NOT",
    "tokayev AND",
    "NEAR(",
    "NEAR(a b",
    "*",
    "zirve*",
    "^zirve",
    "col:zirve",
    "(((",
    ")",
    "-",
    "+",
    "a OR b",
    '"unbalanced',
    "\\",
    "%",
    "_",
    "\x00",
    "  ",
    "ğüşiöç" * 30,
    "{x}",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_malformed_queries_never_raise(hostile_store, query):
    found = hostile_store.search(query)
    assert isinstance(found, set)
    for term in search_terms(query):
        # Each term is one quoted phrase of letters, digits and spaces, then the prefix star.
        assert term.startswith('"') and term.endswith('"*')
        assert '"' not in term[1:-2]


def test_query_without_words_matches_everything(seeded_store):
    everything = {it.id for it in seeded_store.events()}
    assert seeded_store.search("***") == everything
    assert seeded_store.search("") == everything


def test_several_queries_must_all_match(seeded_store):
    both = seeded_store.search(("tokayev", "lavrov"))
    assert both == seeded_store.search("tokayev") & seeded_store.search("lavrov")
    assert seeded_store.search(("lavrov", "qqqq")) == set()


def test_index_follows_a_changed_document(store, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "date 2025-10-20\nLavrov 12 Kasım'da Moskova'da Köşerbayev ile "
        "görüşecek.\nAçıklama papatya hakkında.\n",
        encoding="utf-8",
    )
    ingest(store, [article])
    assert store.search("papatya")
    article.write_text(
        "date 2025-10-20\nLavrov 12 Kasım'da Moskova'da Köşerbayev ile "
        "görüşecek.\nAçıklama lale hakkında.\n",
        encoding="utf-8",
    )
    ingest(store, [article])
    assert store.search("papatya") == set()
    assert store.search("lale") == {it.id for it in store.events()}
    # One row per document and per event: nothing left behind by the replacement.
    conn = store.connection
    assert conn.execute("SELECT count(*) FROM search_documents").fetchone()[0] == 1
    assert (
        conn.execute("SELECT count(*) FROM search_events").fetchone()[0]
        == conn.execute("SELECT count(*) FROM events").fetchone()[0]
    )


def test_version_1_store_is_upgraded_with_its_index(tmp_path, seed_paths):
    path = tmp_path / "old.db"
    store = Store(path)
    ingest(store, seed_paths)
    expected = store.search("köşerbayev")
    store.close()
    # Make it a version 1 store: no search tables, no triggers.
    conn = sqlite3.connect(path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for table in ("search_documents", "search_events", "event_documents"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    upgraded = Store(path)
    version = upgraded.connection.execute("SELECT value FROM meta WHERE key='schema_version'")
    assert version.fetchone()[0] == str(SCHEMA_VERSION)
    assert upgraded.search("köşerbayev") == expected and expected
    upgraded.close()


def test_reindex_rebuilds_the_same_index(hostile_store):
    before = hostile_store.search("istanbul")
    hostile_store.connection.execute("DELETE FROM search_events")
    hostile_store.connection.execute("DELETE FROM search_documents")
    hostile_store.connection.execute("DELETE FROM search_sources")
    assert hostile_store.search("istanbul") == set()
    hostile_store.reindex()
    assert hostile_store.search("istanbul") == before and before


def test_malformed_rows_do_not_block_writes():
    from timeline.store import _document_text, _event_text
    from timeline.store.indexes import source_text

    assert _event_text("not json") == ""
    assert _event_text(json.dumps({"title": "İSTANBUL"})) == "istanbul"
    assert source_text("oops") == ""
    assert _document_text("Başlık", "metin", "not json") == "baslik metin"
    assert _document_text(None, None, None) == ""


def test_hostile_fixture_is_indexed(hostile_store, hostile_article):
    doc_ids = {
        d["id"] for d in hostile_store.documents() if d["source"].endswith(hostile_article.name)
    }
    assert len(doc_ids) == 1
    assert hostile_store.search("onerror")  # markup in articles is searchable text
