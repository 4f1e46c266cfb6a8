"""The ``Timex`` contract the events extractor builds on: fields, offsets, spans, order."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from timeline.documents import parse_text
from timeline.errors import ResourceError
from timeline.temporal import tag, tag_document

from .tables import found

D = date
WED = D(2025, 10, 22)

# (text, published, type, value, granularity, first, last, time, mod)
FIELDS = [
    (
        "Zirve 12 Kasım'da yapılacak.",
        WED,
        "DATE",
        "2025-11-12",
        "day",
        D(2025, 11, 12),
        D(2025, 11, 12),
        None,
        None,
    ),
    (
        "Zam Kasım'da gelecek.",
        WED,
        "DATE",
        "2025-11",
        "month",
        D(2025, 11, 1),
        D(2025, 11, 30),
        None,
        None,
    ),
    (
        "Zam 2026'da gelecek.",
        WED,
        "DATE",
        "2026",
        "year",
        D(2026, 1, 1),
        D(2026, 12, 31),
        None,
        None,
    ),
    (
        "Geçen hafta zam geldi.",
        WED,
        "DATE",
        "2025-W42",
        "week",
        D(2025, 10, 13),
        D(2025, 10, 19),
        None,
        None,
    ),
    (
        "Bu hafta sonu yağmur bekleniyor.",
        WED,
        "DATE",
        "2025-W43-WE",
        "weekend",
        D(2025, 10, 25),
        D(2025, 10, 26),
        None,
        None,
    ),
    (
        "Yılın ilk çeyreğinde büyüme oldu.",
        WED,
        "DATE",
        "2025-Q1",
        "quarter",
        D(2025, 1, 1),
        D(2025, 3, 31),
        None,
        None,
    ),
    (
        "Gelecek yılın ilk yarısında bitecek.",
        WED,
        "DATE",
        "2026-H1",
        "half",
        D(2026, 1, 1),
        D(2026, 6, 30),
        None,
        None,
    ),
    (
        "Bu kış kar yağacak.",
        WED,
        "DATE",
        "2025-WI",
        "season",
        D(2025, 12, 1),
        D(2026, 2, 28),
        None,
        None,
    ),
    (
        "1990'lı yıllarda kriz vardı.",
        WED,
        "DATE",
        "199",
        "decade",
        D(1990, 1, 1),
        D(1999, 12, 31),
        None,
        None,
    ),
    (
        "20. yüzyılda savaşlar oldu.",
        WED,
        "DATE",
        "19",
        "century",
        D(1900, 1, 1),
        D(1999, 12, 31),
        None,
        None,
    ),
    (
        "Toplantı 12 Kasım saat 14.00'te.",
        WED,
        "TIME",
        "2025-11-12T14:00",
        "time",
        D(2025, 11, 12),
        D(2025, 11, 12),
        "14:00",
        None,
    ),
    (
        "Dün sabah deprem oldu.",
        WED,
        "TIME",
        "2025-10-21TMO",
        "partofday",
        D(2025, 10, 21),
        D(2025, 10, 21),
        None,
        None,
    ),
    (
        "Festival 15-16 Haziran'da yapıldı.",
        WED,
        "DATE",
        "2025-06-15/2025-06-16",
        "day",
        D(2025, 6, 15),
        D(2025, 6, 16),
        None,
        None,
    ),
    (
        "Ocak-Mart döneminde ihracat arttı.",
        WED,
        "DATE",
        "2025-01/2025-03",
        "month",
        D(2025, 1, 1),
        D(2025, 3, 31),
        None,
        None,
    ),
    (
        "Taraflar Haziran başında görüşecek.",
        D(2025, 5, 1),
        "DATE",
        "2025-06",
        "month",
        D(2025, 6, 1),
        D(2025, 6, 10),
        None,
        "START",
    ),
    (
        "Karar mayıs ortasında çıkacak.",
        D(2025, 4, 1),
        "DATE",
        "2025-05",
        "month",
        D(2025, 5, 11),
        D(2025, 5, 20),
        None,
        "MID",
    ),
    (
        "Yıl sonuna kadar indirim bekleniyor.",
        WED,
        "DATE",
        "2025",
        "year",
        D(2025, 9, 1),
        D(2025, 12, 31),
        None,
        "END",
    ),
    (
        "Fabrika yaklaşık 20 yıl önce kuruldu.",
        WED,
        "DATE",
        "2005",
        "year",
        D(2005, 1, 1),
        D(2005, 12, 31),
        None,
        "APPROX",
    ),
]


@pytest.mark.parametrize(
    "text, published, kind, value, granularity, first, last, clock, mod",
    FIELDS,
    ids=[f[0][:30] for f in FIELDS],
)
def test_fields(text, published, kind, value, granularity, first, last, clock, mod):
    t = found(text, published)
    assert (t.type, t.value, t.granularity, t.first, t.last, t.time, t.mod) == (
        kind,
        value,
        granularity,
        first,
        last,
        clock,
        mod,
    )
    assert t.rule


def test_a_list_of_days_has_its_days():
    t = found("Sınavlar 7, 13 ve 14 Eylül 2025 tarihlerinde yapıldı.", WED)
    assert t.days == (D(2025, 9, 7), D(2025, 9, 13), D(2025, 9, 14))
    assert (t.first, t.last, t.granularity) == (D(2025, 9, 7), D(2025, 9, 14), "day")


def test_durations_and_sets_cover_no_days():
    for text in ("Proje 3 yıl boyunca sürdü.", "Kurum her yıl rapor yayımlıyor."):
        t = found(text, WED)
        assert (t.first, t.last, t.days, t.time) == (None, None, (), None)
        assert t.granularity in ("duration", "set")


def test_text_is_the_slice_and_may_carry_suffixes():
    text = "Zirve 12 Kasım'da Ankara'da yapılacak."
    t = found(text, WED)
    assert t.text == text[t.start : t.end] == "12 Kasım'da"


def test_only_inside_the_spans():
    text = "12 Mart'ta açıklandı. Zirve 12 Kasım'da yapılacak."
    second = text.index("Zirve")
    timexes = tag(text, WED, spans=[(second, len(text))])
    assert [t.value for t in timexes] == ["2025-11-12"]
    assert all(second <= t.start < t.end <= len(text) for t in timexes)


def test_bad_spans_are_clamped():
    text = "Zirve 12 Kasım'da yapılacak."
    assert [t.value for t in tag(text, WED, spans=[(-5, 10**6), (3, 1)])] == ["2025-11-12"]


def test_in_text_order_without_overlaps():
    text = (
        "Dün 3 yıl önceki kararı açıkladı; 15-16 Haziran'da ve 12 Kasım saat 14.00'te "
        "toplanacaklar, her yıl olduğu gibi 2 gün sürecek."
    )
    timexes = tag(text, WED)
    assert len(timexes) == 6
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:], strict=False))


def test_reference_may_be_an_aware_datetime():
    reference = datetime(2025, 10, 22, 23, 30, tzinfo=timezone(timedelta(hours=3)))
    assert found("Bugün açıklandı.", reference).value == "2025-10-22"


def test_the_reference_is_the_only_clock():
    assert found("Yarın açıklanacak.", D(1999, 12, 31)).value == "2000-01-01"
    assert found("Yarın açıklanacak.", D(2031, 2, 28)).value == "2031-03-01"


def test_tag_document_leaves_the_header_out():
    doc = parse_text("Yayın Tarihi: 09.10.2025 20:22\nZirve yarın yapılacak.", "x.txt")
    assert [(t.text, t.value) for t in tag_document(doc)] == [("yarın", "2025-10-10")]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "....", "''''", "12", "2025"])
def test_degenerate_texts(text):
    for t in tag(text, WED):
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize("text, reference", [(None, WED), (b"12 Kasim", WED), ("12 Kasım", None)])
def test_wrong_argument_types_are_named(text, reference):
    with pytest.raises(TypeError, match="must be"):
        tag(text, reference)


def test_unknown_language_is_a_resource_error():
    with pytest.raises(ResourceError, match="xx"):
        tag("12 Kasım", WED, lang="xx")
