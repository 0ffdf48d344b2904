"""Entity lookup on the real store: ids, names and aliases, accents and case, homonyms."""

from __future__ import annotations

import pytest
from munigraph.graph.errors import QueryError
from munigraph.graph.facts import Batch, Entity
from munigraph.graph.lookup import resolve_entity
from munigraph.graph.store import Store


@pytest.fixture
def places(store: Store) -> Store:
    batch = Batch("lookup-test")
    batch.add(Entity("Country", "country:AT", "Austria", ["Autriche"]))
    batch.add(Entity("Country", "country:FR", "France"))
    batch.add(Entity("City", "city:vienna", "Vienna", ["Vienne", "Wien"], {"country": "AT"}))
    batch.add(Entity("City", "city:vienne", "Vienne", [], {"country": "FR"}))
    batch.add(Entity("City", "city:sao-paulo", "São Paulo", [], {"country": "BR"}))
    batch.add(Entity("City", "city:xian", "Xi'an", [], {"country": "CN"}))
    batch.add(Entity("Person", "person:elsa-toure", "Elsa Touré"))
    batch.add(Entity("Organisation", "org:uclg", "United Cities and Local Governments", ["CGLU", "UCLG"]))
    store.write(batch)
    return store


def test_an_id_is_taken_as_is(places: Store) -> None:
    assert resolve_entity(places, "city:vienne", ["City"]) == {"id": "city:vienne", "name": "Vienne", "kind": "City"}


def test_names_and_aliases_match_without_case_or_accents(places: Store) -> None:
    assert resolve_entity(places, "SAO PAULO", ["City"])["id"] == "city:sao-paulo"
    assert resolve_entity(places, "elsa toure", ["Person"]) == {
        "id": "person:elsa-toure",
        "name": "Elsa Touré",
        "kind": "Person",
    }
    assert resolve_entity(places, "cglu", ["Organisation"])["id"] == "org:uclg"
    assert resolve_entity(places, "wien", ["City"])["id"] == "city:vienna"


def test_apostrophes_and_spaces_may_be_left_out(places: Store) -> None:
    assert resolve_entity(places, "Xian", ["City"])["id"] == "city:xian"
    assert resolve_entity(places, "XI AN", ["City"])["id"] == "city:xian"
    assert resolve_entity(places, "saopaulo", ["City"])["id"] == "city:sao-paulo"


def test_any_kind_when_none_is_given(places: Store) -> None:
    assert resolve_entity(places, "Élsa Touré")["kind"] == "Person"


def test_an_ambiguous_name_lists_the_candidates(places: Store) -> None:
    with pytest.raises(QueryError) as caught:
        resolve_entity(places, "Vienne", ["City"])
    assert str(caught.value) == (
        "'Vienne' is ambiguous: city:vienna (Vienna, AT), city:vienne (Vienne, FR); "
        "give an id or add the country ('Vienne, FR')"
    )


def test_a_country_picks_between_homonyms(places: Store) -> None:
    assert resolve_entity(places, "Vienne, FR", ["City"])["id"] == "city:vienne"
    assert resolve_entity(places, "Vienne (Autriche)", ["City"])["id"] == "city:vienna"


def test_unknown_names_and_ids_are_one_line_errors(places: Store) -> None:
    with pytest.raises(QueryError, match=r"^no City is called 'Atlantis' \(give an id, a name or an alias\)$"):
        resolve_entity(places, "Atlantis", ["City"])
    with pytest.raises(QueryError, match=r"^no City has the id 'city:atlantis'$"):
        resolve_entity(places, "city:atlantis", ["City"])


def test_an_id_of_another_kind_is_refused(places: Store) -> None:
    with pytest.raises(QueryError, match=r"^'person:elsa-toure' is a Person; expected a City$"):
        resolve_entity(places, "person:elsa-toure", ["City"])
    with pytest.raises(QueryError, match="no City is called 'Elsa Touré'"):
        resolve_entity(places, "Elsa Touré", ["City"])


def test_a_name_joined_later_is_found_through_the_index(places: Store) -> None:
    from munigraph.graph.resolution import merges

    places.write(Batch("more", [Entity("City", "city:wien-alt", "Alt-Wien", [], {"country": "AT"})]))
    merges.join(places, "city:vienna", "city:wien-alt")
    assert resolve_entity(places, "alt wien", ["City"])["id"] == "city:vienna"


def test_a_graph_written_before_the_index_is_upgraded_at_open(places: Store) -> None:
    from munigraph.graph import changes, upgrade

    places.run_write("MATCH (n:City) REMOVE n.keys_text")
    places.run_write(f"MATCH {changes.NODE} REMOVE m.format")
    with pytest.raises(QueryError):  # the index has nothing to offer a name typed without its apostrophe
        resolve_entity(places, "Xian", ["City"])
    upgrade.upgrade(places)  # what Store.open does
    assert resolve_entity(places, "Xian", ["City"])["id"] == "city:xian"


def key_ids(store: Store, key: str) -> list[str] | None:
    """The ids a key node lists (None: no key node)."""
    from munigraph.graph.keys import LABEL

    rows = store.read(f"MATCH (k:`{LABEL}` {{key: $key}}) RETURN k.ids AS ids", key=key)
    return sorted(rows[0]["ids"]) if rows else None


def test_a_key_node_lists_each_node_once_however_often_it_is_loaded(places: Store) -> None:
    assert key_ids(places, "vienne") == ["city:vienna", "city:vienne"]
    places.write(Batch("again", [Entity("City", "city:vienne", "Vienne", [], {"country": "FR"})]))
    assert key_ids(places, "vienne") == ["city:vienna", "city:vienne"]


def test_a_reset_leaves_no_key_node(places: Store) -> None:
    places.reset()
    assert places.read("MATCH (k:Key) RETURN count(k) AS n")[0]["n"] == 0


def test_a_form_split_out_is_looked_up_on_its_own_node(places: Store) -> None:
    from munigraph.graph.resolution import merges

    split = merges.undo_merge(places, "city:vienna", "Wien")["new_node"]
    assert key_ids(places, "wien") == [split]
    assert resolve_entity(places, "Wien", ["City"])["id"] == split
    assert resolve_entity(places, "Vienna", ["City"])["id"] == "city:vienna"


def test_a_node_joined_into_another_leaves_no_key_behind(places: Store) -> None:
    from munigraph.graph.resolution import merges

    places.write(Batch("more", [Entity("City", "city:wien-alt", "Alt-Wien", [], {"country": "AT"})]))
    merges.join(places, "city:vienna", "city:wien-alt")
    assert key_ids(places, "alt wien") == ["city:vienna"]
    assert "city:wien-alt" not in places.read("MATCH (k:Key) UNWIND k.ids AS id RETURN collect(id) AS ids")[0]["ids"]


def test_a_graph_written_before_the_key_nodes_is_upgraded_at_open(places: Store) -> None:
    from munigraph.graph import changes, upgrade

    places.run_write("MATCH (k:Key) DELETE k")
    places.run_write(f"MATCH {changes.NODE} SET m.format = 2")
    with pytest.raises(QueryError):  # a name with its apostrophe is sought in key nodes only
        resolve_entity(places, "Xi'an", ["City"])
    upgrade.upgrade(places)  # what Store.open does
    assert resolve_entity(places, "Xi'an", ["City"])["id"] == "city:xian"
    assert key_ids(places, "vienne") == ["city:vienna", "city:vienne"]
    assert places.read(f"MATCH {changes.NODE} RETURN m.format AS f")[0]["f"] == changes.FORMAT


def test_search_finds_a_name_a_typo_away_and_ranks_exact_first(places: Store) -> None:
    from munigraph.graph.search import Searcher

    searcher = Searcher()
    hits = searcher.search(places, "Vienne", kind="City")
    assert {h.id for h in hits[:2]} == {"city:vienne", "city:vienna"} and hits[0].how == "exact"
    assert searcher.search(places, "sao paolo")[0].id == "city:sao-paulo"  # no word matches: typos are asked for
    assert searcher.search(places, "xian")[0].id == "city:xian"
    assert searcher.search(places, "unit")[0].how == "prefix"


def test_the_typo_keys_the_store_writes_are_those_search_asks_for(places: Store) -> None:
    from munigraph.graph.cypher import typo_keys

    row = places.read("MATCH (n:Organisation {id: 'org:uclg'}) RETURN n.keys AS keys, n.keys_text AS text")[0]
    written = set(row["text"].split())
    assert {key for k in row["keys"] for word in k.split() for key in typo_keys(word)} <= written
    assert "0unite" not in written and "0unit" in written  # four letters of the five, never the five


@pytest.mark.parametrize("key", ["xi'an", "saint etienne", "rome", "al ain", "cote d ivoire", "a", "ab  cde"])
def test_a_key_nodes_text_is_what_the_engine_would_make_of_it(places: Store, key: str) -> None:
    """A load sends each key's text (keys.rows); an upgrade has the engine make it (keys.SET_TEXT)."""
    from munigraph.graph.cypher import key_text, key_text_of

    assert places.read(f"RETURN {key_text('$key')} AS text", key=key)[0]["text"] == key_text_of(key)


def test_search_of_every_kind_and_of_one_kind_agree(places: Store) -> None:
    """Several kinds ask the key nodes' index, one kind its own: the same hits for what both find."""
    from munigraph.graph.search import Searcher

    for query in ("vienne", "Wein", "united cities", "elsa"):
        every = Searcher().search(places, query)
        for kind in {h.kind for h in every}:
            alone = Searcher().search(places, query, kind=kind)
            assert [(h.id, h.how) for h in every if h.kind == kind] == [(h.id, h.how) for h in alone]


@pytest.mark.parametrize(
    ("slip", "meant"),
    [
        ("iVenna", "city:vienna"),  # two letters swapped at the start
        ("Vxenna", "city:vienna"),  # a wrong letter among the first ones
        ("Venna", "city:vienna"),  # one missing
        ("Vieenna", "city:vienna"),  # one too many
        ("local governemnts", "org:uclg"),  # swapped near the end of a long word
        ("Wein", "city:vienna"),  # a short word, swapped
    ],
)
def test_search_finds_a_name_one_slip_away_wherever_the_slip_is(places: Store, slip: str, meant: str) -> None:
    from munigraph.graph.search import Searcher

    assert Searcher().search(places, slip)[0].id == meant


def _asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The Lucene queries search has the full-text indexes run, recorded as it asks them."""
    from munigraph.graph import fulltext

    asked: list[str] = []
    best_keys, best, else_typos = fulltext.best_keys, fulltext.best, fulltext.best_keys_else_typos

    def recording_keys(store, lucene, limit):  # noqa: ANN001, ANN202
        asked.append(lucene)
        return best_keys(store, lucene, limit)

    def recording_best(store, lucene, kinds, limit):  # noqa: ANN001, ANN202
        asked.append(lucene)
        return best(store, lucene, kinds, limit)

    def recording_else_typos(store, folded, limit, typo_limit):  # noqa: ANN001, ANN202
        found, by_typos = else_typos(store, folded, limit, typo_limit)
        asked.append(fulltext.terms(folded))
        if not found:  # the engine ran the typo keys' part of the statement
            asked.append(fulltext.terms(folded, typos=True))
        return found, by_typos

    monkeypatch.setattr(fulltext, "best_keys", recording_keys)
    monkeypatch.setattr(fulltext, "best", recording_best)
    monkeypatch.setattr(fulltext, "best_keys_else_typos", recording_else_typos)
    return asked


@pytest.mark.parametrize("kind", [None, "Organisation"])
def test_a_slip_among_words_found_asks_no_typo_keys(
    places: Store, monkeypatch: pytest.MonkeyPatch, kind: str | None
) -> None:
    """The words' own candidates hold the name meant, close enough: the typo keys are not asked."""
    from munigraph.graph.search import Searcher

    asked = _asked(monkeypatch)
    hits = Searcher().search(places, "United Citeis and Local Governments", kind=kind)
    assert hits[0].id == "org:uclg" and hits[0].how == "fuzzy"
    assert len(asked) == 1 and "0cite" not in asked[0]


@pytest.mark.parametrize("kind", [None, "City"])
def test_typo_keys_are_asked_for_the_words_the_index_lacks(
    places: Store, monkeypatch: pytest.MonkeyPatch, kind: str | None
) -> None:
    from munigraph.graph.cypher import typo_query
    from munigraph.graph.search import Searcher

    asked = _asked(monkeypatch)
    assert Searcher().search(places, "sao paolo", kind=kind)[0].id == "city:sao-paulo"
    words, typos = asked
    assert not any(key in words.split() for key in typo_query("paolo"))
    assert set(typo_query("paolo")) <= set(typos.split()) and not set(typo_query("sao")) & set(typos.split())


def test_a_word_begun_or_misspelt_finds_its_city_whatever_else_shares_its_words(places: Store) -> None:
    from munigraph.graph.search import Searcher

    batch = Batch("utrecht-test")
    batch.add(Entity("City", "city:utrecht", "Utrecht", [], {"country": "NL"}))
    for i in range(30):  # names sharing a word with the one sought crowd the words' candidates
        batch.add(Entity("City", f"city:utrecht-{i}", f"Utrecht Oost {i}", [], {"country": "NL"}))
    places.write(batch)
    searcher = Searcher()
    assert [(h.id, h.how) for h in searcher.search(places, "Utrech")[:1]] == [("city:utrecht", "prefix")]
    assert searcher.search(places, "Utrceht")[0].id == "city:utrecht"  # no word of it is in the index
    assert searcher.search(places, "Utrceht Oost 7")[0].id == "city:utrecht-7"


def test_a_word_found_nowhere_asks_its_typo_keys_in_the_same_statement(places: Store) -> None:
    from munigraph.graph import fulltext
    from munigraph.graph.keys import parse_owner

    found, by_typos = fulltext.best_keys_else_typos(places, "vxenna", 100, 50)
    assert found == [] and "vienna" in [row["key"] for row in by_typos]
    row = next(row for row in by_typos if row["key"] == "vienna")
    assert [parse_owner(o) for o in row["owners"]] == [("city:vienna", "Vienna", "AT")]
    found, by_typos = fulltext.best_keys_else_typos(places, "vienna", 100, 50)
    assert "vienna" in [row["key"] for row in found] and by_typos == []  # the typo keys' part not run


def test_the_keys_statement_gives_each_key_its_owners(places: Store) -> None:
    """The key nodes' statement returns, with each key, the id, name and country of the named
    nodes it lists (of every kind: search keeps those of the kinds asked), and reads no node."""
    from munigraph.graph import fulltext
    from munigraph.graph.keys import parse_owner
    from munigraph.graph.search import Searcher

    found = fulltext.best_keys(places, fulltext.terms("vienne"), 100)
    row = next(row for row in found if row["key"] == "vienne")
    assert sorted(parse_owner(o) for o in row["owners"]) == [
        ("city:vienna", "Vienna", "AT"),
        ("city:vienne", "Vienne", "FR"),
    ]
    row = next(row for row in fulltext.best_keys(places, fulltext.terms("autriche"), 100) if row["key"] == "autriche")
    assert [parse_owner(o) for o in row["owners"]] == [("country:AT", "Austria", None)]
    assert Searcher().search(places, "vienne", kinds=("Person", "Country")) == []
