"""Precision and property accuracy (issue 10, x-prec2): the full office in a HOLDS_OFFICE role, units of a
government that are no bodies of their own, and guards against false entities and relations. Each rule is
tested on sentences written for these tests, in several forms and languages, with negatives."""

from __future__ import annotations

from munigraph.loaders.documents import false_people

from tests.loaders.documents.helpers import entity_name, facts_of, names


def _offices(text: str, language: str) -> dict[tuple[str, str], str]:
    """(holder's name, body's name) -> role of every HOLDS_OFFICE read from ``text``."""
    facts = facts_of(text, language)
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target)): r.props.get("role", "")
        for r in facts.relations.values()
        if r.type == "HOLDS_OFFICE"
    }


def _kinds(text: str, language: str, kind: str) -> set[str]:
    return names(facts_of(text, language), kind)


# -- the full office: words before the office word and the field it is of ----------------------


def test_english_office_keeps_its_qualifying_words_and_field() -> None:
    offices = _offices(
        "Speakers:\n"
        "- Jane Roe, Senior Policy Advisor, Eurocities\n"
        "- Tom Poe, Director of Urban Mobility, Lisbon\n"
        "- Bo Moe, project manager, City of Turin\n"
        "- Li Wan, Policy Officer, UCLG\n",
        "en",
    )
    assert offices[("Jane Roe", "Eurocities")] == "senior policy advisor"
    assert offices[("Tom Poe", "Lisbon")] == "director of urban mobility"
    assert offices[("Bo Moe", "Turin")] == "project manager"
    assert offices[("Li Wan", "United Cities and Local Governments")] == "policy officer"


def test_what_an_office_is_of_is_no_field_when_it_is_the_body() -> None:
    offices = _offices(
        "Speakers:\n- Max Ko, Mayor of Porto\n- Ella Bru, Secretary General of UCLG\n- Kim Lo, Head of Programmes, Cities Alliance\n",
        "en",
    )
    assert offices[("Max Ko", "Porto")] == "mayor"
    assert offices[("Ella Bru", "United Cities and Local Governments")] == "secretary general"
    assert offices[("Kim Lo", "Cities Alliance")] == "head of programmes"


def test_french_and_spanish_fields_are_given_in_english() -> None:
    fr = _offices(
        "Intervenants :\n"
        "- M. Paul Roux, adjoint au maire de Lyon chargé des relations internationales\n"
        "- Anne Blanc, chargée de projets à Cités Unies France\n"
        "- Marc Noir, directeur des programmes de CGLU Afrique\n"
        "- Léa Vert, maire de Nantes\n",
        "fr",
    )
    assert fr[("Paul Roux", "Lyon")] == "deputy mayor for international relations"
    assert fr[("Anne Blanc", "Cités Unies France")] == "project officer"
    assert fr[("Marc Noir", "UCLG Africa")] == "director of programmes"
    assert fr[("Léa Vert", "Nantes")] == "mayor"
    es = _offices(
        "Por Mérida firmaron Ana Soler, directora de Turismo; y Rubén Ibarra, alcalde de Mérida.\n"
        "En el acto, Elena Vidal, concejala de Educación de Cádiz, habló de la escuela.\n",
        "es",
    )
    assert "director of tourism" in es.values()
    assert any(role == "councillor for education" for role in es.values())


def test_a_field_ends_where_the_name_of_a_unit_goes_on() -> None:
    offices = _offices("Speakers:\n- Sue Kay, Head of the Climate Office, Turin City Council\n", "en")
    assert offices[("Sue Kay", "Turin")] == "head of the climate office"  # not "head of climate"


# -- a unit of a government named after an office is no body: the office is the place's -------


def test_unit_of_a_city_is_no_organisation() -> None:
    text = (
        "Programme\n"
        "- Ann Loe, Head of the Heat Office, Vienna\n"
        "- Per Holm, Chair of the City Executive Board, Malmö\n"
        "- Dan Wu, Director of Inclusive Growth at Leeds City Council\n"
    )
    offices = _offices(text, "en")
    assert offices[("Ann Loe", "Vienna")] == "head of the heat office"
    assert ("Per Holm", "Malmö") in offices
    assert offices[("Dan Wu", "Leeds")] == "director of inclusive growth"
    bodies = _kinds(text, "en", "Organisation") | _kinds(text, "en", "Council")
    assert not bodies & {"Heat Office", "City Executive Board", "Inclusive Growth at Leeds City Council"}


def test_unit_in_french_and_spanish_lines() -> None:
    assert ("Awa Ba", "Thiès") in _offices(
        "Intervenants :\n- Awa Ba, cheffe du Service Relations internationales, Ville de Thiès\n", "fr"
    )
    es = "Ponentes:\n- Rosa Gil, jefa de la Unidad de Desarrollo Económico, Municipalidad de Lima\n"
    assert ("Rosa Gil", "Lima") in _offices(es, "es")
    assert not _kinds(es, "es", "Organisation")


def test_a_named_body_after_an_office_stays_a_body() -> None:
    # negative: an office named as a body's ("Office of the ..."), or a unit with no place after it
    text = "Panel\n- Bob Ray, Director of the Office of the United Nations High Commissioner for Human Rights, Geneva\n"
    offices = _offices(text, "en")
    assert any(body.startswith("Office of the United Nations") for _, body in offices)
    assert ("Bob Ray", "Geneva") not in offices


# -- common words of the page's language are no cities, whatever village bears the name ------------


def test_common_words_are_no_cities_in_their_language() -> None:
    es = (
        "La Red de Ciudades por el Clima celebra su asamblea\n\n"
        "La Mesa Ejecutiva de la Red se reunió con la Universidad de Sevilla y el alcalde de Gijón, Luis Mora.\n"
    )
    cities = _kinds(es, "es", "City")
    assert not cities & {"Red", "Mesa", "Universidad"}
    assert {"Gijón", "Sevilla"} & cities  # the true cities of the same sentence stay
    en = "Welcome\n\nThe Summit opened with the Provost Councillor Ian Gray and the Mayor of Cork, Ann Doyle.\n"
    cities = _kinds(en, "en", "City")
    assert not cities & {"Welcome", "Summit", "Provost"}
    assert "Cork" in cities
    fr = "Ville de Tours\n\nLe maire de la Ville, M. Paul Roy, a reçu le maire de Mayence.\n"
    assert "Ville" not in _kinds(fr, "fr", "City")


# -- a "person" named with a word of a body or an event is no one ---------------------------------


def test_bodies_and_meetings_read_as_people_are_dropped() -> None:
    en = (
        "Climate Cities Forum 2026\n\n"
        "The forum was hosted by Nantes Métropole in the old castle. On the last day the General Assembly "
        "welcomed two new members. The delegation included Councillor Owen Rees, Cabinet Member for Transport, "
        "and Ms. Ruth Owens, who spoke on heat plans.\n"
    )
    people = _kinds(en, "en", "Person")
    assert not people & {"Nantes Métropole", "General Assembly", "Cabinet Member"}
    assert {"Owen Rees", "Ruth Owens"} <= people
    es = "Firmaron la Declaración: Lucía Campos, alcaldesa de Arica, y Tomás Vera, alcalde de Iquique.\n"
    people = _kinds(es, "es", "Person")
    assert "Firmaron la Declaración" not in people and {"Lucía Campos", "Tomás Vera"} <= people
    fr = "La séance a été ouverte par l'Assemblée Plénière, puis Mme Claire Dumas, maire de Rennes, a parlé.\n"
    people = _kinds(fr, "fr", "Person")
    assert "Claire Dumas" in people and not any("Assemblée" in p for p in people)


def test_the_guard_drops_a_body_read_as_a_person_with_its_relations() -> None:
    facts = facts_of("Firmaron la Declaración: Lucía Campos, alcaldesa de Arica.\n", "es")
    arica = next(i for i, e in facts.entities.items() if e.name == "Arica")
    facts.entity("Person", "person:firmaron", "Firmaron la Declaración", (0, 23))
    facts.office("person:firmaron", arica, (0, 40), "mayor")
    false_people.drop_people_named_as_bodies(facts)
    assert "person:firmaron" not in facts.entities
    assert not any("person:firmaron" in key for key in facts.relations)
    assert any(e.name == "Lucía Campos" for e in facts.entities.values())  # the true signatory stays


# -- at a welcome, the host town's officials host; guests speak --------------------------------


def _attended(text: str, language: str) -> dict[str, set[str]]:
    facts = facts_of(text, language)
    roles: dict[str, set[str]] = {}
    for r in facts.relations.values():
        if r.type == "ATTENDED" and facts.entities[r.source].kind == "Person":
            roles.setdefault(facts.entities[r.source].name, set()).add(r.props.get("role", ""))
    return roles


def test_welcome_guests_speak_and_the_host_towns_mayor_hosts() -> None:
    en = (
        "Green Ports Forum 2026\n\nThe Green Ports Forum 2026 takes place in Genoa (Italy) on 12 March 2026.\n\n"
        "09:00 Welcome and opening\n"
        "- Marco Bianchi, Mayor of Genoa\n"
        "- Lena Falk, Secretary General, Eurocities\n"
        "- Tomas Rudd, Mayor of Gdynia\n"
    )
    roles = _attended(en, "en")
    assert roles.get("Marco Bianchi") == {"host"}
    assert roles.get("Lena Falk") == {"speaker"} and roles.get("Tomas Rudd") == {"speaker"}
    fr = (
        "Forum des villes du fleuve 2026\n\nLe Forum des villes du fleuve 2026 se tiendra à Nantes (France) le 4 mai 2026.\n\n"
        "9 h 00 Ouverture\n- Mme Sophie Marin, maire de Nantes\n- M. Paul Diouf, maire de Saint-Louis (Sénégal)\n"
    )
    roles = _attended(fr, "fr")
    assert roles.get("Sophie Marin") == {"host"}
    assert roles.get("Paul Diouf") == {"speaker"}
