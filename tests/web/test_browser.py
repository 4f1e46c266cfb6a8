"""The real page in headless Chromium (Playwright driving the system's Chromium), and the shared
``page-check`` acceptance tool. Screenshots go to ``test-artifacts/`` for review."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from helpers import ROOT, chromium_path, require, shared_tool

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="tr-TR")
    pg = context.new_page()
    pg.errors = []
    pg.external = []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))

    def guard(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            pg.external.append(route.request.url)
            route.abort()

    pg.route("**/*", guard)
    yield pg
    context.close()


def test_timeline_page_in_chromium(page, live_server):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(live_server.url + "/")
    assert page.title()
    assert page.locator("article.event").count() == 5
    assert page.locator("#today").is_visible()
    assert page.locator("a[href^='webcal://']").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "timeline-desktop.png"), full_page=True)
    # Open an event from the timeline.
    page.locator("article.event .title a", has_text="Tokayev").click()
    page.wait_for_url("**/events/*")
    assert page.locator("blockquote").count() == 2
    assert "12 Kasım 2025" in page.inner_text("main")
    # Evidence: the source view with its date highlights.
    page.locator("a", has_text="kaynak metni").first.click()
    page.wait_for_url("**/documents/*")
    assert page.locator("mark.timex").count() >= 3
    page.screenshot(path=str(ARTIFACTS / "document-desktop.png"), full_page=True)
    assert page.errors == []
    assert page.external == []


def test_phone_layout_has_no_horizontal_scroll(browser, live_server):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=3, is_mobile=True
    )
    pg = context.new_page()
    pg.goto(live_server.url + "/")
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "timeline-phone.png"), full_page=True)
    context.close()


@pytest.mark.realclient
@pytest.mark.parametrize("path", ["/", "/?who=tokayev"])
def test_page_check_passes(live_server, path):
    tool = shared_tool("page-check")
    require(tool is not None, "shared/tools/page-check", "run from a checkout beside shared/")
    require(chromium_path() is not None, "Chromium", "apt-get install chromium (see README)")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"page-check{path.replace('/', '_').replace('?', '_')}.png"
    result = subprocess.run(
        [
            str(tool),
            live_server.url + path,
            "--mobile",
            "--screenshot",
            str(shot),
            "--min-items",
            "1",
            "--item-selector",
            "article.event",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert Path(shot).exists()


@pytest.mark.realclient
def test_ics_check_on_the_served_feed(live_server):
    import shutil

    tool = shared_tool("ics-check")
    require(tool is not None, "shared/tools/ics-check", "run from a checkout beside shared/")
    require(shutil.which("node") is not None, "Node.js", "install nodejs and npm")
    result = subprocess.run(
        [str(tool), "--quiet", live_server.url + "/calendar.ics"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
