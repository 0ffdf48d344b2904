"""A hostile visitor or dataset: redirects stay in the app, downloads carry no formulas, dates are real days."""

from __future__ import annotations

import csv
import io

import pytest
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.output import FORMULA_STARTS, spreadsheet_safe

HYPERLINK = '=HYPERLINK("http://evil.example","click")'


@pytest.mark.parametrize(
    "target",
    [
        "/%09/evil.example/",  # a browser drops the tab: //evil.example
        "/%0a/evil.example/",
        "/%0d%0aSet-Cookie:%20x=1",  # header injection: was a 500
        "//evil.example/",
        "/\\evil.example/",
        "/%5Cevil.example",
        "https://evil.example/",
        "javascript:alert(1)",
        "evil.example",
        "/%20/evil.example",
        "/no-such-page",
        "",
    ],
)
def test_language_switch_never_leaves_the_app(client, target: str) -> None:
    response = client.get(f"/lang/fr?next={target}")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert response.headers["Set-Cookie"].startswith("lang=fr")


@pytest.mark.parametrize(
    "target",
    ["/", "/search?q=Lyon&kind=City", "/entity/city:utrecht", "/entity/city:saint-%C3%A9tienne?as_of=2001", "/queries"],
)
def test_language_switch_goes_back_to_pages_of_the_app(client, target: str) -> None:
    response = client.get("/lang/fr", query_string={"next": target})
    assert response.status_code == 302
    assert response.headers["Location"] == target


def test_the_language_links_of_a_page_lead_back_to_it(client) -> None:
    html = client.get("/search?q=Utrecht&kind=City").get_data(as_text=True)
    link = next(part for part in html.split('"') if part.startswith("/lang/fr?"))
    response = client.get(link.replace("&amp;", "&"))
    assert response.headers["Location"] == "/search?q=Utrecht&kind=City"


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_downloads_neutralise_formulas(graph, client) -> None:
    hostile = Batch(
        "hostile.csv",
        [
            Entity("Person", "person:hyperlink", HYPERLINK),
            Entity("City", "city:calc", "+cmd|' /C calc'!A0", props={"country": "FR", "lon": -3.5}),
        ],
        [
            Relation("ATTENDED", "person:hyperlink", "event:peace-talks", {"role": "speaker", "status": "tentative"}),
            Relation(
                "TWINNED_WITH", "city:calc", "city:lyon", {"kind": "twinning"}, [Provenance("hostile.csv", row=2)]
            ),
        ],
    )
    graph.write(hostile)
    event = _cells(client.get("/event/event:peace-talks?format=csv").get_data(as_text=True))
    assert "'" + HYPERLINK in event
    twins = _cells(client.get("/queries/sister-cities?city=Lyon&format=csv").get_data(as_text=True))
    assert "'+cmd|' /C calc'!A0" in twins
    for cells in (event, twins):
        assert [c for c in cells if c.startswith(FORMULA_STARTS) and spreadsheet_safe(c) != c] == []


@pytest.mark.parametrize("value", ["2022-13-45", "2022-02-30", "yesterday", "2022-1", "12022-01-01"])
def test_impossible_dates_are_refused_in_one_line(client, value: str) -> None:
    entity = client.get(f"/entity/city:utrecht?as_of={value}&format=json")
    assert entity.status_code == 400
    assert entity.get_json()["error"] == f"as_of must be a date like 2021-06-30, got '{value}'"
    query = client.get(f"/queries/sister-cities?city=Utrecht&as_of={value}&format=json")
    assert query.status_code == 400
    assert query.get_json()["error"] == f"sister-cities: as_of must be a date YYYY-MM-DD, got '{value}'"


def test_real_dates_still_filter(client) -> None:
    assert client.get("/entity/city:utrecht?as_of=2001&format=json").get_json()["as_of"] == "2001-01-01"
    assert client.get("/entity/city:utrecht?as_of=2020-02-29").status_code == 200
