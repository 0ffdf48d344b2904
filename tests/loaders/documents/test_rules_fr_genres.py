"""French constructions of the genres the loader reads (programmes, bureau and council
reports, twinning and membership news), each on short documents written for these tests."""

from __future__ import annotations

from tests.loaders.documents.helpers import facts_of, people, relations


def _attended(facts) -> set[tuple]:
    """(person or body, event, role, status) of every attendance."""
    return {
        (facts.entities[r.source].name, facts.entities[r.target].name, r.props.get("role"), r.props.get("status"))
        for r in facts.relations.values()
        if r.type == "ATTENDED"
    }


def test_a_speech_cue_in_a_programme_gives_a_speaker() -> None:
    facts = facts_of(
        "Programme\n\nMardi 8 octobre 2024\n\n9h30 – Séance d'ouverture\n"
        "Allocution d'Inès Garnier, présidente de Cités Unies France\n"
        "Allocutions de M. Tarek Mansour, maire de Sousse (Tunisie)\n",
        "fr",
    )
    assert {(who, role) for who, _, role, _ in _attended(facts)} == {
        ("Inès Garnier", "speaker"),
        ("Tarek Mansour", "speaker"),
    }


def test_who_chaired_and_who_was_present_at_a_bureau_meeting() -> None:
    facts = facts_of(
        "Le Bureau de Cités Unies France s'est réuni à Tours, sous la présidence de Lucie Vidal, "
        "maire de Chinon. Étaient présents : Hugo Marchal, maire de Blois ; Nadia Ferhat, maire de Vierzon.\n",
        "fr",
    )
    roles = {(who, role) for who, _, role, _ in _attended(facts)}
    assert roles == {("Lucie Vidal", "moderator"), ("Hugo Marchal", "participant"), ("Nadia Ferhat", "participant")}
    assert ("Nadia Ferhat", "Vierzon", "mayor") in relations(facts, "HOLDS_OFFICE")


def test_a_presidency_that_is_an_office_is_no_attendance_cue() -> None:
    facts = facts_of("Sous la présidence française de l'Union, la ville de Nîmes a accueilli le forum.\n", "fr")
    assert _attended(facts) == set()


def test_an_article_before_a_town_office_is_no_city() -> None:
    facts = facts_of("Le maire Ernesto Toma est arrivé. La maire Anne Roux a ouvert la séance.\n", "fr")
    assert {e.name for e in facts.entities.values() if e.kind == "City"} == set()
    assert people(facts) == {"Ernesto Toma", "Anne Roux"}


def test_a_portfolio_after_the_town_is_no_part_of_its_name() -> None:
    facts = facts_of(
        "Marie Lenoir, adjointe au maire de Vannes chargée de la culture, a ouvert la réunion.\n"
        "Sophie Mercier, conseillère municipale de Lorient déléguée à la solidarité internationale, a pris la parole.\n"
        "Le premier adjoint de Quimper en charge des finances, Yves Le Gall, a signé la convention.\n",
        "fr",
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Marie Lenoir", "Vannes", "deputy mayor for culture"),
        ("Sophie Mercier", "Lorient", "municipal councillor"),
        ("Yves Le Gall", "Quimper", "first deputy mayor for finance"),
    }
    assert {e.name for e in facts.entities.values() if e.kind == "City"} == {"Vannes", "Lorient", "Quimper"}


def test_a_town_office_with_only_a_portfolio_is_held_in_the_town_the_text_means() -> None:
    own = facts_of(
        "Le conseil municipal de Saint-Herblain a voté l'adhésion au réseau. "
        "Claire Dumas, adjointe déléguée à la démocratie locale, a présenté la délibération.\n",
        "fr",
    )
    assert relations(own, "HOLDS_OFFICE") == {("Claire Dumas", "Saint-Herblain", "delegate deputy mayor")}
    named = facts_of("Marc Blanc, adjoint à la culture de la ville de Pau, a présenté le projet.\n", "fr")
    assert relations(named, "HOLDS_OFFICE") == {("Marc Blanc", "Pau", "deputy mayor")}
    two_towns = facts_of(
        "La ville de Tours et la ville de Blois ont signé. Paul Roy, conseiller municipal délégué au sport, "
        "a présenté le projet.\n",
        "fr",
    )
    assert relations(two_towns, "HOLDS_OFFICE") == set()  # which town's council? the text does not say


def _events(facts) -> dict[str, tuple]:
    return {e.name: (e.props.get("start"), e.props.get("end")) for e in facts.entities.values() if e.kind == "Event"}


def test_a_body_that_held_its_numbered_meeting_over_two_days_in_a_city() -> None:
    facts = facts_of(
        "Le Comité exécutif de CGLU Afrique a tenu sa 9e session ordinaire les 3 et 4 juin 2021 à Dakar (Sénégal). "
        "La réunion était présidée par Léon Mba, président de CGLU Afrique.\n",
        "fr",
    )
    assert _events(facts) == {"Réunion : Comité exécutif de CGLU Afrique": ("2021-06-03", "2021-06-04")}
    assert relations(facts, "HELD_IN") == {("Réunion : Comité exécutif de CGLU Afrique", "Dakar", None)}
    assert {(who, role) for who, _, role, _ in _attended(facts)} == {("Léon Mba", "moderator")}


def test_a_body_met_sentence_dates_its_meeting_named_in_the_title_above() -> None:
    facts = facts_of(
        "Le Bureau de Cités Unies France s'est réuni à Lille\n\n"
        "Le Bureau de Cités Unies France s'est réuni le 7 février 2022 à Lille, en présence de ses membres.\n",
        "fr",
    )
    assert _events(facts) == {"Réunion : Bureau de Cités Unies France": ("2022-02-07", "2022-02-07")}
    assert relations(facts, "HELD_IN") == {("Réunion : Bureau de Cités Unies France", "Lille", None)}


def _twins(facts) -> set[tuple]:
    return {
        (*sorted((facts.entities[r.source].name, facts.entities[r.target].name)), r.props.get("since"))
        for r in facts.relations.values()
        if r.type == "TWINNED_WITH"
    }


def test_the_two_towns_of_a_twinning_page_dated_in_a_later_sentence() -> None:
    facts = facts_of(
        "Jumelage : Vannes et Cuxhaven fêtent leurs 60 ans\n\n"
        "David Robo, maire de Vannes, a reçu une délégation de Cuxhaven. Les deux villes sont jumelées depuis 1963.\n",
        "fr",
    )
    assert _twins(facts) == {("Cuxhaven", "Vannes", "1963")}


def test_a_town_twinned_with_several_each_with_its_year() -> None:
    facts = facts_of("Quimper est jumelée avec Ourense depuis 1995 et avec Limerick depuis 1980.\n", "fr")
    assert _twins(facts) == {("Ourense", "Quimper", "1995"), ("Limerick", "Quimper", "1980")}
    listed = facts_of("Lorient est jumelée avec Ventspils, Galway et Vigo.\n", "fr")
    assert _twins(listed) == {("Lorient", "Ventspils", None), ("Galway", "Lorient", None), ("Lorient", "Vigo", None)}
    many = facts_of("Les maires de Lyon, Lille et Nantes ont signé un accord de coopération avec Montréal.\n", "fr")
    assert _twins(many) == set()  # several towns before the cue: which pairs, the text does not say


def _members(facts) -> set[tuple]:
    return {(facts.entities[r.source].name, facts.entities[r.target].name) for r in facts.relations.values()
            if r.type == "MEMBER_OF"}  # fmt: skip


def test_a_town_council_votes_to_join_a_network() -> None:
    joined = facts_of(
        "Le conseil municipal de Brest a voté l'adhésion de la ville au réseau Cités Unies France.\n", "fr"
    )
    assert _members(joined) == {("Brest", "Cités Unies France")}
    member = facts_of("La commune de Grigny est désormais membre de Cités Unies France.\n", "fr")
    assert _members(member) == {("Grigny", "Cités Unies France")}
    two = facts_of(
        "La ville de Tours et la ville de Blois ont voté l'adhésion de la ville à Cités Unies France.\n", "fr"
    )
    assert _members(two) == set()  # "la ville": which one?


def test_who_heads_a_body_named_before_in_apposition() -> None:
    facts = facts_of("Cités Unies France, présidée par Anne Roux, a organisé le forum.\n", "fr")
    assert relations(facts, "HOLDS_OFFICE") == {("Anne Roux", "Cités Unies France", "president")}
    bureau = facts_of("Le Bureau de Cités Unies France, présidé par Anne Roux, a adopté le budget.\n", "fr")
    assert {(who, role) for who, _, role in relations(bureau, "HOLDS_OFFICE")} == {("Anne Roux", "president")}
    meeting = facts_of("La réunion du Bureau de Cités Unies France, présidée par Anne Roux, a eu lieu à Lyon.\n", "fr")
    assert relations(meeting, "HOLDS_OFFICE") == set()  # she chaired the meeting
    assert {(who, role) for who, _, role, _ in _attended(meeting)} == {("Anne Roux", "moderator")}


def test_the_mayor_of_the_town_named_before_by_a_possessive() -> None:
    facts = facts_of("David Robo a reçu une délégation de Cuxhaven conduite par son maire, Uwe Santjer.\n", "fr")
    assert ("Uwe Santjer", "Cuxhaven", "mayor") in relations(facts, "HOLDS_OFFICE")
    english = facts_of("A delegation from Nagoya, led by its mayor, Takashi Kawamura, visited the city.\n", "en")
    assert relations(english, "HOLDS_OFFICE") == {("Takashi Kawamura", "Nagoya", "mayor")}
    deputy = facts_of("Paris a accueilli Jean Roux et son adjoint, Marc Petit.\n", "fr")
    assert relations(deputy, "HOLDS_OFFICE") == set()  # his deputy: no town before the possessive


def test_a_bureau_composition_under_its_heading() -> None:
    facts = facts_of(
        "Composition du Bureau de l'AIMF\n\n"
        "Présidente : Mme Nadia Karim, mairesse de Sfax (Tunisie)\n"
        "Vice-présidents :\n- M. Paul Ngoma, maire de Pointe-Noire (Congo)\n- Mme Léa Martin, bourgmestre de Namur (Belgique)\n"
        "Trésorier : M. Omar Salah, maire de Rabat (Maroc)\n\n"
        "Membres du Bureau : les maires de Dakar, Beyrouth et Lausanne.\n",
        "fr",
    )
    offices = {(who, role) for who, body, role in relations(facts, "HOLDS_OFFICE") if body != "Bureau (AIMF)"}
    assert {
        ("Nadia Karim", "president"),
        ("Paul Ngoma", "vice president"),
        ("Léa Martin", "vice president"),
        ("Omar Salah", "treasurer"),
    } <= offices
    assert not any(body == "Bureau (AIMF)" for _, body, _ in relations(facts, "HOLDS_OFFICE"))
    assert {city for city, _, _ in relations(facts, "MEMBER_OF")} == {"Dakar", "Beirut", "Lausanne"}
    assert "Membres du Bureau" not in people(facts)


def test_a_heading_line_of_prose_opens_no_roster() -> None:
    facts = facts_of(
        "Le rapport a été présenté au Bureau de l'AIMF.\n\nPrésident : M. Karim Haddad, maire de Sousse\n", "fr"
    )
    assert all(role != "president" for _, _, role in relations(facts, "HOLDS_OFFICE"))


def test_a_mayor_who_spoke_unnamed_and_the_person_the_next_sentence_quotes() -> None:
    facts = facts_of(
        "De son côté, la maire écologiste de Besançon a salué ce partenariat. "
        "Selon Anne Vignot, les échanges scolaires reprendront.\n",
        "fr",
    )
    assert relations(facts, "HOLDS_OFFICE") == {("Anne Vignot", "Besançon", "mayor")}
    other = facts_of(
        "La maire de Besançon a salué ce partenariat. Selon Marc Petit, directeur de l'AFD, il durera.\n", "fr"
    )
    assert ("Marc Petit", "Besançon", "mayor") not in relations(other, "HOLDS_OFFICE")  # he has his own office
    object_ = facts_of("Ils ont rencontré le maire de Besançon. Selon Jean Roux, le projet avance.\n", "fr")
    assert relations(object_, "HOLDS_OFFICE") == set()  # the mayor was met, not the one who spoke


def test_a_workshop_organised_by_a_body_does_not_make_it_the_organiser_of_the_page_meeting() -> None:
    facts = facts_of(
        "Le Forum des villes s'est tenu à Lyon le 3 mai 2022. "
        "L'après-midi, un atelier organisé par Cités Unies France a porté sur la coopération.\n",
        "fr",
    )
    # the workshop is the body's, the forum no one's
    assert {(s, t) for s, t, _ in relations(facts, "ORGANISED_BY")} <= {("Atelier", "Cités Unies France")}
    apposition = facts_of("The Forum of Cities took place in Lyon on 3 May 2022, a meeting organised by UCLG.\n", "en")
    assert {body for _, body, _ in relations(apposition, "ORGANISED_BY")} == {"United Cities and Local Governments"}
