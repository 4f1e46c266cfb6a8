"""The shared filters on the rich store: one table for the page, the feeds and the API."""

from __future__ import annotations

from datetime import date

import pytest
from icalendar import Calendar
from werkzeug.datastructures import MultiDict

from timeline import filters as flt
from timeline.errors import InputError

TODAY = date(2025, 10, 30)

# (query, titles expected, why). Titles of the rich store (see richstore.py).
CASES = [
    (
        "who=lavrov",
        {"Lavrov ile Köşerbayev görüşmesi", "Lavrov ile Fidan görüşmesi"},
        "a participant by surname",
    ),
    (
        "who=LAVROV",
        {"Lavrov ile Köşerbayev görüşmesi", "Lavrov ile Fidan görüşmesi"},
        "case does not matter",
    ),
    (
        "who=Sergey Lavrov",
        {"Lavrov ile Köşerbayev görüşmesi", "Lavrov ile Fidan görüşmesi"},
        "first name and surname",
    ),
    ("who=koserbayev", {"Lavrov ile Köşerbayev görüşmesi"}, "no diacritics needed"),
    ("who=KÖŞERBAYEV", {"Lavrov ile Köşerbayev görüşmesi"}, "Turkish upper case"),
    ("who=fidan", {"Lavrov ile Fidan görüşmesi", "Arakçi ile Fidan görüşmesi"}, "two events"),
    (
        "who=fidan&who=kavelashvili",
        {
            "Lavrov ile Fidan görüşmesi",
            "Arakçi ile Fidan görüşmesi",
            "Kavelashvili'nin Ankara'ya ziyareti",
        },
        "values of one parameter: any",
    ),
    ("who=fidan&where=tahran", {"Arakçi ile Fidan görüşmesi"}, "parameters: all"),
    ("where=moskova", {"Lavrov ile Köşerbayev görüşmesi", "Lavrov ile Fidan görüşmesi"}, "a city"),
    (
        "where=MOSKOVA",
        {"Lavrov ile Köşerbayev görüşmesi", "Lavrov ile Fidan görüşmesi"},
        "a city in capitals",
    ),
    (
        "where=Moskova'da",
        {"Lavrov ile Köşerbayev görüşmesi", "Lavrov ile Fidan görüşmesi"},
        "a city with its case suffix",
    ),
    (
        "where=Kazakistan",
        {"Astana zirvesi", "Astana forumu", "Astana Yatırım Forumu"},
        "a country: every place in it",
    ),
    ("where=istanbul", {"İstanbul Enerji Konferansı"}, "dotted capital İ"),
    (
        "where=Rusya Federasyonu",
        {
            "Lavrov ile Köşerbayev görüşmesi",
            "Lavrov ile Fidan görüşmesi",
            "Tokayev'in Rusya'ya resmi ziyareti",
        },
        "the gazetteer's other spelling",
    ),
    (
        "type=zirve",
        {
            "Astana zirvesi",
            "2. Orta Asya-Rusya Zirvesi",
            "7. Hazar Ülkeleri Zirvesi",
            "Türk Devletleri Teşkilatı zirvesi",
        },
        "a type by its Turkish label",
    ),
    (
        "type=SUMMIT",
        {
            "Astana zirvesi",
            "2. Orta Asya-Rusya Zirvesi",
            "7. Hazar Ülkeleri Zirvesi",
            "Türk Devletleri Teşkilatı zirvesi",
        },
        "a type by its key",
    ),
    ("type=konferans", {"İstanbul Enerji Konferansı"}, "another type"),
    ("status=cancelled", {"Türk Devletleri Teşkilatı zirvesi"}, "a status by its key"),
    ("status=iptal edildi", {"Türk Devletleri Teşkilatı zirvesi"}, "a status by its label"),
    ("status=IPTAL EDILDI", {"Türk Devletleri Teşkilatı zirvesi"}, "dotless capital I"),
    ("status=proposed", {"7. Hazar Ülkeleri Zirvesi"}, "proposed"),
    ("source=Gazete Örnek", {"Türk Devletleri Teşkilatı zirvesi"}, "an outlet"),
    ("source=gazete ornek", {"Türk Devletleri Teşkilatı zirvesi"}, "an outlet, folded"),
    ("source=haber.example/dunya", {"Türk Devletleri Teşkilatı zirvesi"}, "a piece of a URL"),
    ("q=konferans", {"İstanbul Enerji Konferansı"}, "free text"),
    ("q=ertelendi", {"Tokayev'in Rusya'ya resmi ziyareti"}, "free text in the sources"),
    (
        "from=2026",
        {"İstanbul Enerji Konferansı", "Astana forumu", "7. Hazar Ülkeleri Zirvesi"},
        "a year",
    ),
    (
        "from=2025-12&to=2025-12",
        {"Türk Devletleri Teşkilatı zirvesi", "Astana Yatırım Forumu"},
        "a month",
    ),
    (
        "to=2025-10-22",
        {"Astana zirvesi", "2. Orta Asya-Rusya Zirvesi", "Lavrov ile Köşerbayev görüşmesi"},
        "a day, inclusive",
    ),
    (
        "from=2025-11-12&to=2025-11-12",
        {"Tokayev'in Rusya'ya resmi ziyareti"},
        "a postponed event is found at its original day too",
    ),
    (
        "from=2026-06-16&to=2026-06-16",
        {"İstanbul Enerji Konferansı"},
        "a multi-day event on one of its days",
    ),
    ("upcoming=1&where=Kazakistan", {"Astana forumu", "Astana Yatırım Forumu"}, "upcoming"),
    (
        "upcoming=0&where=Kazakistan",
        {"Astana zirvesi", "Astana forumu", "Astana Yatırım Forumu"},
        "upcoming=0 is no filter",
    ),
]


def test_cases_are_not_duplicated():
    queries = [q for q, _, _ in CASES]
    assert len(queries) == len(set(queries))


def _args(query: str) -> MultiDict:
    return MultiDict([tuple(p.split("=", 1)) for p in query.split("&")])


@pytest.mark.parametrize(("query", "expected", "why"), CASES, ids=[c[0] for c in CASES])
def test_filter(rich, query, expected, why):
    f = flt.parse(_args(query))
    got = {it.event.title for it in flt.apply(rich.store.events(), f, TODAY)}
    assert got == expected, why


@pytest.mark.parametrize(("query", "expected", "why"), CASES, ids=[c[0] for c in CASES])
def test_the_api_and_the_feed_use_the_same_filters(rich_client, query, expected, why):
    api = rich_client.get(f"/api/events?{query}").get_json()
    assert {e["title"] for e in api["events"]} == expected, why
    feed = Calendar.from_ical(rich_client.get(f"/calendar.ics?{query}").data)
    summaries = {str(e["SUMMARY"]) for e in feed.walk("VEVENT")}
    in_calendar = {e["title"] for e in api["events"] if e["calendar"]}
    # The feed marks cancelled events in their summary and leaves out year-precise ones.
    assert {s.removeprefix("İptal: ") for s in summaries} == in_calendar, why


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"from": "2025-13"}, "from='2025-13' is not a date"),
        ({"to": "dün"}, "to='dün' is not a date"),
        ({"from": "2026", "to": "2025"}, "is before"),
        ({"upcoming": "belki"}, "upcoming='belki' is not a yes/no"),
        ({"who": ["x"] * 21}, "too many values for 'who'"),
        ({"q": "x" * 201}, "q value is too long"),
    ],
)
def test_bad_parameters_are_named(params, message):
    with pytest.raises(InputError) as info:
        flt.parse(params)
    assert message in info.value.message


def test_query_string_is_canonical():
    a = flt.parse(_args("where=Moskova&who=tokayev&who=tokayev&upcoming=0&lang=en"))
    b = flt.parse(_args("who=tokayev&where=Moskova"))
    assert a.query_string() == b.query_string() == "where=Moskova&who=tokayev"
    assert (
        flt.parse(_args("upcoming=yes&from=2025&from=2026")).query_string()
        == "from=2026&upcoming=1"
    )
    assert flt.parse(_args("lang=en")).is_empty


def test_label_names_each_filter():
    f = flt.parse(_args("who=tokayev&where=Moskova&upcoming=1"))
    assert f.label("tr") == "kim: tokayev · nerede: Moskova · yaklaşanlar"
    assert f.label("en") == "who: tokayev · where: Moskova · upcoming"


def test_notes_for_values_that_match_nothing(rich):
    items = rich.store.events()
    f = flt.parse(
        _args("who=nobody&who=tokayev&where=Atlantis&type=kermes&status=belki&source=yok.example")
    )
    assert flt.notes(items, f) == [
        "who='nobody': no event matches this value",
        "where='Atlantis': no event matches this value",
        "type='kermes': no event matches this value",
        "source='yok.example': no event matches this value",
        "status='belki': unknown status (use one of: planned / proposed / held / postponed / "
        "cancelled)",
    ]
    assert flt.notes(items, f, "tr")[0] == "who='nobody': bu değerle eşleşen olay yok"
    assert flt.notes(items, flt.parse(_args("who=tokayev&where=moskova"))) == []


def test_feed_notes_when_values_match_but_not_together(rich):
    items = rich.store.events()
    f = flt.parse(_args("who=tokayev&where=tahran"))
    assert flt.feed_notes(items, f, empty=True) == ["No calendar event matches these filters."]
    assert flt.feed_notes(items, f, empty=False) == []
    assert flt.feed_notes(items, flt.Filter(), empty=True) == []


def test_select_uses_the_index_for_q_and_keeps_only_the_window(rich):
    visit = rich.by_title("Tokayev")
    f = flt.parse(_args("q=ziyaret&q=resmi"))
    sel = flt.select(rich.store, f, TODAY)
    hits = flt.search_hits(rich.store, f)
    assert visit.id in hits
    # every q value must match: the same events as filtering every event with the index's hits
    assert [it.id for it in sel.chosen] == [
        it.id for it in flt.apply(rich.store.events(), f, TODAY, hits)
    ]
    assert hits == rich.store.search("ziyaret") & rich.store.search("resmi")
    recent = flt.select(rich.store, flt.Filter(), TODAY, past_days=10).chosen
    titles = {it.event.title for it in recent}
    assert "Lavrov ile Köşerbayev görüşmesi" in titles  # 2025-10-22, 8 days ago
    assert "2. Orta Asya-Rusya Zirvesi" not in titles  # 2025-10-09, 21 days ago
    assert len(flt.select(rich.store, flt.Filter(), TODAY, past_days=None).chosen) == len(
        rich.store.events()
    )
