"""Events of announcements, anniversaries and network reports, in English, French and Spanish, on
sentences written for the test: announced meetings and where they will be held, hosts, a body's next
meeting, the parts of a programme named by a common noun, and their dates."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import facts_of, names, pairs, relations


def _dates(facts: DocumentFacts) -> dict[str, tuple]:
    return {e.name: (e.props.get("start"), e.props.get("end")) for e in facts.entities.values() if e.kind == "Event"}


def test_an_announced_next_meeting_is_held_where_it_will_take_place_and_organised_by_its_body() -> None:
    facts = facts_of(
        "Activity report 2023 of the Alliance of Lake Towns\n\n"
        "The next meeting of the Executive Committee will take place in Geneva on 9 May 2024.\n",
        "en",
    )
    assert _dates(facts)["next meeting of the Executive Committee"] == ("2024-05-09", "2024-05-09")
    assert ("next meeting of the Executive Committee", "Geneva") in pairs(facts, "HELD_IN")
    assert ("next meeting of the Executive Committee", "Executive Committee") in pairs(facts, "ORGANISED_BY")
    spanish = facts_of("La próxima reunión del Consejo tendrá lugar en Cusco en marzo.\n", "es")
    assert ("próxima reunión del Consejo", "Cusco") in pairs(spanish, "HELD_IN")


def test_a_host_named_after_the_event_in_its_sentence_hosts_it_and_says_where() -> None:
    english = facts_of(
        "The Annual Assembly of the Alliance of Lake Towns was held on 4 June 2023 at the invitation of the "
        "Municipality of Annecy.\n",
        "en",
    )
    assert ("Annual Assembly of the Alliance of Lake Towns", "Annecy", "host") in relations(english, "ORGANISED_BY")
    assert ("Annual Assembly of the Alliance of Lake Towns", "Annecy") in pairs(english, "HELD_IN")
    french = facts_of(
        "Le Bureau de l'Association internationale des maires francophones se réunira les 2 et 3 avril 2025, "
        "à l'invitation de la Ville de Cotonou.\n",
        "fr",
    )
    assert any(t == "Cotonou" and r == "host" for _, t, r in relations(french, "ORGANISED_BY"))
    spanish = facts_of(
        "La XII Asamblea de la Red Andina de Ciudades se celebrará en Cuenca los días 8 y 9 de mayo de 2025, "
        "con la ciudad de Cuenca como anfitriona.\n",
        "es",
    )
    assert any(t == "Cuenca" and r == "host" for _, t, r in relations(spanish, "ORGANISED_BY"))


def test_a_host_cue_with_no_event_before_it_in_its_sentence_hosts_nothing() -> None:
    facts = facts_of("At the invitation of the City of Annecy, the mayors visited the harbour.\n", "en")
    assert relations(facts, "ORGANISED_BY") == set()


def test_a_press_label_over_a_dateline_names_no_event_and_the_story_dates_the_meeting() -> None:
    facts = facts_of(
        "Press release\n\nOslo, 3 March 2024\n\nThe Committee on Culture of UCLG will hold its next meeting in "
        "Porto on 14–16 May 2024. The meeting will be hosted by the City of Porto.\n",
        "en",
    )
    names = _dates(facts)
    assert "Press release" not in names
    meeting = next(n for n in names if "Committee on Culture" in n)
    assert names[meeting] == ("2024-05-14", "2024-05-16")
    assert (meeting, "Porto") in pairs(facts, "HELD_IN")
    assert any(s == meeting and "Committee on Culture" in t for s, t in pairs(facts, "ORGANISED_BY"))


def test_parts_of_an_anniversary_named_by_common_nouns_belong_to_it_with_their_dates() -> None:
    facts = facts_of(
        "Sister cities: 40 years\n\n"
        "The 40th Anniversary Celebrations of the partnership will take place from 5 to 7 July 2024 in Tartu.\n\n"
        "As part of the anniversary, the sister city committee organises a youth forum, and the exhibition "
        '"Forty Summers" opens at the city library. An official ceremony will be held on Saturday 6 July.\n',
        "en",
    )
    celebration = "40th Anniversary Celebrations of the partnership"
    assert _dates(facts)[celebration] == ("2024-07-05", "2024-07-07")
    parts = {s.lower() for s, t in pairs(facts, "PART_OF") if t == celebration}
    assert {"youth forum", 'exhibition "forty summers"', "official ceremony"} <= parts
    assert {n.lower(): d for n, d in _dates(facts).items()}["official ceremony"] == ("2024-07-06", "2024-07-06")


def test_french_parts_under_a_day_heading_and_in_the_frame_of_the_anniversary() -> None:
    facts = facts_of(
        "Jumelage : 25 ans d'amitié\n\n"
        "Les festivités du 25e anniversaire du jumelage se dérouleront du 10 au 12 mai 2024 à Dole.\n\n"
        "Samedi 11 mai 2024\n\n"
        "La cérémonie officielle aura lieu à 11h à l'hôtel de ville.\n\n"
        "Dans le cadre de l'anniversaire, un atelier sur la mémoire réunira des lycéens des deux villes.\n",
        "fr",
    )
    parent = "Festivités du 25e anniversaire du jumelage"
    assert _dates(facts)[parent] == ("2024-05-10", "2024-05-12")
    parts = {s for s, t in pairs(facts, "PART_OF") if t == parent}
    assert {"cérémonie officielle", "Atelier sur la mémoire"} <= {p for p in parts}
    assert _dates(facts)["cérémonie officielle"] == ("2024-05-11", "2024-05-11")
    assert ("cérémonie officielle", "Dole") in pairs(facts, "HELD_IN")  # at the town hall of the festivities' town


def test_spanish_parts_in_the_frame_of_a_named_week() -> None:
    facts = facts_of(
        "Huesca, 2 de abril de 2024.- El Ayuntamiento organiza la Semana de la Cooperación, que se celebrará "
        "del 20 al 24 de mayo de 2024.\n\nEn el marco de la Semana, la exposición «Puentes» se inaugurará el 20 de "
        "mayo, y un taller sobre agua potable reunirá a técnicos de ambas ciudades.\n",
        "es",
    )
    parts = {s for s, t in pairs(facts, "PART_OF") if t == "Semana de la Cooperación"}
    assert {'Exposición "Puentes"', "Taller sobre agua potable"} <= parts
    assert _dates(facts)['Exposición "Puentes"'] == ("2024-05-20", "2024-05-20")


def test_a_part_whose_cue_names_no_event_of_the_page_belongs_to_none() -> None:
    facts = facts_of(
        "Annual report 2023\n\nThe Bureau met in Riga on 3 March 2023.\n\n"
        "As part of the heritage programme, a workshop on river banks was held in Tallinn.\n",
        "en",
    )
    assert ("Workshop on river banks", "Tallinn") in pairs(facts, "HELD_IN")
    assert not any(s == "Workshop on river banks" for s, _ in pairs(facts, "PART_OF"))


def test_a_report_s_workshop_is_no_part_of_the_first_meeting_it_tells_of() -> None:
    facts = facts_of(
        "In 2023 the network held its statutory meetings. The 8th meeting of the Bureau took place in Turku on "
        "2 March 2023.\n\nThe network also organised a workshop on coastal erosion in Split on 9 June 2023.\n",
        "en",
    )
    assert _dates(facts)["Workshop on coastal erosion"] == ("2023-06-09", "2023-06-09")
    assert not any(s == "Workshop on coastal erosion" for s, _ in pairs(facts, "PART_OF"))


def test_co_organisers_named_after_the_event_in_its_sentence() -> None:
    french = facts_of(
        "En 2022, les Rencontres de la coopération ont eu lieu à Nantes les 6 et 7 octobre 2022, en coopération "
        "avec la Région Bretagne.\n",
        "fr",
    )
    assert ("Rencontres de la coopération", "Région Bretagne", "co-organiser") in relations(french, "ORGANISED_BY")
    english = facts_of(
        "The Coastal Cities Summit took place in Gdansk on 3 May 2022, in cooperation with ICLEI Europe.\n", "en"
    )
    assert any(r == "co-organiser" for s, _, r in relations(english, "ORGANISED_BY") if s == "Coastal Cities Summit")
    # cooperation named before the event is no organisation of it
    before = facts_of("In cooperation with ICLEI Europe, the mayors visited the Coastal Cities Summit.\n", "en")
    assert not any(r == "co-organiser" for *_, r in relations(before, "ORGANISED_BY"))


def test_each_body_said_to_meet_on_a_day_in_a_report_is_a_meeting_of_its_own() -> None:
    facts = facts_of(
        "Rapport d'activités 2023\n\nLe réseau a tenu ses Rencontres annuelles à Lille les 4 et 5 juillet 2023.\n\n"
        "Le Conseil d'administration de Cités Unies France s'est réuni le 12 décembre 2023 à Paris.\n",
        "fr",
    )
    meeting = next(e for e in facts.entities.values() if e.kind == "Event" and "Conseil" in e.name)
    assert meeting.props["start"] == "2023-12-12"
    assert (meeting.name, "Paris") in pairs(facts, "HELD_IN")
    assert any(s == meeting.name and "Conseil" in t for s, t in pairs(facts, "ORGANISED_BY"))
    undated = facts_of(
        "Annual report\n\nThe Summit took place in Oslo on 2 May 2023. The Bureau met regularly.\n", "en"
    )
    assert not any("Bureau" in e.name for e in undated.entities.values() if e.kind == "Event")


def test_a_meeting_reported_on_the_day_of_its_dateline_is_held_where_the_dateline_was_written() -> None:
    english = facts_of(
        "Graz, 4 March 2024 – The Executive Bureau of CEMR met today at the City Hall to adopt its work plan.\n",
        "en",
    )
    meeting = next(e.name for e in english.entities.values() if e.kind == "Event")
    assert (meeting, "Graz") in pairs(english, "HELD_IN")
    spanish = facts_of(
        "Cuenca, 4 de marzo de 2024.- El Comité Ejecutivo de Mercociudades se reunió hoy en el Palacio Municipal.\n",
        "es",
    )
    meeting = next(e for e in spanish.entities.values() if e.kind == "Event")
    assert meeting.props.get("start") == "2024-03-04"
    assert (meeting.name, "Cuenca") in pairs(spanish, "HELD_IN")
    # the story names another place: the dateline is only where it was written
    elsewhere = facts_of(
        "Graz, 4 March 2024 – The Executive Bureau of CEMR met today in Linz to adopt its work plan.\n", "en"
    )
    assert {t for _, t in pairs(elsewhere, "HELD_IN")} == {"Linz"}


def test_an_announced_event_is_the_page_s_event_and_its_ceremonies_are_dated_parts_of_it() -> None:
    facts = facts_of(
        "Congress of Lake Cities 2026\n\nThe Congress of Lake Cities will take place in Kisumu from 9 to 11 June 2026.\n\n"
        "The opening ceremony will be held on 9 June at the Kisumu Convention Centre, and the closing ceremony on "
        "11 June 2026.\n",
        "en",
    )
    congress = "Congress of Lake Cities"
    days = {n.lower(): d for n, d in _dates(facts).items()}
    assert days["opening ceremony"] == ("2026-06-09", "2026-06-09")  # the first date of its clause, not the last
    assert days["closing ceremony"] == ("2026-06-11", "2026-06-11")
    parts = {s.lower() for s, t in pairs(facts, "PART_OF") if t == congress}
    assert parts == {"opening ceremony", "closing ceremony"}  # one event each, not two
    spanish = facts_of(
        "El Encuentro de Ciudades del Lago se celebrará en Puno del 3 al 5 de junio de 2026. La ceremonia de "
        "apertura tendrá lugar el 3 de junio en el Palacio Municipal de Puno.\n",
        "es",
    )
    assert ("ceremonia de apertura", "Encuentro de Ciudades del Lago") in pairs(spanish, "PART_OF")
    assert ("ceremonia de apertura", "Puno") in pairs(spanish, "HELD_IN")


def test_a_part_organised_by_a_body_is_the_body_s_not_the_page_event_s() -> None:
    facts = facts_of(
        "La cérémonie de signature de la charte se tiendra le samedi 14 septembre 2024 à Quimper. Un concert "
        "franco-allemand, organisé par le comité de jumelage, clôturera la visite.\n",
        "fr",
    )
    organised = pairs(facts, "ORGANISED_BY")
    assert any(s == "Concert franco-allemand" for s, _ in organised)
    assert not any(s.startswith("cérémonie") for s, _ in organised)


def test_the_host_of_an_online_meeting_says_nothing_of_its_place() -> None:
    online = facts_of(
        "Le Webinaire des maires sur le logement s'est tenu en ligne le 3 mai 2023, à l'invitation de la Ville "
        "de Nancy.\n",
        "fr",
    )
    assert ("Webinaire des maires sur le logement", "Nancy", "host") in relations(online, "ORGANISED_BY")
    assert relations(online, "HELD_IN") == set()
    english = facts_of(
        "The Mayors Webinar on Housing took place online on 3 May 2023, hosted by the City of Nancy.\n", "en"
    )
    assert relations(english, "HELD_IN") == set()


def test_a_one_word_part_that_names_a_place_or_a_trade_is_no_event() -> None:
    for text, language in (
        ("Tartu runs an exhibition space on the river bank and a workshop for boat builders.\n", "en"),
        ("La ville dispose d'un atelier municipal de réparation et d'une salle d'exposition.\n", "fr"),
        ("La ciudad cuenta con un taller municipal de restauración.\n", "es"),
    ):
        assert not any(e.kind == "Event" for e in facts_of(text, language).entities.values()), text
    dated = facts_of(
        "The Tartu Festival Week brings together choirs from the twin towns of the city every spring. On its last "
        "evening, a concert will be held in the cathedral on 7 May 2024.\n",
        "en",
    )
    assert "Concert" in names(dated, "Event")


def test_an_announced_meeting_dated_by_its_month_only() -> None:
    french = facts_of("La prochaine réunion du Bureau aura lieu à Montréal en octobre 2024.\n", "fr")
    assert _dates(french)["prochaine réunion du Bureau"] == ("2024-10", "2024-10")
    english = facts_of("The Annual Forum of River Cities will be held in Lyon in November 2026.\n", "en")
    assert ("2026-11", "2026-11") in _dates(english).values()
    dated = facts_of("La prochaine réunion du Bureau aura lieu à Montréal le 3 octobre 2024.\n", "fr")
    assert _dates(dated)["prochaine réunion du Bureau"][0] == "2024-10-03"


def test_a_report_s_dated_list_of_events_names_each_with_its_place_and_host() -> None:
    facts = facts_of(
        "Activity report 2024\n\nMain activities in 2024:\n- 12 March 2024: Bureau meeting, Graz\n"
        "- 5–6 June 2024: Annual Congress, Porto, hosted by the City of Porto\n- 14 November 2024: Youth Forum, Turku\n",
        "en",
    )
    assert {"Bureau meeting", "Annual Congress", "Youth Forum"} <= set(_dates(facts))
    assert {("Bureau meeting", "Graz"), ("Annual Congress", "Porto"), ("Youth Forum", "Turku")} <= pairs(
        facts, "HELD_IN"
    )
    hosts = {(s, t) for s, t, r in relations(facts, "ORGANISED_BY") if r == "host"}
    assert hosts == {("Annual Congress", "Porto")}  # the host of the line's event, not of the first one
    french = facts_of(
        "Principales activités en 2024 :\n- 12 mars 2024 : réunion du Bureau, Lille\n"
        "- 5 et 6 juin 2024 : Congrès annuel, Nantes, à l'invitation de la Ville de Nantes\n",
        "fr",
    )
    assert ("Congrès annuel", "Nantes") in pairs(french, "HELD_IN")
    assert ("réunion du Bureau", "Lille") in pairs(french, "HELD_IN")


def test_a_body_that_met_organises_its_meeting_and_announces_the_next_one() -> None:
    facts = facts_of(
        "Le Bureau exécutif de CGLU s'est réuni à Tunis le 4 mai 2024. La prochaine réunion du Bureau exécutif se "
        "tiendra à Agadir.\n",
        "fr",
    )
    held = pairs(facts, "HELD_IN")
    assert ("prochaine réunion du Bureau exécutif", "Agadir") in held
    assert any(t == "Tunis" and s != "prochaine réunion du Bureau exécutif" for s, t in held)
    organisers = {(s, t) for s, t in pairs(facts, "ORGANISED_BY") if "Bureau" in t}
    assert {s for s, _ in organisers} == {s for s, _ in held}  # the Bureau organises both meetings
