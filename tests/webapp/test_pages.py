"""Every route of the explorer and its JSON twin, on the real store."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from munigraph.graph import named
from munigraph.graph.errors import StoreError
from munigraph.webapp import create_app
from munigraph.webapp.db import close_store, get_store

from tests.webapp.conftest import DOC_TEXT, EVIL, HUB_MEMBERS, span


def as_json(client, url: str) -> dict:
    response = client.get(url + ("&" if "?" in url else "?") + "format=json")
    assert response.status_code == 200, response.data[:300]
    assert response.mimetype == "application/json"
    return json.loads(response.data)


def test_home_counts_and_recent_events(client):
    page = client.get("/")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Peace Talks" in html and "/event/event:peace-talks" in html
    data = as_json(client, "/")
    assert data["counts"]["nodes"]["City"] == 6 + HUB_MEMBERS
    assert data["counts"]["nodes"]["Person"] == 2
    assert data["counts"]["relationships"]["TWINNED_WITH"] == 4
    assert [e["id"] for e in data["recent_events"]] == ["event:peace-talks-s1", "event:peace-talks"]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("utrecht", "city:utrecht"),
        ("UTRECHT", "city:utrecht"),
        ("utrech", "city:utrecht"),  # prefix
        ("utrceht", "city:utrecht"),  # typo
        ("la haye", "city:den-haag"),  # alias
        ("cglu", "org:uclg"),
        ("elsa toure", "person:elsa-toure"),  # accents folded
        ("Saint Etienne", "city:saint-etienne"),
    ],
)
def test_search_is_accent_case_and_typo_tolerant(client, query, first):
    data = as_json(client, f"/search?q={query}")
    assert data["results"][0]["id"] == first


def test_search_ranks_exact_before_fuzzy_and_filters_by_kind(client):
    data = as_json(client, "/search?q=peace talks")
    assert data["results"][0]["id"] == "event:peace-talks"
    assert data["results"][0]["how"] == "exact"
    only = as_json(client, "/search?q=peace&kind=Council")
    assert [r["id"] for r in only["results"]] == ["council:peace"]
    html = client.get("/search?q=peace&kind=Council").get_data(as_text=True)
    assert "Policy Council on Peace" in html and "Peace Talks agenda" not in html


@pytest.mark.parametrize("kind", ["", "City"])  # the key nodes' index, and the cities' own
def test_search_names_the_country_of_a_city(client, kind):
    """Namesakes apart at a glance: each city hit carries its country, shown in the page's language."""
    data = as_json(client, f"/search?q=utrecht&kind={kind}")
    assert (data["results"][0]["id"], data["results"][0]["country"]) == ("city:utrecht", "NL")
    assert not any(r["country"] for r in as_json(client, "/search?q=peace talks")["results"] if r["kind"] != "City")
    html = client.get(f"/search?q=utrecht&kind={kind}&lang=fr").get_data(as_text=True)
    assert '<span class="muted">Pays-Bas</span>' in html


def test_search_without_query_and_unknown_kind(client):
    assert as_json(client, "/search")["results"] == []
    assert as_json(client, "/search?q=utrecht&kind=Planet")["kind"] is None


def test_entity_sentences_provenance_and_tentative(client):
    data = as_json(client, "/entity/person:elsa-toure")
    assert data["entity"]["name"] == "Élsa Touré"
    attended = next(g for g in data["relationships"] if g["type"] == "ATTENDED")
    tie = attended["ties"][0]
    assert tie["text"] == "Élsa Touré attended Peace Talks: opening session as speaker"
    assert tie["tentative"] is True
    start, end = span("Élsa Touré (à confirmer)")
    assert tie["provenance"][0]["quote"] == "Élsa Touré (à confirmer)"
    assert tie["provenance"][0]["document_name"] == "Peace Talks agenda"
    assert tie["provenance"][0]["link"] == f"/documents/doc:peace?hl={start}-{end}#at-{start}"
    html = client.get("/entity/person:elsa-toure").get_data(as_text=True)
    assert 'class="tentative"' in html and "to be confirmed" in html
    assert f'href="/documents/doc:peace?hl={start}-{end}#at-{start}"' in html


def test_entity_groups_dataset_rows_and_aliases(client):
    data = as_json(client, "/entity/city:den-haag")
    assert data["entity"]["aliases"] == ["The Hague", "La Haye"]
    types = [g["type"] for g in data["relationships"]]
    assert types == ["HOLDS_OFFICE", "IN_COUNTRY", "TWINNED_WITH"]
    office = data["relationships"][0]["ties"][0]
    assert office["text"] == "Jan van Zanen is mayor of The Hague"  # the English alias labels it in English
    twin = data["relationships"][2]["ties"][0]
    assert twin["provenance"] == [{"dataset": "twinning.csv", "row": 2, "dataset_name": "twinning.csv", "link": None}]
    assert "dataset <strong>twinning.csv</strong>, row 2" in client.get("/entity/city:den-haag").get_data(as_text=True)


def test_entity_as_of_filters_dated_ties(client):
    every = as_json(client, "/entity/city:utrecht")
    twins = next(g for g in every["relationships"] if g["type"] == "TWINNED_WITH")
    assert sorted(t["other"]["id"] for t in twins["ties"]) == ["city:den-haag", "city:lyon"]
    later = as_json(client, "/entity/city:utrecht?as_of=2015-01-01")
    twins = next(g for g in later["relationships"] if g["type"] == "TWINNED_WITH")
    assert [t["other"]["id"] for t in twins["ties"]] == ["city:den-haag"]
    before = as_json(client, "/entity/city:utrecht?as_of=1980-01-01")
    assert "TWINNED_WITH" not in [g["type"] for g in before["relationships"]]
    assert client.get("/entity/city:utrecht?as_of=yesterday").status_code == 400


def test_entity_hub_is_capped_per_type(app, client):
    app.config["ENTITY_PER_TYPE"] = 5
    data = as_json(client, "/entity/org:uclg")
    members = next(g for g in data["relationships"] if g["type"] == "MEMBER_OF")
    assert (members["count"], len(members["ties"])) == (HUB_MEMBERS, 5)
    full = as_json(client, "/entity/org:uclg?type=MEMBER_OF")
    assert [len(g["ties"]) for g in full["relationships"]] == [HUB_MEMBERS]


def test_entity_french_sentences(client):
    client.set_cookie("lang", "fr")
    data = as_json(client, "/entity/city:den-haag")
    # the role word and the French alias of the city: "La Haye", not the stored "Den Haag"
    assert data["relationships"][0]["ties"][0]["text"] == "Jan van Zanen est maire de La Haye"
    html = client.get("/entity/city:den-haag").get_data(as_text=True)
    assert '<html lang="fr">' in html and "Aussi appelé" in html


def test_unknown_entity_is_a_friendly_404(client):
    for url in (
        "/entity/city:nowhere",
        "/entity/nonsense",
        "/graph/city:nowhere",
        "/event/city:utrecht",
        "/documents/city:utrecht",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Traceback" not in response.get_data(as_text=True)
    assert json.loads(client.get("/entity/city:nowhere?format=json").data)["status"] == 404


def test_graph_neighbourhood_caps_hubs(client):
    data = as_json(client, "/graph/org:uclg?depth=1")
    ids = {n["id"] for n in data["nodes"]}
    root = next(n for n in data["nodes"] if n["id"] == "org:uclg")
    degree = HUB_MEMBERS + 4  # members, the section, the council, the event it hosts, the document
    assert root["degree"] == degree
    assert len(ids) == 1 + 5 and root["hidden_ties"] == degree - 5
    assert root["label"].endswith(f"(+{degree - 5})")
    more = as_json(client, "/graph/org:uclg?depth=1&skip=5")
    assert not ({n["id"] for n in more["nodes"]} - {"org:uclg"}) & ids
    assert next(n for n in more["nodes"] if n["id"] == "org:uclg")["hidden_ties"] == degree - 10
    assert [k["kind"] for k in data["legend"]][:2] == ["City", "Country"]
    assert data["legend"][0]["color"] == "#1f77b4"


def test_graph_depth_and_edges(client):
    one = as_json(client, "/graph/city:lyon?depth=1")
    assert sorted(n["id"] for n in one["nodes"]) == ["city:evil", "city:lyon", "city:saint-etienne", "city:utrecht"]
    assert all(e["arrows"] == "" for e in one["edges"])  # twinning is symmetric
    two = as_json(client, "/graph/city:lyon?depth=2")
    assert {"city:den-haag", "country:NL", "event:peace-talks"} <= {n["id"] for n in two["nodes"]}
    assert len({e["id"] for e in two["edges"]}) == len(two["edges"])
    assert client.get("/graph/city:lyon?depth=4").status_code == 400
    assert client.get("/graph/city:lyon?depth=x").status_code == 400


def test_graph_page_uses_only_local_assets(client):
    html = client.get("/graph/city:lyon").get_data(as_text=True)
    assert '<script src="/vendor/vis/vis-network.min.js"></script>' in html
    assert '<script src="/static/network.js"></script>' in html
    pages = (
        "/",
        "/search?q=lyon",
        "/entity/city:lyon",
        "/graph/city:lyon",
        "/path?from=Lyon&to=Utrecht",
        "/event/event:peace-talks",
        "/documents/doc:peace",
        "/queries",
        "/queries/sister-cities?city=Lyon",
        "/cypher?q=RETURN 1 AS one",
        "/entity/city:nowhere",
    )
    for url in pages:
        page = client.get(url).get_data(as_text=True)
        assert not re.search(r"(src|href|action)=\"(https?:)?//", page), url  # nothing loaded from elsewhere
        assert "<script>" not in page and "<style" not in page and " style=" not in page, url  # CSP: no inline code
    js = client.get("/vendor/vis/vis-network.min.js")
    assert js.status_code == 200 and len(js.data) > 100_000
    assert client.get("/vendor/vis/../../network.py").status_code == 404
    assert client.get("/vendor/vis/utils.js").status_code == 404


def test_path_twinning_explained(client):
    data = as_json(client, "/path?from=La Haye&to=saint etienne")
    texts = [h["text"] for h in data["path"]["hops"]]
    assert texts == [
        "The Hague and Utrecht are twinned (since 1990-06-01)",
        "Utrecht and Lyon are twinned (from 2001-05-01 to 2010-12-31)",
        "Lyon and Saint-Étienne are twinned",
    ]
    assert len(data["path"]["nodes"]) == 4 and len(data["path"]["edges"]) == 3
    html = client.get("/path?from=La Haye&to=saint etienne").get_data(as_text=True)
    assert "A path of 3 steps" in html


def test_path_introductions_and_problems(client):
    data = as_json(client, "/path?from=Élsa Touré&to=Den Haag&via=any")
    assert [h["type"] for h in data["path"]["hops"]] == ["ATTENDED", "ATTENDED", "HOLDS_OFFICE"]
    none = as_json(client, "/path?from=Utrecht&to=Member Town 01")
    assert none["path"] is None
    assert none["no_path"] == "No path of at most 8 steps through twinning links only joins Utrecht and Member Town 01."
    unknown = as_json(client, "/path?from=Utreht&to=Lyon")
    assert unknown["problems"][0]["end"] == "from"
    assert unknown["problems"][0]["candidates"][0]["id"] == "city:utrecht"
    assert client.get("/path?from=Lyon&to=Lyon").status_code == 400
    assert client.get("/path?from=a&to=b&via=air").status_code == 400
    assert as_json(client, "/path")["path"] is None


def test_event_page_and_csv(client):
    data = as_json(client, "/event/event:peace-talks")
    assert [s["id"] for s in data["sessions"]] == ["event:peace-talks-s1"]
    assert [(o["id"], o["role"]) for o in data["organisers"]] == [("org:uclg", "host")]
    assert [p["id"] for p in data["places"]] == ["city:utrecht"]
    assert [d["id"] for d in data["documents"]] == ["doc:peace"]
    assert [(a["id"], a["role"], a["status"]) for a in data["attendees"]] == [
        ("city:evil", "participant", "confirmed"),
        ("person:jan-van-zanen", "moderator", "confirmed"),
        ("person:elsa-toure", "speaker", "tentative"),
    ]
    response = client.get("/event/event:peace-talks?format=csv")
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="peace-talks.csv"'
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [(r["name"], r["role"], r["status"], r["event"]) for r in rows] == [
        (EVIL, "participant", "confirmed", "Peace Talks"),
        ("Jan van Zanen", "moderator", "confirmed", "Peace Talks: opening session"),
        ("Élsa Touré", "speaker", "tentative", "Peace Talks: opening session"),
    ]
    html = client.get("/event/event:peace-talks").get_data(as_text=True)
    assert "to be confirmed" in html and 'id="csv"' in html


def test_document_highlights_mentions(client):
    data = as_json(client, "/documents/doc:peace")
    assert data["text"] == DOC_TEXT
    assert [m["id"] for m in data["mentions"]] == [
        "event:peace-talks",
        "person:jan-van-zanen",
        "person:elsa-toure",
        "org:uclg",
        "city:utrecht",
    ]
    start, end = span("Jan van Zanen")
    html = client.get(f"/documents/doc:peace?hl={start}-{end}").get_data(as_text=True)
    assert f'<span id="m-{start}"></span><span id="at-{start}"></span>' in html
    assert (
        '<a class="mention k-Person asked" href="/entity/person:jan-van-zanen" title="Jan van Zanen">Jan van Zanen</a>'
        in html
    )
    assert as_json(client, "/documents/doc:peace?hl=5-1")["highlight"] is None


def test_cypher_console_reads_and_refuses_writes(client):
    data = as_json(client, '/cypher?q=MATCH (c:City {id: $id}) RETURN c.name AS name&params={"id": "city:lyon"}')
    assert data["result"]["columns"] == ["name"] and data["result"]["rows"] == [{"name": "Lyon"}]
    refused = client.get("/cypher?q=MATCH (n) DETACH DELETE n&format=json")
    assert refused.status_code == 400
    assert json.loads(refused.data)["error"].startswith("the console is read-only")
    bad = client.get("/cypher?q=MATCH (n RETURN n")
    assert bad.status_code == 400 and 'role="alert"' in bad.get_data(as_text=True)
    assert client.get("/cypher?q=RETURN 1&params=[1]").status_code == 400
    assert as_json(client, "/")["counts"]["nodes"]["City"] == 6 + HUB_MEMBERS
    assert client.get("/cypher").status_code == 200


def test_no_route_accepts_writes(client):
    for url in ("/", "/search", "/entity/city:lyon", "/cypher", "/queries", "/path"):
        assert client.post(url).status_code == 405
        assert client.delete(url).status_code == 405


def test_security_headers(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_malicious_name_is_text_everywhere(client):
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    for url in (
        "/entity/city:evil",
        "/search?q=script alert",
        "/event/event:peace-talks",
        "/entity/city:lyon",
        "/graph/city:evil",
        "/path?from=city:evil&to=Utrecht",
    ):
        html = client.get(url).get_data(as_text=True)
        assert EVIL not in html, url
        assert escaped in html, url
    data = as_json(client, "/graph/city:lyon")
    evil = next(n for n in data["nodes"] if n["id"] == "city:evil")
    assert evil["title"].startswith(f"<b>{escaped}</b><br>City")  # the tooltip is HTML: its values escaped
    edge = next(e for e in data["edges"] if "city:evil" in (e["from"], e["to"]))
    assert edge["title"] == f"{escaped} and Lyon are twinned"
    # the hostile text stays raw only in fields the page sets as text (name, label), never in HTML ones
    html_fields = [n["title"] for n in data["nodes"]] + [e["title"] for e in data["edges"]]
    assert not [f for f in html_fields if "<script" in f]
    assert [n["name"] for n in data["nodes"] if EVIL in n["name"]] == [EVIL]


def test_language_switch_is_remembered_and_stays_on_site(client):
    response = client.get("/lang/fr?next=/entity/city:lyon")
    assert response.status_code == 302 and response.headers["Location"] == "/entity/city:lyon"
    assert "lang=fr" in response.headers["Set-Cookie"]
    assert "Relations" in client.get("/entity/city:lyon").get_data(as_text=True)
    assert client.get("/lang/en?next=//evil.example").headers["Location"] == "/"
    assert client.get("/lang/xx?next=/").headers.get("Set-Cookie") is None


def test_store_unavailable_is_a_clear_page(tmp_path, monkeypatch):
    app = create_app({"TESTING": True, "MUNIGRAPH_DB": str(tmp_path / "missing")})
    response = app.test_client().get("/")
    assert response.status_code == 503
    html = response.get_data(as_text=True)
    assert "The graph store is unavailable" in html and "no graph database at" in html
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")  # nothing listens there; the folder plays no part
    app = create_app({"TESTING": True, "MUNIGRAPH_DB": str(tmp_path / "missing")})
    response = app.test_client().get("/search?q=x&format=json")
    assert response.status_code == 503
    assert json.loads(response.data)["error"].startswith("cannot reach the graph database")
    with app.app_context(), pytest.raises(StoreError):
        get_store()
    close_store(app)


def test_queries_index_lists_the_registry(client):
    data = as_json(client, "/queries")
    assert [q["name"] for q in data["queries"]] == [q.name for q in named.list_queries()]
    html = client.get("/queries").get_data(as_text=True)
    assert 'href="/queries/sister-cities"' in html and "For diplomats" in html


def test_query_form_is_built_from_parameters(client):
    html = client.get("/queries/sister-cities").get_data(as_text=True)
    assert re.search(r'<label for="p-city">City <span aria-hidden="true">\*</span>', html)
    assert re.search(r'<input id="p-city" name="city" aria-describedby="d-city" value="" autocomplete="off"', html)
    assert 'data-suggest="City" list="l-city" required>' in html
    # an enumerated parameter is a choice, labelled in the interface language
    assert '<option value="sister_city">sister city</option>' in html
    assert re.search(r'<input id="p-as_of" name="as_of" aria-describedby="d-as_of"\s+type="date"', html)
    assert re.search(
        r'<input id="p-limit" name="limit" aria-describedby="d-limit"\s+type="number"\s+value="100">', html
    )
    assert 'name="offset"' not in html  # paging is the pager's job
    spec = as_json(client, "/queries/sister-cities")["query"]
    assert [p["name"] for p in spec["params"]] == ["city", "kind", "as_of", "limit", "offset"]
    assert as_json(client, "/queries/sister-cities")["result"] is None  # nothing runs before the form is sent


def test_query_runs_by_alias_with_csv_json_and_paging(client):
    data = as_json(client, "/queries/sister-cities?city=La Haye&run=1")
    assert [(r["id"], r["kind"], r["since"]) for r in data["result"]["rows"]] == [
        ("city:utrecht", "twinning", "1990-06-01")
    ]
    dated = as_json(client, "/queries/sister-cities?city=Lyon&as_of=2015-01-01")
    assert [r["id"] for r in dated["result"]["rows"]] == ["city:evil", "city:saint-etienne"]
    page = as_json(client, "/queries/sister-cities?city=Lyon&limit=1")
    assert (len(page["result"]["rows"]), page["result"]["more"]) == (1, True)
    html = client.get("/queries/sister-cities?city=Lyon&limit=1").get_data(as_text=True)
    assert 'href="/queries/sister-cities?city=Lyon&amp;limit=1&amp;offset=1&amp;run=1"' in html
    assert '<a href="/entity/city:evil">&lt;script&gt;alert(1)&lt;/script&gt;</a>' in html  # the name, linked to its id
    response = client.get("/queries/sister-cities?city=Lyon&format=csv")
    assert response.headers["Content-Disposition"] == 'attachment; filename="sister-cities.csv"'
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [(r["name"], r["kind"]) for r in rows] == [
        (EVIL, "twinning"),
        ("Saint-Étienne", "friendship"),
        ("Utrecht", "sister_city"),
    ]


def test_query_errors_are_friendly(client):
    missing = client.get("/queries/sister-cities?run=1")
    assert missing.status_code == 400 and 'role="alert"' in missing.get_data(as_text=True)
    unknown = client.get("/queries/sister-cities?city=Atlantis&format=json")
    assert unknown.status_code == 400 and "Atlantis" in json.loads(unknown.data)["error"]
    assert client.get("/queries/no-such-query").status_code == 404
    assert "unknown query" in json.loads(client.get("/queries/no-such-query?format=json").data)["error"]
