"""English probes, second round: pages written for the test in the genres of the hidden set (agendas,
participant lists, board pages, sister-city news from city sites, declarations, section reports)."""

from __future__ import annotations

from munigraph.loaders.documents.extract import extract
from munigraph.loaders.documents.prose import countries_named

from tests.loaders.documents.helpers import facts_of, names, relations


def _countries(text: str) -> tuple[str, ...]:
    facts = extract("", "doc:test", "en")
    facts.view = text
    countries_named(facts)
    return facts.countries


def test_a_country_ending_a_line_is_named_though_a_name_opens_the_next() -> None:
    named = _countries(
        "Ana Roe, Mayor of Patras, Greece\nBen Poe, Mayor of Cadiz, Spain\nCarl Doe, Mayor of Tours, France"
    )
    assert {"GR", "ES", "FR"} <= set(named), named


def test_short_words_in_lowercase_are_no_country_codes() -> None:
    named = _countries("Mr. Jan Roe And Ms. Ana Poe As Can Per Col\nDelegates from UK and USA signed.")
    assert set(named) == {"GB", "US"}, named


def test_a_country_named_somewhere_does_not_pull_a_world_city_to_a_far_smaller_namesake() -> None:
    from munigraph.graph.resolution import places

    assert places.resolve_city("Athens", language="en", context_countries=("US", "GH")).country == "GR"
    assert places.resolve_city("Florence", language="en", context_countries=("US", "KE")).country == "IT"
    # a namesake of comparable standing still follows the page's countries; a page naming one country is about it
    assert places.resolve_city("Birmingham", language="en", context_countries=("US", "KE")).country == "US"
    assert places.resolve_city("Cancun", language="en", context_countries=("MX", "FR")).country == "MX"
    assert places.resolve_city("Athens", language="en", context_countries=("US",)).country == "US"
    # a country named right by the name decides whatever the standing
    assert places.resolve_city("Athens", language="en", near_countries=("US",)).country == "US"


def test_an_english_exonym_means_the_city_abroad_unless_the_villages_country_is_named_by_it() -> None:
    from munigraph.graph.resolution import places

    assert places.resolve_city("Marseilles", language="en").country == "FR"
    assert places.resolve_city("Seville", language="en").country == "ES"
    assert places.resolve_city("Marseilles", language="en", context_countries=("US", "ES")).country == "FR"
    assert places.resolve_city("Marseilles", language="en", near_countries=("US",)).country == "US"


def test_a_meeting_city_keeps_its_world_reading_on_a_page_naming_another_country() -> None:
    facts = facts_of(
        "Mayors gathered in Athens on 3 May for the Coastal Mayors Forum.\n\n"
        "Signed by:\nJane Roe, Mayor of Austin, United States\nKofi Mensah, Mayor of Tamale, Ghana\n"
        "Luc Morel, Deputy Mayor of Marseilles\n",
        "en",
    )
    countries = {e.name: e.props.get("country") for e in facts.entities.values() if e.kind == "City"}
    assert countries.get("Athens") == "GR" and countries.get("Marseille") == "FR", countries


def test_an_office_with_a_portfolio_or_no_place_before_a_name_still_names_a_person() -> None:
    for text, person in (
        ("The Deputy Mayor for Transport, Nomsa Dube, presented the plan.\n", "Nomsa Dube"),
        ("The Councillor for Housing, Ana Roe, said the plan was ready.\n", "Ana Roe"),
        ("The Minister for Local Government, Kofi Mensah, opened the session.\n", "Kofi Mensah"),
    ):
        facts = facts_of(text, "en")
        assert person in names(facts, "Person"), (text, names(facts, "Person"))
        assert not relations(facts, "HOLDS_OFFICE"), relations(facts, "HOLDS_OFFICE")
    facts = facts_of(
        "The Board of the Coastal Cities Network met in Durban on 3 May 2024.\n"
        "The Deputy Mayor for Health, Nomsa Dube, presented the new strategy.\n",
        "en",
    )
    assert any(p == "Nomsa Dube" and r == "speaker" for p, _, r in relations(facts, "ATTENDED")), relations(
        facts, "ATTENDED"
    )
    # no name after the comma: no person
    facts = facts_of("The Deputy Mayor for Health, Transport and Parks presented the plan.\n", "en")
    assert not names(facts, "Person"), names(facts, "Person")


def test_british_council_titles_before_a_name_and_the_leader_of_a_council() -> None:
    facts = facts_of(
        "The Lord Mayor of Exeter, Councillor Ruth Penny, welcomed the guests.\n"
        "Councillor Tom Hale, Leader of Exeter City Council, said the link mattered.\n"
        "Cllr Mary Dunn, Deputy Leader of Bristol City Council, also spoke.\n",
        "en",
    )
    assert names(facts, "Person") == {"Ruth Penny", "Tom Hale", "Mary Dunn"}, names(facts, "Person")
    held = relations(facts, "HOLDS_OFFICE")
    assert {
        ("Ruth Penny", "Exeter", "mayor"),
        ("Tom Hale", "Exeter", "leader"),
        ("Mary Dunn", "Bristol", "deputy leader"),
    } <= held, held
    assert names(facts, "City") == {"Exeter", "Bristol"}, names(facts, "City")  # "Leader" is no town


def test_a_country_or_state_after_a_listed_city_is_no_body() -> None:
    for text in (
        "Mombasa is twinned with Aarhus, Denmark, and has a cooperation agreement with the city of Dayton, Ohio.\n",
        "Partners of the forum: the city of Toledo, Ohio, the Port of Rotterdam and UN-Habitat.\n",
    ):
        facts = facts_of(text, "en")
        assert not {"Ohio", "Denmark"} & names(facts, "Organisation"), names(facts, "Organisation")


def test_each_partner_of_a_list_takes_the_kind_of_the_cue_before_it() -> None:
    facts = facts_of(
        "Mombasa is twinned with Aarhus, Denmark, and Seattle, and has a cooperation agreement with the city of "
        "Dayton, Ohio.\n",
        "en",
    )
    kinds = {tuple(sorted((facts.entities[r.source].name, facts.entities[r.target].name))): r.props.get("kind")
             for r in facts.relations.values() if r.type == "TWINNED_WITH"}  # fmt: skip
    assert kinds.get(("Mombasa", "Seattle")) == "twinning" and kinds.get(("Dayton", "Mombasa")) == "cooperation", kinds


def test_bodies_an_agreement_is_signed_with_are_no_partners_of_each_other() -> None:
    facts = facts_of(
        "The Section signed a partnership agreement with the World Bank and UN-Habitat on housing.\n", "en"
    )
    assert ("World Bank", "UN-Habitat", None) not in relations(facts, "PARTNER_OF"), relations(facts, "PARTNER_OF")


def test_a_page_label_before_a_headline_is_no_person() -> None:
    for text in (
        "Press Release: Mombasa and Perth sign Sister City Memorandum\n\nThe two port cities signed it.\n",
        "News Update: Cork joins the network\n\nCork joined the network on Monday.\n",
    ):
        facts = facts_of(text, "en")
        assert not names(facts, "Person"), names(facts, "Person")
        assert not any("sign" in n or "joins" in n for n in names(facts, "Organisation")), names(facts, "Organisation")


_PROGRAMME = (
    "Coastal Cities Forum 2025\nProgramme\n\n"
    "09:00 - 09:30 Opening Session\n"
    "Opening address: Rita Osei, Secretary General, UCLG\n\n"
    "11:30 - 13:00 Workshop 2: Green bonds for ports\n"
    "Panellists: Ama Boateng (Tema), Juma Otieno (Mombasa)\n"
)


def test_an_opening_address_label_gives_a_speaker() -> None:
    facts = facts_of(_PROGRAMME, "en")
    assert ("Rita Osei", "Opening Session", "speaker") in relations(facts, "ATTENDED"), relations(facts, "ATTENDED")


def test_a_line_of_names_each_with_its_bracket_is_one_person_each() -> None:
    facts = facts_of(_PROGRAMME, "en")
    attended = relations(facts, "ATTENDED")
    for person in ("Ama Boateng", "Juma Otieno"):
        assert (person, "Workshop 2: Green bonds for ports", "speaker") in attended, attended
    # one name, then an office and a bracketed body: one person
    facts = facts_of(
        "Programme\n\n10:00 Panel on ports\nSpeakers: Ama Boateng, Director, Port Authority (Ghana)\n", "en"
    )
    assert names(facts, "Person") == {"Ama Boateng"}, names(facts, "Person")


def test_an_honorific_after_the_comma_of_an_office_in_apposition() -> None:
    facts = facts_of(
        "The session was closed by the Minister of Water, Hon. Ruth Achieng, and the Mayor of Kisumu, Hon. Paul Ouma.\n",
        "en",
    )
    assert {"Ruth Achieng", "Paul Ouma"} <= names(facts, "Person"), names(facts, "Person")
    assert ("Paul Ouma", "Kisumu", "mayor") in relations(facts, "HOLDS_OFFICE"), relations(facts, "HOLDS_OFFICE")


def test_people_under_an_office_heading_without_bullets_hold_that_office_in_the_pages_body() -> None:
    facts = facts_of(
        "Metropolis Board of Directors 2025-2028\n\n"
        "The Board of Directors of Metropolis was elected in Lisbon on 2 June 2025.\n\n"
        "President\nAna Silva, Mayor of Braga (Portugal)\n\n"
        "Vice-Presidents\nKojo Mensah, Mayor of Tema (Ghana)\nRiya Shah, Mayor of Surat (India)\n\n"
        "Treasurer\nOla Berg, Deputy Mayor of Bergen (Norway)\n",
        "en",
    )
    held = relations(facts, "HOLDS_OFFICE")
    assert {("Ana Silva", "Metropolis", "president"), ("Kojo Mensah", "Metropolis", "vice president"),
            ("Riya Shah", "Metropolis", "vice president"), ("Ola Berg", "Metropolis", "treasurer")} <= held, held  # fmt: skip
    assert ("Ana Silva", "Braga", "mayor") in held


def test_a_place_or_a_city_government_under_an_office_column_is_no_person() -> None:
    facts = facts_of(
        "ICLEI Council members\n\nMayor\n\nDenver, Colorado, USA\n\nLead Councillor\n\nPune Municipal Corporation, India\n",
        "en",
    )
    assert not names(facts, "Person"), names(facts, "Person")


def test_an_office_of_a_place_then_the_name_without_a_comma_after_and_or_a_capital_article() -> None:
    for text, person, city in (
        ("On 3 May, Mombasa Mayor Ali Hassan and Lord Mayor of Perth Basil Zempilas signed a memorandum.\n",
         "Basil Zempilas", "Perth"),
        ("The Mayor of Perth Basil Zempilas signed a memorandum.\n", "Basil Zempilas", "Perth"),
    ):  # fmt: skip
        facts = facts_of(text, "en")
        assert (person, city, "mayor") in relations(facts, "HOLDS_OFFICE"), (text, relations(facts, "HOLDS_OFFICE"))
    facts = facts_of("The delegations of Perth and Mombasa signed a memorandum.\n", "en")
    assert not names(facts, "Person"), names(facts, "Person")


def test_a_list_of_participants_heading_gives_its_entries_the_participant_role() -> None:
    facts = facts_of(
        "Mayors' Roundtable on Coastal Erosion\nAccra, 4 June 2025\n\nList of participants\n\n"
        "Efua Mensah, Mayor, Cape Coast, Ghana\nJoao Pinto, Deputy Mayor, Aveiro, Portugal\n",
        "en",
    )
    attended = relations(facts, "ATTENDED")
    assert {
        (p, "Mayors' Roundtable on Coastal Erosion", "participant") for p in ("Efua Mensah", "Joao Pinto")
    } <= attended, attended


def test_an_office_of_an_unnamed_city_council_is_held_in_the_city_of_the_next_part() -> None:
    facts = facts_of(
        "List of participants\n\nKarim Alaoui, President of the Municipal Council, Fes, Morocco\n"
        "Ewa Lis, Director, Polish Water Forum, Poland\n",
        "en",
    )
    assert ("Karim Alaoui", "Fes", "president") in relations(facts, "HOLDS_OFFICE"), relations(facts, "HOLDS_OFFICE")
    assert "Municipal Council" not in names(facts, "Organisation"), names(facts, "Organisation")


def test_participants_included_gives_participants_and_represented_by_is_no_presenter() -> None:
    facts = facts_of(
        "The Board of the Coastal Cities Network met in Durban on 3 May 2024.\n"
        "The President, Mayor of Lagos Ada Obi, did not attend; she was represented by the Mayor of Tema, Kofi Boateng.\n"
        "Participants included Mayor Rosa Lima of Recife and Governor Budi Santoso of Jakarta.\n",
        "en",
    )
    attended = relations(facts, "ATTENDED")
    assert {p for p, _, r in attended if r == "participant"} >= {"Rosa Lima", "Budi Santoso"}, attended
    assert not any(p == "Kofi Boateng" and r == "presenter" for p, _, r in attended), attended


def test_an_office_label_before_a_name_on_a_bodys_page() -> None:
    facts = facts_of(
        "Metropolis Board of Directors\n\nPresident\nAna Silva, Mayor of Braga (Portugal)\n\nSecretary General: Luis Mora\n",
        "en",
    )
    assert ("Luis Mora", "Metropolis", "secretary general") in relations(facts, "HOLDS_OFFICE"), relations(
        facts, "HOLDS_OFFICE"
    )
    facts = facts_of(
        "Metropolis Forum 2025\nProgramme\n\n10:00 Plenary 1: Housing\nChair: Luis Mora\nSpeakers: Ana Silva, Mayor of Braga\n",
        "en",
    )
    assert not any(p == "Luis Mora" for p, _, _ in relations(facts, "HOLDS_OFFICE")), relations(facts, "HOLDS_OFFICE")


def test_a_country_named_in_the_sentence_of_a_city_still_decides_its_namesake() -> None:
    facts = facts_of(
        "Network news. Members from Spain, France, Bolivia and Ecuador met in Lima.\n"
        "Ecuador solidarity fund: works begin in Sucre.\n",
        "en",
    )
    countries = {e.name: e.props.get("country") for e in facts.entities.values() if e.kind == "City"}
    assert countries.get("Sucre") == "EC", countries
