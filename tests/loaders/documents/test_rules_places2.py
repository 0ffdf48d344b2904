"""Cities, namesakes and countries (x-places2): bare cities after words of coming and going, grammar
words and honorifics that a gazetteer knows as villages, a city larger than the state of its name,
namesakes decided by the page's continent and by the page's own earlier reading. Sentences written
for the test, in English, French and Spanish."""

from __future__ import annotations

from munigraph.graph.resolution import places
from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import facts_of


def cities(facts: DocumentFacts) -> set[tuple[str, str | None]]:
    """(name, country) of every City the text mentions."""
    return {
        (e.name, e.props.get("country"))
        for i, e in facts.entities.items()
        if e.kind == "City" and i not in facts.unmentioned
    }


def countries(facts: DocumentFacts) -> set[str]:
    return {i for i, e in facts.entities.items() if e.kind == "Country" and i not in facts.unmentioned}


def test_a_large_city_after_a_word_of_coming_or_going_is_a_city_in_every_language() -> None:
    assert cities(facts_of("The deputy mayor came back from Rotterdam with ideas for the port.\n", "en")) == {
        ("Rotterdam", "NL")
    }
    assert cities(facts_of("A delegation from Kraków toured the new tram depot on Friday.\n", "en")) == {
        ("Kraków", "PL")
    }
    assert cities(facts_of("Le premier adjoint est de retour de Lyon après trois jours d'échanges.\n", "fr")) == {
        ("Lyon", "FR")
    }
    assert cities(facts_of("Une délégation de Sfax a visité le marché couvert.\n", "fr")) == {("Sfax", "TN")}
    assert cities(facts_of("Tras su visita a Rosario, la concejala presentó el informe.\n", "es")) == {
        ("Rosario", "AR")
    }
    assert cities(facts_of("Una delegación de Medellín recorrió el nuevo parque lineal.\n", "es")) == {
        ("Medellín", "CO")
    }


def test_a_country_a_body_or_a_small_place_after_such_a_word_is_no_city() -> None:
    assert cities(facts_of("A delegation from Germany toured the new tram depot on Friday.\n", "en")) == set()
    assert cities(facts_of("Une délégation de Mercociudades a visité le marché couvert.\n", "fr")) == set()
    # a village somewhere, no country named on the page: no city from a bare word
    assert cities(facts_of("The councillor came back from Lunch with a new draft of the motion.\n", "en")) == set()


def test_a_pronoun_a_grammar_word_or_an_honorific_is_no_city() -> None:
    english = facts_of("Before her election she led a tenants' network. She is a member of Eurocities.\n", "en")
    assert cities(english) == set()
    french = facts_of("Mme Léa Martin succède à Mme Awa Koné, maire de Thiès, à la présidence.\n", "fr")
    assert ("Thiès", "SN") in cities(french)
    assert all(name != "Mme" and "Mme" not in name for name, _ in cities(french))
    heading = facts_of("CONSEIL POLITIQUE 3 - DES VILLES POUR TOUS\nSigné par la Ville de Rennes.\n", "fr")
    assert all(country != "AM" for _, country in cities(heading))


def test_a_city_larger_than_the_state_of_its_name_is_the_city() -> None:
    spanish = facts_of("La Asamblea General, celebrada el 30 de marzo en Granada, eligió a su presidente.\n", "es")
    assert ("Granada", "ES") in cities(spanish)
    assert "country:GD" not in countries(spanish)
    # a state larger than the city of its name keeps the name
    for name in ("Panamá", "Luxembourg", "Djibouti", "Singapore"):
        match = places.resolve_city(name)
        assert match is None or not places.outgrows_its_state(name, match)


def test_a_namesake_of_the_page_continent_is_meant_when_no_country_is_named() -> None:
    europe = facts_of(
        "The forum gathered the mayors of Ghent (Belgium), Bordeaux (France) and Lisbon (Portugal).\n"
        "Clara Ruiz, Head of the Climate Office, Valencia City Council, presented the new plan.\n",
        "en",
    )
    assert ("Valencia", "ES") in cities(europe)
    americas = facts_of(
        "The forum gathered the mayors of Bogotá (Colombia), Quito (Ecuador) and Lima (Peru).\n"
        "Clara Ruiz, Head of the Climate Office, Valencia City Council, presented the new plan.\n",
        "en",
    )
    assert ("Valencia", "VE") in cities(americas)


def test_a_name_read_with_its_country_keeps_that_reading_on_the_page() -> None:
    facts = facts_of(
        "Participan: Tomás Ruiz, alcalde de La Paz (Bolivia), y la intendenta de Montevideo.\n"
        "La delegación de La Paz presentó su plan de movilidad.\n",
        "es",
    )
    assert {country for name, country in cities(facts) if name == "La Paz"} == {"BO"}


def test_the_cities_listed_after_such_a_word_are_cities_until_the_list_ends() -> None:
    english = facts_of("Delegates from Durban, Accra and Nairobi discussed informal settlements.\n", "en")
    assert cities(english) == {("Durban", "ZA"), ("Accra", "GH"), ("Nairobi", "KE")}
    french = facts_of("Des délégations de Dakar, Abidjan et Bamako ont visité la station d'épuration.\n", "fr")
    assert cities(french) == {("Dakar", "SN"), ("Abidjan", "CI"), ("Bamako", "ML")}
    spanish = facts_of("Visitantes de Guayaquil y Cali recorrieron el puerto.\n", "es")
    assert cities(spanish) == {("Guayaquil", "EC"), ("Cali", "CO")}
    # the list ends at the first item that is no city
    mixed = facts_of("Delegates from Durban, Germany and UN-Habitat met the mayor.\n", "en")
    assert cities(mixed) == {("Durban", "ZA")}
