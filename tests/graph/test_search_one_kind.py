"""A search of one kind asks the key nodes' index for its words (a word begun is one head term,
not a prefix the engine expands) and the kind's own index for slips; it finds what the kind's own
index found, and a kind with few of the many keys of a common word is still found."""

from __future__ import annotations

import pytest
from munigraph.graph import search
from munigraph.graph.facts import Entity
from munigraph.graph.search import Searcher
from munigraph.graph.store import Store

from tests.graph.test_search_ranked import central_america


@pytest.fixture(scope="module")
def towns(session_store: Store) -> Store:
    session_store.reset()
    batch = central_america()
    batch.add(Entity("Person", "person:ana-sanabria", "Ana Sanabria"))
    for n in range(150):  # the word "san" in more keys than the engine returns (search.CANDIDATES)
        batch.add(Entity("City", f"city:san-test-{n}", f"San Test {n}", [], {"country": "SV"}))
    session_store.write(batch)
    return session_store


def _texts() -> list[str]:
    """Whole names, names begun and names with two letters swapped, of towns of every size."""
    names = sorted({e.name for e in central_america().entities if e.kind == "City"})[::15]
    begun = [name[: max(3, len(name) // 2)] for name in names]
    swapped = [name[:3] + name[4] + name[3] + name[5:] for name in names if len(name) >= 6]
    return [*names, *begun, *swapped]


def _top(store: Store, text: str, kind: str) -> list[tuple[str, str, int]]:
    return [(h.id, h.how, round(h.score)) for h in Searcher().search(store, text, kind=kind, limit=10)]


def test_one_kind_finds_what_its_own_index_found(towns: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    by_keys = {text: _top(towns, text, "City") for text in texts}
    monkeypatch.setattr(search, "_one_kind", search._of_kind)  # as before: the kind's own index only
    by_kind = {text: _top(towns, text, "City") for text in texts}
    # the same hits; where the kind's own index differs, its hundred candidates missed what the key
    # nodes' heads found ("San M": none of the towns it begins among the "san" keys of every town)
    rank = {"exact": 0, "prefix": 1, "contains": 2, "fuzzy": 3}
    worse = [
        text
        for text in texts
        if by_keys[text][:1] != by_kind[text][:1]
        and (not by_keys[text] or by_kind[text] and rank[by_keys[text][0][1]] > rank[by_kind[text][0][1]])
    ]
    assert not worse, [(text, by_keys[text][:2], by_kind[text][:2]) for text in worse][:3]
    assert sum(by_keys[text] == by_kind[text] for text in texts) >= 0.9 * len(texts)


def test_a_kind_with_few_of_a_common_words_keys_is_found(towns: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    own_index = search._of_kind
    monkeypatch.setattr(search, "_of_kind", lambda *a: calls.append("own index") or own_index(*a))
    # "san" begins more than a hundred towns' keys: the key nodes the engine returns are cut there
    hits = Searcher().search(towns, "san", kind="Person", limit=10)
    assert {(h.id, h.how) for h in hits} == {("person:ana-sanabria", "contains"), ("person:rafael-santos", "contains")}
    assert calls == ["own index"]
    calls.clear()
    assert [h.id for h in Searcher().search(towns, "sanabria", kind="Person")] == ["person:ana-sanabria"]
    assert [h.id for h in Searcher().search(towns, "Ana Snabria", kind="Person")] == ["person:ana-sanabria"]
    assert calls == []  # the words found in the key nodes; the slip asked of the kind's own index


def test_one_kind_keeps_to_its_kind(towns: Store) -> None:
    assert {h.kind for h in Searcher().search(towns, "san", kind="City", limit=50)} == {"City"}
    assert Searcher().search(towns, "san jose", kind="Organisation") == []
