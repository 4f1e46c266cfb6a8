"""Full-text search: how user text becomes an FTS5 query, and the lookup itself.

What is indexed, and how it is kept current, is in :mod:`.indexes`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import search_key
from .connection import Connections
from .indexes import rebuild_facets, rebuild_search

_PHRASE = re.compile(r'"([^"]*)"')

# The ids of the events an FTS5 expression (bound three times) finds in their own text, their
# sources' titles, outlets and quotes, or their articles.
SEARCH_SQL = (
    "SELECT e.id FROM search_events s JOIN events e ON e.rowid = s.rowid"
    " WHERE search_events MATCH ?"
    " UNION SELECT es.event FROM search_sources s JOIN event_sources es ON es.rowid = s.rowid"
    " WHERE search_sources MATCH ?"
    " UNION SELECT ed.event FROM search_documents s JOIN documents d ON d.rowid = s.rowid"
    " JOIN event_documents ed ON ed.document = d.id WHERE search_documents MATCH ?"
)


def search_terms(query: str) -> list[str]:
    """FTS5 expressions, one per term of a user's query: each is a quoted, folded phrase with
    a prefix star, so nothing the user types is read as FTS5 syntax.

    >>> search_terms('İSTANBUL zirve')
    ['"istanbul"*', '"zirve"*']
    >>> search_terms('"Orta Asya" AND NEAR(x *')
    ['"orta asya"*', '"and"*', '"near"*', '"x"*']
    >>> search_terms('*** "')
    []
    """
    phrases = [t for t in map(search_key, _PHRASE.findall(query)) if t]
    rest = _PHRASE.sub(" ", query)
    words = search_key(rest).split()
    # search_key leaves only letters, digits and single spaces: no quote can end the phrase.
    return [f'"{t}"*' for t in (*phrases, *words)]


class Search(Connections):
    """Full-text lookups and index rebuilds."""

    def search(self, q: str | Iterable[str]) -> set[str]:
        """Ids of the events whose title, quotes, participants, place, type or articles contain
        every term of ``q`` (several queries: every one of them).

        Terms are folded like the index (``İSTANBUL`` finds ``istanbul``, ``Kösérbayev``
        finds ``Köşerbayev``) and match as word prefixes (``zirve`` finds ``Zirvesi'nin``);
        a ``"quoted phrase"`` matches words in that order. User text never reaches FTS5 as
        syntax: ``AND``, ``*``, ``NEAR(`` or an unbalanced quote are plain words. A query
        with no letters or digits matches every event.

        :param q: the free text, or several (the ``q`` values of a filter).
        """
        queries = [q] if isinstance(q, str) else list(q)
        conn = self.connection
        found: set[str] | None = None
        for query in queries:
            for term in search_terms(query):
                rows = conn.execute(
                    "SELECT e.id FROM search_events s JOIN events e ON e.rowid = s.rowid"
                    " WHERE search_events MATCH ?1 AND e.gone = 0"
                    " UNION SELECT es.event FROM search_sources s"
                    " JOIN event_sources es ON es.rowid = s.rowid"
                    " JOIN events e ON e.id = es.event"
                    " WHERE search_sources MATCH ?1 AND e.gone = 0"
                    " UNION SELECT ed.event FROM search_documents s"
                    " JOIN documents d ON d.rowid = s.rowid"
                    " JOIN event_documents ed ON ed.document = d.id"
                    " WHERE search_documents MATCH ?1",
                    (term,),
                )
                ids = {r[0] for r in rows}
                found = ids if found is None else found & ids
                if not found:
                    return set()
        if found is None:
            return {r[0] for r in conn.execute("SELECT id FROM events WHERE gone = 0")}
        return found

    def reindex(self) -> None:
        """Rebuild the full-text and facet indexes from the stored documents and events
        (after a change to the folding rules; normal writes keep them current by themselves).

        :raises StoreError: when the store cannot be written.
        """
        with self.transaction() as conn:
            rebuild_search(conn)
            rebuild_facets(conn)
