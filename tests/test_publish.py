"""``timeline publish``: the static site, served by a plain static file server on 127.0.0.1.

The site is built from the seeds, the page tests' hostile article and events stored by hand
whose participant and place names are hostile (path traversal, markup, other scripts, case
and diacritic variants of one name). Every link and asset of every page, feed and JSON file
must be a published file; the feeds pass ``ics-check`` and the pages ``page-check`` as served
by the static server; publishing again writes only what changed.
"""

from __future__ import annotations

import json
import re
import subprocess
import threading
from functools import partial
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from helpers import (
    ROOT,
    chromium_path,
    hand_analysis,
    ics_check_tool,
    ingest,
    require,
    run_cli,
    shared_tool,
)

from timeline.errors import InputError
from timeline.pipeline import Analysis
from web.links import slug
from web.publish import MANIFEST, publish

HOSTILE_ARTICLE = Path(__file__).resolve().parent / "page" / "fixtures" / "hostile.json"
HOSTILE_NAMES = [
    "../../../etc/passwd",
    "a/b\\c",
    "<script>window.__xss=1</script>",
    "Москва Делегация",
    "x" * 150,
    "..",
    "İSMAİL IŞIK",
    "ismail ışık",
]
SAFE_SEGMENT = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


class StaticHandler(SimpleHTTPRequestHandler):
    """A plain static file server, with the content types of docs/deployment.md's nginx snippet."""

    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".ics": "text/calendar; charset=utf-8",
        ".html": "text/html; charset=utf-8",
        ".json": "application/json",
        ".js": "text/javascript; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".svg": "image/svg+xml",
    }

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


class StaticServer:
    """``http.server`` rooted at a folder, in a thread, on a free port of 127.0.0.1."""

    def __init__(self, root: Path):
        root.mkdir(parents=True, exist_ok=True)
        self.httpd = ThreadingHTTPServer(
            ("127.0.0.1", 0), partial(StaticHandler, directory=str(root))
        )
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


def hostile_names_article() -> Analysis:
    return hand_analysis(
        "hostile-names",
        "2025-10-21T10:00:00+03:00",
        "Heyetler 18 Kasım'da Ankara'da görüşecek.",
        date="2025-11-18",
        title="Heyetler görüşmesi",
        location="../İSTANBUL/..",
        country="Türkiye",
        timezone="Europe/Istanbul",
        participants=HOSTILE_NAMES,
    )


def new_article() -> Analysis:
    return hand_analysis(
        "new",
        "2025-10-29T09:00:00+03:00",
        "Fidan ile Şimşek 3 Aralık'ta Kars'ta bir araya gelecek.",
        date="2025-12-03",
        title="Fidan ile Şimşek görüşmesi",
        location="Kars",
        country="Türkiye",
        timezone="Europe/Istanbul",
        participants=["Dışişleri Bakanı Hakan Fidan", "Hazine ve Maliye Bakanı Mehmet Şimşek"],
    )


@pytest.fixture
def site_store(seeded_store):
    ingest(seeded_store, [HOSTILE_ARTICLE])
    seeded_store.add_analyses([hostile_names_article()])
    return seeded_store


@pytest.fixture
def server(tmp_path):
    with StaticServer(tmp_path / "site") as s:
        yield s


@pytest.fixture
def site(site_store, server, tmp_path) -> Path:
    out = tmp_path / "site"
    result = publish(site_store.path, out, server.url)
    assert result.written and not result.deleted
    return out


def files_of(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}


# ---------------------------------------------------------------------------------------------
# Structure


def test_the_site_has_every_kind_of_file(site, site_store):
    files = files_of(site)
    events = site_store.events()
    assert {
        "index.html",
        "calendar.ics",
        "lists/index.html",
        "upcoming/index.html",
        "api/events.json",
        "api/documents.json",
        "api/timelinejs.json",
        "static/app.js",
        "static/style.css",
        "static/icon.svg",
        MANIFEST,
    } <= files
    for item in events:
        assert f"events/{item.id}/index.html" in files
        assert f"api/events/{item.id}.json" in files
        if item.event.granularity == "day":
            assert f"events/{item.id}.ics" in files
    for doc in site_store.documents():
        assert f"documents/{doc['id']}/index.html" in files
    # A page and a feed per participant, place, country and type.
    for name, value in [
        ("who", "Rusya Dışişleri Bakanı Sergey Lavrov"),
        ("where", "Moskova"),
        ("where", "Rusya"),
        ("type", "summit"),
        ("status", "proposed"),
    ]:
        assert f"{name}/{slug(value)}/index.html" in files
        assert f"feeds/{name}/{slug(value)}.ics" in files
    assert "year/2025/index.html" in files
    # The published files hold what the live site shows.
    from web import create_app

    live = create_app({"TESTING": True, "DATABASE": site_store.path}).test_client()
    assert (site / "api/events.json").read_bytes() == live.get("/api/events").data
    whole = (site / "calendar.ics").read_bytes()
    assert uids(whole) == uids(live.get("/calendar.ics").data) != set()
    moskova = (site / "feeds/where/moskova.ics").read_bytes()
    assert uids(moskova) == uids(live.get("/calendar.ics?where=Moskova").data) != set()
    assert b"URL:" + urlsplit_base(site).encode() + b"/feeds/where/moskova.ics" in moskova


def uids(body: bytes) -> set[str]:
    return set(re.findall(rb"^UID:(?!timeline-feed)(\S+@\S+)\r$", body, re.M))


def urlsplit_base(site: Path) -> str:
    return json.loads((site / MANIFEST).read_text())["base_url"]


def test_the_static_page_says_what_needs_the_live_service(site):
    html = (site / "index.html").read_text()
    assert 'id="filters"' not in html and 'name="q"' not in html  # no search form
    assert 'id="page-filter"' in html  # app.js filters the loaded page instead
    assert "canlı hizmette" in html
    assert 'class="langs"' not in html  # one language per published site
    english = publish_lang_en(site)
    assert "live service" in (english / "index.html").read_text()


def publish_lang_en(site: Path) -> Path:
    base = urlsplit_base(site)
    out = site.parent / "site-en"
    db = site.parent / "timeline.db"
    publish(db, out, base, lang="en")
    return out


# ---------------------------------------------------------------------------------------------
# No broken links


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "action") and value is not None:
                self.found.append(value)
            if name == "id" and value:
                self.ids.add(value)


def resolve(out: Path, url_path: str) -> Path:
    path = unquote(url_path).lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    return out / path


def test_every_link_and_asset_of_the_site_is_a_published_file(site):
    base = urlsplit(urlsplit_base(site))
    ours = base.netloc
    checked = external = 0
    broken = []

    def check(link: str, page: str, file: str) -> None:
        nonlocal checked, external
        parts = urlsplit(link)
        if parts.scheme in ("http", "https", "webcal") and parts.netloc != ours:
            assert parts.scheme in ("http", "https"), (file, link)  # no javascript: etc.
            external += 1
            return
        if parts.scheme not in ("", "http", "https", "webcal"):
            broken.append((file, link))
            return
        target = urljoin(page, link) if not parts.scheme else parts._replace(scheme="http").geturl()
        target_parts = urlsplit(target)
        if target_parts.query or not resolve(site, target_parts.path).is_file():
            broken.append((file, link))
        checked += 1

    root = f"http://{ours}/"
    for path in sorted(site.rglob("*")):
        relative = path.relative_to(site).as_posix()
        page = root + relative
        if path.suffix == ".html":
            parser = Links()
            parser.feed(path.read_text())
            for link in parser.found:
                if link.startswith("#"):
                    assert link[1:] in parser.ids, (relative, link)
                    continue
                check(link, page, relative)
        elif path.suffix in (".ics", ".json", ".atom", ".xml", ".txt"):
            text = path.read_bytes().decode().replace("\r\n ", "")  # unfold calendar lines
            for link in re.findall(rf"(?:https?|webcal)://{re.escape(ours)}[^\s\"'<>\\]*", text):
                check(link, page, relative)
    assert not broken, broken[:20]
    assert checked > 500 and external > 0


def test_sitemap_robots_and_atom_of_the_published_site(site, site_store):
    """The sitemap lists every page the publish wrote (and nothing else); robots.txt names
    it; the Atom feed and the Google-sized feed are files too."""
    import feedparser

    base = urlsplit_base(site)
    pages = {p for p in files_of(site) if p.endswith(".html")}
    xml = (site / "sitemap.xml").read_text()
    locs = re.findall(r"<loc>(.*?)</loc>", xml)
    assert len(locs) == len(set(locs))
    assert {resolve(site, urlsplit(loc).path).relative_to(site).as_posix() for loc in locs} == pages
    assert f"Sitemap: {base}/sitemap.xml" in (site / "robots.txt").read_text()
    atom = feedparser.parse((site / "events.atom").read_bytes())
    assert not atom.bozo and len(atom.entries) == len(site_store.events())
    assert all(e.link.startswith(base + "/events/") and e.link.endswith("/") for e in atom.entries)
    google = (site / "google" / "calendar.ics").read_bytes()
    assert uids(google) == uids((site / "calendar.ics").read_bytes()) != set()
    assert f"URL:{base}/google/calendar.ics".encode() in google
    google_url = f"{urlsplit(base).netloc}/google/calendar.ics"  # webcal:// on http
    assert google_url.encode() in unquote_html(site / "index.html")
    manifest = json.loads((site / MANIFEST).read_text())["files"]
    assert {"sitemap.xml", "robots.txt", "events.atom"} <= set(manifest)


def unquote_html(path: Path) -> bytes:
    from urllib.parse import unquote_to_bytes

    return unquote_to_bytes(path.read_bytes().replace(b"&amp;", b"&"))


def test_hostile_names_are_safe_unique_file_names(site):
    files = files_of(site)
    for name in files - {MANIFEST}:
        assert all(SAFE_SEGMENT.fullmatch(part) for part in name.split("/")), name
    # Every file is inside the site; nothing was written next to it.
    assert {p.name for p in site.parent.iterdir()} <= {
        "site",
        "timeline.db",
        "timeline.db-wal",
        "timeline.db-shm",
    }
    slugs = {}
    for name in HOSTILE_NAMES:
        s = slug(name)
        assert SAFE_SEGMENT.fullmatch(s) and len(s) <= 80 and s not in (".", "..")
        assert f"who/{s}/index.html" in files and f"feeds/who/{s}.ics" in files
        slugs.setdefault(s, set()).add(name)
    # Names that filter the same share a file (case and diacritics); no others do.
    from timeline.text import search_key

    for s, names in slugs.items():
        assert len({search_key(n) for n in names}) == 1, (s, names)
    assert slug("İSMAİL IŞIK") == slug("ismail ışık") == "ismail-isik"


# ---------------------------------------------------------------------------------------------
# Real clients on the served static site


def run_tool(args: list[str]) -> str:
    result = subprocess.run(args, capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return output


@pytest.mark.realclient
def test_ics_check_on_the_published_feeds(site, server):
    tool = ics_check_tool()
    event = next(p for p in sorted(site.glob("events/*.ics")))
    output = run_tool(
        [
            str(tool),
            "--quiet",
            server.url + "/calendar.ics",
            server.url + "/feeds/where/moskova.ics",
            server.url + f"/feeds/who/{slug(HOSTILE_NAMES[0])}.ics",
            server.url + "/" + event.relative_to(site).as_posix(),
        ]
    )
    assert "0 failed" in output


@pytest.mark.browser
@pytest.mark.realclient
@pytest.mark.parametrize("kind", ["timeline", "event", "place"])
def test_page_check_on_the_published_pages(site, server, site_store, kind):
    tool = shared_tool("page-check")
    require(tool is not None, "shared/tools/page-check", "run from a checkout beside shared/")
    require(chromium_path() is not None, "Chromium", "apt-get install chromium (see README)")
    visit = next(it for it in site_store.events() if it.event.type == "visit")
    path, expect = {
        "timeline": ("/", ["Tokayev", "2022"]),
        "event": (f"/events/{visit.id}/", ["Tokayev"]),
        "place": ("/where/moskova/", ["Lavrov"]),
    }[kind]
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    shot = artifacts / f"page-check-published-{kind}.png"
    output = run_tool(
        [
            str(tool),
            server.url + path,
            "--screenshot",
            str(shot),
            "--mobile",
            "--expect-text",
            *expect,
        ]
    )
    assert "FAIL" not in output and shot.exists()


# ---------------------------------------------------------------------------------------------
# Incremental publishing


def snapshot(out: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(out).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in out.rglob("*")
        if p.is_file()
    }


def test_publishing_again_without_a_change_writes_nothing(site, site_store, server):
    before = snapshot(site)
    result = publish(site_store.path, site, server.url)
    assert result.written == [] and result.deleted == []
    assert result.unchanged == result.total == len(before) - 1  # all but the manifest
    assert snapshot(site) == before


def test_a_new_article_rewrites_only_the_files_that_changed(site, site_store, server):
    before = snapshot(site)
    site_store.add_analyses([new_article()])
    new = next(it for it in site_store.events() if it.event.title == "Fidan ile Şimşek görüşmesi")
    result = publish(site_store.path, site, server.url)
    written = set(result.written)
    after = snapshot(site)
    # The new event's files, its people's and place's pages and feeds, the whole feed.
    assert {
        f"events/{new.id}/index.html",
        f"events/{new.id}.ics",
        f"api/events/{new.id}.json",
        "calendar.ics",
        "api/events.json",
        f"where/{slug('Kars')}/index.html",
        f"feeds/where/{slug('Kars')}.ics",
        "feeds/type/meeting.ics",
    } <= written
    assert not result.deleted
    # Files of other events, documents and feeds were not touched (same inode and time).
    untouched = [p for p in before if p not in written and p != MANIFEST]
    assert untouched and all(after[p] == before[p] for p in untouched)
    for item in site_store.events():
        if item.id != new.id:
            assert f"events/{item.id}.ics" not in written
            assert f"api/events/{item.id}.json" not in written
    assert "feeds/where/moskova.ics" not in written
    assert len(written) < result.total / 2
    # What was written is what a publish from scratch gives.
    fresh = site.parent / "fresh"
    publish(site_store.path, fresh, server.url)
    assert manifest_files(fresh) == manifest_files(site)


def manifest_files(out: Path) -> dict:
    return json.loads((out / MANIFEST).read_text())["files"]


def test_a_removed_event_loses_its_files(site, site_store, server):
    gone = next(it for it in site_store.events() if it.event.type == "visit")
    site_store.add_correction(gone.id, "hide", {})
    result = publish(site_store.path, site, server.url)
    expected = {
        f"events/{gone.id}/index.html",
        f"events/{gone.id}.ics",
        f"api/events/{gone.id}.json",
    }
    assert expected <= set(result.deleted)
    assert not (site / "events" / gone.id).exists()
    assert not any((site / p).exists() for p in result.deleted)
    assert gone.id not in (site / "calendar.ics").read_text()
    assert set(manifest_files(site)) == files_of(site) - {MANIFEST}


# ---------------------------------------------------------------------------------------------
# Bad input


def test_publish_refuses_a_folder_it_did_not_write(seeded_store, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "index.html").write_text("my own page")
    with pytest.raises(InputError, match="not empty"):
        publish(seeded_store.path, out, "https://events.example.org")
    assert (out / "index.html").read_text() == "my own page"
    with pytest.raises(InputError, match="base-url"):
        publish(seeded_store.path, tmp_path / "new", "events.example.org")
    assert not (tmp_path / "new").exists()


def test_the_publish_command(seeded_store, tmp_path, capsys):
    out = tmp_path / "out"
    db = str(seeded_store.path)
    code, stdout, err = run_cli(capsys, "--db", db, "publish", str(out))
    assert code == 2 and "--base-url" in err
    code, stdout, err = run_cli(
        capsys, "--db", db, "publish", str(out), "--base-url", "https://events.example.org/timeline"
    )
    assert code == 0, err
    assert re.search(r"\d+ written, 0 unchanged, 0 deleted \(\d+ files\)", stdout)
    assert (
        "URL:https://events.example.org/timeline/calendar.ics" in (out / "calendar.ics").read_text()
    )
    code, stdout, err = run_cli(
        capsys,
        "--db",
        db,
        "publish",
        str(out),
        "--base-url",
        "https://events.example.org/timeline",
        "--list",
    )
    assert code == 0 and " 0 written" in " " + stdout and "written " not in stdout
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep")
    code, stdout, err = run_cli(
        capsys, "--db", db, "publish", str(foreign), "--base-url", "https://events.example.org"
    )
    assert code == 1 and "Error:" in err and (foreign / "notes.txt").read_text() == "keep"
