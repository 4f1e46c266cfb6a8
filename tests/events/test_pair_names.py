"""A name that holds a pair of countries (``Türkiye-Gürcistan Ortak Ekonomi Komisyonu``)
titles no meeting whose sentence names a country outside that pair (``Türkiye ile
Azerbaycan arasındaki``): that is another pair's happening. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2025-10-30"
TEXT = (
    "Dışişleri Bakanı Hakan Fidan [bugün|2025-10-30] Bakü'ye gidecek. Ziyaret kapsamında "
    "gerçekleştirilecek görüşmelerde Türkiye ile {country} arasındaki ticaret ele alınacak. "
    "Türkiye-Gürcistan Ortak Ekonomi Komisyonu toplantısı ise programın son durağı olacak."
)


@pytest.mark.parametrize(("country", "named"), [("Azerbaycan", False), ("Gürcistan", True)])
def test_a_pair_name_titles_only_its_own_pair(country: str, named: bool) -> None:
    meetings = [e for e in extract(TEXT.format(country=country), D) if e.type == "meeting"]
    # (the other pair's talks, titled only by a country, are untitled and dropped since the
    # audit of 2026-12-03, 4: the visit they belong to stays)
    titled = [e for e in meetings if e.title.startswith("Türkiye-Gürcistan")]
    assert bool(titled) is named, [e.title for e in meetings]
