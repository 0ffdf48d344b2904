"""English forms read by the document rules, each on sentences written for the test."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import facts_of, relations


def read_pairs(facts: DocumentFacts, rel_type: str) -> set[tuple[str, str]]:
    """(source name, target name) of the relations of a type read in the text (not from a dataset)."""
    return {
        (facts.entities[r.source].name, facts.entities[r.target].name)
        for r in facts.relations.values()
        if r.type == rel_type and r.provenance[0].quote
    }


def test_an_undated_programme_makes_its_slots_the_events_people_attend() -> None:
    facts = facts_of(
        "Programme\n"
        "09:00-09:30 Welcome and opening of the seminar\n"
        "  • Laura Brennan, Mayor, Galway, Ireland\n"
        "09:30-11:00 Panel 2: Housing for all\n"
        "  • Pieter de Wit, Deputy Mayor, Eindhoven, Netherlands\n",
        "en",
    )
    assert relations(facts, "ATTENDED") == {
        ("Laura Brennan", "Welcome and opening of the seminar", "host"),
        ("Pieter de Wit", "Panel 2: Housing for all", "speaker"),
    }
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Laura Brennan", "Galway", "mayor"),
        ("Pieter de Wit", "Eindhoven", "deputy mayor"),
    }
    assert read_pairs(facts, "IN_COUNTRY") == {("Galway", "Ireland"), ("Eindhoven", "Netherlands")}


def test_entries_written_one_part_a_line_and_the_board_they_belong_to() -> None:
    facts = facts_of(
        "Meet the members of our new Executive Board:\n\n"
        "Helena Marsh\n\nDeputy Mayor\n\nLeeds, United Kingdom\n\n"
        "Okafor, Chidi\n\nLead Councilor\n\nLagos, Nigeria\n\n"
        "Ruth Kellerman\n\nMayor\n\nTulsa, Oklahoma, USA\n\n"
        "Annual Report\n\nThe report is online.\n",
        "en",
    )
    offices = relations(facts, "HOLDS_OFFICE")
    assert ("Helena Marsh", "Leeds", "deputy mayor") in offices
    assert ("Okafor, Chidi", "Lagos", "councillor") in offices  # a name written surname first
    assert ("Ruth Kellerman", "Tulsa", "mayor") in offices  # "USA" closing the entry is the country
    board = {(p, body) for p, body, role in offices if role == "member"}
    assert board == {(p, "Executive Board") for p in ("Helena Marsh", "Okafor, Chidi", "Ruth Kellerman")}
    assert not relations(facts, "ATTENDED")  # a list of members, no meeting: nobody attends anything
    assert {e.name for e in facts.entities.values() if e.kind == "Person"} == {
        "Helena Marsh", "Okafor, Chidi", "Ruth Kellerman"
    }  # fmt: skip


def test_co_moderators_and_special_envoys() -> None:
    facts = facts_of(
        "14:00-15:30 Panel 3: Safer streets\n"
        "  • Co-moderated by: Ines Barros, Mayor, Porto, Portugal\n"
        "  • Karl Heinz Maier, UN Special Envoy for Urban Safety\n",
        "en",
    )
    assert ("Ines Barros", "Panel 3: Safer streets", "moderator") in relations(facts, "ATTENDED")
    # the portfolio stays in the role (gold: "special envoy for road safety")
    assert ("Karl Heinz Maier", "United Nations", "special envoy for urban safety") in relations(facts, "HOLDS_OFFICE")


def test_city_offices_written_around_a_name() -> None:
    facts = facts_of(
        "Hamburg Mayor Ingrid Vogel welcomed Mayor of Rotterdam, Joost Meijer, at the port. "
        "Later, Mayor Tomas Lindqvist of Uppsala joined them.",
        "en",
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Ingrid Vogel", "Hamburg", "mayor"),  # the office between the city and the name
        ("Joost Meijer", "Rotterdam", "mayor"),  # no article before the office
        ("Tomas Lindqvist", "Uppsala", "mayor"),  # the city after the name
    }
    assert {e.name for e in facts.entities.values() if e.kind == "Person"} == {
        "Ingrid Vogel", "Joost Meijer", "Tomas Lindqvist"
    }  # fmt: skip


def test_a_city_and_the_list_of_its_sister_cities() -> None:
    facts = facts_of(
        "Dublin signed a sister city agreement with Accra in 2001. It now has four sister cities, "
        "including Perth in Australia, Quebec in Canada and Valparaiso in Chile.\n",
        "en",
    )
    twins = {tuple(sorted(pair)) for pair in read_pairs(facts, "TWINNED_WITH")}
    assert {pair for pair in twins if "Dublin" in pair} == {
        ("Accra", "Dublin"), ("Dublin", "Perth"), ("Dublin", "Québec"), ("Dublin", "Valparaíso")
    }  # fmt: skip
    assert ("Perth", "Australia") in read_pairs(facts, "IN_COUNTRY")  # read in the text: "Perth in Australia"


def test_offices_before_an_honorific_abbreviations_and_camel_case_bodies() -> None:
    facts = facts_of(
        "The meeting was chaired by the President of GreenPorts and Mayor of Bergen Ms. Signe Holm, "
        "with the General Secretary of GreenPorts Mr. Paolo Ricci. Delegates thanked Mr. Omar Haddad, "
        "the SG of Metropolis, for his work.",
        "en",
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Signe Holm", "GreenPorts", "president"),
        ("Signe Holm", "Bergen", "mayor"),
        ("Paolo Ricci", "GreenPorts", "secretary general"),  # "General Secretary" is one office
        ("Omar Haddad", "Metropolis", "secretary general"),  # ", the SG of": an article before the office
    }


def test_cities_followed_by_their_country_in_brackets() -> None:
    facts = facts_of(
        "Speakers included the mayors of Tampere (Finland), Recife (Brazil) and Kumasi (Ghana), "
        "and Jane Ode (Nigeria).",
        "en",
    )
    assert read_pairs(facts, "IN_COUNTRY") == {("Tampere", "Finland"), ("Recife", "Brazil"), ("Kumasi", "Ghana")}
    assert "Jane Ode" not in {e.name for e in facts.entities.values() if e.kind == "City"}


def test_a_sentence_end_and_a_region_end_a_name() -> None:
    facts = facts_of(
        "The network thanked Mr. Paul Mensah. Delegates from West Africa and Latin America "
        "then heard Ms. Ana Lopes, Mayor of Porto, and Mayor of Accra, Paul Mensah.",
        "en",
    )
    assert {e.name for e in facts.entities.values() if e.kind == "Person"} == {"Paul Mensah", "Ana Lopes"}


def test_an_office_in_the_plural_before_names_and_their_cities() -> None:
    facts = facts_of(
        "The summit will hear the mayors Lena Berg (Stockholm), Marc Dumas (Lyon) and Rui Costa (Braga), "
        "and the governors' forum.",
        "en",
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Lena Berg", "Stockholm", "mayor"), ("Marc Dumas", "Lyon", "mayor"), ("Rui Costa", "Braga", "mayor")
    }  # fmt: skip


def test_first_names_and_pronouns_in_a_twinning_sentence_are_no_cities() -> None:
    facts = facts_of(
        "Mayor of Tampa, Mark Ellison, said the sister city agreement with Nancy matters. "
        "He thanked the sister city committee.",
        "en",
    )
    assert {e.name for e in facts.entities.values() if e.kind == "City"} >= {"Tampa", "Nancy"}
    assert not {"Mark", "Hay", "He"} & {e.name for e in facts.entities.values() if e.kind == "City"}
