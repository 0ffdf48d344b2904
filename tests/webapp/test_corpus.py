"""The explorer over a real corpus document loaded by the real document loader."""

from __future__ import annotations

import html as htmlib
import json
import re

import pytest
from munigraph.graph.store import Store
from munigraph.webapp import create_app
from munigraph.webapp.db import close_store

from tests.conftest import CORPUS, needs_shared

PEACE = CORPUS / "peace-talks-2022-04-01.fr.txt"


@pytest.fixture
def corpus_client(store: Store):
    needs_shared(PEACE)
    from munigraph.loaders.documents import load_document

    load_document(store, PEACE)
    app = create_app({"TESTING": True, "MUNIGRAPH_DB": store.label})
    yield app.test_client(), store
    close_store(app)


def read_json(client, url: str) -> dict:
    response = client.get(url + ("&" if "?" in url else "?") + "format=json")
    assert response.status_code == 200, url
    return json.loads(response.data)


def _pieces(text: str, mentions: list[dict]) -> set[tuple[str, str]]:
    """(id, words) of each mention outside the mentions nested in it."""
    pieces = set()
    for m in mentions:
        inner = sorted(
            (n["start"], n["end"])
            for n in mentions
            if m["start"] <= n["start"] and n["end"] <= m["end"] and (n["end"] - n["start"]) < (m["end"] - m["start"])
        )
        cursor = m["start"]
        for start, end in [*inner, (m["end"], m["end"])]:
            if start > cursor:
                pieces.add((m["id"], text[cursor:start]))
            cursor = max(cursor, end)
    return pieces


def test_document_page_highlights_every_mention_at_its_offsets(corpus_client):
    client, store = corpus_client
    doc = store.read("MATCH (d:Document) RETURN d.id AS id, d.text AS text")[0]
    data = read_json(client, f"/documents/{doc['id']}")
    stored = store.read(
        "MATCH (x)-[r:MENTIONED_IN]->(:Document {id: $id}) RETURN x.id AS id, r.start AS start, r.end AS end",
        id=doc["id"],
    )
    assert sorted((m["id"], m["start"]) for m in data["mentions"]) == sorted((m["id"], m["start"]) for m in stored)
    page = client.get(f"/documents/{doc['id']}").get_data(as_text=True)
    for mention in data["mentions"]:
        assert f'<span id="m-{mention["start"]}"></span>' in page
    shown = re.findall(r'<a class="mention k-\w+[^"]*" href="/entity/([^"]+)"[^>]*>([^<]*)</a>', page)
    # the highlighted words are exactly the text between each mention's offsets, less the words of
    # a mention nested in it ("conseil d'administration de PAX" holds PAX), which link to that one
    assert {(i, htmlib.unescape(w)) for i, w in shown} == _pieces(data["text"], data["mentions"])
    assert {i for i, _ in shown} == {m["id"] for m in data["mentions"]}


def test_tentative_speaker_is_marked_with_a_link_to_the_quote(corpus_client):
    client, store = corpus_client
    person = store.read("MATCH (p:Person) WHERE 'pol morillas' IN p.keys RETURN p.id AS id")[0]["id"]
    data = read_json(client, f"/entity/{person}")
    attended = next(g for g in data["relationships"] if g["type"] == "ATTENDED")["ties"]
    assert [(t["facts"]["role"], t["tentative"]) for t in attended] == [("speaker", True)]
    record = attended[0]["provenance"][0]
    assert "(à confirmer)" in record["quote"]
    target = client.get(record["link"].split("#")[0])
    assert target.status_code == 200
    anchor = record["link"].split("#")[1]
    assert f'<span id="{anchor}"></span>' in target.get_data(as_text=True)
    event = read_json(client, f"/event/{attended[0]['other']['id']}")
    rows = {a["name"]: (a["role"], a["status"]) for a in event["attendees"]}
    assert rows["Pol Morillas"] == ("speaker", "tentative")
    assert rows["Viviane Ogou"] == ("speaker", "confirmed")
