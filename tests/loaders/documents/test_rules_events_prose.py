"""Events of prose pages (x-events), each on sentences written for the test: a page's main event
is named by a line that names an event, never by its byline, press banner, diary week or a
deadline; the event a page's opening prose reports as held is its main event."""

from __future__ import annotations

from tests.loaders.documents.helpers import events, facts_of, relations


def test_a_byline_dates_the_page_not_an_event() -> None:
    facts = facts_of(
        "Notes from Utrecht: what we learnt at the Healthy Streets Summit\n"
        "By Marta Oliveira | 3 October 2024 | 4 min read\n\n"
        "I am just back from Utrecht, where the Healthy Streets Summit took place from 24 to 26 September 2024. "
        "Mayor Karl Jensen of Odense opened the first day.\n",
        "en",
    )
    assert events(facts) == {"Healthy Streets Summit": ("2024-09-24", "2024-09-26")}
    assert ("Karl Jensen", "Healthy Streets Summit", "speaker") in relations(facts, "ATTENDED")


def test_banners_diary_weeks_and_deadlines_name_no_event() -> None:
    french = facts_of(
        "COMMUNIQUÉ DE PRESSE\nPour diffusion immédiate — mardi 4 mars 2025\n\n"
        "Grenoble et Sfax signent une convention de coopération\n\n"
        "La maire de Grenoble, Claire Aubert, a reçu une délégation de Sfax.\n",
        "fr",
    )
    assert not any("diffusion" in name.lower() for name in events(french))
    spanish = facts_of(
        "AGENDA DEL ALCALDE\nSemana del lunes 12 de mayo de 2025\n\nPor Lucía Pardo | 10 de mayo de 2025\n"
        "El alcalde de Burgos, Tomás Ruiz, recibió a la delegación de Pau.\n",
        "es",
    )
    assert not any(start for start, _ in events(spanish).values())
    english = facts_of(
        "FOR IMMEDIATE RELEASE — Monday 3 March 2025\n\nWeek commencing 10 March 2025\n\n"
        "Deadline for applications: 30 April 2025\n\nThe city of Leeds welcomes a delegation from Lille.\n",
        "en",
    )
    assert not any(start for start, _ in events(english).values())


def test_a_titled_event_over_its_date_stays_the_main_event() -> None:
    """Negative: a title line naming an event, then its date, is an event; a deadline below it is not."""
    facts = facts_of(
        "Mayors Forum 2025\n14 May 2025, 10:00 CET\nDeadline for registration: 30 April 2025\n\n"
        "The Mayors Forum 2025 will bring together mayors of Europe.\n",
        "en",
    )
    assert events(facts) == {"Mayors Forum 2025": ("2025-05-14", "2025-05-14")}
    byline_in_a_name = facts_of("Prize by Ana Ruiz Foundation\n14 May 2025, 10:00 CET\n\nThe ceremony opens.\n", "en")
    assert any(start == "2025-05-14" for start, _ in events(byline_in_a_name).values())


def test_people_a_paragraph_names_after_a_session_attend_the_session() -> None:
    facts = facts_of(
        "Green Ports Conference 2024\n12–13 March 2024\n\n"
        "The conference opened in the harbour hall.\n\n"
        "The busiest session of the day was the workshop on shore power, moderated by Lena Fischer of the "
        "Hamburg port authority. Tomás Vidal, mayor of Vigo, explained how his city wired its quays.\n\n"
        "Elsewhere, Rui Sousa, mayor of Porto, said the ports should share their data with each other.\n",
        "en",
    )
    attended = relations(facts, "ATTENDED")
    assert ("Lena Fischer", "Workshop on shore power", "moderator") in attended
    assert ("Tomás Vidal", "Workshop on shore power", "speaker") in attended
    assert ("Workshop on shore power", "Green Ports Conference 2024", None) in relations(facts, "PART_OF")
    # negative: a speaker in another paragraph attends the conference, not the workshop
    assert ("Rui Sousa", "Workshop on shore power", "speaker") not in attended
    assert not any(name == "Rui Sousa" and event != "Green Ports Conference 2024" for name, event, _ in attended)


def test_an_event_name_ends_before_a_comma_or_a_verb_and_is_no_speaker() -> None:
    facts = facts_of(
        "Baltic Mayors Forum 2024\n5 June 2024, 10:00 CET\n\n"
        "On the second day the network's General Assembly welcomed Tartu and Kaunas as new members, and a "
        "workshop on flood defence, chaired by Ines Berg, closed the forum.\n",
        "en",
    )
    names = set(events(facts))
    assert not any("welcomed" in name or "chaired" in name for name in names)
    assert "General Assembly" not in {e.name for e in facts.entities.values() if e.kind == "Person"}


def test_parts_named_in_prose_by_a_noun_and_a_quoted_title() -> None:
    english = facts_of(
        "Coastal Cities Week 2024\n3–5 June 2024\n\n"
        'A panel titled "Ports after carbon" opened the second morning. "We cannot wait," said Ana Lopes, '
        'mayor of Setúbal, at the side event "Blue jobs", co-organised by Eurocities and ICLEI Europe.\n',
        "en",
    )
    names = set(events(english))
    assert 'Side event "Blue jobs"' in names and any("Ports after carbon" in name for name in names)
    assert ('Side event "Blue jobs"', "Coastal Cities Week 2024", None) in relations(english, "PART_OF")
    assert ("Ana Lopes", 'Side event "Blue jobs"', "speaker") in relations(english, "ATTENDED")
    spanish = facts_of(
        "El viernes, la delegación participará en la jornada «Barrios que cuidan», organizada por la "
        "Federación Andaluza de Municipios y Provincias.\n",
        "es",
    )
    assert any("Barrios que cuidan" in name for name in events(spanish))
    french = facts_of("Le soir, une table ronde intitulée « Villes et fleuves » a réuni les maires.\n", "fr")
    assert any("Villes et fleuves" in name for name in events(french))


def test_a_bare_part_noun_names_no_event_and_part_ids_carry_their_parent() -> None:
    """Negative: "the panel", "la jornada" alone are no new events; a part's id holds its parent's."""
    facts = facts_of("Coastal Cities Week 2024\n3–5 June 2024\n\nThe panel agreed. La jornada fue larga.\n", "en")
    assert set(events(facts)) == {"Coastal Cities Week 2024"}
    parted = facts_of(
        "Coastal Cities Week 2024\n3–5 June 2024\n\nThe week closed with a workshop on storm surges.\n", "en"
    )
    parts = [r for r in parted.relations.values() if r.type == "PART_OF"]
    assert parts and all(r.source.startswith(r.target + "-") for r in parts)


def test_a_city_set_off_by_commas_after_an_event_is_where_it_is_held() -> None:
    french = facts_of(
        "Ensuite viendra le Forum des villes du fleuve, à Orléans, les 3 et 4 octobre, organisé par l'association "
        "des maires. J'y parlerai lors de la table ronde sur les crues.\n",
        "fr",
    )
    assert ("Forum des villes du fleuve", "Orléans", None) in relations(french, "HELD_IN")
    # the cue "lors de la" introduces the round table itself: it names no parent of it
    assert not any(source.startswith("Table ronde") for source, _, _ in relations(french, "PART_OF"))
    english = facts_of(
        "Delta Mayors Meeting\n12 March 2025, 10:00 CET\n\nThe mayors met online. Next comes the Summit of River "
        "Cities, in Rotterdam, where they will sign the charter.\n",
        "en",
    )
    assert ("Summit of River Cities", "Rotterdam", None) in relations(english, "HELD_IN")
    # negative: a city after a comma that starts another clause, not set off alone, is no place of the event
    other = facts_of("We met at the Summit of River Cities, in Rotterdam the mayor spoke of Delft.\n", "en")
    assert not relations(other, "HELD_IN")


def test_a_part_whose_topic_follows_dedicated_to_is_an_event() -> None:
    french = facts_of(
        "Le Forum des villes 2025\n3–5 juin 2025\n\nNous animerons l'atelier consacré à la mobilité douce.\n", "fr"
    )
    assert any(name.startswith("Atelier consacré à la mobilité") for name in events(french))
    spanish = facts_of(
        "Foro de Ciudades 2025\n3–5 de junio de 2025\n\nHabrá un taller dedicado a la movilidad urbana.\n", "es"
    )
    assert any(name.startswith("Taller dedicado a la movilidad") for name in events(spanish))


def test_a_city_that_hosts_or_where_an_event_took_place() -> None:
    english = facts_of(
        "Notes from the road\n\nI am back from Utrecht (Netherlands), where the Healthy Streets Summit took "
        "place last week. The 2026 Forum will take place in Bilbao.\n",
        "en",
    )
    held = relations(english, "HELD_IN")
    assert ("Healthy Streets Summit", "Utrecht", None) in held
    assert ("2026 Forum", "Bilbao", None) in held  # a year before the head names the edition
    spanish = facts_of(
        "Crónica\n\nCascais (Portugal), ciudad anfitriona del XX Congreso de Ciudades Atlánticas, recibió a los alcaldes.\n",
        "es",
    )
    assert ("XX Congreso de Ciudades Atlánticas", "Cascais", None) in relations(spanish, "HELD_IN")
    assert ("XX Congreso de Ciudades Atlánticas", "Cascais", "host") in relations(spanish, "ORGANISED_BY")


def test_where_without_a_held_verb_places_no_event() -> None:
    """Negative: "where" that does not say the event took place there gives no HELD_IN."""
    facts = facts_of(
        "Notes from the road\n\nI am back from Utrecht (Netherlands), where the Healthy Streets Summit was "
        "praised by everyone I met.\n",
        "en",
    )
    assert not relations(facts, "HELD_IN")
