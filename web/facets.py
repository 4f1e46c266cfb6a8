"""The page's sidebar and notes: facets (people, places, countries, types, statuses, years,
sources) with their counts, the chips of the filters in use and notes on them, in the
reader's language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date

from timeline import filters as flt
from timeline.i18n import gettext
from timeline.model import EVENT_STATUSES
from timeline.places import localized
from timeline.text import search_key

from .state import get_store
from .view import Here, name_key

# ---------------------------------------------------------------------------------------------
# Facets: people, places, countries, types, statuses, years, sources with their counts


def facets(
    counts: Mapping[str, list[tuple[str, str, int]]], here: Here, lang: str, limit: int | None
) -> dict:
    """Facet entries from the store's counts (:meth:`timeline.store.Store.facet_counts`) with
    links to the timeline filtered by each (a link removes the value when it is already
    chosen). Names that differ only in case or diacritics are one entry, shown in their most
    frequent spelling (the first in alphabetical order on a tie)."""

    def tally(kind: str) -> dict[str, tuple[str, int]]:
        totals: Counter = Counter()
        best: dict[str, tuple[str, int]] = {}
        for key, shown, n in sorted(counts.get(kind, ()), key=lambda r: r[1]):
            if key:
                totals[key] += n
                if key not in best or n > best[key][1]:
                    best[key] = (shown, n)
        return {k: (best[k][0], n) for k, n in totals.items()}

    def entries(name: str, counted: dict[str, tuple[str, int]], label=None) -> dict:
        ranked = sorted(counted.values(), key=lambda x: (-x[1], name_key(x[0]), x[0]))
        shown = ranked if limit is None else ranked[:limit]
        out = []
        for value, count in shown:
            link, active = here.toggle(name, value)
            out.append(
                {
                    "value": value,
                    "label": label(value) if label else value,
                    "count": count,
                    "url": link,
                    "active": active,
                }
            )
        return {"name": name, "entries": out, "more": len(ranked) - len(shown)}

    return {
        "people": entries("who", tally("who")),
        "places": entries("where", tally("place"), lambda v: localized(v, lang)),
        "countries": entries("where", tally("country"), lambda v: localized(v, lang)),
        "types": entries("type", tally("type"), lambda v: gettext(lang, f"type.{v}")),
        "statuses": entries("status", tally("status"), lambda v: gettext(lang, f"status.{v}")),
        "outlets": entries("source", tally("outlet")),
    }


def years(counts: Mapping[str, list[tuple[str, str, int]]], here: Here) -> list[dict]:
    """Years with their counts, each linking to the timeline limited to that year."""
    counted = Counter({int(key): n for key, _shown, n in counts.get("year", ()) if key})
    return [
        {
            "year": y,
            "count": n,
            "url": here.url(
                add=[("from", str(y)), ("to", str(y))],
                remove=[p for p in here.f.raw if p[0] in ("from", "to")],
            ),
        }
        for y, n in sorted(counted.items())
    ]


# ---------------------------------------------------------------------------------------------
# Filter descriptions and notes, in the reader's language


def chips(here: Here, lang: str, endpoint: str = "pages.index") -> list[dict]:
    """The chosen filters, each with a link (to ``endpoint``) that removes it."""
    out = []
    for name, value in here.f.raw:
        shown = value
        if name == "type":
            shown = gettext(lang, f"type.{value}")
        elif name == "status":
            shown = gettext(lang, f"status.{value}")
        elif name == "upcoming":
            shown = gettext(lang, "ui.yes")
        out.append(
            {
                "name": name,
                "label": gettext(lang, f"ui.{name}"),
                "value": shown,
                "url": here.url(
                    remove=[(name, value)],
                    endpoint=endpoint,
                    only_filters=endpoint != "pages.index",
                ),
            }
        )
    return out


def filter_notes(f: flt.Filter, lang: str, today: date) -> list[str]:
    """Plain explanations for chosen values that match nothing in the whole store."""
    out = []
    store = get_store()
    for name, value in f.raw:
        if name in ("from", "to", "upcoming"):
            continue
        if name == "status" and search_key(value) not in {
            search_key(x)
            for s in EVENT_STATUSES
            for x in (s, gettext("tr", f"status.{s}"), gettext("en", f"status.{s}"))
        }:
            out.append(
                gettext(
                    lang,
                    "ui.note.unknown_status",
                    value=value,
                    known=", ".join(gettext(lang, f"status.{s}") for s in EVENT_STATUSES),
                )
            )
            continue
        if not store.exists(flt.parse({name: value}), today):
            out.append(
                gettext(lang, "ui.note.no_match", name=gettext(lang, f"ui.{name}"), value=value)
            )
    return out
