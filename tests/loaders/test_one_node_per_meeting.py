"""The bundled demo and the corpus documents describe the same meetings: one node each."""

from __future__ import annotations

from munigraph.graph.store import Store
from munigraph.graph.text import fold
from munigraph.loaders import DEMO_DIR
from munigraph.loaders.documents import load_document
from munigraph.loaders.run import load_paths

from tests.conftest import CORPUS, needs_shared

# the demo's four meetings that the corpus documents also describe: a name the demo gives
# each, and the document that describes it
MEETINGS = {
    "Dialogues municipaux de CGLU pour la paix, 1 avril 2022": "peace-talks-2022-04-01.fr.txt",
    "Faire progresser le mouvement mondial des villes et territoires de droits humains": (
        "human-rights-cities-session-2022-02-23.fr.txt"
    ),
    "UCLGMeets 2022": "human-rights-cities-session-2022-02-23.fr.txt",
    "UCLG World Congress 2022 in Daejeon": "human-rights-cities-session-2022-02-23.fr.txt",
}


def _events(store: Store) -> list[dict]:
    return store.read(
        "MATCH (e:Event) RETURN e.id AS id, e.`start` AS start, e.keys AS keys, e.sources AS sources ORDER BY id"
    )


def test_documents_first_then_the_demo_give_one_node_per_meeting(store: Store) -> None:
    needs_shared(CORPUS / "peace-talks-2022-04-01.fr.txt")
    for name in sorted(set(MEETINGS.values())):
        load_document(store, CORPUS / name)
    load_paths(store, [DEMO_DIR / "uclg.yaml"])
    events = _events(store)
    for name, document in MEETINGS.items():
        found = [e for e in events if fold(name) in e["keys"]]
        assert len(found) == 1, name
        sources = found[0]["sources"]
        assert "uclg-demo" in sources and any(s.endswith(document) for s in sources), name
    # no second node for them, by date or by name
    assert len([e for e in events if (e["start"] or "").startswith("2022-04-01")]) == 1
    assert len([e for e in events if (e["start"] or "").startswith("2022-02-21")]) == 1
    assert len([e for e in events if any("daejeon" in k for k in e["keys"])]) == 1


def test_the_demo_with_the_corpus_counts_each_meeting_once(store: Store) -> None:
    needs_shared(CORPUS / "peace-talks-2022-04-01.fr.txt")
    load_paths(store, [CORPUS / "peace-talks-2022-04-01.fr.txt", DEMO_DIR / "uclg.yaml"])
    attendees = store.read(
        "MATCH (p:Person)-[:ATTENDED]->(e:Event) WHERE e.`start` STARTS WITH '2022-04-01' "
        "RETURN e.id AS event, count(DISTINCT p) AS people"
    )
    assert [row["event"] for row in attendees] == ["event:peace-talks-2022-04-01"]
