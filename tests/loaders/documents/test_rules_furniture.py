"""Web-page furniture (loaders.documents.furniture): menus, breadcrumbs, share and cookie bars, stamps,
captions, related headlines, comments, most-read lists and footers are marked by kind in the context;
what states nothing gives no fact, a related headline's or a stamp's date dates no event, and the
content next to them keeps its facts. Pages written for the test, in English, French and Spanish."""

from __future__ import annotations

from munigraph.loaders.documents import furniture
from munigraph.loaders.documents.context import Context

from tests.loaders.documents.helpers import facts_of, names, pairs, people, relations, twins

ENGLISH_PAGE = """Skip to content
City of Leeds
Home   About the council   News   Contact us
You are here: Home > News > International

News
Leeds and Dortmund renew their twinning

Published: 12 March 2025 · 4 min read
Share: Facebook | X | LinkedIn | Email

[Photo: The Lord Mayor with the guests from Dortmund. Credit: Leeds City Council / Peter Hallam]

The Lord Mayor of Leeds, Margaret Okoro, welcomed the Mayor of Dortmund, Stefan Krüger, at Leeds Civic Hall \
on 10 March 2025 to renew the twinning between the two cities, first signed in 1969.

Leeds is a member of Eurocities.

Tags: twinning, Europe, Germany

Related news
Leeds joins the Global Covenant of Mayors (2 February 2025)
Mayor of Lille visits Leeds market (14 January 2025)

Sign up for our newsletter
Email address   Subscribe
© 2025 Leeds City Council. All rights reserved.   Privacy   Accessibility
This site uses cookies. Accept all   Reject
"""

FRENCH_PAGE = """Aller au contenu principal
Ville de Nancy
Accueil   Mes démarches   Actualités   Contact
Vous êtes ici : Accueil > Actualités > International

Nancy et Karlsruhe fêtent leur jumelage

Publié le 3 juin 2025 – Mis à jour le 4 juin 2025
Partager : Facebook | LinkedIn | Courriel | Imprimer

[Photo : Le maire de Nancy et la maire de Karlsruhe. © Ville de Nancy – S. Roux]

Le maire de Nancy, Paul Mercier, a reçu le 2 juin 2025 la maire de Karlsruhe, Anke Vogel, à l’hôtel de ville.

Nancy est jumelée avec Karlsruhe depuis 1955.

Mots-clés : jumelage, Allemagne, Europe

À lire aussi
Nancy rejoint le réseau des Villes-santé de l’OMS (12/05/2025)
Visite d’une délégation de Padoue (02/04/2025)

Newsletter : recevez nos actualités
Votre adresse e-mail   S’inscrire
Mentions légales | Plan du site
Ce site utilise des cookies. Tout accepter   Tout refuser
"""

SPANISH_PAGE = """Saltar al contenido principal
Ayuntamiento de Valladolid
Inicio   Actualidad   Sala de prensa   Contacto
Inicio > Sala de prensa > Noticias

Noticia
Valladolid y Lecce firman un acuerdo de cooperación cultural

Fecha de publicación: 15/09/2025 - 12:30
Compartir en: Facebook   X   WhatsApp

Foto 1 de 3: Los dos alcaldes en el Salón de Recepciones. Foto: Ayuntamiento de Valladolid

El alcalde de Valladolid, Jesús Carrasco, y el alcalde de Lecce, Marco Santoro, firmaron el 14 de septiembre \
de 2025 en el Ayuntamiento un acuerdo de cooperación cultural entre ambas ciudades.

Etiquetas: Cooperación, Italia, Cultura

Noticias relacionadas
Valladolid se suma a la Red de Ciudades por el Clima (02/09/2025)
Semana de la Movilidad en el barrio de Delicias (28/08/2025)

Comentarios (2)
Lucía P.: ¡Qué buena noticia para la ciudad!
vallisoletano_77: ¿Y el hermanamiento con Morelia?

LO MÁS LEÍDO
1. Fiestas de la Virgen de San Lorenzo: programa completo
2. Cortes de tráfico en el centro por obras

© Ayuntamiento de Valladolid. Aviso legal | Política de cookies
Utilizamos cookies propias y de terceros. ACEPTAR | RECHAZAR
"""


def kinds_of(text: str) -> dict[str, str]:
    """Each furniture line's text -> its kind."""
    return {text[s:e].strip(): kind for s, e, kind in furniture.find(text)}


def event_days(text: str, language: str) -> set[str]:
    facts = facts_of(text, language)
    return {e.props.get("start", "") for e in facts.entities.values() if e.kind == "Event"}


def test_the_lines_around_a_page_are_marked_by_kind_in_three_languages() -> None:
    english = kinds_of(ENGLISH_PAGE)
    assert english["Skip to content"] == "skip"
    assert english["Home   About the council   News   Contact us"] == "menu"
    assert english["You are here: Home > News > International"] == "breadcrumb"
    assert english["Published: 12 March 2025 · 4 min read"] == "stamp"
    assert english["Share: Facebook | X | LinkedIn | Email"] == "share"
    assert english["Tags: twinning, Europe, Germany"] == "tags"
    assert english["Leeds joins the Global Covenant of Mayors (2 February 2025)"] == "related"
    assert english["This site uses cookies. Accept all   Reject"] == "cookie"
    assert english["© 2025 Leeds City Council. All rights reserved.   Privacy   Accessibility"] == "legal"
    assert english["Email address   Subscribe"] == "form"
    french = kinds_of(FRENCH_PAGE)
    assert french["Vous êtes ici : Accueil > Actualités > International"] == "breadcrumb"
    assert french["Publié le 3 juin 2025 – Mis à jour le 4 juin 2025"] == "stamp"
    assert french["[Photo : Le maire de Nancy et la maire de Karlsruhe. © Ville de Nancy – S. Roux]"] == "caption"
    assert french["Visite d’une délégation de Padoue (02/04/2025)"] == "related"
    spanish = kinds_of(SPANISH_PAGE)
    assert spanish["Fecha de publicación: 15/09/2025 - 12:30"] == "stamp"
    assert spanish["vallisoletano_77: ¿Y el hermanamiento con Morelia?"] == "comments"
    assert spanish["2. Cortes de tráfico en el centro por obras"] == "most_read"
    for page in (ENGLISH_PAGE, FRENCH_PAGE, SPANISH_PAGE):  # the content is no furniture
        content = [
            ln
            for ln in page.splitlines()
            if ln.startswith(("The Lord", "Le maire", "El alcalde", "Leeds is", "Nancy est"))
        ]
        assert content and not set(content) & set(kinds_of(page))


def test_furniture_gives_no_fact_and_the_content_beside_it_keeps_its_facts() -> None:
    english = facts_of(ENGLISH_PAGE, "en")
    assert {(p, c) for p, c, _ in relations(english, "HOLDS_OFFICE")} == {
        ("Margaret Okoro", "Leeds"), ("Stefan Krüger", "Dortmund")
    }  # fmt: skip
    assert twins(english) == {frozenset({"Leeds", "Dortmund"})}
    assert ("Leeds", "Eurocities") in pairs(english, "MEMBER_OF")
    assert people(english) == {"Margaret Okoro", "Stefan Krüger"}  # no one from the photo credit
    assert not relations(english, "ATTENDED")  # no event made of the stamp or of a related headline
    french = facts_of(FRENCH_PAGE, "fr")
    assert twins(french) == {frozenset({"Nancy", "Karlsruhe"})}
    assert {p for p, _, _ in relations(french, "HOLDS_OFFICE")} == {"Paul Mercier", "Anke Vogel"}
    spanish = facts_of(SPANISH_PAGE, "es")
    assert people(spanish) == {"Jesús Carrasco", "Marco Santoro"}  # a reader's comment names no one
    assert twins(spanish) == {frozenset({"Valladolid", "Lecce"})}
    assert not relations(spanish, "ATTENDED") and not relations(spanish, "HELD_IN")


def test_a_stamp_or_a_related_headline_dates_no_event() -> None:
    assert not {"2025-03-12", "2025-02-02", "2025-01-14"} & event_days(ENGLISH_PAGE, "en")
    assert not {"2025-05-12", "2025-04-02"} & event_days(FRENCH_PAGE, "fr")
    assert not {"2025-09-15", "2025-09-02", "2025-08-28"} & event_days(SPANISH_PAGE, "es")
    assert not any("Publicación" in n or "Relacionadas" in n for n in names(facts_of(SPANISH_PAGE, "es"), "Event"))


def test_a_related_headline_keeps_the_facts_it_states() -> None:
    page = "Report on the forum.\n\nRelated stories\nBologna and Valencia sign a cooperation agreement (3 May 2024)\n"
    assert kinds_of(page)["Bologna and Valencia sign a cooperation agreement (3 May 2024)"] == "related"
    assert twins(facts_of(page, "en")) == {frozenset({"Bologna", "Valencia"})}


def test_furniture_is_blanked_in_the_view_and_keeps_offsets() -> None:
    text = "Accueil   Actualités   Contact\nLe maire de Lyon, Jean Dupont, a signé.\nLire la suite →\n"
    context = Context.prepare(text, "fr")
    assert len(context.view) == len(text)
    assert not context.view.splitlines()[0].strip() and not context.view.splitlines()[2].strip()
    assert context.view.splitlines()[1] == "Le maire de Lyon, Jean Dupont, a signé."
    assert context.furniture_at(0) == "menu" and context.furniture_at(text.index("Jean")) is None


def test_cue_words_inside_sentences_and_lists_of_short_lines_are_content() -> None:
    negatives = [
        "The Mayor shared the news on Facebook and LinkedIn with the residents of Lyon.",
        "Read more about the twinning with Porto in the annual report of the city.",
        "Le maire a présenté la politique de la ville en matière de cookies et de données.",
        "Lyon\nPorto\nTurin\nCracovie",  # a list of cities, one per line
        "Lyon   France   1975\nPorto   Portugal   1978",  # a flattened table
        "Ghent, Belgium | 14–15 May 2025 | ICC Ghent",  # an event's place and days
        "Thème : « Villes et climat »",  # an event's theme
        "Tema: La ciudad que cuida",
        "▸ 1978\nSignature du protocole de jumelage entre Lille et Saint-Louis.",
        "CATEGORIES\n1. Water and climate\n2. Youth and sport",  # an award's categories
        "Speakers\nKagiso Dube\nExecutive Mayor, City of Tshwane",
    ]
    for text in negatives:
        assert not furniture.find(text), text


def test_a_menu_of_one_word_per_line_is_furniture_but_an_agenda_is_not() -> None:
    menu = "Saltar al contenido\nMenú\nBuscar\nInicio\nActualidad\nNoticias\n\nEl alcalde de Soria, Luis Gil, viajó a Lyon.\n"
    assert {k for _, _, k in furniture.find(menu)} == {"skip", "menu"}
    agenda = "Programme\n\n09:00\nOpening\n10:00\nPanel on housing\n11:00\nClosing\n"
    assert not furniture.find(agenda)


def test_a_footer_address_and_phone_state_nothing_but_a_venue_line_in_the_content_does() -> None:
    english = (
        "The Mayor of Leeds, Margaret Okoro, opened the forum of the twin cities in the Civic Hall of the city today.\n"
        "Leeds City Council, Civic Hall, Private Bag 4021, Leeds LS1 1UR\nPhone: 0113 222 4444 | Email: press@…\n"
    )
    assert [k for _, _, k in furniture.find(english)] == ["address", "contact"]
    french = (
        "Le maire de Nancy, Paul Mercier, a reçu la maire de Karlsruhe, Anke Vogel, à l’hôtel de ville ce lundi.\n"
        "Mairie de Nancy – 1 place Stanislas – 54000 Nancy\nTél. : 03 83 85 30 00\n"
    )
    assert [k for _, _, k in furniture.find(french)] == ["address", "contact"]
    spanish = (
        "El alcalde de Valladolid, Jesús Carrasco, recibió a la delegación de Lecce en la Casa Consistorial esta mañana.\n"
        "Ayuntamiento de Valladolid · Plaza Mayor, 1 · 47001 Valladolid\nTeléfono: 983 42 61 00\n"
    )
    assert [k for _, _, k in furniture.find(spanish)] == ["address", "contact"]
    venue = "Venue: Palais des congrès, 12 rue de la Paix, Nancy\n\nThe forum will gather the mayors of twenty cities of the Grand Est region.\n"
    assert not furniture.find(venue)  # above the last paragraph: the event's place


def test_a_form_of_starred_fields_is_furniture() -> None:
    assert [k for _, _, k in furniture.find("Nombre*   Correo electrónico*   Comentario*\n")] == ["form"]
    assert not furniture.find("Lyon*   Porto   Turin\n")


def test_a_mail_subject_and_an_event_line_with_several_time_zones_are_content() -> None:
    """A subject line of long items with a day is no list of tags; a day with times in two zones parted by a
    bar is an event's, not a card's publication stamp (its "label" is a time, not a kicker in capitals)."""
    for line in (
        "Subject: Invitation - Summit of River Towns, 3 June 2025, Ghent",
        "Objet : Convocation - Assemblée des villes fluviales, 3 juin 2025, Gand",
        "Asunto: Invitación - Cumbre de Ciudades Ribereñas, 3 de junio de 2025, Gante",
        "Thursday 3 June 2025, 15:00 CEST / 09:00 EDT",
        "Jeudi 3 juin 2025, 15 h 00 CEST / 9 h 00 EDT",
    ):
        assert kinds_of(line + "\n\nThe mayors of the region will meet.\n") == {}, line
    assert set(kinds_of("Tags: river towns, twinning, climate\n\nNEWS | 3 June 2025\n").values()) == {"tags", "stamp"}
