"""The index triggers' functions fold an event's text and facets part by part: its own row's,
and each source's on its own (a new report of a happening indexes only its own source) — the
same words and the same facets as folding everything at once."""

from __future__ import annotations

import json
import random

from timeline.filters import facet_entries
from timeline.i18n import LANGUAGES, gettext
from timeline.model import Event, Source
from timeline.store.indexes import event_facets, event_text, source_facets, source_text
from timeline.store.rows import event_row
from timeline.text import search_key

PARTS = ["İSTANBUL'da", "\u0301baş", "—", "", "Zirve: 12 Kasım", "ΣΟΦΟΣ", "a_b", "Iğdır", "  x "]
OUTLETS = [None, "", "Ajans Bir", "Gazete İki", "—"]


def random_event(rng: random.Random) -> tuple[Event, list[Source]]:
    event = Event(
        "2025-11-12",
        "day",
        rng.choice(PARTS),
        "summit",
        "planned",
        rng.choice(PARTS),
        location=rng.choice([None, "Ankara", "Türkiye"]),
        country=rng.choice([None, "Türkiye"]),
        participants=rng.sample(PARTS, rng.randint(0, 2)),
    )
    sources = [
        Source(
            f"doc{n}",
            rng.choice(["upload", "seeds/a.txt", "İzmir/haber.html"]),
            rng.choice(PARTS),
            "2025-10-20",
            rng.choice(PARTS),
            url=rng.choice([None, f"https://Haber.example/{n}"]),
            outlet=rng.choice(OUTLETS),
        )
        for n in range(rng.randint(0, 5))
    ]
    return event, sources


def test_event_text_is_the_key_of_all_its_parts_at_once():
    rng = random.Random(3)
    for _ in range(500):
        event, sources = random_event(rng)
        parts = [event.title, event.quote, event.location, event.country, *event.participants]
        parts += ["summit", *(gettext(lang, "type.summit") for lang in LANGUAGES)]
        for s in sources:
            parts += [s.title, s.outlet, s.quote]
        data = json.dumps(event_row(event), ensure_ascii=False)
        texts = [event_text(data)]
        texts += [source_text(json.dumps(s.to_json(), ensure_ascii=False)) for s in sources]
        whole = search_key(" ".join(p for p in parts if isinstance(p, str)))
        assert " ".join(texts).split() == whole.split()


def test_event_facets_are_those_of_the_event_and_every_source():
    rng = random.Random(4)
    for _ in range(500):
        event, sources = random_event(rng)
        data = json.dumps(event_row(event), ensure_ascii=False)
        found = {tuple(t) for t in json.loads(event_facets(data))}
        for s in sources:
            found |= {tuple(t) for t in json.loads(source_facets(json.dumps(s.to_json())))}
        assert sorted(found) == sorted(facet_entries(event, sources))
    assert event_facets("{}") == "[]" and event_facets("{") == "[]"
    assert source_facets("{}") == "[]" and source_facets("[") == "[]"
    assert source_text("[1]") == "" and event_text("[") == ""
