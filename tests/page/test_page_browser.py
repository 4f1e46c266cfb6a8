"""The timeline page in headless Chromium (Playwright driving the system's Chromium): browse,
filter without a reload, search, back button, open an event and its source, switch language,
keyboard navigation, no-JavaScript use, the XSS canary. Screenshots of desktop and phone views
(light and dark, and print) go to ``test-artifacts/`` for review."""

from __future__ import annotations

import re

import pytest
from helpers import ROOT

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "test-artifacts"
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
}


@pytest.fixture
def open_page(browser):
    """Open pages in fresh contexts; every one is checked for errors and outside requests."""
    contexts = []

    def make(server, path="/", **options):
        options.setdefault("locale", "tr-TR")
        if "viewport" not in options:
            options["viewport"] = {"width": 1280, "height": 900}
        context = browser.new_context(**options)
        contexts.append(context)
        pg = context.new_page()
        pg.problems = []

        def guard(route):
            if route.request.url.startswith(server.url):
                route.continue_()
            else:
                pg.problems.append(f"outside request {route.request.url}")
                route.abort()

        pg.route("**/*", guard)
        pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
        pg.on("pageerror", lambda e: pg.problems.append(str(e)))
        pg.on("dialog", lambda d: (pg.problems.append(f"dialog {d.message}"), d.dismiss()))
        pg.goto(server.url + path)
        return pg

    yield make
    for context in contexts:
        context.close()


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert (ARTIFACTS / f"{name}.png").stat().st_size > 0


def cards(pg) -> list[str]:
    return pg.locator("article.event").evaluate_all("els => els.map(e => e.dataset.event)")


def wait_count(pg, count: int) -> None:
    """Wait until the page shows ``count`` events (Playwright's expect: no eval, which the
    Content-Security-Policy forbids)."""
    from playwright.sync_api import expect

    expect(pg.locator("article.event")).to_have_count(count)


def no_horizontal_scroll(pg) -> None:
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= pg.viewport_size["width"], width


def test_browse_and_screenshots(live_server, open_page):
    pg = open_page(live_server)
    assert pg.title() == "Zaman Çizelgesi"
    assert pg.locator("html").get_attribute("lang") == "tr"
    assert len(cards(pg)) == 5
    assert pg.locator("#today").is_visible()
    assert pg.locator("a[href^='webcal://']").count() >= 1
    # The year-precise event shows its year only.
    assert pg.locator("article.precision-year time").inner_text() == "2022"
    # Expanding a card shows its sources and quotes.
    visit = pg.locator("article.event", has_text="Tokayev'in Rusya'ya")
    visit.locator("summary").click()
    assert visit.locator("blockquote").count() == 2
    assert visit.locator("blockquote").first.is_visible()
    shot(pg, "page-timeline-desktop")
    assert pg.problems == []


def test_dark_and_print_views(live_server, open_page):
    pg = open_page(live_server, color_scheme="dark")
    background = pg.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(19, 20, 22)"
    shot(pg, "page-timeline-desktop-dark")
    pg.emulate_media(media="print", color_scheme="light")
    assert pg.locator("#filters").is_hidden()
    shot(pg, "page-timeline-print")
    assert pg.problems == []


def test_filter_search_and_back_without_reload(live_server, open_page):
    pg = open_page(live_server)
    pg.evaluate("window.__sameDocument = true")
    everything = cards(pg)
    # Search as you type: the URL and the results follow, the page is not reloaded.
    pg.fill("#f-q", "KÖŞERBAYEV")
    pg.wait_for_url(re.compile(r"q=K%C3%96%C5%9EERBAYEV"))
    wait_count(pg, 3)
    assert pg.evaluate("window.__sameDocument") is True
    assert pg.locator("#f-q").evaluate("el => el === document.activeElement")
    # A select applies at once and combines with the search.
    pg.locator(".more-filters summary").click()
    pg.locator("#f-status").focus()
    pg.select_option("#f-status", "held")
    pg.wait_for_url(re.compile(r"status=held"))
    wait_count(pg, 1)
    assert pg.evaluate("document.activeElement.id") == "f-status"  # the focus stays
    assert pg.locator(".chips a").count() == 2
    # The subscribe link mirrors the filters.
    webcal = pg.locator(".subscribe a[href^='webcal://']").get_attribute("href")
    assert "status=held" in webcal and "q=" in webcal
    # Back: the search alone again; back again: everything.
    pg.go_back()
    wait_count(pg, 3)
    assert "status=held" not in pg.url
    assert pg.locator("#f-status").input_value() == ""
    # Choosing "any" again keeps the panel the reader opened, and the focus in it.
    pg.go_forward()
    wait_count(pg, 1)
    pg.locator("#f-status").focus()
    pg.select_option("#f-status", "")
    wait_count(pg, 3)
    assert pg.locator(".more-filters[open]").count() == 1
    assert pg.evaluate("document.activeElement.id") == "f-status"
    pg.go_back()
    wait_count(pg, 1)
    pg.go_back()
    wait_count(pg, 3)
    pg.go_back()
    wait_count(pg, len(everything))
    assert pg.evaluate("window.__sameDocument") is True
    assert pg.problems == []


def test_facets_chips_and_order(live_server, open_page):
    pg = open_page(live_server)
    pg.evaluate("window.__sameDocument = true")
    pg.locator(".facet a", has_text="Moskova").click()
    pg.wait_for_url(re.compile(r"where=Moskova"))
    assert len(cards(pg)) == 1
    assert "Moskova" in pg.locator(".chips").inner_text()
    pg.locator(".chips a").first.click()
    wait_count(pg, 5)
    pg.locator(".order a", has_text="Önce yaklaşanlar").click()
    pg.wait_for_url(re.compile(r"order=upcoming"))
    first = pg.locator("article.event").first.inner_text()
    assert "12 Kasım 2025" in first
    assert pg.locator("#past").is_visible()
    assert pg.evaluate("window.__sameDocument") is True
    assert pg.problems == []


def test_open_event_and_source_view(live_server, open_page):
    pg = open_page(live_server)
    pg.locator("article.event .title a", has_text="Tokayev").click()
    pg.wait_for_url("**/events/*")
    assert pg.locator("blockquote").count() == 2
    assert "12 Kasım 2025" in pg.inner_text("main")
    shot(pg, "page-event-desktop")
    pg.locator("a", has_text="kaynak metni").first.click()
    pg.wait_for_url("**/documents/*")
    marks = pg.locator("mark.timex")
    assert marks.count() >= 3
    tip = pg.locator("mark.timex[data-value='2025-11-12'] .resolved")
    assert tip.bounding_box()["width"] <= 1  # hidden until asked for
    pg.locator("mark.timex[data-value='2025-11-12']").focus()
    assert tip.bounding_box()["width"] > 50
    assert "12 Kasım 2025" in tip.inner_text()
    shot(pg, "page-document-desktop")
    assert pg.problems == []


def test_switch_language_keeps_filters_and_is_remembered(live_server, open_page):
    pg = open_page(live_server, "/?who=tokayev")
    pg.locator(".langs a[hreflang='en']").click()
    pg.wait_for_url(re.compile(r"lang=en"))
    assert pg.locator("html").get_attribute("lang") == "en"
    assert "who=tokayev" in pg.url
    assert len(cards(pg)) == 2
    assert "12 November 2025" in pg.inner_text("main")
    pg.goto(live_server.url + "/")
    assert pg.locator("html").get_attribute("lang") == "en"
    assert pg.title() == "Timeline"
    assert pg.problems == []


def test_keyboard_navigation(live_server, open_page):
    pg = open_page(live_server)
    pg.keyboard.press("j")
    focused = "document.activeElement.closest('article.event')?.dataset.event"
    order = cards(pg)
    assert pg.evaluate(focused) == order[0]
    pg.keyboard.press("j")
    pg.keyboard.press("j")
    assert pg.evaluate(focused) == order[2]
    pg.keyboard.press("k")
    assert pg.evaluate(focused) == order[1]
    pg.keyboard.press("Enter")
    pg.wait_for_url("**/events/*")
    pg.go_back()
    # "/" goes to the search box; letters typed there stay there.
    pg.keyboard.press("/")
    assert pg.evaluate("document.activeElement.id") == "f-q"
    pg.keyboard.type("jk")
    assert pg.locator("#f-q").input_value() == "jk"
    # Tab still walks the page: nothing traps the focus.
    pg.keyboard.press("Escape")
    for _ in range(3):
        pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement.tagName") in (
        "A",
        "INPUT",
        "SUMMARY",
        "BUTTON",
        "SELECT",
    )
    assert pg.problems == []


def test_works_without_javascript(live_server, open_page):
    pg = open_page(live_server, java_script_enabled=False)
    assert len(cards(pg)) == 5
    pg.fill("#f-q", "nükleer")
    pg.locator("#filters button[type=submit]").click()
    pg.wait_for_url(re.compile(r"q=n%C3%BCkleer"))
    assert len(cards(pg)) == 3
    pg.locator(".order a", has_text="Önce yaklaşanlar").click()
    pg.wait_for_url(re.compile(r"order=upcoming"))
    assert "q=n%C3%BCkleer" in pg.url
    assert pg.problems == []


def test_phone_views(live_server, open_page):
    pg = open_page(live_server, **PHONE)
    no_horizontal_scroll(pg)
    shot(pg, "page-timeline-phone")
    pg.locator("article.event .title a", has_text="Tokayev").click()
    pg.wait_for_url("**/events/*")
    no_horizontal_scroll(pg)
    shot(pg, "page-event-phone")
    pg.locator("a", has_text="kaynak metni").first.click()
    pg.wait_for_url("**/documents/*")
    pg.locator("mark.timex").last.focus()
    no_horizontal_scroll(pg)
    shot(pg, "page-document-phone")
    assert pg.problems == []


def test_xss_canary(hostile_server, hostile_client, open_page):
    docs = hostile_client.get("/api/documents").get_json()["documents"]
    bad = next(d for d in docs if "hostile" in d["source"])
    event = hostile_client.get(f"/api/events?source={bad['id']}").get_json()["events"][0]
    for path in ("/", "/?q=onerror", f"/events/{event['id']}", f"/documents/{bad['id']}", "/lists"):
        pg = open_page(hostile_server, path)
        # Open every card and hover the hostile outlet text, where a live handler would fire.
        pg.locator("details").evaluate_all("els => els.forEach(d => { d.open = true; })")
        for line in pg.locator(".source-line").all():
            line.hover()
        assert pg.evaluate("typeof window.__xss") == "undefined", path
        assert pg.locator("img[src='x']").count() == 0, path
        hrefs = pg.locator("a[href]").evaluate_all("els => els.map(a => a.href)")
        assert not [h for h in hrefs if h.lower().startswith("javascript:")], path
        assert pg.problems == [], (path, pg.problems)
    pg = open_page(hostile_server, f"/events/{event['id']}")
    assert "<script>window.__xss=1</script>" in pg.inner_text("main")
    shot(pg, "page-hostile-event")
