"""Attendance lists (x-attend3): a minutes' "Present:" / "Présents :" / "Asistentes:" line is read however long
it runs; an office written before a name ("Deputy Mayor A") or a bracket closing the entry before ("A (Chair), B")
opens the next entry; a bracket naming an attendance role ("(Chair)", "(présidente de séance)", "(preside)") gives
that role; a list under a lead that invites ("We have invited:", "Nous avons invité :", "Hemos invitado a:") is
invited, not attended. Sentences written for the test."""

from __future__ import annotations

from tests.loaders.documents.helpers import facts_of, relations


def _attended(text: str, language: str) -> set[tuple]:
    return {(person, role) for person, _, role in relations(facts_of(text, language), "ATTENDED")}


_MEETING_EN = """Harbour Board meeting – 3 March 2026

In attendance: Mayor Daniel Whitcombe (Chair), Deputy Mayor Aisha MacDonald and Councillor Tom Reyes.
"""


def test_present_line_titled_names_and_chair_bracket_en() -> None:
    assert _attended(_MEETING_EN, "en") == {
        ("Daniel Whitcombe", "moderator"),
        ("Aisha MacDonald", "participant"),
        ("Tom Reyes", "participant"),
    }


def test_present_line_bare_names_after_a_bracket_en() -> None:
    text = "Harbour Board meeting – 3 March 2026\n\nPresent: Daniel Whitcombe (Chair), Aisha MacDonald, Tom Reyes.\n"
    assert _attended(text, "en") == {
        ("Daniel Whitcombe", "moderator"),
        ("Aisha MacDonald", "participant"),
        ("Tom Reyes", "participant"),
    }


def test_two_bare_names_ending_the_sentence_en() -> None:
    text = "Harbour Board meeting – 3 March 2026\n\nPresent: Ana Gilmore, Tom Reyes.\n"
    assert _attended(text, "en") == {("Ana Gilmore", "participant"), ("Tom Reyes", "participant")}


_SEANCE_FR = (
    "Séance du conseil municipal du 25 septembre 2025\n\n"
    "Présents : M. Paul Garrigue, Maire ; Mme Sylvie Castanet, première adjointe ; M. Jean-Luc Destrem, deuxième "
    "adjoint ; Mme Nadine Cabrol, adjointe déléguée aux relations internationales et au jumelage ; M. Bernard "
    "Faugère, adjoint ; Mme Odette Roumégoux, M. Karim Benhamou, Mme Léa Vernhes, conseillers municipaux ; et "
    "douze autres conseillers.\n"
    "Absents excusés : M. Pierre Couvert, Mme Hélène Bousquet.\n"
)


def test_long_present_line_is_read_and_excused_are_not_fr() -> None:
    found = _attended(_SEANCE_FR, "fr")
    assert found == {
        (name, "participant")
        for name in (
            "Paul Garrigue",
            "Sylvie Castanet",
            "Jean-Luc Destrem",
            "Nadine Cabrol",
            "Bernard Faugère",
            "Odette Roumégoux",
            "Karim Benhamou",
            "Léa Vernhes",
        )
    }


def test_present_line_chair_bracket_fr() -> None:
    text = (
        "Réunion du bureau – 4 mars 2026\n\n"
        "Présents : Mme Claire Fabre (présidente de séance), M. Hugo Lanier, Mme Inès Torrent.\n"
    )
    assert _attended(text, "fr") == {
        ("Claire Fabre", "moderator"),
        ("Hugo Lanier", "participant"),
        ("Inès Torrent", "participant"),
    }


def test_present_line_chair_bracket_es() -> None:
    text = (
        "Reunión de la junta directiva – 4 de marzo de 2026\n\n"
        "Asistentes: Sra. Carmen Olivares (preside), Sr. Tomás Ibarguren, Sra. Lucía Arrieta.\n"
    )
    assert _attended(text, "es") == {
        ("Carmen Olivares", "moderator"),
        ("Tomás Ibarguren", "participant"),
        ("Lucía Arrieta", "participant"),
    }


def test_long_present_line_es() -> None:
    text = (
        "Sesión ordinaria del Concejo Municipal – 12 de febrero de 2026\n\n"
        "Asistentes: Sr. Ramiro Echeverría, alcalde, que preside la sesión; Sra. Beatriz Solórzano, primera teniente "
        "de alcalde; Sr. Julián Arteaga, concejal de Cooperación Internacional; Sra. Marta Iturbide, concejala de "
        "Hacienda; Sr. Óscar Landaluce, concejal de Urbanismo; Sra. Teresa Garmendia, concejala de Cultura y "
        "Turismo; y otros nueve concejales del pleno municipal.\n"
    )
    found = {person for person, _ in _attended(text, "es")}
    assert found == {
        "Ramiro Echeverría",
        "Beatriz Solórzano",
        "Julián Arteaga",
        "Marta Iturbide",
        "Óscar Landaluce",
        "Teresa Garmendia",
    }


_INVITED = {
    "en": "Harbour Cities Forum 2026 – 14 May 2026, Lisbon\n\nWe have invited the following speakers:\n"
    "- Tobias Lindqvist, Mayor of Gothenburg\n- Maria Okonjo, Deputy Mayor of Mombasa\n\n"
    "Speakers:\n- Grace Whitfield, Mayor of Aarhus\n",
    "fr": "Forum des villes portuaires 2026 – 14 mai 2026, Lisbonne\n\nNous avons invité :\n"
    "- Tobias Lindqvist, maire de Göteborg\n- Maria Okonjo, adjointe au maire de Mombasa\n\n"
    "Intervenants :\n- Grace Whitfield, maire d'Aarhus\n",
    "es": "Foro de Ciudades Portuarias 2026 – 14 de mayo de 2026, Lisboa\n\nHemos invitado a:\n"
    "- Tobias Lindqvist, alcalde de Gotemburgo\n- Maria Okonjo, teniente de alcalde de Mombasa\n\n"
    "Ponentes:\n- Grace Whitfield, alcaldesa de Aarhus\n",
}


def test_list_under_an_inviting_lead_is_not_attendance() -> None:
    for language, text in _INVITED.items():
        facts = facts_of(text, language)
        assert {(p, r) for p, _, r in relations(facts, "ATTENDED")} == {("Grace Whitfield", "speaker")}, language
        # their offices still hold: the invitation only keeps them from attending
        assert ("Tobias Lindqvist", "mayor") in {(p, r) for p, _, r in relations(facts, "HOLDS_OFFICE")}, language


_RAPPORTEUR = {
    "fr": "Conseil municipal de Tours – séance du 17 novembre 2025\n\n"
    "Délibération n° 3 – Pacte d'amitié\nRapporteur : {title} Vautrin\nLe conseil approuve le pacte.\n\n"
    "Article 1er : {full}, adjointe au maire, est désignée pour représenter la Ville.\n",
    "en": "Council meeting – 17 November 2025\n\n"
    "Item 3 – Friendship pact\nPresented by: {title} Vautrin\nThe council approved the pact.\n\n"
    "Resolution 1: {full}, Deputy Mayor, is appointed to represent the City.\n",
    "es": "Pleno municipal – 17 de noviembre de 2025\n\n"
    "Punto 3 – Pacto de amistad\nPonente: {title} Vautrin\nEl pleno aprueba el pacto.\n\n"
    "Artículo 1: {full}, teniente de alcalde, es designada para representar a la Ciudad.\n",
}
_TITLES = {"fr": ("Mme", "Mme Hélène Vautrin"), "en": ("Ms", "Ms Helen Vautrin"), "es": ("Sra.", "Sra. Elena Vautrin")}


def test_title_and_surname_is_the_full_name_given_later() -> None:
    for language, text in _RAPPORTEUR.items():
        title, full = _TITLES[language]
        facts = facts_of(text.format(title=title, full=full), language)
        people = {e.name for e in facts.entities.values() if e.kind == "Person"}
        assert people == {full.split(" ", 1)[1]}, language
        assert {p for p, _, _ in relations(facts, "ATTENDED")} == {full.split(" ", 1)[1]}, language


def test_a_surname_two_people_share_passes_nothing() -> None:
    text = (
        "Conseil municipal de Lyon – séance du 17 novembre 2025\n\n"
        "Rapporteur : M. Dupuytren\nLe conseil approuve le pacte.\n\n"
        "Mme Anne Dupuytren, adjointe au maire, et M. Marc Dupuytren, conseiller municipal, sont désignés.\n"
    )
    facts = facts_of(text, "fr")
    # "M. Dupuytren" could be either: the rapporteur stays apart, and neither full name takes their attendance
    assert {e.name for e in facts.entities.values() if e.kind == "Person"} == {
        "M. Dupuytren",
        "Anne Dupuytren",
        "Marc Dupuytren",
    }
    assert ("M. Dupuytren", "speaker") in {(p, r) for p, _, r in relations(facts, "ATTENDED")}


def test_programme_slot_title_ends_before_the_dash_and_name() -> None:
    text = (
        "Harbour Cities Forum 2026\n14-15 May 2026, Lisbon\n\nProgramme\n"
        "09:30 Opening remarks — Jane Roebuck, Mayor of Lyon\n09:45 Ports and housing — Tom Okafor, Deputy Mayor of Lagos\n"
        "10:30 Closing\n"
    )
    facts = facts_of(text, "en")
    assert {(p, e) for p, e, _ in relations(facts, "ATTENDED")} == {
        ("Jane Roebuck", "Opening remarks"),
        ("Tom Okafor", "Ports and housing"),
    }
