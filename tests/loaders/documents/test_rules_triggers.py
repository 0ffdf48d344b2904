"""The general relation step (loaders/documents/triggers.py): trigger class and position decide the
relation between two mentions of one sentence, in every language; it only fills the gaps the
specific rules leave. Sentences written for these tests."""

from __future__ import annotations

import importlib

import pytest
from munigraph.loaders.documents import triggers

extract_module = importlib.import_module("munigraph.loaders.documents.extract")

Fact = tuple[str, str, str, tuple[tuple[str, str], ...]]


def _relations(text: str, language: str) -> set[Fact]:
    facts = extract_module.extract(text, "doc:t", language)
    names = {i: e.name for i, e in facts.entities.items()}
    return {
        (
            names[r.source],
            r.type,
            names[r.target],
            tuple(sorted((k, str(v)) for k, v in r.props.items() if k in ("role", "kind", "since"))),
        )
        for r in facts.relations.values()
        if r.type != "IN_COUNTRY"
    }


def added(text: str, language: str) -> set[Fact]:
    """The relations the general step adds to what the specific rules found."""
    step = triggers.relations_by_triggers
    triggers.relations_by_triggers = lambda facts: 0
    try:
        before = _relations(text, language)
    finally:
        triggers.relations_by_triggers = step
    return _relations(text, language) - before


def _pairs(facts: set[Fact]) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in facts}


# -- positives: each row, in the three languages ---------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Paul Mercier, chargé de mission à Cités Unies France, a présenté le rapport.",
         ("Paul Mercier", "HOLDS_OFFICE", "Cités Unies France", (("role", "project officer"),))),
        ("es", "Marta Ríos, coordinadora técnica de Mercociudades, presentó el informe.",
         ("Marta Ríos", "HOLDS_OFFICE", "Mercociudades", (("role", "coordinator"),))),
        ("en", "UCLG signed a partnership agreement with UN-Habitat in 2023.",
         ("United Cities and Local Governments", "PARTNER_OF", "UN-Habitat", ())),
        ("es", "La FEMP firmó un convenio de colaboración con la UCCI.",
         ("Spanish Federation of Municipalities and Provinces", "PARTNER_OF", "Union of Ibero-American Capital Cities", ())),
        ("fr", "Lancement d’un partenariat entre l’AIMF et ONU-Habitat",
         ("International Association of Francophone Mayors", "PARTNER_OF", "UN-Habitat", ())),
        ("es", "Alianza entre la UCCI y ONU-Hábitat",
         ("Union of Ibero-American Capital Cities", "PARTNER_OF", "UN-Habitat", ())),
    ],
)  # fmt: skip
def test_a_trigger_between_two_mentions_gives_its_relation(language: str, text: str, expected: Fact) -> None:
    assert expected in added(text, language)


def test_a_list_after_a_passive_trigger_gives_one_relation_per_item_as_co_organisers() -> None:
    text = "Green Cities Summit 2025\nThe Green Cities Summit was organised by ICLEI and Eurocities on 5 June 2025."
    found = _pairs(added(text, "en"))
    assert ("Green Cities Summit 2025", "ORGANISED_BY", "Eurocities") in found
    assert ("Green Cities Summit 2025", "ORGANISED_BY", "ICLEI – Local Governments for Sustainability") in found
    assert all(dict(p).get("role") == "co-organiser" for *_, p in added(text, "en"))


def test_a_listed_twin_keeps_the_year_written_after_it_and_only_that() -> None:
    text = "Toulouse entretient des jumelages avec Bologne (Italie), depuis 1981, et Elche (Espagne)."
    found = added(text, "fr")
    assert ("Toulouse", "TWINNED_WITH", "Bologna", (("kind", "twinning"), ("since", "1981"))) in found
    assert ("Toulouse", "TWINNED_WITH", "Elche", (("kind", "twinning"),)) in found


def test_a_passive_chair_after_the_session_moderates_it() -> None:
    text = "Forum des villes 2025\nLa séance de clôture du Forum a été présidée par M. Karim Naciri."
    assert ("Karim Naciri", "ATTENDED", "Séance de clôture", (("role", "moderator"),)) in added(text, "fr")


# -- negatives -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a second office between the trigger and the body: the person represents the president
        ("fr", "Cheikh Ndiaye, représentant du président de CGLU Afrique, a pris la parole."),
        ("en", "Nora Lund, adviser to the President of Eurocities, spoke."),
        # the body after "of the association": its noun, not the city, holds the office
        ("fr", "Nathalie Roux, présidente de l’association Chambéry-Ouahigouya, a ouvert la séance."),
        # no separator between a name and an office: a caption, not an apposition
        ("en", "Anne Roe Mayor of Florence"),
        # kinds that do not fit: a city is no partner of a body
        ("en", "Lyon signed a partnership agreement with UN-Habitat."),
        # a negation governs the trigger
        ("en", "Green Cities Summit 2025\nThe Green Cities Summit was not organised by ICLEI."),
        ("es", "Foro de Ciudades 2025\nEl Foro de Ciudades no fue organizado por Mercociudades."),
        # a relative clause holds another trigger: the subject before it is not the one after it
        ("en", "Nora Lund, who met the President of Eurocities, spoke."),
    ],
)  # fmt: skip
def test_forms_that_give_no_relation(language: str, text: str) -> None:
    assert not {f for f in added(text, language) if f[1] in ("HOLDS_OFFICE", "PARTNER_OF", "ORGANISED_BY")}


def test_a_place_that_qualifies_an_office_is_no_attendee() -> None:
    text = "Marta Silva, Deputy Mayor of Lisbon, and Tomas Berg, Mayor of Malmö, spoke at the Urban Mobility Forum."
    found = _pairs(_relations(text, "en"))
    assert ("Marta Silva", "ATTENDED", "Urban Mobility Forum") in found
    assert not any(s in ("Lisbon", "Malmö") and t == "ATTENDED" for s, t, _ in found)
    assert ("Marta Silva", "HOLDS_OFFICE", "Malmö") not in found  # one office, one apposition


def test_every_row_names_a_relation_of_the_model_and_kinds_it_allows() -> None:
    from munigraph.graph.schema import load_model

    model = load_model().relationships
    for row in triggers.rows():
        assert row.relation in model, row.name
        assert row.subjects <= set(model[row.relation].sources), row.name
        assert row.objects <= set(model[row.relation].targets), row.name
        assert sorted(row.order) == ["O", "S", "T"], row.name


def test_a_pair_before_the_verb_and_a_name_with_its_acronym_are_two_partners() -> None:
    text = "La Federación Española de Municipios y Provincias (FEMP) y la UCCI firmaron un convenio de colaboración."
    assert (
        "Spanish Federation of Municipalities and Provinces",
        "PARTNER_OF",
        "Union of Ibero-American Capital Cities",
    ) in _pairs(added(text, "es"))


def test_an_admission_noun_reads_the_member_then_the_body() -> None:
    assert ("Ségou", "MEMBER_OF", "UCLG Africa", ()) in added("Adhésion de la commune de Ségou à CGLU Afrique", "fr")


def test_a_list_after_a_twinning_verb_pairs_each_item_with_the_subject_not_the_items_together() -> None:
    found = _pairs(_relations("Leeds is twinned with Lille (France) and Dortmund (Germany).", "en"))
    assert {("Leeds", "TWINNED_WITH", "Lille"), ("Leeds", "TWINNED_WITH", "Dortmund")} <= found
    assert not {("Lille", "TWINNED_WITH", "Dortmund"), ("Dortmund", "TWINNED_WITH", "Lille")} & found


def test_an_office_in_apposition_to_the_name_before_it_is_not_given_to_the_name_after_it() -> None:
    text = "La délégation comprenait Paul Roux, secrétaire général et maire de Vannes, Anne Petit, adjointe au maire de Lorient."
    found = _pairs(_relations(text, "fr"))
    assert ("Paul Roux", "HOLDS_OFFICE", "Vannes") in found
    assert ("Anne Petit", "HOLDS_OFFICE", "Vannes") not in found


def test_a_body_named_by_its_common_noun_or_in_a_later_phrase_takes_no_office() -> None:
    text = "Coordinación: Sr. Pablo Ortega, coordinador de la Comisión, con sede en la Secretaría de la FEMP."
    assert not {f for f in added(text, "es") if f[1] == "HOLDS_OFFICE"}
