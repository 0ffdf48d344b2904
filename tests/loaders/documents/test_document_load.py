"""Loading real documents of the corpus (read from ../shared) and small English and Spanish
agendas written here: exact facts, provenance, resolution, idempotence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from munigraph.graph import named
from munigraph.graph.resolution.merges import list_merges
from munigraph.loaders.documents import load_document

from tests.conftest import CORPUS, load_text, needs_shared

PEACE = CORPUS / "peace-talks-2022-04-01.fr.txt"
RIGHTS = CORPUS / "human-rights-cities-session-2022-02-23.fr.txt"
COUNCIL = CORPUS / "policy-council-opportunities-culture-diplomacy.fr.txt"
SEMINAR = CORPUS / "cuf-seminar-campus-2021.fr.txt"

ENGLISH = """# Cities for Peace: Local Dialogue

Wednesday, 9 March 2022, 2:00 pm - 3:30 pm (CET)

This online dialogue is convened by UCLG in partnership with Mayors for Peace and UN-Habitat.

Moderated by **Jane Doe**, Deputy Mayor of Bologna

**John Smith**, Mayor of Utrecht

Maria Rossi (TBC), Office of the UN High Commissioner for Human Rights (OHCHR)

Peter Brown, Cities Alliance
"""

SPANISH = """## Diálogo de ciudades por la paz

Miércoles 23 de febrero de 2022, 11h30-13h00 (CET)

El diálogo es organizado por CGLU en colaboración con la Red de Ciudades Interculturales y ONU-Habitat.

Moderado por Ana García, alcaldesa de Barcelona

Luis Pérez (por confirmar), Ciudades y Gobiernos Locales Unidos (CGLU)

Carmen López, Quito
"""


def rels(store, rel_type: str, source: str | None = None) -> list[tuple]:
    query = f"MATCH (a)-[r:`{rel_type}`]->(b) " + ("WHERE a.id = $source " if source else "")
    query += "RETURN a.id AS a, b.id AS b, r.role AS role, r.status AS status ORDER BY a, b"
    return [(r["a"], r["b"], r["role"], r["status"]) for r in store.read(query, source=source)]


def node(store, node_id: str) -> dict:
    return store.read("MATCH (n) WHERE n.id = $id RETURN properties(n) AS p", id=node_id)[0]["p"]


def test_peace_talks_agenda(store) -> None:
    needs_shared(PEACE)
    load_document(store, PEACE)
    session = "event:dialogues-municipaux-de-cglu-pour-la-paix-2022-04-01"
    series = "event:dialogues-municipaux-de-cglu-pour-la-paix"
    props = node(store, session)
    assert (props["start"], props["end"]) == ("2022-04-01T14:30:00+02:00", "2022-04-01T16:30:00+02:00")
    assert props["name"] == "Le premier des dialogues municipaux de CGLU pour la paix"
    assert props["format"] == "closed-door, online"
    assert rels(store, "PART_OF", session) == [(session, series, None, None)]
    assert rels(store, "ATTENDED", "person:vasu-gounden") == [
        ("person:vasu-gounden", session, "facilitator", "confirmed")
    ]
    assert rels(store, "ATTENDED", "person:pol-morillas") == [("person:pol-morillas", session, "speaker", "tentative")]
    assert rels(store, "HOLDS_OFFICE", "person:janne-nijman") == [
        ("person:janne-nijman", "org:asser-institute", "director", None),
        ("person:janne-nijman", "org:pax", "board member", None),
    ]
    assert rels(store, "HOLDS_OFFICE", "person:viviane-ogou") == [
        ("person:viviane-ogou", "org:africa-puerta", "president", None)
    ]
    assert [r[0] for r in rels(store, "PARTNER_OF")] == ["org:accord", "org:mayors-for-peace", "org:unaoc"]
    assert rels(store, "ATTENDED", "org:gauc") == [("org:gauc", series, "participant", "tentative")]
    assert node(store, "org:uclg")["aliases"] == [
        "United Cities and Local Governments",
        "CGLU",
        "Cités et Gouvernements Locaux Unis",
        "UCLG",
    ]


def test_every_quote_is_the_exact_text_at_its_offsets(store) -> None:
    needs_shared(RIGHTS)
    load_document(store, RIGHTS)
    text = store.read("MATCH (d:Document) RETURN d.text AS t")[0]["t"]
    assert text == RIGHTS.read_text(encoding="utf-8")
    rows = store.read("MATCH ()-[r]->() RETURN type(r) AS t, r.provenance AS p, r.quote AS q, r.start AS s, r.end AS e")
    for row in rows:
        records = [json.loads(p) for p in row["p"]]
        assert records
        for record in records:
            if row["t"] == "IN_COUNTRY":  # the gazetteer says where a city is, not the text
                assert record["dataset"] == "geonames"
            else:
                assert text[record["start"] : record["end"]] == record["quote"]
        if row["t"] == "MENTIONED_IN":
            assert text[row["s"] : row["e"]] == row["q"]
    # with the World Council ("son dernier Conseil mondial"), PART_OF UCLG, and "le Congrès de CGLU à Daejeon"
    # ORGANISED_BY UCLG (the acronym before the place, x-events3)
    assert len(rows) == 52


def test_human_rights_session_cities_by_context_and_tentative_status(store) -> None:
    needs_shared(RIGHTS)
    load_document(store, RIGHTS)
    session = "event:faire-progresser-le-mouvement-mondial-des-villes-et-territoi-2022-02-23"
    # a UCLG committee is a Council (MODEL.md), and the model ties a person to a Council by an office only
    assert rels(store, "HOLDS_OFFICE", "person:amanda-flety") == [
        ("person:amanda-flety", "council:uclg-cisdp", "member", None)
    ]
    assert rels(store, "AFFILIATED_WITH") == [
        ("person:bahram-ghazi", "org:ohchr", None, None),
        ("person:elsa-toure", "city:geonames:3014646", None, None),
        ("person:hans-sakkers", "city:geonames:2745912", None, None),
        ("person:mariana-flores", "city:geonames:3530597", None, None),  # "Mexico" is Mexico City
        ("person:morten-kjaerum", "org:rwi", None, None),
        ("person:shams-asadi", "city:geonames:2761369", None, None),  # "Vienne" is Vienna, Austria
    ]
    assert node(store, "city:geonames:2761369")["country"] == "AT"
    assert rels(store, "ATTENDED", "person:bahram-ghazi") == [("person:bahram-ghazi", session, "speaker", "tentative")]
    assert rels(store, "ATTENDED", "person:hans-sakkers") == [
        ("person:hans-sakkers", session, "presenter", "confirmed")
    ]
    assert rels(store, "ATTENDED", "person:amanda-flety") == [
        ("person:amanda-flety", session, "moderator", "confirmed")
    ]
    assert rels(store, "PART_OF", session) == [(session, "event:uclgmeets-2022", None, None)]
    assert node(store, "event:uclgmeets-2022")["start"] == "2022-02-21"
    assert "HCDH" in node(store, "org:ohchr")["aliases"]
    assert rels(store, "HELD_IN") == [("event:congres-de-cglu-a-daejeon", "city:geonames:1835235", None, None)]


def test_co_chairs_offices_and_the_hague(store) -> None:
    needs_shared(COUNCIL)
    load_document(store, COUNCIL)
    council = "council:opportunities-for-all"
    assert [r[0] for r in rels(store, "CO_CHAIRS")] == [
        "person:jan-van-zanen",
        "person:li-mingyuan",
        "person:souad-ben-abderrahime",
    ]
    assert {r[1] for r in rels(store, "CO_CHAIRS")} == {council}
    assert rels(store, "HOLDS_OFFICE", "person:jan-van-zanen") == [
        ("person:jan-van-zanen", "city:geonames:2747373", "mayor", None),  # "La Haye" is The Hague
        ("person:jan-van-zanen", "org:uclg", "co-president", None),
        ("person:jan-van-zanen", "org:vng", "president", None),
    ]
    assert rels(store, "HOLDS_OFFICE", "person:souad-ben-abderrahime") == [
        ("person:souad-ben-abderrahime", "city:geonames:2464470", "mayor", None)  # Tunis, and only Tunis
    ]
    person = node(store, "person:jan-van-zanen")
    assert person["aliases"] == ["Jan van Zanen", "Jan Van Zanen"]
    merge = json.loads(person["merges"][0])
    assert (merge["form"], merge["rule"], merge["score"]) == ("Jan Van Zanen", "person:fold-case-accents-titles", 1.0)


def test_secretary_general_of_the_africa_section_and_day_sessions(store) -> None:
    needs_shared(SEMINAR)
    load_document(store, SEMINAR)
    assert rels(store, "HOLDS_OFFICE", "person:jean-pierre-elong-mbassi") == [
        ("person:jean-pierre-elong-mbassi", "section:africa", "secretary general", None)
    ]
    assert set(node(store, "section:africa")["aliases"]) >= {"CGLU-Afrique", "section Afrique"}
    seminar = "event:seminaire-et-campus-de-cglu-2021-02-15"
    days = [r[0] for r in rels(store, "PART_OF") if r[1] == seminar]
    assert days == [
        "event:cglu-au-service-des-gens-2021-02-16",
        "event:fenetre-d-opportunite-de-cglu-2021-02-15",
        "event:renforcer-le-pacte-pour-l-avenir-2021-02-19",
        "event:travailler-pour-la-planete-2021-02-17",
        "event:travailler-pour-le-gouvernement-2021-02-18",
    ]
    assert store.read("MATCH (d:Document) RETURN d.published AS p")[0]["p"] == "2021-03-09"
    # "Fonds de solidarité Equateur : Début des travaux à Sucre": Sucre in Ecuador, not Bolivia
    assert node(store, "city:geonames:3650960")["country"] == "EC"
    stated = store.read(
        "MATCH (c:City)-[r:IN_COUNTRY]->(k:Country) WHERE c.id = 'city:geonames:1835235' RETURN k.id AS k, r.provenance AS p"
    )
    assert stated[0]["k"] == "country:KR"
    assert json.loads(stated[0]["p"][0])["quote"] == "Daejeon, Corée du Sud"


def test_loading_twice_changes_nothing_and_documents_share_nodes(store) -> None:
    needs_shared(PEACE)
    first = load_document(store, PEACE)
    counts = store.counts()
    merges = list_merges(store)
    again = load_document(store, PEACE)
    assert store.counts() == counts
    assert list_merges(store) == merges and len(merges) == 6
    assert again.entities_created == 0 and again.relationships_created == 0
    assert first.entities_created == sum(counts["nodes"].values())
    load_document(store, RIGHTS)
    docs = store.read(
        "MATCH (o:Organisation)-[:MENTIONED_IN]->(d:Document) WHERE o.id = 'org:uclg' RETURN count(d) AS n"
    )
    assert docs == [{"n": 2}]


def test_english_agenda(store, tmp_path: Path) -> None:
    load_text(store, tmp_path, "dialogue.en.md", ENGLISH)
    event = "event:cities-for-peace-local-dialogue-2022-03-09"
    assert store.read("MATCH (d:Document) RETURN d.language AS l") == [{"l": "en"}]
    props = node(store, event)
    assert (props["start"], props["end"], props["format"]) == (
        "2022-03-09T14:00:00+01:00",
        "2022-03-09T15:30:00+01:00",
        "online",
    )
    assert rels(store, "ATTENDED") == [
        ("person:jane-doe", event, "moderator", "confirmed"),
        ("person:john-smith", event, "speaker", "confirmed"),
        ("person:maria-rossi", event, "speaker", "tentative"),
        ("person:peter-brown", event, "speaker", "confirmed"),
    ]
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:jane-doe", "city:geonames:3181928", "deputy mayor", None),
        ("person:john-smith", "city:geonames:2745912", "mayor", None),
    ]
    assert rels(store, "AFFILIATED_WITH") == [
        ("person:maria-rossi", "org:ohchr", None, None),
        ("person:peter-brown", "org:alliance-cities", None, None),
    ]
    assert rels(store, "ORGANISED_BY") == [(event, "org:uclg", "organiser", None)]
    assert rels(store, "PARTNER_OF") == [
        ("org:mayors-for-peace", "org:uclg", None, None),
        ("org:un-habitat", "org:uclg", None, None),
    ]


def test_spanish_agenda(store, tmp_path: Path) -> None:
    load_text(store, tmp_path, "dialogo.es.md", SPANISH)
    event = "event:dialogo-de-ciudades-por-la-paz-2022-02-23"
    assert store.read("MATCH (d:Document) RETURN d.language AS l") == [{"l": "es"}]
    assert node(store, event)["start"] == "2022-02-23T11:30:00+01:00"
    assert rels(store, "ATTENDED") == [
        ("person:ana-garcia", event, "moderator", "confirmed"),
        ("person:carmen-lopez", event, "speaker", "confirmed"),
        ("person:luis-perez", event, "speaker", "tentative"),
    ]
    assert rels(store, "HOLDS_OFFICE") == [("person:ana-garcia", "city:geonames:3128760", "mayor", None)]
    assert rels(store, "AFFILIATED_WITH") == [
        ("person:carmen-lopez", "city:geonames:3652462", None, None),
        ("person:luis-perez", "org:uclg", None, None),
    ]
    assert rels(store, "ORGANISED_BY") == [(event, "org:uclg", "organiser", None)]
    assert [r[0] for r in rels(store, "PARTNER_OF")] == ["org:ciudades-interculturales-network", "org:un-habitat"]


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", " "])
def test_typography_does_not_break_anything(store, tmp_path: Path, space: str) -> None:
    text = (
        f"## Rencontre d\u2019automne\n\nJeudi 6 octobre 2022, 10h00-11h00 (CEST)\n\n"
        f"Modération{space}: **Jean\u00a0Dupont**, directeur de l\u2019*Institut Asser*\n\n"
        f"__Marie Curie__{space}(à confirmer), Maire de Vienne (Autriche)\n"
    )
    load_text(store, tmp_path, "rencontre.fr.md", text)
    event = "event:rencontre-d-automne-2022-10-06"
    assert rels(store, "ATTENDED") == [
        ("person:jean-dupont", event, "moderator", "confirmed"),
        ("person:marie-curie", event, "speaker", "tentative"),
    ]
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:jean-dupont", "org:asser-institute", "director", None),
        ("person:marie-curie", "city:geonames:2761369", "mayor", None),
    ]


def test_cues_alone_on_a_line_honorifics_parentheses_and_countries(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "atelier.fr.md",
        "## Atelier des villes\n\nJeudi 6 octobre 2022, 10h00-11h00 (CEST)\n\nModératrice :\n\n"
        "Mme Claire Martin, Lyon\n\nM. Paul Durand (Grenoble)\n\nMariana Flores, Mexico, Mexique\n\n"
        "Shams Asadi, Vienne (Autriche)\n\nIntervenants :\n\nAna Souza – Maire de Recife, Brésil\n",
    )
    event = "event:atelier-des-villes-2022-10-06"
    assert rels(store, "ATTENDED") == [
        ("person:ana-souza", event, "speaker", "confirmed"),
        ("person:claire-martin", event, "moderator", "confirmed"),
        ("person:mariana-flores", event, "speaker", "confirmed"),
        ("person:paul-durand", event, "speaker", "confirmed"),
        ("person:shams-asadi", event, "speaker", "confirmed"),
    ]
    assert rels(store, "AFFILIATED_WITH") == [
        ("person:claire-martin", "city:geonames:2996944", None, None),
        ("person:mariana-flores", "city:geonames:3530597", None, None),
        ("person:paul-durand", "city:geonames:3014728", None, None),
        ("person:shams-asadi", "city:geonames:2761369", None, None),
    ]
    assert rels(store, "HOLDS_OFFICE") == [("person:ana-souza", "city:geonames:3390760", "mayor", None)]
    assert store.read("MATCH (c:Country) RETURN count(c) AS n") == [{"n": 4}]  # FR MX AT BR, from the gazetteer


def test_offices_before_names_and_a_title_line_that_is_no_person(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "forum.en.md",
        "# Mayors Forum\n\nMonday, 3 October 2022, 9:00 am - 10:30 am (EDT)\n\nMayor Ada Colau, Barcelona\n\n"
        "H.E. Ms. Jane Roe, Minister of Foreign Affairs, Government of Canada\n\nSpeakers:\n\n"
        "Tom Green, Executive Director, Cities Alliance (to be confirmed)\n",
    )
    event = "event:mayors-forum-2022-10-03"
    assert node(store, event)["start"] == "2022-10-03T09:00:00-04:00"
    assert store.read("MATCH (p:Person) RETURN p.id AS id, p.title AS t ORDER BY id") == [
        {"id": "person:ada-colau", "t": "Mayor"},
        {"id": "person:jane-roe", "t": "Minister"},
        {"id": "person:tom-green", "t": "Executive Director"},
    ]
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:ada-colau", "city:geonames:3128760", "mayor", None),
        # a national body: its country in the id; the role is the office as written (x-prec2)
        ("person:jane-roe", "org:government-ca", "minister of foreign affairs", None),
        ("person:tom-green", "org:alliance-cities", "executive director", None),
    ]
    assert rels(store, "ATTENDED", "person:tom-green") == [("person:tom-green", event, "speaker", "tentative")]


def test_a_body_already_in_the_graph_keeps_its_id(store, tmp_path: Path) -> None:
    from munigraph.graph.facts import Batch, Entity

    store.write(
        Batch("curated", [Entity("Organisation", "org:cities-alliance", "Cities Alliance", ["Cities Alliance"])])
    )
    load_text(store, tmp_path, "dialogue.en.md", ENGLISH)
    assert rels(store, "AFFILIATED_WITH", "person:peter-brown") == [
        ("person:peter-brown", "org:cities-alliance", None, None)
    ]
    assert store.read("MATCH (o:Organisation) WHERE o.id = 'org:alliance-cities' RETURN o.id AS id") == []
    merges = [json.loads(m) for m in node(store, "org:cities-alliance")["merges"]]
    assert [(m["rule"], m["score"], m["was"]) for m in merges] == [("graph:same-name", 0.95, "org:alliance-cities")]


def test_participation_sentences_in_spanish_and_french(store, tmp_path: Path) -> None:
    spanish = tmp_path / "foro.es.md"
    spanish.write_text(
        "# Foro de Alcaldes por la Paz\n\nLunes 7 de noviembre de 2022, 15h00-17h00 (CET)\n\n"
        "La sesión, organizada por CGLU y la Ciudad de Bogotá, contará con la participación de Claudia López, "
        "alcaldesa de Bogotá, Ahmed Aboutaleb, alcalde de Róterdam, y Mónica Fein (Rosario).\n",
        encoding="utf-8",
    )
    load_document(store, spanish)
    event = "event:foro-de-alcaldes-por-la-paz-2022-11-07"
    assert rels(store, "ORGANISED_BY") == [
        (event, "city:geonames:3688689", "organiser", None),
        (event, "org:uclg", "organiser", None),
    ]
    assert rels(store, "ATTENDED") == [
        ("person:ahmed-aboutaleb", event, "participant", "confirmed"),
        ("person:claudia-lopez", event, "participant", "confirmed"),
        ("person:monica-fein", event, "participant", "confirmed"),
    ]
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:ahmed-aboutaleb", "city:geonames:2747891", "mayor", None),  # Róterdam
        ("person:claudia-lopez", "city:geonames:3688689", "mayor", None),
    ]
    assert rels(store, "AFFILIATED_WITH") == [("person:monica-fein", "city:geonames:3838583", None, None)]

    store.reset()
    french = tmp_path / "rencontre.fr.md"
    french.write_text(
        "Le 12 mai 2023 s'est tenue la Rencontre des réseaux de villes à Lyon, avec la participation de "
        "Grégory Doucet, maire de Lyon, et de Fatimetou Abdel Malick (Nouakchott). La rencontre était organisée "
        "par Cités Unies France en partenariat avec la Fondation pour la Paix.\n",
        encoding="utf-8",
    )
    load_document(store, french)
    event = "event:rencontre-des-reseaux-de-villes-a-lyon-2023-05-12"
    assert node(store, event)["start"] == "2023-05-12"
    assert rels(store, "HELD_IN") == [(event, "city:geonames:2996944", None, None)]
    assert rels(store, "ORGANISED_BY") == [(event, "org:cuf", "organiser", None)]
    assert rels(store, "PARTNER_OF") == [("org:foundation-paix", "org:cuf", None, None)]
    assert [r[0] for r in rels(store, "ATTENDED")] == ["person:fatimetou-abdel-malick", "person:gregory-doucet"]


NEWS = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>UCLG News</title></head>
<body><header class="site-header"><nav class="main-menu"><ul><li>Home</li><li>News</li></ul></nav></header>
<main><article><h1>Local leaders meet in Rabat for the Africities Summit</h1>
<p class="date">Published on 20 May 2022</p>
<p>The summit was opened by <strong>Mohamed Sefiani</strong>, Mayor of Chefchaouen, and by Emilia Saiz,
Secretary General of UCLG, who stressed the role of local governments.</p>
<p>The event is organised by UCLG Africa in partnership with the Global Fund for Cities Development (FMDV).</p>
</article><aside class="sidebar"><h3>Agenda</h3><p>Africities Summit: 17-21 May 2022, Kisumu</p></aside></main>
<div class="social-share"><a>Share on Facebook</a></div><footer class="site-footer">© 2022 UCLG</footer></body></html>
"""


def test_a_news_page_with_its_sidebar_agenda(store, tmp_path: Path) -> None:
    load_text(store, tmp_path, "news.html", NEWS)
    document = store.read("MATCH (d:Document) RETURN d.title AS t, d.language AS l, d.published AS p, d.text AS x")[0]
    assert (document["t"], document["l"], document["p"]) == ("UCLG News", "en", "2022-05-20")
    assert "Share" not in document["x"] and "©" not in document["x"] and "Home" not in document["x"]
    summit = "event:africities-summit-2022"
    assert (node(store, summit)["start"], node(store, summit)["end"]) == ("2022-05-17", "2022-05-21")
    assert rels(store, "HELD_IN") == [(summit, "city:geonames:191245", None, None)]  # Kisumu
    assert rels(store, "ORGANISED_BY") == [(summit, "section:africa", "organiser", None)]
    assert rels(store, "ATTENDED") == [
        ("person:emilia-saiz", summit, "speaker", "confirmed"),
        ("person:mohamed-sefiani", summit, "speaker", "confirmed"),
    ]
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:emilia-saiz", "org:uclg", "secretary general", None),
        ("person:mohamed-sefiani", "city:geonames:2553455", "mayor", None),
    ]
    assert rels(store, "PARTNER_OF") == []  # a section's partner has no place in the model


def test_staff_offices_city_governments_and_deputies(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "lab.en.md",
        "# Urban Diplomacy Lab\n\nFriday, 14 October 2022, 10:00-12:00 (CEST)\n\n"
        "Chair: Laura Pérez, Director of International Relations, Ayuntamiento de Madrid\n\n"
        "- Paul Martin, Senior Policy Advisor on Migration, Eurocities\n"
        "- Anna Berg, Professor of Urban Studies, University of Vienna\n"
        "- Karim Said, Deputy Secretary General, UCLG-MEWA\n"
        "- Sophie Laurent, Directrice générale adjointe, Ville de Lyon\n",
    )
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:anna-berg", "org:university-vienna", "professor", None),
        ("person:karim-said", "section:mewa", "deputy secretary general", None),
        # the city's government is the city
        ("person:laura-perez", "city:geonames:3117735", "director of international relations", None),
        ("person:paul-martin", "org:eurocities", "senior policy advisor on migration", None),
        ("person:sophie-laurent", "city:geonames:2996944", "deputy director general", None),
    ]
    assert node(store, "person:paul-martin")["title"] == "Senior Policy Advisor"
    event = "event:urban-diplomacy-lab-2022-10-14"
    assert rels(store, "ATTENDED", "person:laura-perez") == [("person:laura-perez", event, "moderator", "confirmed")]


def test_membership(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "members.en.md",
        "The FMDV is a member of UCLG. New members of the Global Taskforce: ICLEI and the Cities Alliance.\n",
    )
    assert rels(store, "MEMBER_OF") == [
        ("org:alliance-cities", "org:global-taskforce", None, None),
        ("org:fmdv", "org:uclg", None, None),
        ("org:iclei", "org:global-taskforce", None, None),
    ]


def test_co_chairs_listed_under_a_cue_and_the_council_in_the_title(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "council.en.md",
        "# Meeting of the Policy Council on the Right to the City and Inclusive Territories\n\n"
        "Tuesday, 8 November 2022, 16:00-17:30 (CET)\n\nCo-chairs:\n\n"
        "- Jane Doe, Mayor of Bologna\n- John Smith, Mayor of Utrecht\n\nThe Council reviewed its work plan.\n",
    )
    event = "event:meeting-of-the-policy-council-on-the-right-to-the-city-and-i-2022-11-08"
    council = "council:right-to-the-city"
    assert rels(store, "CO_CHAIRS") == [
        ("person:jane-doe", council, None, None),
        ("person:john-smith", council, None, None),
    ]
    assert rels(store, "ORGANISED_BY") == [(event, council, "organiser", None)]
    assert [r[2] for r in rels(store, "ATTENDED")] == ["moderator", "moderator"]


def test_several_people_on_one_agenda_line(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "dialogue.en.md",
        "# Solidarity Dialogue\n\nThursday, 10 November 2022, 15:00-16:00 (CET)\n\n"
        "Speakers: Jane Doe, Mayor of Bologna; John Smith (Utrecht) and Maria Rossi, Director, Cities Alliance\n",
    )
    event = "event:solidarity-dialogue-2022-11-10"
    assert [r[0] for r in rels(store, "ATTENDED")] == ["person:jane-doe", "person:john-smith", "person:maria-rossi"]
    assert rels(store, "AFFILIATED_WITH") == [("person:john-smith", "city:geonames:2745912", None, None)]
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:jane-doe", "city:geonames:3181928", "mayor", None),
        ("person:maria-rossi", "org:alliance-cities", "director", None),
    ]
    quotes = store.read("MATCH (p:Person)-[r:ATTENDED]->() WHERE p.id = 'person:maria-rossi' RETURN r.provenance AS p")[
        0
    ]["p"]
    assert json.loads(quotes[0])["quote"] == "Maria Rossi, Director, Cities Alliance"
    assert event


def test_organiser_and_partner_labels(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "peace.en.md",
        "# Local Action for Peace\n\nMonday, 5 December 2022, 14:00-15:30 (CET)\n\n"
        "Organisers: UCLG, Metropolis and the City of Barcelona\n\nPartners: Mayors for Peace, Cities Alliance\n",
    )
    event = "event:local-action-for-peace-2022-12-05"
    assert rels(store, "ORGANISED_BY") == [
        (event, "city:geonames:3128760", "organiser", None),
        (event, "org:uclg", "organiser", None),
        (event, "section:metropolis", "organiser", None),
    ]
    partners = store.read("MATCH (a)-[r:PARTNER_OF]->(b) RETURN a.id AS a, b.id AS b, r.provenance AS p ORDER BY a")
    assert [(r["a"], r["b"]) for r in partners] == [
        ("org:alliance-cities", "org:uclg"),
        ("org:mayors-for-peace", "org:uclg"),
    ]
    assert json.loads(partners[0]["p"][0])["quote"] == "Partners: Mayors for Peace, Cities Alliance"


PEACE_MAIN = "event:dialogues-municipaux-de-cglu-pour-la-paix-2022-04-01"
PEACE_PARTNERS = f"{PEACE_MAIN}-1440"  # "14h40-15h25 - La consolidation de la paix aujourd'hui ..."
PEACE_PANEL = f"{PEACE_MAIN}-1525"  # "15h25-16h10 - Gouvernements locaux et consolidation de la paix"


def test_time_slots_become_sessions_when_asked(store) -> None:
    needs_shared(PEACE)
    load_document(store, PEACE, sessions=True)
    rows = store.read(
        "MATCH (s:Event)-[:PART_OF]->(m:Event) WHERE m.id = $main "
        "RETURN s.id AS id, s.name AS name, s.start AS start, s.end AS end, s.event_type AS type ORDER BY start",
        main=PEACE_MAIN,
    )
    assert rows == [
        {
            "id": f"{PEACE_MAIN}-1430",
            "name": "Bienvenue par CGLU",
            "start": "2022-04-01T14:30:00+02:00",
            "end": "2022-04-01T14:40:00+02:00",
            "type": "session",
        },
        {
            "id": PEACE_PARTNERS,
            "name": "La consolidation de la paix aujourd'hui : une vision de partenaires clés",
            "start": "2022-04-01T14:40:00+02:00",
            "end": "2022-04-01T15:25:00+02:00",
            "type": "session",
        },
        {
            "id": PEACE_PANEL,
            "name": "Gouvernements locaux et consolidation de la paix",
            "start": "2022-04-01T15:25:00+02:00",
            "end": "2022-04-01T16:10:00+02:00",
            "type": "session",
        },
        {
            "id": f"{PEACE_MAIN}-1610",
            "name": "Récapitulation et prochaines étapes",
            "start": "2022-04-01T16:10:00+02:00",
            "end": "2022-04-01T16:30:00+02:00",
            "type": "session",
        },
    ]


def test_time_slots_are_no_events_by_default(store) -> None:
    needs_shared(PEACE)
    load_document(store, PEACE)
    events = [r for r in rels(store, "PART_OF") if r[0].startswith("event:")]
    assert events == [(PEACE_MAIN, "event:dialogues-municipaux-de-cglu-pour-la-paix", None, None)]
    assert {r[1] for r in rels(store, "ATTENDED") if r[0] != "org:gauc"} == {PEACE_MAIN}


def test_people_listed_under_a_slot_attend_its_session(store) -> None:
    needs_shared(PEACE)
    load_document(store, PEACE, sessions=True)
    assert rels(store, "ATTENDED") == [
        # "Les participants à cette réunion comprendront ACCORD, PAX et CIDOB.": prose, the meeting
        ("org:accord", PEACE_MAIN, "participant", "confirmed"),
        ("org:cidob", PEACE_MAIN, "participant", "confirmed"),
        ("org:gauc", "event:dialogues-municipaux-de-cglu-pour-la-paix", "participant", "tentative"),
        ("org:pax", PEACE_MAIN, "participant", "confirmed"),
        ("org:uclg", PEACE_PANEL, "facilitator", "confirmed"),  # "Facilitation par **CGLU**"
        ("person:janne-nijman", PEACE_PARTNERS, "speaker", "confirmed"),
        ("person:pol-morillas", PEACE_PARTNERS, "speaker", "tentative"),  # "(à confirmer)"
        ("person:vasu-gounden", PEACE_PARTNERS, "facilitator", "confirmed"),
        ("person:viviane-ogou", PEACE_PARTNERS, "speaker", "confirmed"),
    ]
    assert [r for r in rels(store, "ORGANISED_BY") if r[0] == PEACE_MAIN] == [
        (PEACE_MAIN, "org:uclg", "organiser", None)
    ]


def test_attendees_of_the_event_list_its_sessions_people_when_asked(store) -> None:
    needs_shared(PEACE)
    load_document(store, PEACE, sessions=True)
    partners = "La consolidation de la paix aujourd'hui : une vision de partenaires clés"
    rows = named.run(store, "attendees", {"event": PEACE_MAIN})
    assert [(r["id"], r["role"], r["status"], r["event_id"], r["event"], r["start"]) for r in rows] == [
        *[
            (org, "participant", "confirmed", PEACE_MAIN, "Le premier des dialogues municipaux de CGLU pour la paix",
             "2022-04-01T14:30:00+02:00")
            for org in ("org:accord", "org:cidob", "org:pax")
        ],
        ("person:janne-nijman", "speaker", "confirmed", PEACE_PARTNERS, partners, "2022-04-01T14:40:00+02:00"),
        ("person:pol-morillas", "speaker", "tentative", PEACE_PARTNERS, partners, "2022-04-01T14:40:00+02:00"),
        ("person:vasu-gounden", "facilitator", "confirmed", PEACE_PARTNERS, partners, "2022-04-01T14:40:00+02:00"),
        ("person:viviane-ogou", "speaker", "confirmed", PEACE_PARTNERS, partners, "2022-04-01T14:40:00+02:00"),
        ("org:uclg", "facilitator", "confirmed", PEACE_PANEL, "Gouvernements locaux et consolidation de la paix",
         "2022-04-01T15:25:00+02:00"),
    ]  # fmt: skip
    alone = named.run(store, "attendees", {"event": PEACE_MAIN, "include_sessions": "false"})
    assert [(r["id"], r["event_id"]) for r in alone] == [
        ("org:accord", PEACE_MAIN),
        ("org:cidob", PEACE_MAIN),
        ("org:pax", PEACE_MAIN),
    ]


SLOTS = """# Local Dialogue for Peace

Monday, 5 December 2022, 09:00-11:00 (CET)

Welcome by **John Smith**, Mayor of Utrecht

09:00-09:30 Opening

Moderator: Jane Doe, Mayor of Lyon

Maria Rossi (TBC), Cities Alliance

Hosted by UCLG

09:30-10:00



Peter Brown, Mayor of Vienna

10:00-11:00 Panel on local dialogue

Speakers:

Ana Souza, Mayor of Porto Alegre

Hans Weber, Mayor of Bonn
"""


def test_sessions_of_an_english_agenda(store, tmp_path: Path) -> None:
    load_text(store, tmp_path, "forum.en.md", SLOTS, sessions=True)
    main = "event:local-dialogue-for-peace-2022-12-05"
    opening, panel = f"{main}-0900", f"{main}-1000"
    sessions = store.read(
        "MATCH (s:Event)-[:PART_OF]->(m:Event) WHERE m.id = $main "
        "RETURN s.id AS id, s.name AS name, s.start AS start, s.end AS end ORDER BY id",
        main=main,
    )
    assert sessions == [
        {"id": opening, "name": "Opening", "start": "2022-12-05T09:00:00+01:00", "end": "2022-12-05T09:30:00+01:00"},
        {
            "id": panel,
            "name": "Panel on local dialogue",
            "start": "2022-12-05T10:00:00+01:00",
            "end": "2022-12-05T11:00:00+01:00",
        },
    ]
    assert rels(store, "ATTENDED") == [
        ("person:ana-souza", panel, "speaker", "confirmed"),
        ("person:hans-weber", panel, "speaker", "confirmed"),
        ("person:jane-doe", opening, "moderator", "confirmed"),
        ("person:john-smith", main, "host", "confirmed"),  # before the first slot: the meeting
        ("person:maria-rossi", opening, "host", "tentative"),  # an opening's speakers welcome
        ("person:peter-brown", main, "speaker", "confirmed"),  # under a slot with no title
    ]
    assert rels(store, "ORGANISED_BY") == [(main, "org:uclg", "host", None)]  # a body hosts the meeting


def test_without_sessions_the_english_agenda_attends_the_meeting(store, tmp_path: Path) -> None:
    load_text(store, tmp_path, "forum.en.md", SLOTS)
    main = "event:local-dialogue-for-peace-2022-12-05"
    assert store.read("MATCH (e:Event) RETURN e.id AS id") == [{"id": main}]
    assert rels(store, "ATTENDED") == [
        ("person:ana-souza", main, "speaker", "confirmed"),
        ("person:hans-weber", main, "speaker", "confirmed"),
        ("person:jane-doe", main, "moderator", "confirmed"),
        ("person:john-smith", main, "host", "confirmed"),
        ("person:maria-rossi", main, "host", "tentative"),
        ("person:peter-brown", main, "speaker", "confirmed"),
    ]
    assert rels(store, "ORGANISED_BY") == [(main, "org:uclg", "host", None)]


def test_a_country_is_mentioned_not_an_affiliation_and_one_word_headings_name_events(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "atelier.fr.md",
        "## Atelier\n\nJeudi 6 octobre 2022, 10h00-11h00 (CEST)\n\nAna Souza, Brésil\n\n"
        "Pierre Dupont, Ministère des Affaires étrangères, France\n\n"
        "Ali Idrissi, Ministère des Affaires étrangères, Maroc\n\n"
        "Leila Amrani, Ministère des Affaires étrangères du Maroc\n",
    )
    event = "event:atelier-2022-10-06"
    assert [r[0] for r in rels(store, "ATTENDED")] == [
        "person:ali-idrissi",
        "person:ana-souza",
        "person:leila-amrani",
        "person:pierre-dupont",
    ]
    # a ministry is a country's: one node per country, however the country is written
    assert rels(store, "AFFILIATED_WITH") == [
        ("person:ali-idrissi", "org:affaires-etrangeres-ministere-ma", None, None),
        ("person:leila-amrani", "org:affaires-etrangeres-ministere-ma", None, None),
        ("person:pierre-dupont", "org:affaires-etrangeres-ministere-fr", None, None),
    ]
    ministries = store.read("MATCH (o:Organisation) RETURN o.id AS id, o.country AS country ORDER BY id")
    assert ministries == [
        {"id": "org:affaires-etrangeres-ministere-fr", "country": "FR"},
        {"id": "org:affaires-etrangeres-ministere-ma", "country": "MA"},
    ]
    mentioned = store.read(
        "MATCH (c:Country)-[r:MENTIONED_IN]->(:Document) RETURN c.id AS id, r.quote AS q ORDER BY id"
    )
    assert mentioned == [{"id": "country:BR", "q": "Brésil"}]
    assert node(store, event)["name"] == "Atelier"


def test_offices_named_after_their_body_and_fields_after_an_office(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "climate.en.md",
        "# Local Climate Dialogue\n\nTuesday, 14 March 2023, 10:00-12:00 (CET)\n\n"
        "- **Carola Gunnarsson**, Mayor of Sala and UCLG Vice-President for Europe\n"
        "- **Boris Lindt**, Global Fund for Cities Development (FMDV) Executive Director\n"
        "- **Alice Ray**, Director of Programmes, Cities Alliance\n"
        "- **Jane Doe**, Deputy Mayor of Bologna\n",
    )
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:alice-ray", "org:alliance-cities", "director of programmes", None),
        ("person:boris-lindt", "org:fmdv", "executive director", None),
        ("person:carola-gunnarsson", "city:geonames:2680662", "mayor", None),  # Sala, Sweden, not Šaľa
        ("person:carola-gunnarsson", "org:uclg", "vice president for europe", None),
        ("person:jane-doe", "city:geonames:3181928", "deputy mayor", None),
    ]
    assert store.read("MATCH (o:Organisation) RETURN o.id AS id ORDER BY id") == [
        {"id": "org:alliance-cities"},
        {"id": "org:fmdv"},
        {"id": "org:uclg"},
    ]


def test_a_role_cue_inside_a_sentence(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "paz.es.md",
        "# Segundo diálogo municipal por la paz\n\nMiércoles 8 de junio de 2022, 15h00-16h30 (CEST)\n\n"
        "El diálogo reunió a alcaldes de América Latina. La sesión fue moderada por Ada Colau, alcaldesa "
        "de Barcelona, y contó con la participación de Claudia López, alcaldesa de Bogotá.\n",
    )
    event = "event:segundo-dialogo-municipal-por-la-paz-2022-06-08"
    assert rels(store, "ATTENDED") == [
        ("person:ada-colau", event, "moderator", "confirmed"),
        ("person:claudia-lopez", event, "participant", "confirmed"),
    ]
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:ada-colau", "city:geonames:3128760", "mayor", None),
        ("person:claudia-lopez", "city:geonames:3688689", "mayor", None),
    ]
    quote = store.read("MATCH (:Person {id: 'person:ada-colau'})-[r:ATTENDED]->() RETURN r.provenance AS p")[0]["p"]
    assert json.loads(quote[0])["quote"] == "moderada por Ada Colau, alcaldesa de Barcelona"


def test_the_slots_of_a_dated_programme_are_its_sessions_and_day_headings_date_them(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "forum.fr.md",
        "# Forum des gouvernements locaux 2023\n\nDu 15 au 17 mars 2023, Rabat\n\n"
        "## Mercredi 15 mars 2023\n\n10h00-11h00 Ouverture\n\nAnne Hidalgo, Maire de Paris\n\n"
        "## Jeudi 16 mars 2023\n\n10h00-11h00 Financer les villes\n\nMohamed Sefiani, Maire de Chefchaouen\n\n"
        "Le Forum des gouvernements locaux 2023 a réuni 300 maires. Le Forum des gouvernements locaux 2022 avait eu lieu à Tunis.\n",
    )
    forum = "event:forum-des-gouvernements-locaux-2023"
    events = store.read("MATCH (e:Event) RETURN e.id AS id, e.start AS start, e.end AS end ORDER BY id")
    opening, financing = f"{forum}-ouverture", f"{forum}-financer-les-villes"
    assert events == [  # the day headings are days of the forum, not events
        # another year's forum, dated by its name's year
        {"id": "event:forum-des-gouvernements-locaux-2022", "start": "2022", "end": "2022"},
        {"id": forum, "start": "2023-03-15", "end": "2023-03-17"},
        {"id": financing, "start": "2023-03-16T10:00:00", "end": "2023-03-16T11:00:00"},
        {"id": opening, "start": "2023-03-15T10:00:00", "end": "2023-03-15T11:00:00"},
    ]
    assert rels(store, "PART_OF") == [(financing, forum, None, None), (opening, forum, None, None)]
    assert rels(store, "ATTENDED") == [  # the people listed under a slot attend that session
        # the mayor of another town than the forum's opens it as a speaker, not its host (host_roles)
        ("person:anne-hidalgo", opening, "speaker", "confirmed"),
        ("person:mohamed-sefiani", financing, "speaker", "confirmed"),
    ]
    assert rels(store, "HELD_IN", forum) == [(forum, "city:geonames:2538475", None, None)]


NEWS_EN = """<html><head><title>Mayors launch a pact on migration | UCLG</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><h1>Mayors launch a pact on migration</h1>
<p>Published on 12 December 2022</p>
<p>On 10 December 2022, mayors from Africa and Europe gathered in Marrakech for the Mayors Dialogue on Human
Mobility, co-organised by UCLG and the Mayors Migration Council (MMC).</p>
<p>Selon Jean-Pierre Elong Mbassi, Secretary General of UCLG Africa, cities lead.</p>
<p>"Cities are where migrants arrive first," said Fatma Şahin, Mayor of Gaziantep and co-chair of the UCLG
Policy Council on the Right to the City.</p>
</main><footer><p>Share: Facebook Twitter</p></footer></body></html>
"""


def test_an_english_news_page(store, tmp_path: Path) -> None:
    load_text(store, tmp_path, "news.en.html", NEWS_EN)
    event = "event:mayors-dialogue-on-human-mobility-2022-12-10"  # the day it took place, not the page's
    assert store.read("MATCH (e:Event) RETURN e.id AS id, e.start AS start") == [{"id": event, "start": "2022-12-10"}]
    assert rels(store, "HELD_IN") == [(event, "city:geonames:2542997", None, None)]  # Marrakech
    assert rels(store, "ORGANISED_BY") == [
        (event, "org:mayors-migration-council", "co-organiser", None),
        (event, "org:uclg", "co-organiser", None),
    ]
    assert rels(store, "CO_CHAIRS") == [("person:fatma-sahin", "council:right-to-the-city", None, None)]
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:fatma-sahin", "city:geonames:314830", "mayor", None),
        ("person:jean-pierre-elong-mbassi", "section:africa", "secretary general", None),
    ]


def test_a_field_after_an_office_is_no_body_and_intendentes_are_mayors(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "vivienda.es.md",
        "# Diálogo sobre vivienda\n\n**Jueves, 9 de marzo de 2023, 16:00-17:30 (CET)**\n\n"
        "Moderado por: Pablo Fernández, Director de Vivienda, Ayuntamiento de Barcelona\n\n"
        "- Carolina Cosse, Intendenta de Montevideo\n",
    )
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:carolina-cosse", "city:geonames:3441575", "mayor", None),
        ("person:pablo-fernandez", "city:geonames:3128760", "director of housing", None),
    ]
    assert store.read("MATCH (o:Organisation) RETURN o.id AS id") == []


COUNCIL_NEWS = """[Accueil](/) | [Actualités](/fr/news)

# Le Conseil politique sur le droit à la ville se réunit à Mexico

Publié le 3 mai 2023

Le 28 avril 2023, le Conseil politique de CGLU sur le droit à la ville et les territoires inclusifs s'est réuni \
à Mexico, co-présidé par Martí Batres et Mohamed Saddiki, maire de Rabat.

La réunion a été animée par Anna Calvete. La maire de Strasbourg, Jeanne Barseghian, a ensuite souligné \
le rôle du logement.

Partager : [Facebook](https://facebook.com)
"""


def test_a_council_that_met_on_a_date_is_a_meeting_event(store, tmp_path: Path) -> None:
    load_text(store, tmp_path, "conseil.fr.md", COUNCIL_NEWS)
    meeting = "event:reunion-conseil-politique-de-cglu-sur-le-droit-a-la-ville-et-2023-04-28"
    assert store.read("MATCH (e:Event) RETURN e.id AS id, e.name AS name, e.start AS start") == [
        {
            "id": meeting,
            "name": "Réunion : Conseil politique de CGLU sur le droit à la ville et les territoires inclusifs",
            "start": "2023-04-28",
        }
    ]
    assert rels(store, "ORGANISED_BY") == [(meeting, "council:right-to-the-city", "organiser", None)]
    assert rels(store, "HELD_IN") == [(meeting, "city:geonames:3530597", None, None)]  # Mexico City
    assert rels(store, "CO_CHAIRS") == [
        ("person:marti-batres", "council:right-to-the-city", None, None),
        ("person:mohamed-saddiki", "council:right-to-the-city", None, None),
    ]
    assert rels(store, "ATTENDED") == [
        ("person:anna-calvete", meeting, "moderator", "confirmed"),
        ("person:jeanne-barseghian", meeting, "speaker", "confirmed"),
        ("person:marti-batres", meeting, "moderator", "confirmed"),
        ("person:mohamed-saddiki", meeting, "moderator", "confirmed"),
    ]
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:jeanne-barseghian", "city:geonames:2973783", "mayor", None),
        ("person:mohamed-saddiki", "city:geonames:2538475", "mayor", None),
    ]


def test_a_header_of_fields_and_city_governments_named_first(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "forum.en.md",
        "# Intermediary Cities Forum: Financing Local Infrastructure\n\n"
        "Wednesday 18 October 2023 | 09:30 – 12:30 (GMT+1) | Chefchaouen, Morocco | Hybrid\n\n"
        "Organised by the UCLG Forum on Intermediary Cities.\n\n"
        "- Nomvula Mokonyane, Executive Mayor of the City of Tshwane, South Africa (TBC)\n"
        "- Ahmad Al-Hassan, Director of Urban Planning, Greater Amman Municipality\n",
    )
    event = "event:intermediary-cities-forum-financing-local-infrastructure-2023-10-18"
    rows = store.read("MATCH (e:Event) RETURN e.id AS id, e.start AS start, e.end AS end, e.format AS format")
    assert rows == [
        {"id": event, "start": "2023-10-18T09:30:00+01:00", "end": "2023-10-18T12:30:00+01:00", "format": "hybrid"}
    ]
    assert rels(store, "HELD_IN") == [(event, "city:geonames:2553455", None, None)]  # Chefchaouen
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:ahmad-al-hassan", "city:geonames:250441", "director of urban planning", None),  # Amman
        ("person:nomvula-mokonyane", "city:geonames:964137", "mayor", None),  # Tshwane is Pretoria in GeoNames
    ]


SPANISH_NEWS = """Inicio > Noticias

# Alcaldes de América Latina se reúnen en Montevideo

Publicado el 20 de septiembre de 2023

El 18 de septiembre de 2023 se celebró en Montevideo el Foro de Gobiernos Locales de América Latina, organizado \
por CGLU.

Durante la apertura, la intendenta de Montevideo, Carolina Cosse, destacó el papel de las ciudades. Por su parte, \
el alcalde de Quito, Pabel Muñoz, señaló que la cooperación es clave. También intervino Emilia Saiz, secretaria \
general de CGLU.

Montevideo y Porto Alegre firmaron un acuerdo de hermanamiento durante el foro.
"""


def test_a_spanish_news_page(store, tmp_path: Path) -> None:
    load_text(store, tmp_path, "noticia.es.md", SPANISH_NEWS)
    forum = "event:foro-de-gobiernos-locales-de-america-latina-2023-09-18"
    montevideo = "city:geonames:3441575"
    assert store.read("MATCH (e:Event) RETURN e.id AS id, e.start AS start") == [{"id": forum, "start": "2023-09-18"}]
    assert rels(store, "HELD_IN") == [(forum, montevideo, None, None)]
    assert rels(store, "ATTENDED") == [
        ("person:carolina-cosse", forum, "speaker", "confirmed"),
        ("person:emilia-saiz", forum, "speaker", "confirmed"),
        ("person:pabel-munoz", forum, "speaker", "confirmed"),
    ]
    assert rels(store, "HOLDS_OFFICE") == [
        ("person:carolina-cosse", montevideo, "mayor", None),
        ("person:emilia-saiz", "org:uclg", "secretary general", None),
        ("person:pabel-munoz", "city:geonames:3652462", "mayor", None),
    ]
    assert rels(store, "TWINNED_WITH") == [("city:geonames:3441575", "city:geonames:3452925", None, None)]


def test_english_names_beside_a_speaking_verb(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "climate.en.md",
        "# Climate Forum\n\nTuesday, 14 March 2023, 10:00-12:00 (CET)\n\n"
        '"Cities are ready," said Anne Walsh during the opening. Tom Berg stressed that finance matters. '
        "The United Nations said it would help. New York said it would host. Last Tuesday said a lot.\n",
    )
    event = "event:climate-forum-2023-03-14"
    assert store.read("MATCH (p:Person) RETURN p.id AS id ORDER BY id") == [
        {"id": "person:anne-walsh"},
        {"id": "person:tom-berg"},
    ]
    assert rels(store, "ATTENDED") == [
        ("person:anne-walsh", event, "speaker", "confirmed"),
        ("person:tom-berg", event, "speaker", "confirmed"),
    ]


def test_passive_speaking_and_a_cued_entry_ends_with_its_sentence(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "closing.en.md",
        "# Climate Forum\n\nTuesday, 14 March 2023, 10:00-12:00 (CET)\n\n"
        "The forum was opened by Anne Walsh, Mayor of Lyon. The closing statement was read by Tom Berg.\n",
    )
    event = "event:climate-forum-2023-03-14"
    assert rels(store, "ATTENDED") == [
        ("person:anne-walsh", event, "speaker", "confirmed"),
        ("person:tom-berg", event, "speaker", "confirmed"),
    ]
    assert rels(store, "HOLDS_OFFICE") == [("person:anne-walsh", "city:geonames:2996944", "mayor", None)]
    assert store.read("MATCH (o:Organisation) RETURN o.id AS id") == []


def test_cities_joining_a_network(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "members.en.md",
        "Lyon joined UCLG in 2019. The city of Kigali is a member of Metropolis. Mayor Jane Roe joined UCLG.\n",
    )
    rows = store.read(
        "MATCH (c:City)-[r:MEMBER_OF]->(b) RETURN c.name AS city, b.id AS body, r.since AS since ORDER BY city"
    )
    assert rows == [
        {"city": "Kigali", "body": "section:metropolis", "since": None},
        {"city": "Lyon", "body": "org:uclg", "since": "2019"},
    ]
