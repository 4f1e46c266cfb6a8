"""What search engines, link previews and feed readers read (issue 17): schema.org Event
JSON-LD, Open Graph/Twitter/meta description, canonical and hreflang, the Atom feed of new and
changed events, sitemap.xml and robots.txt."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import feedparser
import pytest

from timeline.model import Event, Source, StoredEvent
from web.meta import event_ld, event_status, json_ld


class Head(HTMLParser):
    """The ``<meta>``, ``<link>`` and JSON-LD blocks of a page."""

    def __init__(self):
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.links: list[dict] = []
        self.json_ld: list[dict] = []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("content") is not None:
            key = a.get("property") or a.get("name")
            self.meta.setdefault(key, []).append(a["content"])
        elif tag == "link":
            self.links.append(a)
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld = True

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld.append(json.loads(data))

    def handle_endtag(self, tag):
        self._in_ld = False


def head_of(client, url: str) -> Head:
    response = client.get(url)
    assert response.status_code == 200
    parser = Head()
    parser.feed(response.get_data(as_text=True))
    return parser


def an_event_id(client) -> str:
    events = client.get("/api/events").get_json()["events"]
    return next(e["id"] for e in events if e["granularity"] == "day" and e.get("location"))


def page_urls(client) -> list[str]:
    doc = client.get("/api/documents").get_json()["documents"][0]["id"]
    return ["/", "/?who=Lavrov", f"/events/{an_event_id(client)}", f"/documents/{doc}"]


@pytest.mark.parametrize("lang", ["tr", "en"])
@pytest.mark.parametrize("n", range(4), ids=["timeline", "filtered", "event", "source"])
def test_every_page_has_preview_tags_canonical_and_hreflang(client, n, lang):
    url = page_urls(client)[n]
    joined = url + ("&" if "?" in url else "?") + f"lang={lang}"
    head = head_of(client, joined)
    for name in ("description", "og:title", "og:description", "og:url", "og:type"):
        assert head.meta[name][0].strip(), name
    for name in ("twitter:card", "twitter:title", "twitter:description"):
        assert head.meta[name][0].strip(), name
    canonical = [x["href"] for x in head.links if x.get("rel") == "canonical"]
    assert canonical == [head.meta["og:url"][0]]
    assert canonical[0].startswith("http://localhost/") and f"lang={lang}" in canonical[0]
    alternates = {x["hreflang"]: x["href"] for x in head.links if x.get("hreflang")}
    assert set(alternates) == {"tr", "en", "x-default"}
    assert alternates[lang] == canonical[0]
    assert "lang=" not in alternates["x-default"]
    if "who=Lavrov" in url:
        assert all("who=Lavrov" in u for u in alternates.values())
        assert "Lavrov" in head.meta["og:title"][0]


def test_event_page_json_ld_has_googles_required_properties(client):
    event_id = an_event_id(client)
    response = client.get(f"/events/{event_id}")
    # A data block: the CSP still allows only the site's own scripts.
    assert "script-src 'self';" in response.headers["Content-Security-Policy"]
    head = Head()
    head.feed(response.get_data(as_text=True))
    (ld,) = head.json_ld
    stored = client.get(f"/api/events/{event_id}").get_json()
    assert ld["@context"] == "https://schema.org" and ld["@type"] == "Event"
    assert ld["name"] == stored["title"]
    assert ld["startDate"].startswith(stored["date"])
    assert ld["location"]["@type"] == "Place" and ld["location"]["name"]
    # The country as its ISO 3166-1 code, from the gazetteer entry of the stored country.
    from timeline.places import lookup

    assert ld["location"]["address"]["addressCountry"] == lookup(stored["country"]).iso
    assert ld["eventStatus"].startswith("https://schema.org/Event")
    assert ld["url"] == f"http://localhost/events/{event_id}"
    # Each source: its article URL, else our copy of its text.
    assert [a["url"] for a in ld["subjectOf"]] == [
        s.get("url") or f"http://localhost/documents/{s['document']}" for s in stored["sources"]
    ]
    assert all(a["@type"] == "NewsArticle" and a["headline"] for a in ld["subjectOf"])


def stored(status="planned", replaces=None, time=None, timezone=None, date="2025-11-12"):
    e = Event(
        date=date,
        granularity="day",
        title="Zirve </script><script>window.__xss=1</script>",
        type="summit",
        status=status,
        quote="Zirve yapılacak.",
        time=time,
        timezone=timezone,
        location="Duşanbe",
        country="Tacikistan",
        replaces=replaces,
    )
    source = Source(
        document="d1",
        source="hand/1.txt",
        title="Başlık",
        published="2025-10-01T09:00:00+00:00",
        url="https://haber.example/1",
        outlet="Örnek",
        quote="Zirve yapılacak.",
    )
    return StoredEvent("abc", e, [source])


@pytest.mark.parametrize(
    ("kwargs", "status", "previous"),
    [
        ({}, "EventScheduled", None),
        ({"status": "held"}, "EventScheduled", None),
        ({"status": "cancelled"}, "EventCancelled", None),
        ({"status": "postponed"}, "EventPostponed", None),
        ({"replaces": ("2025-11-01", None)}, "EventRescheduled", "2025-11-01"),
    ],
)
def test_event_status_in_json_ld(kwargs, status, previous):
    item = stored(**kwargs)
    assert event_status(item) == (status, previous)
    ld = event_ld(item, "https://x.example", "tr")
    assert ld["eventStatus"] == f"https://schema.org/{status}"
    assert ld.get("previousStartDate") == previous


def test_json_ld_times_carry_their_zone_and_text_cannot_close_the_block():
    ld = event_ld(stored(time="09:30", timezone="Asia/Dushanbe"), "https://x.example", "tr")
    assert ld["startDate"] == "2025-11-12T09:30:00+05:00"
    assert ld["endDate"] == "2025-11-12T10:30:00+05:00"  # an hour, as in the feed
    whole_days = event_ld(stored(), "https://x.example", "tr")
    assert (whole_days["startDate"], whole_days["endDate"]) == ("2025-11-12", "2025-11-12")
    block = str(json_ld(ld))
    assert "<" not in block and ">" not in block
    assert json.loads(block)["name"].startswith("Zirve </script>")


# ---------------------------------------------------------------------------------------------
# Atom


def test_atom_feed_lists_new_and_changed_events_for_feed_readers(client):
    response = client.get("/events.atom")
    assert response.status_code == 200
    assert response.content_type == "application/atom+xml; charset=utf-8"
    parsed = feedparser.parse(response.data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    events = client.get("/api/events").get_json()["events"]
    assert len(parsed.entries) == len(events)
    assert {e.link for e in parsed.entries} == {
        f"http://localhost/events/{e['id']}" for e in events
    }
    stamps = [e.updated_parsed for e in parsed.entries]
    assert stamps == sorted(stamps, reverse=True)
    assert all(e.title.startswith(("Yeni: ", "Değişti: ")) for e in parsed.entries)
    assert parsed.feed.links[0].href == "http://localhost/events.atom"
    # Conditional requests are answered with 304.
    again = client.get("/events.atom", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


def test_atom_feed_takes_the_calendar_feeds_filters(client):
    parsed = feedparser.parse(client.get("/events.atom?who=Lavrov&lang=en").data)
    assert not parsed.bozo
    ids = {e["id"] for e in client.get("/api/events?who=Lavrov").get_json()["events"]}
    assert {e.link.rsplit("/", 1)[1] for e in parsed.entries} == ids != set()
    assert all(e.title.startswith(("New: ", "Changed: ")) for e in parsed.entries)
    assert "who: Lavrov" in parsed.feed.title
    assert client.get("/events.atom?from=bad").status_code == 400


def test_pages_link_the_atom_feed(client):
    head = head_of(client, "/")
    assert any(x.get("type") == "application/atom+xml" for x in head.links)


# ---------------------------------------------------------------------------------------------
# Sitemap and robots.txt


def test_sitemap_and_robots(client):
    robots = client.get("/robots.txt")
    assert robots.content_type.startswith("text/plain")
    assert "Sitemap: http://localhost/sitemap.xml" in robots.get_data(as_text=True)
    xml = client.get("/sitemap.xml").get_data(as_text=True)
    locs = re.findall(r"<loc>(.*?)</loc>", xml)
    events = client.get("/api/events").get_json()["events"]
    docs = client.get("/api/documents").get_json()["documents"]
    assert {f"http://localhost/events/{e['id']}" for e in events} <= set(locs)
    assert {f"http://localhost/documents/{d['id']}" for d in docs} <= set(locs)
    assert "http://localhost/" in locs
    for loc in locs:  # every listed page exists
        assert client.get(loc.removeprefix("http://localhost")).status_code == 200


def test_a_large_sitemap_is_split_into_an_index_and_parts(monkeypatch):
    from web import openweb

    monkeypatch.setattr(openweb, "SITEMAP_URLS", 2)
    urls = [f"https://x.example/events/{n}/" for n in range(5)]
    files = openweb.sitemap_files("https://x.example", urls)
    assert sorted(files) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]
    index = files["sitemap.xml"].decode()
    assert "<sitemapindex" in index and "https://x.example/sitemap-3.xml" in index
    parts = [re.findall(r"<loc>(.*?)</loc>", files[f"sitemap-{n}.xml"].decode()) for n in (1, 2, 3)]
    assert sum(parts, []) == urls
