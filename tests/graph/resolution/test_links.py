"""Resolution link by link: the other side of a link as evidence (rows written here)."""

from __future__ import annotations

from munigraph.graph.resolution.links import LinkIndex, _beside_partner, resolve_links


def test_a_longer_form_from_the_other_side_settles_an_ambiguous_name() -> None:
    rows = [
        ("Springfield", "United States", "Harbin", "China"),
        ("Harbin", "China", "Springfield, Illinois", "United States"),
    ]
    (springfield, _), _ = resolve_links(rows)
    assert (springfield.admin1, springfield.rule) == ("US.IL", "partner")


def test_two_names_in_one_list_are_two_places() -> None:
    # Harbin's own list names both: the bare "Springfield" is not the one in Illinois, though
    # Illinois' Springfield states the link from its side too
    rows = [
        ("Harbin", "China", "Springfield", "United States"),
        ("Harbin", "China", "Springfield, Illinois", "United States"),
        ("Springfield, Illinois", "United States", "Harbin", "China"),
    ]
    (_, springfield), (_, illinois), _ = resolve_links(rows)
    assert springfield is None and illinois.admin1 == "US.IL"


def test_the_index_reads_each_direction() -> None:
    index = LinkIndex()
    index.add("Harbin", "China", "Springfield", "United States")
    index.add("Springfield, Illinois", "United States", "Harbin", "China")
    assert index.names_for_target(("Harbin", "China")) == {("Springfield, Illinois", "United States")}
    assert index.names_for_source(("Springfield", "United States")) == set()


def test_a_name_that_resolves_alone_keeps_its_answer() -> None:
    rows = [("Lyon", "France", "Harbin", "China"), ("Harbin", "China", "Lyon Mountain", "United States")]
    (lyon, _), _ = resolve_links(rows)
    assert (lyon.country, lyon.rule) == ("FR", "name")


def test_a_qualifier_the_file_writes_after_many_names_stands_for_their_region() -> None:
    # GeoNames numbers Germany's states its own way; the names the file qualifies "Saxony" that
    # resolve alone all lie in one, so "Frankenberg, Saxony" is the Frankenberg there, and
    # "Steinberg, Saxony" (the gazetteer holds none there) no Steinberg elsewhere
    towns = ["Dresden", "Leipzig", "Chemnitz", "Mittweida", "Frankenberg", "Steinberg"]
    rows = [(f"{town}, Saxony", "Germany", "Lyon", "France") for town in towns]
    found = [city for city, _ in resolve_links(rows)]
    assert [city.admin1 for city in found[:5]] == ["DE.13"] * 5
    assert found[5] is None
    assert resolve_links(rows[-1:])[0][0].admin1 != "DE.13"  # alone, the file's other names untold


def test_a_namesake_beside_the_twin_is_meant() -> None:
    # Germany has many Kirchbergs, like in standing: alone the name is left unresolved, but
    # twinned with Zwickau it is the Kirchberg a few km away, whichever side states the link
    (alone, _), (beside, _), (_, reversed_) = (
        resolve_links([("Kirchberg", "Germany", "Lyon", "France")])[0],
        resolve_links([("Kirchberg", "Germany", "Zwickau", "Germany")])[0],
        resolve_links([("Zwickau", "Germany", "Kirchberg", "Germany")])[0],
    )
    assert alone is None
    assert (beside.admin1, beside.rule) == ("DE.13", "neighbour") and reversed_.geonames_id == beside.geonames_id
    # across a border: the Waldkirchen by the Czech town of Volary, in Bavaria
    (waldkirchen, _), _ = resolve_links(
        [("Waldkirchen", "Germany", "Volary", "Czech Republic"), ("Lyon", "France", "Volary", "Czech Republic")]
    )
    assert (waldkirchen.admin1, waldkirchen.rule) == ("DE.02", "neighbour")


def test_a_twin_between_two_namesakes_or_unsettled_chooses_nothing() -> None:
    # Coburg has Neustadt bei Coburg 14 km away but Neustadt am Rennsteig at 36 km: no choice
    assert _beside_partner("Neustadt", "Germany", ("Coburg", "Germany"), "en") is None
    # a twin that is itself ambiguous says nothing of where the name lies
    ((kirchberg, _),) = resolve_links([("Kirchberg", "Germany", "Neustadt", "Germany")])
    assert kirchberg is None
    # a name settled by its own standing is kept when the twin lies by none of its namesakes
    ((lyon, _),) = resolve_links([("Lyon", "France", "Zwickau", "Germany")])
    assert lyon.rule == "name"


def test_namesakes_twinned_are_two_places() -> None:
    # a link joins two places: two Halles of one country are Halle (Saale) and another Halle
    first, second = resolve_links([("Halle", "Germany", "Halle", "Germany")])[0]
    assert first is not None and second is not None and first.geonames_id != second.geonames_id
