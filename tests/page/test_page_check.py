"""The shared ``page-check`` acceptance tool on every kind of page, desktop and phone: no
serious or critical axe violations, no console errors, no outside requests, no horizontal
scroll, the XSS canary untouched (also on pages showing a hostile article)."""

from __future__ import annotations

import subprocess

import pytest
from helpers import ROOT, chromium_path, require, shared_tool

pytestmark = [pytest.mark.browser, pytest.mark.realclient]
ARTIFACTS = ROOT / "test-artifacts"


def run_page_check(url: str, mobile: bool, name: str, *extra: str) -> None:
    tool = shared_tool("page-check")
    require(tool is not None, "shared/tools/page-check", "run from a checkout beside shared/")
    require(chromium_path() is not None, "Chromium", "apt-get install chromium (see README)")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"page-check-{name}{'-phone' if mobile else ''}.png"
    args = [str(tool), url, "--screenshot", str(shot), *extra]
    if mobile:
        args.append("--mobile")
    result = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAIL" not in result.stdout
    assert shot.exists()


def _ids(client) -> tuple[str, str]:
    visit = client.get("/api/events?type=visit").get_json()["events"][0]
    return visit["id"], visit["sources"][0]["document"]


@pytest.mark.parametrize("mobile", [False, True], ids=["desktop", "phone"])
@pytest.mark.parametrize("kind", ["timeline", "filtered", "upcoming", "event", "document", "lists"])
def test_page_check(live_server, client, kind, mobile):
    event_id, doc_id = _ids(client)
    path, expect = {
        "timeline": ("/", ["Tokayev", "2022"]),
        "filtered": ("/?who=tokayev&q=zirve&status=planned", ["Tokayev"]),
        "upcoming": ("/?order=upcoming", ["7. Hazar"]),
        "event": (f"/events/{event_id}", ["Tokayev"]),
        "document": (f"/documents/{doc_id}", ["Tokayev", "2025-11-12"]),
        "lists": ("/lists?lang=tr", ["Moskova"]),  # places in the page's language
    }[kind]
    extra = ["--expect-text", *expect]
    if kind in ("timeline", "filtered", "upcoming"):
        extra += ["--min-items", "1", "--item-selector", "article.event"]
    run_page_check(live_server.url + path, mobile, kind, *extra)


@pytest.mark.parametrize("mobile", [False, True], ids=["desktop", "phone"])
@pytest.mark.parametrize("kind", ["timeline", "upcoming", "event", "document", "lists"])
def test_page_check_dark_theme(live_server, client, kind, mobile):
    """The accessibility checks, colour contrast included, on the dark theme
    (``prefers-color-scheme: dark``)."""
    event_id, doc_id = _ids(client)
    path = {
        "timeline": "/",
        "upcoming": "/?order=upcoming&lang=en",
        "event": f"/events/{event_id}",
        "document": f"/documents/{doc_id}",
        "lists": "/lists",
    }[kind]
    run_page_check(
        live_server.url + path, mobile, f"dark-{kind}", "--dark", "--expect-text", "Tokayev"
    )


@pytest.mark.parametrize("kind", ["timeline", "event", "document"])
def test_page_check_with_a_hostile_article(hostile_server, hostile_client, kind):
    docs = hostile_client.get("/api/documents").get_json()["documents"]
    bad = next(d for d in docs if "hostile" in d["source"])
    event = hostile_client.get(f"/api/events?source={bad['id']}").get_json()["events"][0]
    path = {
        "timeline": "/?q=onerror",
        "event": f"/events/{event['id']}",
        "document": f"/documents/{bad['id']}",
    }[kind]
    # On the timeline the quotes are folded away; the event's title is in view (its place is
    # shown in the browser's language, which may not be Turkish).
    expect = event["title"] if kind == "timeline" else "<script>window.__xss=1</script>"
    run_page_check(hostile_server.url + path, True, f"hostile-{kind}", "--expect-text", expect)
