"""Towns placed in their country through a region named between them ("Rosario, Santa Fe, Argentina"),
countries after a preposition or written with lowercase words (x-places2, session 12). Sentences written
for the test, in English, French and Spanish."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import facts_of


def cities(facts: DocumentFacts) -> set[tuple[str, str | None]]:
    """(name, country) of every gazetteer City the text mentions."""
    return {
        (e.name, e.props.get("country"))
        for i, e in facts.entities.items()
        if e.kind == "City" and i not in facts.unmentioned and e.props.get("resolved")
    }


def regions(facts: DocumentFacts) -> set[tuple[str, str | None]]:
    return {(e.name, e.props.get("country")) for e in facts.entities.values() if e.props.get("level") == "region"}


def in_country(facts: DocumentFacts) -> set[tuple[str, str, str]]:
    """(city, country code, quote) of every IN_COUNTRY the text states (a closing bracket aside)."""
    return {
        (facts.entities[r.source].name, r.target.removeprefix("country:"), r.provenance[0].quote.rstrip(")"))
        for r in facts.relations.values()
        if r.type == "IN_COUNTRY" and r.provenance and r.provenance[0].document
    }


def test_a_town_then_its_province_then_its_country() -> None:
    facts = facts_of("The network welcomed Rosario, Santa Fe, Argentina, as its newest member.\n", "en")
    assert cities(facts) == {("Rosario", "AR")}  # no town Santa Fe: the province, a line of the address
    assert regions(facts) == set()
    assert in_country(facts) == {("Rosario", "AR", "Rosario, Santa Fe, Argentina")}
    spanish = facts_of("Se sumó a la red la ciudad de Rosario, Santa Fe, Argentina, en 2019.\n", "es")
    assert ("Rosario", "AR", "Rosario, Santa Fe, Argentina") in in_country(spanish)
    assert ("Santa Fe", "AR") not in cities(spanish)


def test_a_region_and_its_country_in_one_bracket() -> None:
    facts = facts_of("Jumelées depuis 1976, Lannion et Günzburg (Bavière, Allemagne) fêteront leurs 50 ans.\n", "fr")
    assert ("Günzburg", "DE", "Günzburg (Bavière, Allemagne") in in_country(facts)
    assert regions(facts) == {("Bavière", "DE")}
    spanish = facts_of("El congreso se celebrará en Toulouse (Occitania, Francia) del 3 al 5 de junio.\n", "es")
    assert ("Toulouse", "FR", "Toulouse (Occitania, Francia") in in_country(spanish)


def test_a_region_with_its_cue_or_level_word_before_a_bracketed_country() -> None:
    french = facts_of("La délégation a visité Marburg, en Hesse (Allemagne), en mai.\n", "fr")
    assert ("Marburg an der Lahn", "DE", "Marburg, en Hesse (Allemagne") in in_country(french)
    assert ("Hesse", "DE") in regions(french)
    assert not any(name == "Hesse" for name, _ in cities(french))  # no French village of that name
    spanish = facts_of(
        "El hermanamiento une a Cáceres con Antigua Guatemala, en el departamento de Sacatepéquez (Guatemala).\n", "es"
    )
    assert ("Antigua Guatemala", "GT") in {(c, k) for c, k, _ in in_country(spanish)}
    assert ("Sacatepéquez", "GT") in regions(spanish)
    english = facts_of("Hamilton, in the province of Ontario (Canada), joined the network in 2015.\n", "en")
    assert ("Hamilton", "CA", "Hamilton, in the province of Ontario (Canada") in in_country(english)
    assert ("Ontario", "CA") in regions(english)
    address = facts_of("Hamilton, Ontario (Canada), joined the network in 2015.\n", "en")
    assert ("Hamilton", "CA", "Hamilton, Ontario (Canada") in in_country(address)
    assert regions(address) == set()  # a line of an address


def test_two_towns_of_a_list_are_no_chain() -> None:
    facts = facts_of("The forum gathered mayors from Santiago, Lyon, France and Quito.\n", "en")
    assert regions(facts) == set()


def test_a_country_after_a_comma_and_a_preposition() -> None:
    french = facts_of(
        "Rennes Métropole accompagne la commune de Diébougou, au Burkina Faso, dans l'accès à l'eau.\n", "fr"
    )
    assert any(
        c == "Diébougou" and k == "BF" and q.endswith("Diébougou, au Burkina Faso") for c, k, q in in_country(french)
    )
    towns = facts_of("Le forum a réuni des élus de Tsévié, au Togo, et de Bujumbura, au Burundi.\n", "fr")
    assert {("Tsévié", "TG"), ("Bujumbura", "BI")} <= {(c, k) for c, k, _ in in_country(towns)}


def test_a_country_written_with_lowercase_words() -> None:
    french = facts_of(
        "Un partenariat entre la Ville de Liège et la Ville de Lubumbashi (République démocratique du Congo).\n", "fr"
    )
    assert ("Lubumbashi", "CD") in {(c, k) for c, k, _ in in_country(french)}
    spanish = facts_of("Participó la alcaldesa de Dubái (Emiratos árabes unidos) en la sesión.\n", "es")
    assert ("Dubai", "AE") in {(c, k) for c, k, _ in in_country(spanish)}


def test_a_town_named_with_its_country_adjective() -> None:
    english = facts_of("The mayor of the Argentine city of Rosario opened the session.\n", "en")
    assert ("Rosario", "AR", "Argentine city of Rosario") in in_country(english)
    french = facts_of("Le forum s'est tenu dans la ville marocaine d'Agadir en octobre.\n", "fr")
    assert ("Agadir", "MA", "ville marocaine d'Agadir") in in_country(french)
    spanish = facts_of("La delegación visitó la ciudad chilena de Valparaíso el martes.\n", "es")
    assert ("Valparaíso", "CL", "ciudad chilena de Valparaíso") in in_country(spanish)
    # the adjective decides a namesake: the Spanish Toledo, not the one in Ohio
    namesake = facts_of("El alcalde de la ciudad española de Toledo firmó el protocolo.\n", "es")
    assert ("Toledo", "ES") in cities(namesake)


def test_an_adjective_without_a_town_of_that_country_places_nothing() -> None:
    # no Chilean town of that name: no IN_COUNTRY, no town moved
    facts = facts_of("La delegación visitó la ciudad chilena de Lyon el martes.\n", "es")
    assert in_country(facts) == set()
    # a language, not a country: no town follows the noun
    plain = facts_of("The French version of the city charter was signed.\n", "en")
    assert in_country(plain) == set()


def test_a_province_named_like_its_capital_after_an_office_is_the_town() -> None:
    english = facts_of("Luca Neri, Councillor for Urban Planning, Bologna, Italy\n", "en")
    assert ("Bologna", "IT") in cities(english)
    assert regions(english) == set()
    spanish = facts_of("Rafael Lima, secretario del Verde y Medio Ambiente, São Paulo (Brasil)\n", "es")
    assert ("São Paulo", "BR") in cities(spanish)
    assert regions(spanish) == set()


def test_a_bare_namesake_lies_in_the_country_whose_regions_the_page_names() -> None:
    spanish = facts_of(
        "Diario de Castilla-La Mancha\n\nEl alcalde de Toledo, Javier Ruiz, recibió a la consejera de Castilla-La Mancha."
        "\n\nToledo está hermanada con Toledo (Ohio) desde 1931.\n",
        "es",
    )
    assert {("Toledo", "ES"), ("Toledo", "US")} <= cities(spanish)  # the bare name is the page's; the bracket the other
    french = facts_of(
        "Journal de Castilla-La Mancha\n\nLe maire de Toledo, Javier Ruiz, a reçu la conseillère de Castilla-La Mancha."
        "\n\nToledo est jumelée avec Toledo (Ohio) depuis 1931.\n",
        "fr",
    )
    assert {("Toledo", "ES"), ("Toledo", "US")} <= cities(french)


def test_with_nothing_else_named_the_page_language_decides_between_namesakes_of_a_league() -> None:
    assert cities(facts_of("Ville de Brest\nLe maire a reçu une délégation.\n", "fr")) == {("Brest", "FR")}
    assert cities(facts_of("Ciudad de Toledo\nEl alcalde recibió a una delegación.\n", "es")) == {("Toledo", "ES")}
    # English is written everywhere Toledo is: the better-known one stays
    assert cities(facts_of("City of Toledo\nThe mayor welcomed a delegation.\n", "en")) == {("Toledo", "US")}


def test_a_person_before_a_city_named_like_its_state_is_no_chain() -> None:
    facts = facts_of("Modératrice :\n\nMariana Flores, Mexico, Mexique\n", "fr")
    assert ("Mexico City", "MX") in cities(facts)
    assert regions(facts) == set()


def test_a_capital_named_like_its_country_is_not_moved_by_the_page_language() -> None:
    facts = facts_of("Bureau\n\n- Mme Jeanne Roux, Bourgmestre de Luxembourg\n", "fr")
    assert ("Luxembourg", "LU") in cities(facts)


# -- x-places3 (session 13): a town named by its office, names with small words inside, footers and capitalised articles


def test_a_town_named_by_the_office_of_its_mayor() -> None:
    english = facts_of("The mayor of Dodoma sent her apologies to the board.\n", "en")
    assert ("Dodoma", "TZ") in cities(english)
    french = facts_of("Le maire de Bangui n'a pas pu se joindre à la réunion.\n", "fr")
    assert ("Bangui", "CF") in cities(french)
    spanish = facts_of("La alcaldesa de Manizales presentó el plan de la red.\n", "es")
    assert ("Manizales", "CO") in cities(spanish)


def test_the_towns_of_several_mayors_in_a_list() -> None:
    english = facts_of("The network is led by the mayors of Hiroshima and Nagasaki.\n", "en")
    assert {("Hiroshima", "JP"), ("Nagasaki", "JP")} <= cities(english)
    french = facts_of("Les maires de Douala, de Pointe-Noire et de Bangui ont présenté leurs réformes.\n", "fr")
    assert {("Douala", "CM"), ("Pointe-Noire", "CG"), ("Bangui", "CF")} <= cities(french)
    spanish = facts_of("Los alcaldes de Cusco y Arequipa firmaron la carta.\n", "es")
    assert {("Cusco", "PE"), ("Arequipa", "PE")} <= cities(spanish)


def test_a_name_after_one_mayors_town_is_the_mayor_not_a_town() -> None:
    english = facts_of("The mayor of Lviv, Julian Moreno, opened the session.\n", "en")
    assert {name for name, _ in cities(english)} == {"Lviv"}
    spanish = facts_of("El alcalde de Toledo, Javier Ruiz, firmó el protocolo.\n", "es")
    assert {name for name, _ in cities(spanish)} == {"Toledo"}


def test_a_town_before_an_english_possessive_office() -> None:
    facts = facts_of("Yesterday Vienna's deputy mayor for housing defended the model.\n", "en")
    assert ("Vienna", "AT") in cities(facts)
    assert {name for name, _ in cities(facts)} == {"Vienna"}


def test_a_town_named_with_two_small_words_inside_it() -> None:
    spanish = facts_of("La delegación fue recibida por el alcalde de Talavera de la Reina el viernes.\n", "es")
    assert ("Talavera de la Reina", "ES") in cities(spanish)
    signature = facts_of("Firma:\n\nAna Pérez\nAlcaldesa de Santiago de los Caballeros, República Dominicana\n", "es")
    assert ("Santiago de los Caballeros", "DO") in {(c, k) for c, k, _ in in_country(signature)}
    # a name that goes on with small words is not cut to its first words ("Santa Cruz" is another town)
    unknown = facts_of("El alcalde de Santa Cruz de Mompox recibió a la delegación.\n", "es")
    assert not any(name == "Santa Cruz" for name, _ in cities(unknown))


def test_a_capitalised_article_is_the_towns_own_first_word() -> None:
    english = facts_of("Members: Da Nang, Viet Nam\n", "en")
    assert ("Da Nang", "VN", "Da Nang, Viet Nam") in in_country(english)
    french = facts_of("Le secrétariat a été confié à la ville de La Paz, Bolivie, en 2024.\n", "fr")
    assert ("La Paz", "BO", "La Paz, Bolivie") in in_country(french)
    spanish = facts_of("Se sumaron los municipios de La Serena, Chile, y de Cuenca, Ecuador.\n", "es")
    assert ("La Serena", "CL", "La Serena, Chile") in in_country(spanish)


def test_a_mayor_of_a_numbered_district_names_no_town() -> None:
    french = facts_of("Mme Awa Njoya, maire de Yaoundé 5e, a été élue trésorière.\n", "fr")
    assert not any(name == "Yaoundé" for name, _ in cities(french))
    english = facts_of("She met the mayor of Lyon 3rd at the town hall.\n", "en")
    assert not any(name == "Lyon" for name, _ in cities(english))


def test_a_postal_address_names_its_town_beside_the_postcode() -> None:
    french = facts_of("Contact :\nMaison des communes, 12 avenue Jean Jaurès, 69007 Lyon\nTél. 04 00 00 00 00\n", "fr")
    assert ("Lyon", "FR") in cities(french)
    spanish = facts_of("Sede:\nCalle de la Paz 4, 28013 Madrid\n", "es")
    assert ("Madrid", "ES") in cities(spanish)
    english = facts_of("Write to us:\n4 Station Road, Leuven 3000\n", "en")
    assert ("Leuven", "BE") in cities(english)
    # a number and a name with no street word on the line: no address
    plain = facts_of("Minutes\n\nItem 2025 Lyon delegation: approved.\n", "en")
    assert not any(name == "Lyon" for name, _ in cities(plain))


def test_a_state_after_a_town_is_no_country_written() -> None:
    english = facts_of("The conference takes place in Kansas City, Missouri, from 16 to 18 July.\n", "en")
    assert ("Kansas City", "US") in cities(english)
    assert in_country(english) == set()  # the state places the town; the text writes no country
    spanish = facts_of("La alcaldesa de Dayton, Ohio, firmó la carta.\n", "es")
    assert not any(country == "US" for _, country, _ in in_country(spanish))
    french = facts_of("La délégation de Porto, Portugal, est arrivée.\n", "fr")
    assert ("Porto", "PT", "Porto, Portugal") in in_country(french)


def test_a_country_written_after_the_state() -> None:
    english = facts_of("The mayor of Des Moines, Iowa, USA, spoke first.\n", "en")
    assert ("Des Moines", "US") in {(c, k) for c, k, _ in in_country(english)}
