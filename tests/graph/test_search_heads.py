"""A word begun is one term of the key nodes' index: each key node's text holds the heads of its
words (graph.cypher.heads), and search asks the head of the word being typed where the engine
would otherwise expand a prefix to every word it begins. It must find what the prefix found."""

from __future__ import annotations

import pytest
from munigraph.graph import changes, fulltext, upgrade
from munigraph.graph.cypher import PREFIX_MAX, PREFIX_MIN, head_query, key_node_text_of, key_text
from munigraph.graph.facts import Batch, Entity
from munigraph.graph.keys import LABEL, TEXT
from munigraph.graph.search import Searcher
from munigraph.graph.store import Store
from munigraph.graph.text import fold

from tests.graph.test_search_ranked import central_america


@pytest.mark.parametrize("key", ["utrecht", "san jose", "xi'an", "la haye 2", "rome"])
def test_every_word_begun_is_a_term_of_its_key_node(key: str) -> None:
    held = key_node_text_of(key).split()
    for word in [*key.split(), key.replace(" ", "")]:
        for size in range(1, len(word) + 1):
            begun = word[:size]
            head = head_query(begun)
            if head is None:  # asked as a prefix
                assert not PREFIX_MIN <= len(begun.replace("'", "")) <= PREFIX_MAX
            else:
                assert head in held


def test_a_word_too_short_long_or_of_another_script_is_asked_as_a_prefix() -> None:
    assert fulltext.terms("ut", heads=True) == "ut^4 OR ut*^2"
    assert fulltext.terms("utrecht", heads=True) == "utrecht^4 OR utrecht*^2"  # past PREFIX_MAX: few words
    assert fulltext.terms("北京", heads=True) == "北京^4 OR 北京*^2"
    assert fulltext.terms("den ha", heads=True) == "den^4 OR ha^4 OR ha*^2 OR 2denha^2"  # the key begun, bare
    assert fulltext.terms("den haag", heads=True) == "den^4 OR haag^4 OR 2haag^2"  # 7 letters bare: no head
    assert fulltext.terms("den haag") == "den^4 OR haag^4 OR haag*^2"  # a kind's own index has no heads


@pytest.fixture(scope="module")
def towns(session_store: Store) -> Store:
    session_store.reset()
    batch = central_america()
    batch.add(Entity("City", "city:xian", "Xi'an", [], {"country": "CN"}))
    batch.add(Entity("City", "city:sanjose-us", "San José", [], {"country": "US"}))
    session_store.write(batch)
    return session_store


def _begun() -> list[str]:
    """Every town's name begun at each length from 2 letters to 8, and a few written without spaces."""
    names = sorted({e.name for e in central_america().entities})
    begun = sorted({name[:size] for name in names for size in range(2, 9)})
    return [*begun, "Sanjo", "sanjos", "Xi'a", "xia", "Puntaren", "San Ra", "Santa Ro"]


def test_a_word_begun_finds_what_its_prefix_found(towns: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    searcher = Searcher()
    texts = _begun()
    by_heads = {text: [(h.id, h.how, round(h.score)) for h in searcher.search(towns, text, limit=10)] for text in texts}
    monkeypatch.setattr(fulltext, "head_query", lambda word: None)  # every word begun asked as a prefix
    by_prefix = {
        text: [(h.id, h.how, round(h.score)) for h in searcher.search(towns, text, limit=10)] for text in texts
    }
    # What the prefix found as typed (exactly, as a prefix, as words) the heads find, the first hit
    # first; a fuzzy hit may differ where the text's bare head ranks the keys it begins higher
    lost = [
        text
        for text in texts
        if by_heads[text][:1] != by_prefix[text][:1]
        or not {hit for hit in by_prefix[text] if hit[1] != "fuzzy"} <= set(by_heads[text])
    ]
    assert not lost, [(text, by_heads[text][:3], by_prefix[text][:3]) for text in lost[:3]]
    assert sum(by_heads[text] == by_prefix[text] for text in texts) >= 0.98 * len(texts)
    assert by_heads["Xi'a"][0][:2] == ("city:xian", "prefix")
    # the key without its spaces has its heads: a candidate, as its prefix made it (WRatio decides)
    assert "san jose" in [row["key"] for row in fulltext.best_keys(towns, fulltext.terms("sanjos", heads=True), 100)]


def test_a_graph_written_before_the_heads_is_upgraded_at_open(store: Store) -> None:
    store.write(Batch("heads-upgrade", [Entity("City", "city:utrecht", "Utrecht", ["Oudenrijn"], {"country": "NL"})]))
    store.run_write(f"MATCH (k:`{LABEL}`) SET k.{TEXT} = {key_text('k.key')}")  # the text of format 5
    store.run_write(f"MATCH {changes.NODE} SET m.format = 5")
    # three letters: the head term is not there, and no typo key of four letters is "utr"
    assert Searcher().search(store, "Utr") == []
    upgrade.upgrade(store)  # what Store.open does
    hits = Searcher().search(store, "Utr")
    assert [(h.id, h.how) for h in hits] == [("city:utrecht", "prefix")]
    assert [h.id for h in Searcher().search(store, "oudenr")] == ["city:utrecht"]
    texts = store.read(f"MATCH (k:`{LABEL}`) RETURN k.key AS key, k.{TEXT} AS text")
    assert {row["text"] for row in texts} == {key_node_text_of(row["key"]) for row in texts}
    assert store.read(f"MATCH {changes.NODE} RETURN m.format AS f")[0]["f"] == changes.FORMAT == 6
    assert fold("Oudenrijn") in {row["key"] for row in texts}
