"""The pages through Flask's test client: filters in the URL, search, order, windows, facets,
languages, event pages, source views, hostile text, and the TimelineJS export."""

from __future__ import annotations

import json
import re
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlsplit

import pytest

from timeline.model import Document, Event
from timeline.pipeline import Analysis


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of inline scripts."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.inline_scripts: list[str] = []
        self.data_blocks: list[str] = []  # JSON-LD: data, never run (issue 17)
        self._in_script: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = None
        if tag == "script":
            data = dict(attrs).get("type") == "application/ld+json"
            self._in_script = self.data_blocks if data else self.inline_scripts

    def handle_endtag(self, tag):
        self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None and data.strip():
            self._in_script.append(data)

    def hrefs(self) -> list[str]:
        return [a.get("href") or "" for _, a in self.tags if "href" in a]

    def events(self) -> list[str]:
        return [a["data-event"] for t, a in self.tags if t == "article" and "data-event" in a]


def page(client, url: str, **headers) -> tuple[str, Tags]:
    r = client.get(url, headers=headers)
    assert r.status_code == 200, (url, r.status_code, r.get_data(as_text=True)[:300])
    html = r.get_data(as_text=True)
    return html, Tags(html)


def dates(client, url: str) -> list[str]:
    """The dates of the events a page shows (extraction may retitle them; dates are spec)."""
    html, _ = page(client, url)
    return re.findall(r'<p class="when"><time datetime="([^"]+)">', html)


def api_ids(client, query: str = "") -> list[str]:
    return [e["id"] for e in client.get(f"/api/events?{query}").get_json()["events"]]


# ---------------------------------------------------------------------------------------------
# Browse


def test_home_shows_every_event_in_order_with_today_line(client):
    html, tags = page(client, "/")
    assert tags.events() == api_ids(client)
    assert len(tags.events()) == 5
    assert html.index("Lavrov ile") < html.index('id="today"') < html.index("Tokayev&#39;in")
    # Year- and month-precise items at their precision, never a fake day.
    assert '<time datetime="2022">2022</time>' in html
    assert "yıl kesinliğinde" in html
    assert "1 Ocak 2022" not in html


def test_event_cards_carry_their_facts(client):
    html, _ = page(client, "/")
    visit_id = api_ids(client, "type=visit")[0]
    visit = html[html.index(f'data-event="{visit_id}"') :]
    visit = visit[: visit.index("</article>")]
    for text in (
        "12 Kasım 2025",
        "planlandı",
        "ziyaret",
        "Rusya",
        "2 kaynak",
        "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev",
        "<blockquote>",
        "/documents/",
        ".ics",
    ):
        assert text in visit, text


def test_upcoming_first(client):
    html, tags = page(client, "/?order=upcoming")
    order = tags.events()
    ids = api_ids(client)
    # What is ahead, soonest first, then the past, latest first.
    assert order == [ids[3], ids[4], ids[2], ids[1], ids[0]]
    assert html.index('id="today"') < html.index('id="past"')
    assert 'aria-current="true">Önce yaklaşanlar' in html


@pytest.fixture
def small_pages(app):
    app.config["PAGE_SIZE"] = 2
    return app.test_client()


def test_windows_with_earlier_and_later_links_keep_the_filters(small_pages):
    # Windows of two: the first one opens at today (Tokayev's visit, the Caspian summit).
    html, tags = page(small_pages, "/")
    assert len(tags.events()) == 2 and "Tokayev&#39;in" in html
    assert [h for h in tags.hrefs() if "page=-1" in h]
    assert not [h for h in tags.hrefs() if "page=1" in h and "page=-1" not in h]
    # Three summits, one ahead: near the end a window is filled from before today.
    html, tags = page(small_pages, "/?type=summit")
    assert len(tags.events()) == 2 and 'id="today"' in html
    nav = [h for h in tags.hrefs() if "page=" in h]
    assert nav and all("type=summit" in h for h in nav)
    html, tags = page(small_pages, "/?type=summit&page=-1")
    assert len(tags.events()) == 1 and "page=-2" not in html and "page=0" not in html


def test_every_window_together_shows_every_event_once(small_pages):
    seen = []
    for number in (-2, -1, 0):
        _, tags = page(small_pages, f"/?page={number}")
        seen += tags.events()
    assert seen == api_ids(small_pages)


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/?page=9", 404, "page 9 does not exist"),
        ("/?page=abc", 400, "page=&#39;abc&#39; is not a whole number"),
        ("/?order=sideways", 400, "order=&#39;sideways&#39; is not known"),
        ("/?from=yesterday", 400, "is not a date"),
        ("/?from=2026&to=2025", 400, "is before"),
        ("/?who=" + "x" * 300, 400, "too long"),
    ],
)
def test_bad_view_parameters_get_a_clear_error(client, url, status, message):
    r = client.get(url)
    assert r.status_code == status
    assert message in r.get_data(as_text=True)
    assert "<html lang=" in r.get_data(as_text=True)


# ---------------------------------------------------------------------------------------------
# Find


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("where=MOSKOVA", ["2025-10-22"]),
        ("where=Tacikistan", ["2025-10-09"]),
        ("where=Kazakistan", ["2022"]),
        ("type=summit&status=proposed", ["2026-08-12"]),
        ("type=zirve&from=2025&to=2025", ["2025-10-09"]),
        ("status=planlandı", ["2025-11-12"]),
        ("from=2025-11&to=2026", ["2025-11-12", "2026-08-12"]),
        ("q=Köşerbayev&type=meeting", ["2025-10-22"]),
        # Both upcoming events come from the article that names Lavrov in Moscow.
        ("q=MOSKOVA&q=lavrov&upcoming=1", ["2025-11-12", "2026-08-12"]),
    ],
)
def test_filters_combine(client, query, expected):
    assert dates(client, f"/?{query}") == expected


def test_page_and_api_agree_on_every_filter(client):
    for query in (
        "who=lavrov",
        "where=rusya",
        "type=visit",
        "status=held",
        "q=zirve",
        "from=2025-10&to=2025-10",
        "upcoming=1",
        "q=nükleer&where=moskova",
    ):
        _, tags = page(client, f"/?{query}")
        assert tags.events() == api_ids(client, query), query


def test_search_is_turkish_aware_on_the_page(hostile_client):
    docs = hostile_client.get("/api/documents").get_json()["documents"]
    bad = next(d for d in docs if "hostile" in d["source"])
    expected = api_ids(hostile_client, f"source={bad['id']}")
    assert expected
    for query in ("İSTANBUL", "istanbul", "Istanbul", "ısparta", "ISPARTA"):
        assert page(hostile_client, f"/?q={query}")[1].events() == expected, query


@pytest.mark.parametrize(
    "query",
    ['"', "AND", "NEAR(", "*", "tokayev OR", "((", "'", "%00", "%22zirve", "a%20NOT%20b", "\\"],
)
def test_malformed_search_is_never_an_error(client, query):
    r = client.get(f"/?q={query}")
    assert r.status_code == 200
    assert client.get(f"/api/events?q={query}").status_code == 200
    assert client.get(f"/calendar.ics?q={query}").status_code == 200
    assert client.get(f"/api/timelinejs.json?q={query}").status_code == 200


def test_filters_are_in_the_form_chips_and_feed_link(client):
    html, tags = page(client, "/?who=tokayev&who=lavrov&status=planned&order=upcoming")
    inputs = {(a.get("name"), a.get("value")) for t, a in tags.tags if t == "input"}
    assert ("who", "tokayev") in inputs and ("who", "lavrov") in inputs
    assert ("order", "upcoming") in inputs
    assert '<option value="planned" selected>' in html
    # Each chip removes its own value and keeps the others.
    chips = [
        a["href"]
        for t, a in tags.tags
        if t == "a" and "href" in a and a["href"].startswith("/?") and "data-nav" in a
    ]
    removing_tokayev = [h for h in chips if "who=lavrov" in h and "who=tokayev" not in h]
    assert removing_tokayev and all("status=planned" in h for h in removing_tokayev)
    # The feed links mirror the filters (and nothing else: no order, no page).
    feeds = [h for h in tags.hrefs() if h.startswith("webcal://")]
    assert feeds
    for link in feeds:
        query = dict(parse_qsl(urlsplit(link).query))
        assert query.get("status") == "planned" and "order" not in query
    assert any(
        sorted(parse_qsl(urlsplit(h).query))
        == sorted([("status", "planned"), ("who", "lavrov"), ("who", "tokayev")])
        for h in feeds
    )


def test_notes_explain_values_that_match_nothing(client):
    html, _ = page(client, "/?who=nobody")
    assert "Kim = “nobody”: hiçbir olayla eşleşmiyor." in html
    html, _ = page(client, "/?status=someday", **{"Accept-Language": "en"})
    assert "Status “someday” is not known" in html


def test_facets_link_to_filtered_timelines(client):
    _, tags = page(client, "/")
    facet_links = [
        a["href"]
        for t, a in tags.tags
        if t == "a" and "href" in a and re.match(r"/\?(who|where|type|status)=", a["href"])
    ]
    assert "/?where=Moskova" in facet_links
    assert "/?type=summit" in facet_links
    for link in facet_links:
        assert page(client, link)[1].events(), link


def test_lists_page_counts_and_links(client):
    html, tags = page(client, "/lists")
    assert "Kişiler" in html and "Yerler" in html and "Türler" in html
    summit = re.search(r'<a href="/\?type=summit">zirve</a> <span class="n">(\d+)</span>', html)
    assert summit and int(summit.group(1)) == 3
    html, _ = page(client, "/lists?where=Rusya")
    summit = re.search(r'<a href="/\?where=Rusya&amp;type=summit">zirve</a>', html)
    assert summit is None  # no summit in Russia
    assert '<a href="/lists">' in html or 'href="/lists"' in html


# ---------------------------------------------------------------------------------------------
# Languages


def test_language_from_accept_language_and_switch_keeps_filters(client):
    html, tags = page(client, "/?who=tokayev", **{"Accept-Language": "en-US,en;q=0.9"})
    assert '<html lang="en">' in html and "12 November 2025" in html
    switch = [a["href"] for t, a in tags.tags if t == "a" and a.get("hreflang") == "tr"]
    assert switch == ["?who=tokayev&lang=tr"]
    r = client.get("/?who=tokayev&lang=tr", headers={"Accept-Language": "en"})
    assert '<html lang="tr">' in r.get_data(as_text=True)
    assert "12 Kasım 2025" in r.get_data(as_text=True)
    assert "timeline_lang=tr" in r.headers["Set-Cookie"]
    # Remembered: the cookie wins over Accept-Language on the next request.
    html, _ = page(client, "/", **{"Accept-Language": "en"})
    assert '<html lang="tr">' in html


def test_language_links_never_repeat_the_parameter(client):
    _, tags = page(client, "/?lang=en&q=zirve")
    switch = [a["href"] for t, a in tags.tags if t == "a" and a.get("hreflang")]
    assert switch == ["?q=zirve&lang=tr"]


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_no_untranslated_keys_on_any_page(client, lang):
    visit = api_ids(client, "type=visit")[0]
    doc = client.get(f"/api/events/{visit}").get_json()["sources"][0]["document"]
    for url in (
        "/",
        "/?who=nobody",
        "/?order=upcoming",
        "/lists",
        f"/events/{visit}",
        f"/documents/{doc}",
        "/events/nope",
    ):
        html = client.get(url + ("&" if "?" in url else "?") + f"lang={lang}").get_data(
            as_text=True
        )
        text = re.sub(r"<[^>]+>", " ", html)
        leaked = re.findall(r"\b(?:ui|type|status|field|mod|month|duration)\.[a-z_]+\b", text)
        assert leaked == [], (url, leaked)


# ---------------------------------------------------------------------------------------------
# Event pages and source views


def _postponed_store(store):
    """Two reports of one visit: planned for 12 November, then postponed to 3 December."""

    def analysis(name, published, event):
        text = f"date {published}\n{event.quote}\n"
        doc = Document(
            source=name,
            text=text,
            published=datetime.fromisoformat(f"{published}T09:00:00+03:00"),
            title=event.quote,
            body=((16, len(text) - 1),),
            key=name,
        )
        return Analysis(doc, [], [event])

    planned = Event(
        "2025-11-12",
        "day",
        "Tokayev'in Rusya ziyareti",
        "visit",
        "planned",
        "Tokayev 12 Kasım'da Rusya'yı ziyaret edecek.",
        country="Rusya",
        participants=["Tokayev"],
        calendar=True,
    )
    moved = Event(
        "2025-12-03",
        "day",
        "Tokayev'in Rusya ziyareti",
        "visit",
        "planned",
        "Tokayev'in ziyareti 3 Aralık'a ertelendi.",
        country="Rusya",
        participants=["Tokayev"],
        calendar=True,
        replaces=("2025-11-12", None),
    )
    store.add_analyses([analysis("a.txt", "2025-10-20", planned)])
    store.add_analyses([analysis("b.txt", "2025-10-28", moved)])
    return store


def test_event_page_shows_changes_and_every_source(store):
    from web import create_app

    _postponed_store(store)
    client = create_app({"TESTING": True, "DATABASE": store.path}).test_client()
    (event,) = client.get("/api/events").get_json()["events"]
    html, tags = page(client, f"/events/{event['id']}")
    assert "3 Aralık 2025" in html
    assert re.search(
        r"ertelendi</strong> — önceki tarih: 12 Kasım 2025 → yeni tarih: "
        r"3 Aralık 2025",
        html,
    )
    assert html.count("<blockquote>") == 2
    # The revision history, written for readers.
    history = html[html.index('id="history-h"') :]
    assert "tarih: 12 Kasım 2025 → 3 Aralık 2025" in history
    assert "sürüm 1" in html
    docs = [h for h in tags.hrefs() if h.startswith("/documents/")]
    assert len(set(docs)) == 2
    # The timeline card says it too.
    home, _ = page(client, "/")
    assert "ertelendi</span>: 12 Kasım 2025 → 3 Aralık 2025" in home


def test_source_view_marks_dates_with_their_reading(client):
    visit = client.get("/api/events?type=visit").get_json()["events"][0]
    doc = visit["sources"][0]["document"]
    html, tags = page(client, f"/documents/{doc}")
    marks = [a for t, a in tags.tags if t == "mark"]
    assert marks and all(a.get("tabindex") == "0" and a.get("data-value") for a in marks)
    assert 'data-value="2025-11-12"' in html
    assert "karşılığı: 12 Kasım 2025 · <code>2025-11-12</code>" in html
    assert 'class="metadata"' in html
    # The events this article supports, with links to them.
    assert f'href="/events/{visit["id"]}"' in html
    en, _ = page(client, f"/documents/{doc}?lang=en")
    assert "resolved to: 12 November 2025" in en


# ---------------------------------------------------------------------------------------------
# Hostile text and headers


def _hostile_pages(client) -> list[str]:
    docs = client.get("/api/documents").get_json()["documents"]
    bad = next(d for d in docs if "hostile" in d["source"])
    events = client.get(f"/api/events?source={bad['id']}").get_json()["events"]
    assert events, "the hostile article gave no event: the fixture needs a look"
    return [
        "/",
        f"/?source={bad['id']}",
        "/?q=onerror",
        f"/events/{events[0]['id']}",
        f"/documents/{bad['id']}",
        "/lists",
        f"/?who={events[0]['participants'][0]}",
    ]


def test_hostile_text_is_shown_as_text(hostile_client):
    for url in _hostile_pages(hostile_client):
        html, tags = page(hostile_client, url)
        assert tags.inline_scripts == [], url
        scripts = [a for t, a in tags.tags if t == "script"]
        # app.js only, and an event page's JSON-LD: a data block the CSP allows, in which the
        # hostile text cannot open or close a tag.
        assert [a for a in scripts if a.get("type") != "application/ld+json"] == [
            {"src": "/static/app.js", "defer": None}
        ], url
        assert len(tags.data_blocks) == len(scripts) - 1 == url.startswith("/events/"), url
        for block in tags.data_blocks:
            assert "<" not in block and ">" not in block
            assert "window.__xss" in json.dumps(json.loads(block)), url
        for tag, attrs in tags.tags:
            handlers = [name for name in attrs if name.startswith("on")]
            assert handlers == [], (url, tag, attrs)
            assert "style" not in attrs, (url, tag)  # CSP: no inline style either
            for name in ("href", "src", "action"):
                value = (attrs.get(name) or "").strip().lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), (url, attrs)
        assert "javascript:" not in " ".join(tags.hrefs()).lower()
    event_html, _ = page(hostile_client, _hostile_pages(hostile_client)[3])
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in event_html


def test_security_headers_on_every_page(hostile_client):
    for url in _hostile_pages(hostile_client) + ["/events/missing"]:
        r = hostile_client.get(url)
        csp = r.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert r.headers["X-Content-Type-Options"] == "nosniff"


# ---------------------------------------------------------------------------------------------
# TimelineJS export


def test_timelinejs_format(client):
    r = client.get("/api/timelinejs.json")
    assert r.status_code == 200 and r.headers["Access-Control-Allow-Origin"] == "*"
    assert r.mimetype == "application/json"
    data = r.get_json()
    assert data["title"]["text"]["headline"] == "Zaman Çizelgesi"
    assert data["scale"] == "human"
    slides = {s["unique_id"]: s for s in data["events"]}
    assert len(slides) == 5
    for s in data["events"]:
        start = s["start_date"]
        assert isinstance(start["year"], int)
        assert set(start) <= {"year", "month", "day", "hour", "minute", "display_date"}
        assert s["text"]["headline"] and s["text"]["text"].startswith("<p>")
        assert s["group"] and s["display_date"]
    year_only = [s for s in data["events"] if "month" not in s["start_date"]]
    assert [s["start_date"] for s in year_only] == [{"year": 2022, "display_date": "2022"}]
    visit = next(s for s in data["events"] if s["group"] == "ziyaret")
    assert visit["start_date"] == {
        "year": 2025,
        "month": 11,
        "day": 12,
        "display_date": "12 Kasım 2025",
    }
    assert visit["text"]["text"].count("/documents/") == 2


def test_timelinejs_filters_language_and_caching(client):
    data = client.get("/api/timelinejs.json?who=tokayev&lang=en").get_json()
    assert len(data["events"]) == 2
    assert "who=tokayev" in data["title"]["text"]["text"]
    assert any(s["display_date"] == "12 November 2025" for s in data["events"])
    r = client.get("/api/timelinejs.json")
    again = client.get("/api/timelinejs.json", headers={"If-None-Match": r.headers["ETag"]})
    assert again.status_code == 304
    bad = client.get("/api/timelinejs.json?from=nope")
    assert bad.status_code == 400 and bad.get_json()["ok"] is False
    assert bad.headers["Access-Control-Allow-Origin"] == "*"


def test_timelinejs_escapes_article_text(hostile_client):
    data = hostile_client.get("/api/timelinejs.json").get_json()
    blob = " ".join(s["text"]["headline"] + s["text"]["text"] for s in data["events"])
    assert "<script" not in blob and "<img" not in blob and "<b " not in blob
    assert "&lt;script&gt;" in blob
    assert "javascript:" not in " ".join(re.findall(r'href="([^"]*)"', blob))


# ---------------------------------------------------------------------------------------------
# The page cache


def test_pages_revalidate_and_follow_store_changes(app, seeded_store, hostile_article):
    from helpers import ingest

    client = app.test_client()
    first = client.get("/?q=zirve")
    assert first.headers["Cache-Control"] == "no-cache" and first.headers["ETag"]
    assert (
        client.get("/?q=zirve", headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    )
    ingest(seeded_store, [hostile_article])  # a change: new stamp, new page
    second = client.get("/?q=zirve")
    assert second.status_code == 200 and second.headers["ETag"] != first.headers["ETag"]
    assert "ISPARTA" in second.get_data(as_text=True)
    assert (
        client.get("/?q=zirve", headers={"If-None-Match": first.headers["ETag"]}).status_code == 200
    )


def test_cached_page_follows_language_and_day(client, monkeypatch):
    tr = client.get("/", headers={"Accept-Language": "tr"}).get_data(as_text=True)
    en = client.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert '<html lang="tr">' in tr and '<html lang="en">' in en
    monkeypatch.setenv("TIMELINE_TODAY", "2026-01-05")
    later = client.get("/", headers={"Accept-Language": "tr"}).get_data(as_text=True)
    assert "Bugün · 5 Ocak 2026" in later and "Bugün · 30 Ekim 2025" in tr
    # Bad input is never cached: the same URL fails again, with its message.
    for _ in range(2):
        assert client.get("/?page=x").status_code == 400


def test_timelinejs_times_and_ranges(store):
    from web import create_app

    def analysis(name, event):
        text = f"date 2025-10-20\n{event.quote}\n"
        doc = Document(
            source=name,
            text=text,
            title=event.title,
            key=name,
            published=datetime.fromisoformat("2025-10-20T09:00:00+03:00"),
            body=((16, len(text) - 1),),
            url="https://example.org/haber",
        )
        return Analysis(doc, [], [event])

    timed = Event(
        "2025-11-12",
        "day",
        "Basın toplantısı",
        "press",
        "planned",
        "Bakan 12 Kasım'da saat 14.30'da açıklama yapacak.",
        time="14:30",
        location="Ankara",
        country="Türkiye",
        calendar=True,
    )
    ranged = Event(
        "2026-06-15",
        "day",
        "Fuar",
        "fair",
        "planned",
        "Fuar 15-16 Haziran'da yapılacak.",
        end="2026-06-16",
        calendar=True,
    )
    monthly = Event("2025-12", "month", "Seçim", "election", "planned", "Seçim aralıkta yapılacak.")
    store.add_analyses(
        [analysis("a.txt", timed), analysis("b.txt", ranged), analysis("c.txt", monthly)]
    )
    client = create_app({"TESTING": True, "DATABASE": store.path}).test_client()
    slides = {
        s["text"]["headline"]: s
        for s in client.get("/api/timelinejs.json?lang=en").get_json()["events"]
    }
    assert slides["Basın toplantısı"]["start_date"] == {
        "year": 2025,
        "month": 11,
        "day": 12,
        "hour": 14,
        "minute": 30,
        "display_date": "12 November 2025, 14:30",
    }
    assert slides["Fuar"]["end_date"] == {
        "year": 2026,
        "month": 6,
        "day": 16,
        "display_date": "16 June 2026",
    }
    assert slides["Fuar"]["display_date"] == "15–16 June 2026"
    assert slides["Seçim"]["start_date"] == {
        "year": 2025,
        "month": 12,
        "display_date": "December 2025",
    }
    assert "end_date" not in slides["Seçim"]
    # A safe article URL is linked as it is.
    assert 'href="https://example.org/haber"' in slides["Fuar"]["text"]["text"]


def test_an_empty_store_gives_working_pages(store):
    from web import create_app

    client = create_app({"TESTING": True, "DATABASE": store.path}).test_client()
    html, tags = page(client, "/")
    assert tags.events() == [] and "Bu süzgeçle eşleşen olay yok." in html
    assert 'id="today"' in html
    for url in ("/?order=upcoming", "/lists", "/?q=zirve", "/?who=kimse"):
        page(client, url)
    assert client.get("/api/timelinejs.json").get_json()["events"] == []
    assert client.get("/?page=1").status_code == 404
