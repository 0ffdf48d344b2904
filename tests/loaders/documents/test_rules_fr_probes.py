"""Constructions found by French probe documents written for the generality work (issue 10):
each rule on short sentences written for these tests, with forms that must not fire."""

from __future__ import annotations

from tests.loaders.documents.helpers import facts_of


def _event_days(facts) -> dict[str, tuple]:
    return {e.name: (e.props.get("start"), e.props.get("end")) for e in facts.entities.values() if e.kind == "Event"}


def test_an_event_named_by_its_year_alone_is_dated_by_that_year() -> None:
    facts = facts_of("Le comité a préparé le Sommet Africités 2018 et la Conférence 2019-2020.\n", "fr")
    days = _event_days(facts)
    assert days["Sommet Africités 2018"] == ("2018", "2018")
    assert all(day == (None, None) for name, day in days.items() if name != "Sommet Africités 2018")  # a span: no year
    english = facts_of("News\n\nThe board prepared the Global Congress 2031.\n", "en")
    assert ("2031", "2031") in _event_days(english).values()


def test_a_full_day_wins_over_the_year_in_the_name() -> None:
    facts = facts_of("Actualités\n\nLe Forum des maires 2022 s'est tenu à Lille le 4 mai 2022.\n", "fr")
    assert set(_event_days(facts).values()) == {("2022-05-04", "2022-05-04")}


def test_the_words_before_a_held_meeting_are_lowercase_prose_not_its_name() -> None:
    facts = facts_of(
        "Actualités\n\nLa ville participera au Forum mondial des villes 2022, qui se tiendra à Lyon le 4 mai 2022.\n",
        "fr",
    )
    assert _event_days(facts) == {"Forum mondial des villes 2022": ("2022-05-04", "2022-05-04")}
    recalled = facts_of(
        "Brèves\n\nLe maire a rappelé que la 5e Conférence des maires européens s'est tenue à Nantes le 3 juin 2021.\n",
        "fr",
    )
    assert set(_event_days(recalled)) == {"5e Conférence des maires européens"}
    titled = facts_of("Forum mondial des villes, le 4 mai 2022\n\nLa maire a ouvert le forum.\n", "fr")
    assert _event_days(titled) == {"Forum mondial des villes": ("2022-05-04", "2022-05-04")}


def _countries(facts) -> dict[str, str]:
    return {e.name: e.props.get("country") for e in facts.entities.values() if e.kind == "City"}


def test_the_page_country_decides_between_namesakes_when_the_text_names_none() -> None:
    breton = facts_of(
        "Actualités\n\nLa ville de Brest a reçu Jean Roux, maire de Quimper, et Anne Lenoir, maire de Lorient.\n", "fr"
    )
    assert _countries(breton) == {"Brest": "FR", "Quimper": "FR", "Lorient": "FR"}
    assert {e.name for e in breton.entities.values() if e.kind == "Country"} == {"France"}  # no Belarus left behind
    drome = facts_of(
        "Brèves\n\nPaul Roy, maire de Montélimar, et Léa Gil, maire de Romans-sur-Isère, sont allés à Valence.\n", "fr"
    )
    assert _countries(drome)["Valence"] == "FR"


def test_a_named_country_a_mixed_page_or_a_far_bigger_namesake_keeps_the_first_reading() -> None:
    named = facts_of(
        "Actualités\n\nLa ville de Brest (Biélorussie) a reçu Jean Roux, maire de Quimper, et Anne Lenoir, maire de Lorient.\n",
        "fr",
    )
    assert _countries(named)["Brest"] == "BY"
    elsewhere = facts_of(
        "Actualités\n\nLa ville de Brest a reçu Jean Roux, maire de Quimper. La Biélorussie était aussi représentée.\n",
        "fr",
    )
    assert _countries(elsewhere)["Brest"] == "BY"  # the text names Belarus: the page is not about France alone
    mixed = facts_of(
        "Actualités\n\nLa ville de Brest a reçu Jean Roux, maire de Minsk, et Anne Lenoir, maire de Quimper.\n", "fr"
    )
    assert _countries(mixed)["Brest"] == "BY"  # no country leads
    metropolis = facts_of(
        "Noticias\n\nLa alcaldesa de Puebla, Ana Ruiz, y el alcalde de Toluca, Luis Gil, viajaron a Los Ángeles.\n",
        "es",
    )
    assert _countries(metropolis).get("Los Angeles", "US") == "US"


def _attended(facts) -> set[tuple]:
    return {
        (facts.entities[r.source].name, facts.entities[r.target].name, r.props.get("role"))
        for r in facts.relations.values()
        if r.type == "ATTENDED"
    }


def _held_in(facts) -> set[tuple]:
    return {
        (facts.entities[r.source].name, facts.entities[r.target].name)
        for r in facts.relations.values()
        if r.type == "HELD_IN"
    }


def test_mayors_gathered_at_assises_adopt_a_declaration_and_its_signatories_took_part() -> None:
    facts = facts_of(
        "Déclaration de Rennes pour le logement\n\n"
        "Réunis à Rennes le 12 octobre 2023 à l'occasion des Assises du logement social, les maires ont adopté ce texte.\n\n"
        "Signataires :\nAnne Lenoir, maire de Rennes\nPaul Garnier, maire de Brest\n",
        "fr",
    )
    assert _event_days(facts) == {"Assises du logement social": ("2023-10-12", "2023-10-12")}
    assert _held_in(facts) == {("Assises du logement social", "Rennes")}
    assert _attended(facts) == {
        ("Anne Lenoir", "Assises du logement social", "participant"),
        ("Paul Garnier", "Assises du logement social", "participant"),
    }
    summer = facts_of("Brèves\n\nL'Université d'été de la solidarité s'est tenue à Angers le 28 août 2023.\n", "fr")
    assert _held_in(summer) == {("Université d'été de la solidarité", "Angers")}
    lowercase = facts_of("Brèves\n\nLe salon de l'hôtel de ville a accueilli les élus le 3 mai 2023.\n", "fr")
    assert _event_days(lowercase) == {}  # a room, not a fair


def test_who_was_present_with_an_adverb_and_no_colon() -> None:
    facts = facts_of(
        "Le Bureau de Cités Unies France s'est réuni le 3 mars 2023 à Nantes. "
        "Étaient notamment présents Jean Roux, maire de Cholet, et Anne Petit, adjointe au maire d'Angers.\n",
        "fr",
    )
    assert {(who, role) for who, _, role in _attended(facts)} == {
        ("Jean Roux", "participant"),
        ("Anne Petit", "participant"),
    }
    absent = facts_of(
        "Le Bureau de Cités Unies France s'est réuni le 3 mars 2023 à Nantes. Les élus étaient présents à Laval la veille.\n",
        "fr",
    )
    assert _attended(absent) == set()


def _offices(facts) -> set[tuple]:
    return {
        (facts.entities[r.source].name, facts.entities[r.target].name, r.props.get("role"))
        for r in facts.relations.values()
        if r.type == "HOLDS_OFFICE"
    }


def test_a_full_stop_after_a_town_is_no_part_of_its_name() -> None:
    facts = facts_of(
        "Brèves\n\nLa séance était présidée par Marc Petit, maire de Sceaux. Une trentaine d'élus sont venus.\n", "fr"
    )
    assert {e.name for e in facts.entities.values() if e.kind == "City"} == {"Sceaux"}
    assert ("Marc Petit", "Sceaux", "mayor") in _offices(facts)
    initials = facts_of("News\n\nAnna Reed, Mayor of Washington, D.C.\n", "en")
    assert all(e.name != "Washington" or e.props.get("country") == "US" for e in initials.entities.values())


def test_a_body_between_two_offices_is_not_a_person_holding_the_second() -> None:
    facts = facts_of(
        "Actualités\n\nClaire Beaulieu, vice-présidente de Cités Unies France, maire adjointe de Poitiers, a ouvert la séance.\n",
        "fr",
    )
    assert {e.name for e in facts.entities.values() if e.kind == "Person"} == {"Claire Beaulieu"}
    assert _offices(facts) == {
        ("Claire Beaulieu", "Cités Unies France", "vice president"),
        ("Claire Beaulieu", "Poitiers", "deputy mayor"),
    }
    listed = facts_of(
        "Programme\n\nMardi 8 octobre 2024\n\n9h30 – Séance d'ouverture\n"
        "Allocution de Mme Claire Beaulieu, présidente de Cités Unies France, maire de Niort\n",
        "fr",
    )
    assert _offices(listed) == {
        ("Claire Beaulieu", "Cités Unies France", "president"),
        ("Claire Beaulieu", "Niort", "mayor"),
    }


def test_a_twinning_committee_is_its_towns_body_and_who_heads_it() -> None:
    own = facts_of(
        "Actualités\n\nLe comité de jumelage de Montbrison, présidé par Martine Royer, a préparé la visite.\n", "fr"
    )
    assert _offices(own) == {("Martine Royer", "Comité de jumelage (Montbrison)", "president")}
    unnamed = facts_of(
        "Actualités\n\nÀ Pontarlier, les échanges sont animés par un comité de jumelage, dirigé par Luc Morel.\n", "fr"
    )
    assert {(who, role) for who, _, role in _offices(unnamed)} == {("Luc Morel", "head")}
    body = next(e for e in unnamed.entities.values() if e.kind == "Organisation")
    assert body.id.endswith("doc-test")  # no town's government named: this page's committee, merged with no other
    english = facts_of("News\n\nThe twinning association, led by Jane Roe, welcomed the guests.\n", "en")
    assert {(who, role) for who, _, role in _offices(english)} == {("Jane Roe", "head")}
    spanish = facts_of(
        "Noticias\n\nEl comité de hermanamiento de Quillota, presidido por Ana Ruiz, recibió a los invitados.\n", "es"
    )
    assert _offices(spanish) == {("Ana Ruiz", "Comité de hermanamiento (Quillota)", "president")}
    member = facts_of("Actualités\n\nMarc Roy, membre du comité de jumelage, a pris la parole.\n", "fr")
    assert {role for _, _, role in _offices(member)} <= {"member"}  # no head without a heading cue


def test_an_office_after_a_roster_name_ends_with_its_line_when_the_next_line_is_an_entry() -> None:
    facts = facts_of(
        "Le Bureau exécutif\n\nPrésident : M. Koffi Yao, maire de Bouaké\nPremier vice-président : Mme Awa Konan, maire de Daloa\n"
        "Vice-présidents :\n- M. Ali Traoré, maire de Korhogo\n",
        "fr",
    )
    assert {(who, town) for who, town, role in _offices(facts) if role == "mayor"} == {
        ("Koffi Yao", "Bouaké"),
        ("Awa Konan", "Daloa"),
        ("Ali Traoré", "Korhogo"),
    }
    wrapped = facts_of(
        "Actualités\n\nLa séance a été ouverte par Anne Roux, maire de\nNiort, qui a salué les participants.\n", "fr"
    )
    assert ("Anne Roux", "Niort", "mayor") in _offices(wrapped)  # a wrapped line of prose goes on


def test_an_opening_or_closing_speech_names_its_speaker() -> None:
    facts = facts_of(
        "Programme\n\nJeudi 14 mars 2024\n\n9h30 – Cérémonie d'ouverture\nMot d'ouverture de Mme Léa Gil, maire de Niort\n\n"
        "16h30 – Séance de clôture\nDiscours de clôture de M. Abdou Sarr, ministre\n",
        "fr",
    )
    assert {(who, event, role) for who, event, role in _attended(facts)} == {
        ("Léa Gil", "Cérémonie d'ouverture", "speaker"),
        ("Abdou Sarr", "Séance de clôture", "speaker"),
    }
    prose = facts_of("Actualités\n\nLe discours de clôture de la ministre a été très applaudi.\n", "fr")
    assert _attended(prose) == set()


def test_an_event_named_with_two_parallel_complements_organised_in_a_city() -> None:
    facts = facts_of(
        "Brèves\n\nLa ville a participé au Sommet européen des régions et des villes, "
        "organisé à Mons (Belgique) les 18 et 19 mars 2024 par le Comité européen des régions.\n",
        "fr",
    )
    assert _event_days(facts) == {"Sommet européen des régions et des villes": ("2024-03-18", "2024-03-19")}
    assert _held_in(facts) == {("Sommet européen des régions et des villes", "Mons")}
    two = facts_of("Brèves\n\nLa ville a participé au Forum des maires et au Sommet des régions.\n", "fr")
    assert set(_event_days(two)) == {"Forum des maires", "Sommet des régions"}
    organised_by = facts_of("Brèves\n\nLe Forum des maires, organisé par Cités Unies France, a réuni 200 élus.\n", "fr")
    assert _held_in(organised_by) == set()


def _cities(facts) -> set[str]:
    return {e.name for e in facts.entities.values() if e.kind == "City"}


def test_a_quarter_named_with_its_article_is_no_town() -> None:
    facts = facts_of(
        "Coopération : Chambéry et Ouahigouya\n\nFruit de la coopération entre Chambéry et Ouahigouya (Burkina Faso), "
        "un centre de santé a été inauguré dans le quartier de Bingo.\n",
        "fr",
    )
    assert _cities(facts) == {"Chambéry", "Ouahigouya"}
    spanish = facts_of(
        "Noticias\n\nLa alcaldesa de Sevilla visitó el barrio de Triana con el alcalde de Cádiz.\n", "es"
    )
    assert "Triana" not in _cities(spanish)
    of_a_town = facts_of(
        "Actualités\n\nUn centre a été inauguré dans un quartier de Ouahigouya (Burkina Faso).\n", "fr"
    )
    assert _cities(of_a_town) == {"Ouahigouya"}  # "un quartier de X" is one of X's


def test_a_lowercase_event_noun_before_a_name_and_its_year() -> None:
    facts = facts_of(
        "Brèves\n\nLa section a été représentée à la conférence Africités 2022 par Hélène Garnier.\n", "fr"
    )
    assert _event_days(facts) == {"Africités 2022": ("2022", "2022")}
    placed = facts_of("Brèves\n\nLa ville était au Sommet Climate Chance 2019 à Abidjan.\n", "fr")
    assert set(_event_days(placed).values()) == {("2019", "2019")}  # the year before the place in the name
    english = facts_of("News\n\nThe mayor spoke at the summit Smart Cities Expo 2021 last week.\n", "en")
    assert _event_days(english) == {"Smart Cities Expo 2021": ("2021", "2021")}
    no_year = facts_of("Brèves\n\nLa ville prépare la conférence Habitat pour les jeunes.\n", "fr")
    assert _event_days(no_year) == {}
    plan = facts_of("Brèves\n\nLe forum a adopté le plan Climat 2030.\n", "fr")
    assert _event_days(plan) == {}  # "plan" is no event noun
