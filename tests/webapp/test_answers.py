"""Answers a user can trust, on the real store: the no-path page, ended ties told as ended,
empty results that say why, and unknown names answered with the closest ones."""

from __future__ import annotations

import html as htmllib
import json

from munigraph.graph import named
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.store import Store


def as_json(client, url: str) -> dict:
    response = client.get(url + ("&" if "?" in url else "?") + "format=json")
    assert response.status_code == 200, response.data[:300]
    return json.loads(response.data)


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return htmllib.unescape(response.get_data(as_text=True))


def test_no_path_page_says_what_was_searched(client):
    text = page(client, "/path?from=Utrecht&to=Member Town 01")
    assert "No path of at most 8 steps through twinning links only joins Utrecht and Member Town 01." in text
    assert "Try any ties instead" in text


def test_no_path_page_in_french(client):
    client.set_cookie("lang", "fr")
    text = page(client, "/path?from=Utrecht&to=Member Town 01&via=twinning")
    assert "Aucun chemin d’au plus 8 étapes par les jumelages seulement ne relie Utrecht et Member Town 01." in text


def test_path_tells_an_ended_twinning_as_ended(client):
    data = as_json(client, "/path?from=Utrecht&to=Lyon")
    assert [h["text"] for h in data["path"]["hops"]] == ["Utrecht and Lyon are twinned (from 2001-05-01 to 2010-12-31)"]
    client.set_cookie("lang", "fr")
    assert "(du 2001-05-01 au 2010-12-31)" in page(client, "/path?from=Utrecht&to=Lyon")


def test_entity_page_gives_the_end_of_a_tie(client):
    text = page(client, "/entity/city:lyon")
    assert "until December 31, 2010" in text  # dates written the way of the interface language


def ended_twins() -> Batch:
    rows = [Provenance(dataset="ended.csv", row=2)]
    return Batch(
        "ended.csv",
        [
            Entity("City", "city:geonames:2747373", "The Hague", [], {"country": "NL"}),
            Entity("City", "city:geonames:2996944", "Lyon", [], {"country": "FR"}),
        ],
        [
            Relation(
                "TWINNED_WITH",
                "city:geonames:2747373",
                "city:geonames:2996944",
                {"kind": "twinning", "since": "2015-05-01", "until": "2021-12-31"},
                rows,
            )
        ],
    )


def test_introductions_tell_an_ended_tie_as_ended(store: Store):
    store.write(ended_twins())
    rows = named.run(store, "introductions", {"from": "The Hague", "to": "Lyon"})
    assert rows[0]["steps"] == ["The Hague and Lyon are twinned (from 2015-05-01 to 2021-12-31)."]


def test_city_profile_keeps_until(store: Store):
    store.write(ended_twins())
    profile = named.run(store, "city-profile", {"city": "The Hague"})[0]
    assert [(t["name"], t["since"], t["until"]) for t in profile["twins"]] == [("Lyon", "2015-05-01", "2021-12-31")]


def lone_city_and_dialogue() -> Batch:
    return Batch(
        "curated.yaml",
        [
            Entity("City", "city:vannes", "Vannes", [], {"country": "FR"}),
            Entity("Event", "event:rights", "Dialogue on human rights", ["Dialogue sur les droits humains"]),
        ],
    )


def test_no_twinning_data_for_a_city_says_which_datasets_are_loaded(store: Store, capsys):
    from munigraph.cli import main

    store.write(ended_twins())
    store.write(lone_city_and_dialogue())
    assert main(["query", "sister-cities", "-p", "city=Vannes", "--db", store.label]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "(no rows)"
    assert err == "munigraph: Vannes has no twinning link in the loaded twinning data (ended.csv)\n"


def test_a_date_that_excludes_everything_says_so(store: Store):
    store.write(ended_twins())
    page = named.run_page(store, "sister-cities", {"city": "The Hague", "as_of": "2030-01-01"})
    assert page.rows == []
    assert page.note_text == "nothing is in force on 2030-01-01; without the date there are results (drop as_of)"


def test_unknown_name_lists_the_closest_names(store: Store):
    import pytest
    from munigraph.graph.errors import QueryError

    store.write(lone_city_and_dialogue())
    with pytest.raises(QueryError) as info:
        named.run(store, "attendees", {"event": "droits humains"})
    message = str(info.value)
    assert message.startswith("attendees: event: no Event is called 'droits humains'; closest: ")
    assert "Dialogue on human rights (event:rights)" in message


def test_query_form_explains_an_empty_answer_in_french(client):
    client.set_cookie("lang", "fr")
    text = page(client, "/queries/sister-cities?city=Bordeaux&run=1")
    assert "Bordeaux n’a aucun jumelage dans les données de jumelage chargées (twinning.csv)." in text
