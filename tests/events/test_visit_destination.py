"""A name that opens with a place (``Kütahya ziyareti``) titles no visit that names what it
visits, right before its word, as another name (``Kaleiçi'ni ziyaret edecek``), even one the
gazetteer does not know: a programme's items are not titled by another day's place. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2025-10-30"
OPENING = (
    "Kültür Bakanı Ayşe Kaya [bugün|2025-10-30] Eskişehir'de olacak. {object} ziyaret edecek "
    "olan Kaya, Vali ile bir araya gelecek. "
)
CASES = [
    ("another name", "Kaleiçi'ni", "Kütahya ziyareti ise programın son durağı olacak."),
    (
        "another name, the named visit on a later day",
        "Kaleiçi'ni",
        "Bakan, [ertesi gün|2025-10-31] Kütahya'ya geçecek. Kütahya ziyareti kapsamında Kaya "
        "müzeyi gezecek.",
    ),
]


@pytest.mark.parametrize("name,obj,rest", CASES, ids=[c[0] for c in CASES])
def test_a_visit_to_another_name_keeps_its_own_title(name: str, obj: str, rest: str) -> None:
    events = extract(OPENING.format(object=obj) + rest, D)
    today = [e for e in events if e.type == "visit" and e.date == "2025-10-30"]
    assert today, [(e.date, e.title) for e in events]
    assert all("Kütahya" not in e.title for e in today)


def test_a_visit_to_the_named_place_still_takes_the_name() -> None:
    text = OPENING.format(object="Kütahya'yı") + "Kütahya ziyareti programın son durağı olacak."
    visits = [e for e in extract(text, D) if e.type == "visit"]
    assert [e.title for e in visits] == ["Kütahya ziyareti"]
