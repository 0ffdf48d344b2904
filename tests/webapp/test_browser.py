"""The explorer in a real browser: Debian's Chromium driven by Playwright, the app served in a thread."""

from __future__ import annotations

import csv
from collections.abc import Iterator

import pytest
from munigraph.webapp.live import CHROMIUM, chromium, serve

from tests.webapp.conftest import EVIL, HUB_MEMBERS

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent (apt-get install chromium)")
playwright = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with chromium() as browser:
        yield browser


@pytest.fixture
def base_url(app) -> Iterator[str]:
    with serve(app) as url:
        yield url


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(base_url=base_url, accept_downloads=True, viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.problems = []  # console errors, CSP violations, dialogs, requests leaving the site
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("request", lambda r: r.url.startswith(base_url) or page.problems.append(f"external: {r.url}"))
    yield page
    context.close()


def wait_stable(page) -> int:
    page.wait_for_selector("#network canvas", state="attached")
    # selectors, not wait_for_function: the page's CSP forbids the eval that one needs
    page.wait_for_selector("#network[data-stable='1']", state="attached", timeout=15000)
    return int(page.get_attribute("#network", "data-nodes"))


def node_point(page, node_id: str) -> tuple[float, float]:
    page.locator("#network").scroll_into_view_if_needed()  # a click that scrolls the page would miss
    point = page.evaluate(
        "id => { const n = window.munigraphNetwork; return n.canvasToDOM(n.getPositions([id])[id]); }", node_id
    )
    box = page.locator("#network").bounding_box()
    return box["x"] + point["x"], box["y"] + point["y"]


def test_search_then_open_entity(page):
    page.goto("/")
    page.get_by_label("Name or alias").first.fill("utrceht")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=utrceht")
    first = page.locator("ol.results li a").first
    assert first.inner_text() == "Utrecht"
    first.click()
    page.wait_for_url("**/entity/city:utrecht")
    assert page.locator("h1").inner_text().startswith("Utrecht")
    assert page.locator("#g-TWINNED_WITH + ul.ties > li").count() == 2
    assert page.problems == []


def test_network_draws_capped_hub_and_shows_more(page):
    page.goto("/entity/org:uclg")
    page.get_by_role("link", name="Show the network").click()
    page.wait_for_url("**/graph/org:uclg")
    assert wait_stable(page) == 1 + 5  # the hub and its first 5 ties (cap 5 in the test app)
    assert page.locator("#network canvas").count() == 1
    assert page.locator("#kind-filter label").count() == 8  # the legend is the kind filter, with its symbols
    x, y = node_point(page, "more:org:uclg")
    page.mouse.click(x, y)
    page.wait_for_selector("#network[data-nodes='11']", state="attached")
    assert page.problems == []


def test_double_click_expands_and_click_opens(page):
    page.goto("/graph/city:lyon")
    assert wait_stable(page) == 4
    x, y = node_point(page, "city:utrecht")
    page.mouse.dblclick(x, y)
    # Utrecht adds Den Haag, the Netherlands, the event it hosts and the document mentioning it.
    page.wait_for_selector("#network[data-nodes='8']", state="attached")
    wait_stable(page)
    x, y = node_point(page, "city:saint-etienne")
    page.mouse.click(x, y)
    page.wait_for_url("**/entity/city:saint-etienne")
    assert page.problems == []


def test_keyboard_alone_can_expand_a_node(page):
    page.goto("/graph/city:lyon")
    assert wait_stable(page) == 4
    page.get_by_label("Choose a node").focus()
    page.get_by_label("Choose a node").select_option(label="Utrecht")
    page.keyboard.press("Tab")  # to "Open"
    page.keyboard.press("Tab")  # to "Expand"
    assert page.evaluate("document.activeElement.textContent") == "Expand"
    page.keyboard.press("Enter")
    page.wait_for_selector("#network[data-nodes='8']", state="attached")
    assert page.locator("#node-choice option").count() == 1 + 8
    assert page.problems == []


def test_tooltip_shows_hostile_name_as_text(page):
    page.goto("/graph/city:evil")
    wait_stable(page)
    x, y = node_point(page, "city:evil")
    page.mouse.move(x, y)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text().startswith(EVIL)
    assert tooltip.locator("script").count() == 0
    assert page.problems == []  # no alert() dialog ran


def test_find_a_path(page):
    page.goto("/path")
    page.get_by_label("From").fill("La Haye")
    page.get_by_label("To").fill("Saint Etienne")
    page.get_by_role("button", name="Find a path").click()
    page.wait_for_selector("ol.hops")
    assert page.locator("ol.hops li").all_inner_texts() == [
        "The Hague and Utrecht are twinned (since 1990-06-01)",
        "Utrecht and Lyon are twinned (from 2001-05-01 to 2010-12-31)",
        "Lyon and Saint-Étienne are twinned",
    ]
    assert wait_stable(page) == 4
    assert page.problems == []


def test_no_path_says_what_was_searched(page):
    page.goto("/path")
    page.get_by_label("From").fill("Utrecht")
    page.get_by_label("To").fill("Member Town 01")
    page.get_by_role("button", name="Find a path").click()
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert alert.inner_text().splitlines()[0] == (
        "No path of at most 8 steps through twinning links only joins Utrecht and Member Town 01."
    )
    assert page.locator("#network").count() == 0
    page.get_by_role("link", name="FR", exact=True).click()
    assert page.get_by_role("alert").inner_text().startswith("Aucun chemin d’au plus 8 étapes par les jumelages")
    assert page.problems == []


def test_query_form_downloads_csv_and_explains_an_empty_answer(page):
    page.goto("/queries/sister-cities")
    page.get_by_label("city").first.fill("Utrecht")
    page.get_by_role("button", name="Run").click()
    page.wait_for_selector("table")
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    with open(info.value.path(), encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["name"], r["until"]) for r in rows] == [("Den Haag", ""), ("Lyon", "2010-12-31")]
    page.get_by_label("city").first.fill("Bordeaux")
    page.get_by_role("button", name="Run").click()
    page.get_by_role("note").wait_for()
    assert page.get_by_role("note").inner_text() == (
        "Bordeaux has no twinning link in the loaded twinning data (twinning.csv)."
    )
    assert page.problems == []


def test_open_event_and_download_csv(page):
    page.goto("/search?q=peace talks&kind=Event")
    page.locator("ol.results a", has_text="Peace Talks").first.click()
    page.get_by_role("link", name="Event page").click()
    page.wait_for_url("**/event/event:peace-talks")
    rows = page.locator("#attendees tbody tr")
    assert rows.count() == 3
    assert "to be confirmed" in rows.nth(2).inner_text()
    with page.expect_download() as info:
        page.locator("#csv").click()
    download = info.value
    assert download.suggested_filename == "peace-talks.csv"
    with open(download.path(), encoding="utf-8") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    assert names == [EVIL, "Jan van Zanen", "Élsa Touré"]
    assert page.problems == []


def test_french_is_remembered_and_keyboard_reaches_search(page):
    page.goto("/entity/city:lyon")
    page.get_by_role("link", name="FR", exact=True).click()
    page.wait_for_url("**/entity/city:lyon")
    assert page.locator("h2#rels-h").inner_text() == "Relations"
    page.goto("/")
    assert page.locator("h1").inner_text() == "Explorateur de la diplomatie des villes"
    assert page.evaluate("document.activeElement.id") == "home-q"  # the search field has the focus
    page.keyboard.type("lyon")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=lyon")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")  # skip the header: the next Tab lands in the page's own form
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "q"
    assert page.get_by_label("Nom ou alias").first.input_value() == "lyon"
    assert page.problems == []


def test_hub_members_listed_for_keyboard_users(page):
    page.goto("/graph/org:uclg?depth=1")
    wait_stable(page)
    page.locator("details summary").click()
    assert page.locator(".columns-list li").count() == 6
    assert HUB_MEMBERS > 5
