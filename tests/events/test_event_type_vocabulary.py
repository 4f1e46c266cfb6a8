"""Every event type extraction gives is one vocabulary: an editor may correct an event to it,
and the feed's categories, the page's type filter and its search show it by a label in each
language (never the bare ``type.…`` key)."""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.corrections import event_types
from timeline.i18n import LANGUAGES, catalog


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_event_type_has_a_label(lang: str) -> None:
    labels = catalog(lang)
    missing = [t for t in event_types() if not labels.get(f"type.{t}")]
    assert missing == []


def test_every_labelled_type_is_an_event_type() -> None:
    labelled = {k.removeprefix("type.") for k in catalog("en") if k.startswith("type.")}
    assert labelled - set(event_types()) == {"other"}


def test_a_school_day_can_be_a_correction_type() -> None:
    found = extract("Yeni dönemde okullar [7 Eylül'de|2026-09-07] açılacak.", "2026-08-20")
    assert [e.type for e in found] == ["school"]
    assert "school" in event_types()
