"""Genres and layouts the rules were not tuned on: text taken out of a PDF (lines wrapped inside
paragraphs, words hyphenated at line ends, running headers, footers and page numbers), lists
with other bullet glyphs, and the like. Every document here is written for these tests."""

from __future__ import annotations

from munigraph.loaders.documents.context import Context

from tests.loaders.documents.helpers import facts_of, people, relations

# A report taken out of a PDF: hyphens and breaks inside names, a running footer and a page
# number between the two halves of a paragraph.
_PDF_EN = (
    "Lake Towns Network - Activity Report 2024\n\n"
    "1. Governance\n\n"
    "The General Assembly took place in Kisumu on 4 and 5 June 2024. It elected Amina Oduya-\n"
    "Were, Mayor of Kisumu, as chair of the network, and thanked Peter Lwan-\n"
    "ga, Mayor of Jinja, for four years of service. The municipalities of Mwanza and\n"
    "Bukoba sent their greetings. Its treasurer is still Grace Achieng, Councillor of Eldoret and\n"
    "Nakuru, who presented the accounts of the year and the budget of the secretariat to the\n\n"
    "Lake Towns Network | Activity Report 2024                                  3\n\n"
    "members, who approved them.\n"
)


def _quotes_hold(text: str, facts) -> None:
    """Every quote is the text at its offsets (issue 10, item 5)."""
    for relation in facts.relations.values():
        for provenance in relation.provenance:
            if provenance.quote is not None:
                assert text[provenance.start : provenance.end] == provenance.quote


def test_names_broken_over_lines_and_hyphens_are_read_whole_and_quoted_from_the_text() -> None:
    facts = facts_of(_PDF_EN, "en")
    assert {"Amina Oduya-Were", "Peter Lwanga", "Grace Achieng"} <= people(facts)
    offices = relations(facts, "HOLDS_OFFICE")
    assert ("Peter Lwanga", "Jinja", "mayor") in offices
    assert ("Grace Achieng", "Eldoret", "councillor") in offices
    _quotes_hold(_PDF_EN, facts)
    quotes = {p.quote for r in facts.relations.values() for p in r.provenance if p.quote}
    assert "Peter Lwan-\nga, Mayor of Jinja" in quotes  # the whole name, hyphen and break as written


def test_the_view_keeps_its_length_and_joins_only_what_wraps() -> None:
    context = Context.prepare(_PDF_EN, "en")
    assert len(context.view) == len(_PDF_EN)
    assert "Peter Lwanga  , Mayor" in context.view and "Oduya-Were ," in context.view
    assert "Activity Report 2024" not in context.view.split("1. Governance")[1]  # the footer is blanked
    assert "1. Governance\n" in context.view  # a heading is not joined to its paragraph
    start = _PDF_EN.index("Its treasurer")
    sentence = context.sentence_at(start)
    assert sentence and context.view[: sentence[1]].endswith("members, who approved them.")  # over the page break


def test_french_and_spanish_wrapped_reports() -> None:
    french = (
        "Le bureau du réseau s'est réuni à Thiès le 12 mars 2024. Il est présidé par Awa Diop, maire\n"
        "de Thiès, assistée de deux vice-présidents, Jean-\n"
        "Marie Ouédraogo, maire de Koudougou, et Hélène Ricard, adjointe au maire de\n"
        "Grenoble. Le trésorier, Paul Sarr, a présenté les comptes de l'exercice 2023.\n"
    )
    facts = facts_of(french, "fr")
    offices = relations(facts, "HOLDS_OFFICE")
    assert {("Jean-Marie Ouédraogo", "Koudougou", "mayor"), ("Awa Diop", "Thiès", "mayor")} <= offices
    assert ("Hélène Ricard", "Grenoble", "deputy mayor") in offices
    _quotes_hold(french, facts)
    spanish = (
        "La Junta Directiva de la red se reunió en Cuenca el 3 de mayo de 2024 bajo la presidencia\n"
        "de Rosa Elena Mora, alcaldesa de Cuenca. Asistieron también Tomás Valdi-\n"
        "via, alcalde de Loja, la secretaria técnica de la red y la concejala Marta Iñi-\n"
        "guez, concejala de Ambato, que presentó el informe anual de la secretaría.\n"
    )
    facts = facts_of(spanish, "es")
    offices = relations(facts, "HOLDS_OFFICE")
    assert {("Tomás Valdivia", "Loja", "mayor"), ("Marta Iñiguez", "Ambato", "councillor")} <= offices
    _quotes_hold(spanish, facts)


def test_lines_of_a_web_page_or_a_list_are_not_joined() -> None:
    # one paragraph a line, as web pages have them: nothing wraps, nothing is joined
    web = (
        "The Executive Bureau met in Lyon on 3 May 2024 under the chairmanship of the president of the\n"
        "Speakers\n"
        "Ana Ruiz, Mayor of Girona, and Tomás Gil, Councillor of Lleida, spoke at the opening session.\n"
    )
    assert Context.prepare(web, "en").view.count("\n") == web.count("\n")
    # a wrapped text: its short lines (a signature, a list) stay lines
    wrapped = (
        "The members of the working group met in Porto on 14 March 2024 and agreed on a\n"
        "common plan for the coming year, which the secretariat will send to every member\n"
        "city before the summer, together with the budget of the group and its calendar.\n"
        "Kind regards,\n"
        "Rita Sousa\n"
        "Policy Officer\n"
    )
    view = Context.prepare(wrapped, "en").view
    assert "member\ncity" not in view and "Kind regards,\nRita Sousa\nPolicy Officer\n" in view


def test_a_lone_number_between_blank_lines_is_page_furniture_but_a_number_in_a_line_is_not() -> None:
    text = "Minutes of the Board\n\n12\n\nThe board met on 12 May.\nItem 12: budget\n"
    view = Context.prepare(text, "en").view
    assert "\n  \n" in view and "Item 12: budget" in view and "on 12 May" in view


def test_bullets_of_other_glyphs_open_list_entries() -> None:
    for glyph in "·▸■▪–":
        text = (
            f"Participants:\n{glyph} Sra. Julia Pardo, alcaldesa de Soria\n{glyph} Sr. Luis Mena, alcalde de Teruel\n"
        )
        context = Context.prepare(text, "es")
        assert [context.view[s:e] for s, e in context.entries] == [
            "Sra. Julia Pardo, alcaldesa de Soria", "Sr. Luis Mena, alcalde de Teruel"
        ], glyph  # fmt: skip
    assert Context.prepare("Paris · Lyon · Nantes\n", "fr").entries == ()  # a separator inside a line is no bullet


def test_an_entry_that_opens_with_a_label_gives_the_office_to_the_name_after_the_colon() -> None:
    spanish = (
        "Red de Ciudades del Agua (RCA) - Consejo Directivo 2024-2026\n\n"
        "VICEPRESIDENCIAS\n"
        "▸ Región Norte y Caribe: Sr. Mateo Lira, alcalde de Cartagena (Colombia)\n"
        "▸ Región Sur: Sra. Inés Bravo, alcaldesa de Temuco (Chile)\n"
        "▸ Región Centro: vacante\n"
        "▸ Valparaíso (Chile): por designar\n"
    )
    facts = facts_of(spanish, "es")
    offices = {(who, body) for who, body, role in relations(facts, "HOLDS_OFFICE") if role == "vice president"}
    assert offices == {("Mateo Lira", "Red de Ciudades del Agua"), ("Inés Bravo", "Red de Ciudades del Agua")}
    assert not {"Región Norte", "Región Sur", "Región Norte y Caribe", "Región Centro", "Valparaíso"} & people(facts)
    english = (
        "Coastal Towns Alliance (CTA) - Board 2024\n\nVice-Presidents\n"
        "■ Northern Europe: Ms Freya Lund, Mayor of Aalborg (Denmark)\n"
        "■ Southern Europe: Mr Paolo Neri, Mayor of Bari (Italy)\n"
    )
    facts = facts_of(english, "en")
    assert {who for who, _, role in relations(facts, "HOLDS_OFFICE") if role == "vice president"} == {
        "Freya Lund", "Paolo Neri"
    }  # fmt: skip
    assert not {"Northern Europe", "Southern Europe"} & people(facts)


def test_a_table_pasted_with_commas_or_semicolons_is_read_by_its_header() -> None:
    english = (
        "Cities admitted in 2024\n\n"
        "City,Country,Population,Date of admission\n"
        "Kisumu,Kenya,610000,12/03/2024\n"
        '"Bahir Dar",Ethiopia,350000,08/10/2024\n'
    )
    facts = facts_of(english, "en")
    assert {("Kisumu", "Kenya"), ("Bahir Dar", "Ethiopia")} <= {(c, k) for c, k, _ in relations(facts, "IN_COUNTRY")}
    assert not [e for e in facts.entities.values() if e.kind == "Event"]  # a dated row is a record, not an event
    french = "Nouveaux membres de Cités Unies France admis en 2024\n\nCollectivité;Pays;Année\nRezé;France;2024\nFigeac;France;2024\n"
    assert {("Rezé", "Cités Unies France"), ("Figeac", "Cités Unies France")} <= {
        (c, o) for c, o, _ in relations(facts_of(french, "fr"), "MEMBER_OF")
    }
    spanish = "Ciudad;País;Año de ingreso\nCuenca;Ecuador;2016\nArequipa;Perú;2018\n"
    assert {("Cuenca", "Ecuador"), ("Arequipa", "Peru")} <= {
        (c, k) for c, k, _ in relations(facts_of(spanish, "es"), "IN_COUNTRY")
    }


def test_a_row_that_names_a_body_and_a_city_holds_its_office_in_the_body() -> None:
    text = (
        "Regional Forum on Urban Water, Nairobi, 5 March 2025\n\n"
        "Name,Title,Organisation,City,Country\n"
        "Grace Wanjiru,Mayor,,Nyeri,Kenya\n"
        "Sara Tesfaye,Programme Officer,UN-Habitat,Nairobi,Kenya\n"
    )
    offices = {(who, body) for who, body, _ in relations(facts_of(text, "en"), "HOLDS_OFFICE")}
    assert {("Grace Wanjiru", "Nyeri"), ("Sara Tesfaye", "UN-Habitat")} <= offices
    assert ("Sara Tesfaye", "Nairobi") not in offices


def test_commas_in_prose_make_no_table() -> None:
    text = "Lyon, Porto, Turin and Lille signed the charter.\nThe city, the region, the state and the union agreed.\n"
    assert Context.prepare(text, "en").tables == ()
    names = "Speakers, in order of appearance\nAna Ruiz, Mayor of Girona\n"  # no two labels: no header
    assert Context.prepare(names, "en").tables == ()


def test_a_mail_subject_line_names_the_event_without_its_labels() -> None:
    english = (
        "Subject: Invitation - Forum on Coastal Cities, 12 May 2025, Split\n\n"
        "Dear colleagues,\n\nWe are pleased to invite you to the Forum on Coastal Cities in Split.\n"
    )
    spanish = (
        "Asunto: Convocatoria - Foro de Ciudades Costeras, 12 de mayo de 2025, Cádiz\n\n"
        "Estimados colegas:\n\nLes invitamos al Foro de Ciudades Costeras en Cádiz.\n"
    )
    french = "Objet : Invitation - Forum des villes côtières, 12 mai 2025, Sète\n\nMadame, Monsieur,\n"
    for text, language, name in ((english, "en", "Forum on Coastal Cities"), (spanish, "es", "Foro de Ciudades Costeras"),
                                 (french, "fr", "Forum des villes côtières")):  # fmt: skip
        events = {e.name for e in facts_of(text, language).entities.values() if e.kind == "Event"}
        assert name in events and not any(
            n.lower().startswith(("subject", "asunto", "objet", "invitation")) for n in events
        )


def test_a_signature_holds_its_office_and_its_address_gives_nothing() -> None:
    english = (
        "Dear colleagues,\n\nPlease find the agenda attached.\n\nKind regards,\n\n"
        "Tom Baker\nProject Officer\nEurocities\n1 Square de Meeûs, Brussels\ntom.baker@example.org\n"
    )
    facts = facts_of(english, "en")
    assert relations(facts, "HOLDS_OFFICE") == {("Tom Baker", "Eurocities", "project officer")}
    assert not relations(facts, "AFFILIATED_WITH")
    french = (
        "Bien cordialement,\n\nClaire Vidal\nChargée de mission\nCités Unies France\n9 rue Christiani, Paris\n"
        "Tél. +33 1 53 41 81 81\n"
    )
    facts = facts_of(french, "fr")
    assert {(who, body) for who, body, _ in relations(facts, "HOLDS_OFFICE")} == {
        ("Claire Vidal", "Cités Unies France")
    }
    assert not relations(facts, "AFFILIATED_WITH")
    spanish = (
        "Atentamente,\n\nLucía Fernández\nCoordinadora de Proyectos\nMercociudades\nCalle Luis Piera 1994, Montevideo\n"
    )
    facts = facts_of(spanish, "es")
    assert {(who, body) for who, body, _ in relations(facts, "HOLDS_OFFICE")} == {("Lucía Fernández", "Mercociudades")}


def test_the_subject_of_an_appointment_is_a_person_who_holds_the_office() -> None:
    cases = (
        ("News\n\nTbilisi - Mariam Kiladze has been appointed Secretary General of Eurocities.\n", "en", "Eurocities"),
        ("News\n\nAran Doyle was re-elected President of Eurocities on Monday.\n", "en", "Eurocities"),
        (
            "Actualités\n\nInès Morel a été nommée déléguée générale de Cités Unies France.\n",
            "fr",
            "Cités Unies France",
        ),
        ("Noticias\n\nLaura Vidal fue elegida presidenta de Mercociudades.\n", "es", "Mercociudades"),
    )
    for text, language, body in cases:
        assert [b for _, b, _ in relations(facts_of(text, language), "HOLDS_OFFICE")] == [body], text
    negatives = "News\n\nThe Executive Committee was elected in May. Lyon was named European Capital of Culture.\n"
    assert not people(facts_of(negatives, "en"))
