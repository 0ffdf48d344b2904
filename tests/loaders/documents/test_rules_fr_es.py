"""French and Spanish forms read by the document rules, each on sentences written for the test."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import entity_name, facts_of, people, relations


def test_spanish_honorifics_former_offices_and_party_after_a_dash() -> None:
    facts = facts_of(
        "Cambios aprobados: Baja: D. Tomás Ferrer Gil, Ex Alcalde de Teruel (Aragón) - PSOE "
        "Alta: Dª. Marta Oliva Ruiz, Alcaldesa de Huesca - PP\n",
        "es",
    )
    assert people(facts) == {"Tomás Ferrer Gil", "Marta Oliva Ruiz"}
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Tomás Ferrer Gil", "Teruel", "mayor"),
        ("Marta Oliva Ruiz", "Huesca", "mayor"),
    }
    assert relations(facts, "AFFILIATED_WITH") == {("Tomás Ferrer Gil", "PSOE", None), ("Marta Oliva Ruiz", "PP", None)}


def _twins(facts: DocumentFacts) -> set[tuple]:
    return {
        (
            *sorted((entity_name(facts, r.source), entity_name(facts, r.target))),
            r.props.get("kind"),
            r.props.get("since"),
        )
        for r in facts.relations.values()
        if r.type == "TWINNED_WITH"
    }


def test_twinning_in_prose_with_elided_names_and_the_since_of_a_signing() -> None:
    linked = facts_of("Les villes d'Aurillac et de Coimbra sont liées depuis 1985.\n", "fr")
    assert _twins(linked) == {("Aurillac", "Coimbra", "twinning", "1985")}
    signed = facts_of("Dole et Ravenne ont signé leur jumelage à Ravenne le 4 mars 2012.\n", "fr")
    assert _twins(signed) == {("Dole", "Ravenna", "twinning", "2012-03-04")}
    spanish = facts_of("Toledo y Nara firmaron su hermanamiento en el 1999, tras una visita.\n", "es")
    assert {(kind, since) for *_, kind, since in _twins(spanish)} == {("twinning", "1999")}


def test_a_cooperation_between_two_named_towns_is_a_tie_a_field_between_countries_is_not() -> None:
    towns = facts_of(
        "La coopération décentralisée entre la ville de Tulle et la commune de Aurillac a démarré.\n", "fr"
    )
    assert _twins(towns) == {("Aurillac", "Tulle", "cooperation", None)}
    countries = facts_of(
        "Dans le cadre de la coopération décentralisée entre la France et le Sénégal, 9 accords.\n", "fr"
    )
    assert _twins(countries) == set()


def test_offices_in_a_sentence_that_opens_a_line_elided_bodies_and_delegated_offices() -> None:
    facts = facts_of(
        "Jeanne Morel, maire de Vannes (56) et vice-présidente de l’AMF, a participé au congrès.\n"
        "Paul Girard, conseiller municipal délégué de Lorient, et Ana Ruiz, présidente déléguée de l'AFCCRE, "
        "ont participé à la réunion.\n",
        "fr",
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Jeanne Morel", "Vannes", "mayor"),
        ("Jeanne Morel", "Association des maires de France", "vice president"),
        ("Paul Girard", "Lorient", "delegate municipal councillor"),  # the qualifier stays in the role
        ("Ana Ruiz", "AFCCRE", "delegate president"),
    }


def test_the_bodies_right_after_a_named_event_organise_it() -> None:
    spanish = facts_of("El II Foro de Ciudades Andinas, organizado por la UCCI y la Segib, terminó el jueves.\n", "es")
    forum = "II Foro de Ciudades Andinas"  # the rank belongs to the name
    assert {(s, t, role) for s, t, role in relations(spanish, "ORGANISED_BY") if s == forum} == {
        (forum, "Union of Ibero-American Capital Cities", "organiser"),
        (forum, "Ibero-American General Secretariat", "organiser"),
    }
    french = facts_of("Le Forum des villes côtières, co-organisé par l'AIMF et CGLU, s'est tenu à Dakar.\n", "fr")
    assert {(t, role) for s, t, role in relations(french, "ORGANISED_BY") if s == "Forum des villes côtières"} == {
        ("International Association of Francophone Mayors", "co-organiser"),
        ("United Cities and Local Governments", "co-organiser"),
    }


def test_people_listed_under_an_office_heading_hold_it_in_the_organisation_of_the_page() -> None:
    facts = facts_of(
        "L'AMVF réunit les maires. Le Bureau de l'AMVF est élu par les membres de l'AMVF.\n\n"
        "Présidente\n\n  • Mme Claire DUVAL, Maire de Lyon\n\n"
        "Vice-Président-Trésorier\n\n  • M. Marc PETIT, Bourgmestre de Namur\n\n"
        "Vice-Présidents\n\n  • M. Paul SIMON, Maire de Dakar\n  • Mme Ana RUIZ, Gouverneure de Kinshasa\n\n"
        "Autres pages\n\n  • M. Jean BON, Maire de Nantes\n",
        "fr",
    )
    assert {(p, role) for p, body, role in relations(facts, "HOLDS_OFFICE") if body == "AMVF"} == {
        ("Claire DUVAL", "president"),
        ("Marc PETIT", "vice president and treasurer"),
        ("Paul SIMON", "vice president"),
        ("Ana RUIZ", "vice president"),
    }
    assert ("Jean BON", "Nantes", "mayor") in relations(facts, "HOLDS_OFFICE")


def test_an_event_then_a_held_verb_and_a_city_in_the_same_clause_is_held_there() -> None:
    facts = facts_of(
        "La XX Cumbre de Ciudades Andinas, que tendrá lugar en Cusco (Perú), reunirá a los alcaldes.\n\n"
        "Le Forum des villes côtières qui se tiendra du 2 au 4 mai à Nantes accueillera 300 élus.\n",
        "es",
    )
    assert relations(facts, "HELD_IN") == {
        ("XX Cumbre de Ciudades Andinas", "Cusco", None),  # the edition's rank belongs to its name
        ("Forum des villes côtières", "Nantes", None),
    }


def test_an_office_in_apposition_before_a_name_with_an_honorific() -> None:
    facts = facts_of(
        "La séance a été ouverte par les allocutions du maire de la ville de Vannes, M. Paul Marec ; "
        "puis du premier adjoint au maire de Lorient, Mme Anne Roux.\n\n"
        "El acto contó con la presencia del alcalde de Teruel, D. Luis Mora.\n",
        "fr",
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Paul Marec", "Vannes", "mayor"),
        ("Anne Roux", "Lorient", "first deputy mayor"),
        ("Luis Mora", "Teruel", "mayor"),
    }


def test_presided_by_inside_a_sentence_is_a_moderator_of_the_meeting() -> None:
    facts = facts_of(
        "# Troisième forum des maires ruraux\n\nJeudi 9 juin 2022, 10h00-12h00 (CEST)\n\n"
        "Le forum a réuni 40 élus. Les travaux ont été présidés par M. Jean Dupont, maire de Villeurbanne.\n",
        "fr",
    )
    attended = {
        (entity_name(facts, r.source), r.props.get("role")) for r in facts.relations.values() if r.type == "ATTENDED"
    }
    assert attended == {("Jean Dupont", "moderator")}
