"""Which events a page names (event_identity.py, events.py): a label or a byline set off before a
date names no event, a title over its quoted theme names the page's event, and another edition
mentioned in passing is never the page's event; in English, French and Spanish, on texts written
for the test."""

from __future__ import annotations

import pytest

from tests.loaders.documents.helpers import events, facts_of, pairs


@pytest.mark.parametrize(
    ("text", "language", "stamp"),
    [
        ("Press Office · 14/03/2025\n\nThe council approved the twinning with Porto.\n", "en", "Press Office"),
        (
            "Service de presse · 14/03/2025\n\nLe conseil a approuvé le jumelage avec Porto.\n",
            "fr",
            "Service de presse",
        ),
        ("Oficina de Prensa · 14/03/2025\n\nEl pleno aprobó el hermanamiento con Oporto.\n", "es", "Oficina de Prensa"),
        ("Date of notice: 14 March 2025\n\nThe council met to approve the budget.\n", "en", "Date of notice"),
        ("Date de la convocation : 14 mars 2025\n\nLe conseil a voté le budget.\n", "fr", "Date de la convocation"),
        (
            "Fecha de convocatoria: 14 de marzo de 2025\n\nEl pleno votó el presupuesto.\n",
            "es",
            "Fecha de convocatoria",
        ),
    ],
)
def test_a_label_or_a_byline_before_a_date_names_no_event(text: str, language: str, stamp: str) -> None:
    assert not any(stamp.lower() in name.lower() for name in events(facts_of(text, language)))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Jane Roe · 9 March 2025 at 20:14\nGreat meeting, thank you!\n", "en"),
        ("Marie Durand · 9 mars 2025 à 20 h 14\nMerci pour ce compte rendu !\n", "fr"),
        ("Lucía Gómez · 9 de marzo de 2025 a las 20:14\n¡Gracias por compartir!\n", "es"),
    ],
)
def test_a_comment_byline_names_no_event(text: str, language: str) -> None:
    assert not events(facts_of(text, language))


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "12th GENERAL ASSEMBLY OF THE RIVER CITIES NETWORK\n“Cities and youth: train, employ, include”\n"
            "Ghent (Belgium) · 5-7 November 2025\n\nThe network gathers its member cities in Ghent.\n",
            "en",
            "12th GENERAL ASSEMBLY OF THE RIVER CITIES NETWORK",
        ),
        (
            "12e ASSEMBLÉE GÉNÉRALE DU RÉSEAU DES VILLES DU FLEUVE\n« Villes et jeunesse : former, employer »\n"
            "Namur (Belgique) · du 5 au 7 novembre 2025\n\nLe réseau réunit ses villes membres à Namur.\n",
            "fr",
            "12e ASSEMBLÉE GÉNÉRALE DU RÉSEAU DES VILLES DU FLEUVE",
        ),
        (
            "12.º CONGRESO DE LA RED DE CIUDADES DEL RÍO\n«Ciudades y juventud: formar, emplear»\n"
            "Rosario (Argentina) · del 5 al 7 de noviembre de 2025\n\nLa red reúne a sus ciudades miembro en Rosario.\n",
            "es",
            "12.º CONGRESO DE LA RED DE CIUDADES DEL RÍO",
        ),
    ],
)
def test_a_title_over_its_quoted_theme_and_a_dateline_names_the_event(text: str, language: str, name: str) -> None:
    found = events(facts_of(text, language))
    assert any(name.lower() in n.lower() for n in found), found
    assert not any("Ghent" in n or "Namur" in n or "Rosario" in n for n in found)


@pytest.mark.parametrize(
    ("text", "language", "past"),
    [
        (
            "Bulletin, 12 September 2025. Two towns joined the network of learning cities. In 2017 Leeds received "
            "the award at the third Conference, which took place in Cork. The mayor of Leeds, Jane Roe, said that "
            '"learning is a city policy".\n',
            "en",
            "third Conference",
        ),
        (
            "Bulletin, 12 septembre 2025. Deux villes rejoignent le réseau des villes apprenantes. En 2017 Lille a "
            "reçu le prix lors de la troisième Conférence, qui a eu lieu à Cork. La maire de Lille, Marie Durand, a "
            "déclaré que « apprendre est une politique de la ville ».\n",
            "fr",
            "troisième Conférence",
        ),
        (
            "Boletín, 12 de septiembre de 2025. Dos ciudades ingresan a la red de ciudades del aprendizaje. En 2017 "
            "Medellín recibió el premio en la tercera Conferencia, que tuvo lugar en Cork. La alcaldesa de Medellín, "
            'Lucía Gómez, destacó que "aprender es una política de ciudad".\n',
            "es",
            "tercera Conferencia",
        ),
    ],
)
def test_a_past_edition_mentioned_in_passing_takes_no_attendee(text: str, language: str, past: str) -> None:
    facts = facts_of(text, language)
    assert not any(event.lower() == past.lower() for _, event in pairs(facts, "ATTENDED"))


@pytest.mark.parametrize(
    ("text", "language", "cue"),
    [
        (
            "City news\n\nThe council approved the twinning with Porto on Thursday. The councillor for international "
            'relations, Jane Roe, said that "the twinning opens new exchanges". The next ordinary session of the '
            "council will be held on 27 November 2025.\n",
            "en",
            "next",
        ),
        (
            "Actualités\n\nLe conseil a approuvé jeudi le jumelage avec Porto. La conseillère aux relations "
            "internationales, Marie Durand, a déclaré que « le jumelage ouvre de nouveaux échanges ». La prochaine "
            "séance ordinaire du conseil se tiendra le 27 novembre 2025.\n",
            "fr",
            "prochaine",
        ),
        (
            "Actualidad\n\nEl pleno aprobó este jueves el hermanamiento con Oporto. La concejala de relaciones "
            'internacionales, Lucía Gómez, destacó que "el hermanamiento abre nuevos intercambios". La próxima '
            "sesión ordinaria del pleno se celebrará el 27 de noviembre de 2025.\n",
            "es",
            "próxima",
        ),
    ],
)
def test_the_next_session_mentioned_in_passing_takes_no_attendee(text: str, language: str, cue: str) -> None:
    facts = facts_of(text, language)
    assert not any(cue in event.lower() for _, event in pairs(facts, "ATTENDED"))


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("TOWN OF EXAMPLE\n\nMeeting on Thursday 25 September 2025\n\nThe council met in public.\n", "en", "Meeting"),
        ("VILLE D'EXEMPLE\n\nSéance du jeudi 25 septembre 2025\n\nLe conseil s'est réuni.\n", "fr", "Séance"),
        (
            "AYUNTAMIENTO DE EJEMPLO\n\nSesión del jueves 25 de septiembre de 2025\n\nEl pleno se reunió.\n",
            "es",
            "Sesión",
        ),
    ],
)
def test_a_meeting_noun_alone_before_a_date_names_the_meeting(text: str, language: str, name: str) -> None:
    found = events(facts_of(text, language))
    assert any(n.startswith(name) and "25" in n for n in found), found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Resolution 12\n\nThe council:\n- DECIDES to join the network from 1 January 2026;\n", "en"),
        ("Délibération 12\n\nLe conseil :\n- DÉCIDE d'adhérer au réseau à compter du 1er janvier 2026 ;\n", "fr"),
        ("Acuerdo 12\n\nEl pleno:\n- ACUERDA adherirse a la red a partir del 1 de enero de 2026;\n", "es"),
    ],
)
def test_a_clause_of_a_list_of_decisions_names_no_event(text: str, language: str) -> None:
    assert not events(facts_of(text, language))


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        (
            "River Cities Side Event\n\nLocal budgets for clean rivers: what cities learned\n\n"
            "Date: Tuesday, 15 July 2025\nTime: 13:15 – 14:30\nLocation: Conference Room 4, City Hall, Ghent\n",
            "en",
            "Local budgets for clean rivers: what cities learned",
        ),
        (
            "Événement parallèle des villes du fleuve\n\nBudgets locaux pour des rivières propres\n\n"
            "Date : mardi 15 juillet 2025\nHoraire : 13 h 15 – 14 h 30\nLieu : salle de conférence 4, mairie de Namur\n",
            "fr",
            "Budgets locaux pour des rivières propres",
        ),
        (
            "Evento paralelo de las ciudades del río\n\nPresupuestos locales para ríos limpios\n\n"
            "Fecha: martes 15 de julio de 2025\nHora: 13:15 – 14:30\nLugar: sala de conferencias 4, Rosario\n",
            "es",
            "Presupuestos locales para ríos limpios",
        ),
    ],
)
def test_a_labelled_date_under_a_title_dates_the_titled_event_not_the_room(
    text: str, language: str, title: str
) -> None:
    found = events(facts_of(text, language))
    assert found.get(title, (None,))[0] == "2025-07-15", found
    assert not any(
        n.lower().startswith(("conference room", "salle de conf", "sala de conf")) and d[0] for n, d in found.items()
    )


def test_a_quoted_past_event_is_not_the_page_event() -> None:
    """English only: the other languages name no quoted event in this construction."""
    facts = facts_of(
        "Posted on 12 May 2025\n\nMayors from twelve river towns shared their data plans in Ghent. The work builds "
        'on the side event "Water data for river towns", organized by the network at the Water Forum 2024. The '
        'mayor of Ghent, Jane Roe, said that "open data saves lives".\n',
        "en",
    )
    assert not any("2024" in event or "Water data" in event for _, event in pairs(facts, "ATTENDED"))
