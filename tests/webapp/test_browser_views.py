"""The explorer's views for people, in Debian's Chromium: three languages, the offline map, the
timeline, the network's filters and highlight, paths in reading order, and suggestions as you type."""

# ruff: noqa: F811 - the browser fixtures are shared with test_browser.py by import

from __future__ import annotations

from xml.etree import ElementTree

import pytest
from munigraph.webapp.live import CHROMIUM

from tests.webapp.test_browser import base_url, browser, node_point, page, wait_stable  # noqa: F401 - fixtures

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent (apt-get install chromium)")
playwright = pytest.importorskip("playwright.sync_api")


def test_three_languages_with_their_dates_and_labels(page):
    page.goto("/lang/es?next=/entity/city:den-haag")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h2#rels-h").inner_text() == "Relaciones"
    assert page.locator("ul.ties p.sentence").first.inner_text() == "Jan van Zanen es alcalde/sa de Den Haag"
    page.goto("/lang/fr?next=/entity/city:den-haag")
    assert page.locator("h1").inner_text().startswith("La Haye")  # the French alias labels it
    assert "Jan van Zanen est maire de La Haye" in page.locator("ul.ties").first.inner_text()
    assert "depuis 1 juin 1990" in page.locator("#g-TWINNED_WITH + ul.ties").inner_text()
    page.goto("/lang/en?next=/event/event:peace-talks-s1")
    assert "April 1, 2022, 10:00 AM (UTC+2)" in page.locator("dl.props").inner_text()
    assert page.problems == []


def test_map_draws_twins_offline(page):
    page.goto("/entity/city:utrecht")
    page.get_by_role("link", name="Show on the map").click()
    page.wait_for_url("**/map/city:utrecht")
    page.wait_for_selector("#map[data-stable='1']", state="attached", timeout=15000)
    assert page.get_attribute("#map", "data-basemap") is None  # the country shapes loaded
    # Utrecht and its two twins are drawn; the suggestions with coordinates too
    assert int(page.get_attribute("#map", "data-markers")) >= 3
    assert page.locator("#map .leaflet-overlay-pane canvas, #map .leaflet-overlay-pane svg").count() >= 1
    assert page.locator("#twins-h + ul li").count() == 2
    data = page.request.get(page.url + "?format=json").json()
    assert {c["id"] for c in data["twins"]} == {"city:den-haag", "city:lyon"}
    assert data["city"]["lat"] == pytest.approx(52.09)
    assert page.problems == []  # no request left the site


def test_map_of_a_twinning_path(page):
    page.goto("/map?from=La Haye&to=Saint-Étienne")
    page.wait_for_selector("#map[data-stable='1']", state="attached", timeout=15000)
    assert page.locator("ol.hops li").all_inner_texts() == [
        "The Hague Netherlands",
        "Utrecht Netherlands",
        "Lyon France",
        "Saint-Étienne France",
    ]
    assert page.get_attribute("#map", "data-markers") == "4"
    assert page.problems == []


def test_timeline_lists_years_and_draws_twinnings(page):
    page.goto("/lang/fr?next=/timeline/city:utrecht")
    assert page.locator("h1").inner_text().startswith("Chronologie : Utrecht")
    years = page.locator("ol.years > li > h3").all_inner_texts()
    assert years == sorted(years) and "1990" in years and "2001" in years and "2022" in years
    assert page.locator("svg.bars rect").count() >= 2
    assert "jumelage avec" in page.locator("ol.years").inner_text()
    page.goto("/timeline")
    assert page.locator("svg.bars rect").count() >= 1
    assert page.problems == []


def test_network_filters_highlight_and_list_in_step(page):
    page.goto("/graph/city:utrecht")
    total = wait_stable(page)
    assert page.get_attribute("#network", "data-visible") == str(total)
    ties = page.get_attribute("#network", "data-edges")
    assert int(ties) > 0 and page.get_attribute("#network", "data-visible-edges") == ties  # every tie is drawn
    page.locator("#kind-filter input[value='City']").uncheck()
    visible = int(page.get_attribute("#network", "data-visible"))
    assert 0 < visible < total
    assert page.locator("#node-list .columns-list li").count() == visible
    page.locator("#kind-filter input[value='City']").check()
    page.locator("#type-filter input[value='TWINNED_WITH']").uncheck()
    assert page.get_attribute("#network", "data-visible") == str(total)  # nodes stay, the ties hide
    assert int(page.get_attribute("#network", "data-visible-edges")) < int(ties)
    x, y = node_point(page, "country:NL")
    page.mouse.move(x, y)
    page.wait_for_selector("#network[data-highlighted='country:NL']", state="attached")
    assert page.problems == []


def test_collapse_undoes_an_expansion(page):
    page.goto("/graph/city:lyon")
    assert wait_stable(page) == 4
    page.get_by_label("Choose a node").select_option(label="Utrecht")
    page.get_by_role("button", name="Expand").click()
    page.wait_for_selector("#network[data-nodes='8']", state="attached")
    assert page.locator("#node-list .columns-list li").count() == 8
    page.get_by_role("button", name="Collapse").click()
    page.wait_for_selector("#network[data-nodes='4']", state="attached")
    assert page.problems == []


def test_path_reads_left_to_right(page):
    page.goto("/path?from=La Haye&to=Saint Etienne")
    wait_stable(page)
    xs = page.evaluate(
        "ids => { const p = window.munigraphNetwork.getPositions(ids); return ids.map(i => p[i].x); }",
        ["city:den-haag", "city:utrecht", "city:lyon", "city:saint-etienne"],
    )
    assert xs == sorted(xs) and len(set(xs)) == 4
    assert page.problems == []


def test_entity_field_suggests_as_you_type(page):
    page.goto("/lang/es?next=/queries/sister-cities")
    assert page.locator("label[for='p-city']").inner_text().startswith("Ciudad")
    page.locator("#p-city").press_sequentially("utre", delay=30)
    page.wait_for_selector("#p-city[data-suggested]", state="attached")
    options = page.locator("#l-city option")
    assert options.first.get_attribute("value") == "Utrecht"
    assert options.first.inner_text() == "Ciudad"
    page.locator("#p-city").fill("Utrecht")
    page.get_by_role("button", name="Ejecutar").click()
    page.wait_for_selector("table.results-table")
    assert page.locator("table.results-table thead th").first.inner_text() == "Nombre"
    first = page.locator("table.results-table tbody tr td a").first
    assert first.get_attribute("href").startswith("/entity/city:")
    with page.expect_download() as info:
        page.locator("#dl-csv").click()
    assert info.value.suggested_filename == "sister-cities.csv"
    assert page.problems == []


def test_network_downloads_gexf_and_graphml(page):
    page.goto("/graph/city:lyon")
    wait_stable(page)
    for link, suffix in (("#dl-gexf", ".gexf"), ("#dl-graphml", ".graphml")):
        with page.expect_download() as info:
            page.locator(link).click()
        assert info.value.suggested_filename == "lyon" + suffix
        root = ElementTree.parse(info.value.path()).getroot()
        texts = {e.get("label") for e in root.iter() if e.get("label")} | {e.text for e in root.iter() if e.text}
        assert "Saint-Étienne" in texts and "TWINNED_WITH" in texts
    assert page.problems == []


def test_demo_style_quote_lands_highlighted(page):
    page.goto("/documents/doc:peace?quote=Hosted by UCLG")
    assert page.locator("#asked").count() == 1
    assert "Hosted by UCLG" in page.locator("article.doctext").inner_text()
    assert page.problems == []
