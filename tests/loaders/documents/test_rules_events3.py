"""Events, their organisers and places (x-events3): a name that ends at its place though the clause goes
on ("... à Durban l'an dernier"), an acronym before that place organises it even in a question; a
topic's hashtag or a body's names no event, nor does an export stamp or a video's "streamed live on"
line; in English, French and Spanish, on texts written for the test."""

from __future__ import annotations

import pytest
from munigraph.loaders.documents import event_identity

from tests.loaders.documents.helpers import events, facts_of, pairs


@pytest.mark.parametrize(
    ("text", "language", "event", "city"),
    [
        (
            "Madame Roux était au Congrès mondial de CGLU à Durban l'an dernier.\n",
            "fr",
            "Congrès mondial de CGLU à Durban",
            "Durban",
        ),
        (
            "Ms Roux was at the World Congress of UCLG in Durban last year.\n",
            "en",
            "World Congress of UCLG in Durban",
            "Durban",
        ),
        (
            "La señora Ruiz estuvo en el Congreso Mundial de CGLU en Durban el año pasado.\n",
            "es",
            "Congreso Mundial de CGLU en Durban",
            "Durban",
        ),
    ],
)
def test_an_acronym_before_the_place_organises_the_event(text: str, language: str, event: str, city: str) -> None:
    facts = facts_of(text, language)
    assert event in events(facts)  # the name ends at its place, not with the clause's time words
    assert (event, city) in pairs(facts, "HELD_IN")
    assert (event, "United Cities and Local Governments") in pairs(facts, "ORGANISED_BY")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Webinar | Cities of refuge\n\nCities Channel\n1,284 views  Streamed live on 22 Oct 2025  #Migration #UCLG\n"
            "Third session of the series.\n",
            "en",
        ),
        (
            "Webinaire | Villes refuges\n\nChaîne des villes\n1 284 vues  Diffusé en direct le 22 oct. 2025  #Migration"
            " #CGLU\nTroisième séance du cycle.\n",
            "fr",
        ),
        (
            "Webinario | Ciudades refugio\n\nCanal de ciudades\n1284 visualizaciones  Transmitido en vivo el 22 oct 2025"
            "  #Migración #CGLU\nTercera sesión del ciclo.\n",
            "es",
        ),
    ],
)
def test_a_topic_hashtag_or_a_streaming_stamp_names_no_event(text: str, language: str) -> None:
    named = events(facts_of(text, language))
    assert not any(name.startswith("#") or "1284" in name or "1,284" in name for name in named)


@pytest.mark.parametrize(
    ("text", "language", "event"),
    [
        (
            "Directory of participants\nText export from the event app · 24/06/2026 16:42 · 8 profiles shown of 412\n\n"
            "Annual Meeting of Port Cities\n30 June 2026 · Marseille\n",
            "en",
            "Annual Meeting of Port Cities",
        ),
        (
            "Annuaire des participants\nExport texte depuis l'application · 24/06/2026 16:42 · 8 profils affichés sur"
            " 412\n\nRencontres annuelles des villes portuaires\n30 juin 2026 · Marseille\n",
            "fr",
            "Rencontres annuelles des villes portuaires",
        ),
        (
            "Directorio de participantes\nExportación desde la aplicación · 24/06/2026 16:42 · 8 perfiles de 412\n\n"
            "Encuentro anual de ciudades portuarias\n30 de junio de 2026 · Marsella\n",
            "es",
            "Encuentro anual de ciudades portuarias",
        ),
    ],
)
def test_an_export_stamp_dates_no_event(text: str, language: str, event: str) -> None:
    assert list(events(facts_of(text, language))) == [event]


@pytest.mark.parametrize(
    ("text", "language", "cue", "event"),
    [
        (
            "Summit of Coastal Mayors 2026\n\nAfter the World Forum of Port Cities in Genoa, the mayors met again.\n"
            "The meeting closed at noon.\n",
            "en",
            "the mayors met",
            "World Forum of Port Cities in Genoa",
        ),
        (
            "Sommet des maires du littoral 2026\n\nAprès le Forum mondial des villes portuaires à Gênes, les maires se"
            " sont revus.\nLa réunion s'est terminée à midi.\n",
            "fr",
            "les maires se",
            "Forum mondial des villes portuaires à Gênes",
        ),
        (
            "Cumbre de Alcaldes Costeros 2026\n\nTras el Foro Mundial de Ciudades Portuarias en Génova, los alcaldes"
            " volvieron a reunirse.\nLa reunión terminó a mediodía.\n",
            "es",
            "los alcaldes volvieron",
            "Foro Mundial de Ciudades Portuarias en Génova",
        ),
    ],
)
def test_a_mention_belongs_to_the_event_named_before_it_in_its_sentence_else_the_heading(
    text: str, language: str, cue: str, event: str
) -> None:
    facts = facts_of(text, language)
    by_name = {e.name: i for i, e in facts.entities.items() if e.kind == "Event"}
    title = next(name for name in by_name if name.endswith("2026"))
    assert event_identity.event_at(facts, text.index(cue), None) == by_name[event]
    closing = text.rindex("\n", 0, len(text) - 1) + 1  # the last line: no event named in its sentence
    assert event_identity.event_at(facts, closing, None) == by_name[title]
