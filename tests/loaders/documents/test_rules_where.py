"""Places that are not what they seem (x-where): namesakes a page sets apart, countries named
only inside a body's name, language names after "in"; on sentences written for the test, in
English, French and Spanish, with forms that must not change."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.extract import extract

from tests.loaders.documents.helpers import city_countries, events, facts_of


def towns(facts: DocumentFacts) -> set[tuple[str, str | None]]:
    """(name, country) of every city: namesakes stay apart."""
    return {(e.name, e.props.get("country")) for e in facts.entities.values() if e.kind == "City"}


def test_a_namesake_the_page_sets_apart_leaves_the_bare_name_to_the_other_town() -> None:
    spanish = facts_of(
        "El alcalde de Granada, Pedro Ruiz Soler, recibió a las delegaciones de Cusco (Perú) y de León (Nicaragua).\n"
        "Recordó también a la homónima centroamericana, Granada (Nicaragua), con la que coopera desde 2010.\n",
        "es",
    )
    assert {("Granada", "ES"), ("Granada", "NI")} <= towns(spanish)
    english = facts_of(
        "The Lord Mayor of Valencia, Ana Ferrer, hosted delegations from Maracaibo (Venezuela) and Cali (Colombia).\n"
        "She also thanked the city's namesake, Valencia (Venezuela), for its support since 2012.\n",
        "en",
    )
    assert {("Valencia", "ES"), ("Valencia", "VE")} <= towns(english)
    french = facts_of(
        "Le maire de Tripoli, Omar Haddad, a reçu la maire de Byblos (Liban) et le maire de Sfax (Tunisie).\n"
        "Il a salué sa ville homonyme, Tripoli (Liban), partenaire depuis 2015.\n",
        "fr",
    )
    assert {("Tripoli", "LY"), ("Tripoli", "LB")} <= towns(french)


def test_a_qualified_name_without_a_namesake_word_is_the_same_town_as_the_bare_name() -> None:
    spanish = facts_of(
        "La delegación de Granada (Nicaragua) llegó el lunes a Managua (Nicaragua). Granada firmó el acuerdo.\n", "es"
    )
    assert {name for name, country in towns(spanish) if name == "Granada"} == {"Granada"}
    assert ("Granada", "NI") in towns(spanish) and ("Granada", "ES") not in towns(spanish)


def test_a_country_named_only_inside_a_body_is_no_context_for_the_towns() -> None:
    french = facts_of(
        "Le maire de Montréal, Jean Roy, a rencontré l’Association des maires de France (AMF) à Lyon le 3 mars.\n", "fr"
    )
    assert city_countries(french).get("Montréal") == "CA"
    english = facts_of(
        "The Mayor of Montreal, John Roy, met the Association des maires de France (AMF) in Lyon on 3 March.\n", "en"
    )
    assert city_countries(english).get("Montreal", city_countries(english).get("Montréal")) == "CA"
    spanish = facts_of(
        "La alcaldesa de Montreal, Ana Roy, se reunió con la Association des maires de France (AMF) en Lyon el 3 de marzo.\n",
        "es",
    )
    assert city_countries(spanish).get("Montreal", city_countries(spanish).get("Montréal")) == "CA"


def test_a_country_named_outside_a_body_still_decides_namesakes() -> None:
    facts = facts_of("Cooperation with Ecuador: the works funded by the AMF begin in Sucre next month.\n", "en")
    assert city_countries(facts).get("Sucre") == "EC"


def test_a_language_after_in_is_no_town() -> None:
    english = facts_of("Signed in Nairobi on 2 May 2025, in two originals in English and in French.\n", "en")
    assert set(city_countries(english)) == {"Nairobi"}


def test_an_entry_of_a_report_under_month_headings_dates_its_event() -> None:
    spanish = facts_of(
        "Informe de actividades, primer trimestre de 2024\n\nENERO\n\n"
        "15/01 — Seminario «Ciudades y turismo sostenible», realizado en Cusco y organizado por la FLACMA.\n\n"
        "MARZO\n\n"
        "11/03 y 12/03 — Reunión del Comité Ejecutivo de Mercociudades en Asunción.\n",
        "es",
    )
    dated = {name: days for name, days in events(spanish).items() if days[0]}
    assert ("2024-01-15", "2024-01-15") in dated.values()
    assert ("2024-03-11", "2024-03-12") in dated.values()
    french = facts_of(
        "Rapport d'activité 2023\n\nMAI\n\n"
        "le 4 — Forum « Villes et climat » organisé à Lille par Cités Unies France.\n\n"
        "le 19 — Séminaire « Eau et assainissement » organisé à Nantes.\n",
        "fr",
    )
    assert {days for days in events(french).values() if days[0]} >= {("2023-05-04", "2023-05-04")}
    english = facts_of(
        "Quarterly report 2025\n\nApril\n\n"
        "03/04 — Forum on Urban Water held in Leeds and organised by Eurocities.\n\n"
        "17/04 — Seminar on Housing held in Bristol.\n",
        "en",
    )
    assert ("2025-04-03", "2025-04-03") in events(english).values()


def test_numbered_lines_without_a_month_are_no_dated_entries() -> None:
    facts = facts_of(
        "Programme 2025\n\n1 — Forum on Urban Water held in Leeds.\n2 — Seminar on Housing held in Bristol.\n", "en"
    )
    assert all(not days[0] or not days[0].startswith("2025-01-0") for days in events(facts).values())


def event_ids(facts: DocumentFacts) -> set[str]:
    return {i for i, e in facts.entities.items() if e.kind == "Event"}


def test_an_event_named_by_its_full_name_and_its_quoted_title_is_one_event() -> None:
    spanish = facts_of(
        "Informe 2024\n\nMARZO\n\n05/03 y 06/03 — Taller «Agua y ciudad», realizado en Cusco (Perú) y organizado "
        "por la FLACMA.\n\n19/03 — Seminario «Vivienda digna» en Quito.\n",
        "es",
    )
    assert [n for n in events(spanish) if "Agua y ciudad" in n] == ["Taller «Agua y ciudad»"]
    french = facts_of(
        "Rapport 2023\n\nMAI\n\nle 19 — Séminaire « Eau et assainissement » organisé à Nantes.\n\n"
        "le 23 — Forum « Villes et climat » organisé à Lille.\n",
        "fr",
    )
    assert [n for n in events(french) if "Villes et climat" in n] == ["Forum « Villes et climat »"]


def test_two_events_with_different_titles_stay_apart() -> None:
    facts = facts_of(
        "On 3 May 2025, the workshop “Water for Cities” took place in Leeds. "
        "On 4 May 2025, the workshop “Housing for All” took place in Bristol.\n",
        "en",
    )
    assert len([n for n in events(facts) if "Water for Cities" in n or "Housing for All" in n]) >= 2


def test_an_opening_named_alone_on_two_pages_is_two_events() -> None:
    first = extract("Relatoría\n\nApertura\nLa sesión de apertura fue presidida por Ana Ruiz, alcaldesa de Cádiz.\n",
                    "doc:1a2b3c4d5e6f", "es")  # fmt: skip
    second = extract("Relatoría\n\nApertura\nLa sesión de apertura fue presidida por Luis Gil, alcalde de Jaén.\n",
                     "doc:9f8e7d6c5b4a", "es")  # fmt: skip
    openings = {i for i in event_ids(first) if "apertura" in i}, {i for i in event_ids(second) if "apertura" in i}
    assert openings[0] and openings[1] and not openings[0] & openings[1]
    english = facts_of(
        "Report\n\nOpening session\nThe opening session was chaired by Jane Roe, Mayor of Leeds.\n", "en"
    )
    assert "event:opening-session" not in event_ids(english)


def test_a_press_review_item_names_a_paper_not_an_event() -> None:
    french = facts_of(
        "REVUE DE PRESSE — mars 2025\n\n▌La Dépêche — mardi 4 mars 2025\n« Toulouse et Atlanta renouvellent leur lien »\n"
        "Le quotidien revient sur la visite à Toulouse du maire d'Atlanta, Paul Green, reçu par la maire, Anne Roux.\n",
        "fr",
    )
    assert not any("Dépêche" in name for name in events(french))
    english = facts_of(
        "MEDIA DIGEST\n\nThe Kampala Monitor – Tuesday 6 May 2025\n'Kampala hosts mayors'\n"
        "The daily reports that the Lord Mayor, Mary Okello, welcomed twenty mayors to City Hall.\n",
        "en",
    )
    assert not any("Monitor" in name for name in events(english))
    spanish = facts_of(
        "RESUMEN DE PRENSA\n\nEl Diario de Cuenca — lunes 3 de marzo de 2025\n«Cuenca recibe a alcaldes andinos»\n"
        "El diario informa de la visita del alcalde de Arequipa, Luis Pardo, recibido por la alcaldesa Rosa Vera.\n",
        "es",
    )
    assert not any("Diario de Cuenca" in name for name in events(spanish))


def test_an_event_heading_taken_up_by_a_paper_stays_an_event() -> None:
    facts = facts_of(
        "Forum on Urban Water — Tuesday 6 May 2025\nLeeds, United Kingdom\n"
        "The daily Yorkshire Post covered the forum, opened by the Lord Mayor of Leeds, Ann Gray.\n",
        "en",
    )
    assert any("Forum on Urban Water" in name for name in events(facts))
