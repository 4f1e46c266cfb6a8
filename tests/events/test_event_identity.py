"""The decisions a recomputation makes about the rows it writes (timeline.events.identity),
each on small hand-built rows: the sequence and history of a changed event, how an event no
result took leaves, which ids clash, which mentions move."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from timeline.events.identity import (
    GONE_STATED,
    GONE_WITHDRAWN,
    Revision,
    Stored,
    Written,
    clashes,
    gone_mark,
    history_entry,
    relinks,
    revise,
    vanished,
)
from timeline.events.merge import Mention, Merged
from timeline.model import Event, Source

STORED = Stored("fp1", 3, '{"title": "a"}', '[{"document": "d1"}]', 0, False, "g1")
SAME = Written("fp1", '{"title": "a"}', '[{"document": "d1"}]', False, "g1")


@pytest.mark.parametrize(
    ("stored", "written", "expected"),
    [
        (None, SAME, Revision(0, False)),  # a new event
        (STORED, SAME, None),  # nothing changed: nothing written
        (STORED, SAME._replace(fingerprint="fp2"), Revision(4, True)),  # material change
        (STORED._replace(gone=GONE_STATED), SAME, Revision(4, True)),  # it came back
        (STORED._replace(gone=GONE_WITHDRAWN), SAME, Revision(4, True)),
        (STORED, SAME._replace(sources='[{"document": "d2"}]'), Revision(3, False)),
        (STORED, SAME._replace(data='{"title": "b"}'), Revision(3, False)),
        (STORED, SAME._replace(hidden=True), Revision(3, False)),
        (STORED, SAME._replace(ckey="g2"), Revision(3, False)),
        (STORED._replace(hidden=1), SAME._replace(hidden=True), None),  # 1 from SQLite
    ],
)
def test_revise_decides_sequence_and_history(stored, written, expected):
    assert revise(stored, written) == expected


def _event(**changes) -> Event:
    fields = {"date": "2025-11-12", "granularity": "day", "title": "Zirve", "type": "summit"}
    fields.update(status="planned", quote="", **changes)
    return Event(**fields)


def test_history_entry_lists_only_what_changed():
    stamp = datetime(2025, 10, 30, 9, tzinfo=UTC)
    old = {"date": "2025-11-12", "title": "Zirve", "status": "planned", "location": None}
    entry = history_entry(old, _event(date="2025-11-14", location="Ankara"), stamp, True)
    assert entry == {
        "at": "2025-10-30T09:00:00+00:00",
        "changes": {
            "date": {"from": "2025-11-12", "to": "2025-11-14"},
            "location": {"from": None, "to": "Ankara"},
        },
        "returned": True,
    }
    assert history_entry(old, _event(), stamp, False)["changes"] == {}


def test_vanished_are_the_shown_events_no_result_took():
    stored = {
        "kept": STORED,
        "dropped": STORED,
        "already-gone": STORED._replace(gone=GONE_STATED),
        "withdrawn": STORED._replace(gone=GONE_WITHDRAWN),
    }
    assert vanished(stored, {"kept", "new"}) == ["dropped"]
    assert vanished({}, {"new"}) == []


@pytest.mark.parametrize(
    ("documents", "withdrawn", "expected"),
    [
        (["d1", "d2"], {"d1", "d2"}, GONE_WITHDRAWN),  # every source withdrawn
        (["d1", "d2"], {"d1"}, GONE_STATED),  # one source still states otherwise
        (["d1"], set(), GONE_STATED),
        ([], set(), GONE_STATED),  # no sources: nothing was withdrawn
    ],
)
def test_gone_mark(documents, withdrawn, expected):
    assert gone_mark(documents, withdrawn) == expected


def test_clashes_are_shown_events_outside_the_scope():
    outside = {"e-shown": 0, "e-gone": GONE_STATED, "e-withdrawn": GONE_WITHDRAWN}
    assert clashes(["e-shown", "e-gone", "e-new"], outside) == {"e-shown"}
    assert clashes(["e-gone"], outside) == set()
    assert clashes([], outside) == set()


def test_clashes_take_in_pinned_gone_events_too():
    """A served id goes only to its happening: a gone event holding it joins the scope."""
    outside = {"e-gone": GONE_STATED, "e-pinned": GONE_STATED}
    assert clashes(["e-gone", "e-pinned"], outside, pinned={"e-pinned"}) == {"e-pinned"}


def _mention(doc: str, idx: int) -> Mention:
    source = Source(doc, f"{doc}.txt", "Başlık", "2025-10-01T09:00:00+00:00", "", None, None)
    return Mention(_event(), source, idx)


def test_relinks_names_the_mentions_whose_event_changed():
    merged = [
        Merged("e1", _event(), [_mention("d1", 0), _mention("d2", 0)]),
        Merged("e2", _event(), [_mention("d1", 1)]),
    ]
    belonged = {("d1", 0): "e1", ("d2", 0): "e9", ("d1", 1): None}
    assert relinks(merged, belonged) == [("e1", "d2", 0), ("e2", "d1", 1)]
    assert relinks(merged, {("d1", 0): "e1", ("d2", 0): "e1", ("d1", 1): "e2"}) == []
