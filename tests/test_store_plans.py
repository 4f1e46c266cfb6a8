"""The write path reads by index only: storing one more article costs the same in a large
store as in a small one. Every statement that ingesting, updating and withdrawing an article
runs — and every statement of every trigger those fire — is checked with ``EXPLAIN QUERY
PLAN`` for a scan of a store table."""

from __future__ import annotations

import re

from helpers import SEEDS, full_scans, statements

from timeline.pipeline import analyse_file
from timeline.store import Store

# The tables that grow with the archive. (``corrections``, the editors' hand-made fixes, is
# read whole by each merge: it grows with editors' work, not with articles.)
TABLES = (
    "documents",
    "mentions",
    "events",
    "event_documents",
    "mention_blocks",
    "event_rows",
    "event_facets",
    "facet_values",
    "withdrawn",
    "search_documents",
    "search_events",
)


def _statements(seen: list[str]) -> list[str]:
    verbs = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")
    return [s for s in seen if s.lstrip().upper().startswith(verbs)]


def test_ingest_update_and_withdraw_read_by_index_only(tmp_path):
    store = Store(tmp_path / "t.db")
    paths = sorted(SEEDS.iterdir())
    store.add_analyses(analyse_file(str(paths[0])))
    article = tmp_path / "new.txt"
    article.write_text(
        "date 2025-10-29\n\nNATO Zirvesi 15 Haziran 2026'da Lahey'de yapılacak. "
        "Rusya Dışişleri Bakanı Sergey Lavrov 3 Kasım'da Ankara'yı ziyaret "
        "edecek.\n",
        encoding="utf-8",
    )
    with statements(store) as seen:
        store.add_analyses(analyse_file(str(paths[1])))  # reports an event stored before
        first = analyse_file(str(article))
        store.add_analyses(first)
    article.write_text(
        article.read_text(encoding="utf-8").replace("15 Haziran", "16 Haziran"), encoding="utf-8"
    )
    changed = analyse_file(str(article))
    event = store.events()[0].id
    with statements(store) as more:
        store.add_analyses(changed)  # a changed version
        store.withdraw_document(first[0].document.id)
        store.add_correction(event, "hide")
    executed = _statements(seen + more)
    assert len(executed) > 30
    for sql in executed:
        assert full_scans(store.connection, sql, TABLES) == [], sql


def test_trigger_statements_read_by_index_only(tmp_path):
    """Each statement in each trigger body, with ``old.x``/``new.x`` bound to a value."""
    store = Store(tmp_path / "t.db")
    conn = store.connection
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'").fetchall()
    assert len(triggers) >= 8
    checked = 0
    for name, sql in triggers:
        body = sql[sql.upper().index("BEGIN") + 5 : sql.upper().rindex("END")]
        for statement in (s.strip() for s in body.split(";")):
            if not statement:
                continue
            bound = re.sub(r"\b(?:old|new)\.(\w+)", "'x'", statement)
            assert full_scans(conn, bound, TABLES) == [], (name, statement)
            checked += 1
    assert checked >= 15
