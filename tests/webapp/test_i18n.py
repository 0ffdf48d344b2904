"""Every text the explorer shows exists in English, French and Spanish (gettext catalogues read
with Babel); dates, numbers and entity labels follow the interface language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from munigraph.graph import named
from munigraph.graph.analytics.links import REASONS
from munigraph.graph.schema import load_model
from munigraph.webapp import forms, i18n, present
from munigraph.webapp.i18n import LANGUAGES, catalogue, placeholders, when, with_lang
from munigraph.webapp.labels import pick
from munigraph.webapp.views.timeline import _ITEMS

WEBAPP = Path(i18n.__file__).parent
# t('key'), tn('key', ...) and t("key") in templates and code; keys built from a prefix are listed below
_USED = re.compile(r"""\bt\(\s*['"]([a-z_]+\.[\w.\-]*\w)['"]""")
_COUNTED = re.compile(r"""\btn\(\s*['"]([a-z_]+\.[\w.\-]*\w)['"]""")  # plural forms: key.one, key.other
# Words that are the same in a language as in English (names, codes, loanwords).
SAME = {
    "fr": {
        "Section",
        "Document",
        "Relations",
        "Questions",
        "Format",
        "Type",
        "Date",
        "Population",
        "Latitude",
        "Longitude",
        "GeoNames",
        "Wikidata",
        "Sources",
        "Source",
        "Suggestions",
        "Sessions",
        "score",
        "non",
        "Principal",
        "Transmission",
        "{b}",
        "{date}, {time}",
        "Organisation",
        "Participation",
        "Mentions",
        "Fin",
        "PageRank",
        "GEXF (Gephi)",
        "GraphML",
        "Organisateurs",
        "{b}, {role}",
        "Documents",
        "Langue",
        "Pays",
        "Publié le",
        "Sources ({n})",
        "Distance (km)",
        "Organisations",
        "Score",
        "Session",
        "Pages",
        "participant",
    },
    "es": {
        "Principal",
        "Documento",
        "Formato",
        "GeoNames",
        "Wikidata",
        "Fin",
        "no",
        "{b}",
        "{date}, {time}",
        "PageRank",
        "GEXF (Gephi)",
        "GraphML",
        "{b}, {role}",
        "Participantes",
        "{field}: {text}",
    },
}


def used_keys() -> set[str]:
    """Every literal message id used by a template or a module of the web app."""
    keys = set()
    for path in [*WEBAPP.glob("templates/*.html"), *WEBAPP.glob("**/*.py")]:
        text = path.read_text(encoding="utf-8")
        keys.update(_USED.findall(text))
        keys.update(f"{key}.{form}" for key in _COUNTED.findall(text) for form in ("one", "other"))
    return keys


def declared_keys() -> set[str]:
    """Message ids built from the model, the queries and declared word lists."""
    model = load_model()
    keys = {f"kind.{k}" for k in model.nodes} | {f"reltype.{r}" for r in model.relationships}
    keys |= {
        f"prop.{p}"
        for kind in model.nodes.values()
        for p, spec in kind.properties.items()
        if not spec.private and p not in present.NOT_SHOWN
    }
    keys |= {f"role.{v}" for v in model.relationships["ATTENDED"].properties["role"].values}
    keys |= {f"role.{v}" for v in model.relationships["ORGANISED_BY"].properties["role"].values}
    keys |= {f"twin.{v}" for v in model.relationships["TWINNED_WITH"].properties["kind"].values}
    keys |= {f"status.{v}" for v in model.relationships["ATTENDED"].properties["status"].values}
    keys |= {f"timeline.what.{what}" for _, _, what in _ITEMS} | {"timeline.what.event"}
    keys |= set(REASONS)  # why a partner is suggested
    for query in named.list_queries():
        keys |= {f"param.{p.name}" for p in query.all_params()}
        keys |= {f"audience.{query.audience}"}
    return keys


def test_every_used_text_is_translated_in_every_language() -> None:
    wanted = used_keys() | declared_keys()
    assert len(wanted) > 250
    for lang in LANGUAGES:
        have = catalogue(lang)
        missing = sorted(k for k in wanted if k not in have and not (lang == "en" and k.startswith("rel.")))
        assert not missing, f"{lang}: no text for {missing}"


def test_translations_are_not_english_copies_and_keep_their_placeholders() -> None:
    english = catalogue("en")
    for lang in ("fr", "es"):
        texts = catalogue(lang)
        copies = sorted(k for k, v in texts.items() if english.get(k) == v and v not in SAME[lang])
        assert not copies, f"{lang}: still English: {copies}"
        for key, text in texts.items():
            if key in english and not key.startswith("fmt."):
                assert placeholders(text) == placeholders(english[key]), f"{lang}: {key}"


def test_relationship_sentences_exist_in_french_and_spanish() -> None:
    model = load_model()
    for lang in ("fr", "es"):
        for rel_type in model.relationships:
            assert "{a}" in catalogue(lang)[f"rel.{rel_type}"] and "{b}" in catalogue(lang)[f"rel.{rel_type}"]


@pytest.mark.parametrize("query", named.list_queries(), ids=lambda q: q.name)
def test_every_query_form_reads_in_three_languages(query: named.NamedQuery) -> None:
    for lang in ("fr", "es"):
        texts = catalogue(lang)
        assert f"q.{query.name}.title" in texts and f"q.{query.name}.description" in texts, lang
        for param in query.params:
            assert f"q.{query.name}.{param.name}" in texts, f"{lang}: help of {query.name}.{param.name}"
    model = load_model()
    for lang in LANGUAGES:
        form = with_lang(lang, lambda: forms.form(model, query))  # noqa: B023 - called at once
        assert all(p["label"] and not p["label"].startswith("param.") for p in form["params"])
        for param in form["params"]:
            for choice in param["choices"] or []:
                assert choice["label"] and "." not in choice["label"].split(" ")[0], (lang, choice)


def test_dates_are_written_the_language_way() -> None:
    stamp = "2022-02-23T11:30:00+01:00"
    assert with_lang("fr", lambda: when(stamp)) == "23 février 2022, 11 h 30 (UTC+1)"
    assert with_lang("en", lambda: when(stamp)) == "February 23, 2022, 11:30 AM (UTC+1)"
    assert with_lang("es", lambda: when(stamp)) == "23 de febrero de 2022, 11:30 (UTC+1)"
    assert with_lang("es", lambda: when("2019-05")) == "mayo de 2019"
    assert with_lang("en", lambda: when("2021-06-30T09:00:00+05:30")).endswith("(UTC+5:30)")
    assert with_lang("fr", lambda: when("not a date")) == "not a date"


def test_numbers_and_countries_are_written_the_language_way() -> None:
    assert with_lang("en", lambda: present.value_text("population", 36000)) == "36,000"
    assert with_lang("fr", lambda: present.value_text("population", 36000)) == "36\u202f000"
    assert with_lang("es", lambda: present.value_text("country", "NL")) == "Países Bajos"
    assert with_lang("fr", lambda: present.value_text("resolved", True)) == "oui"
    assert with_lang("en", lambda: present.value_text("path", "/home/someone/corpus/agenda.fr.txt")) == "agenda.fr.txt"


def test_labels_take_the_alias_written_in_the_language() -> None:
    aliases = ["UCLG", "CGLU", "Cités et Gouvernements Locaux Unis", "Ciudades y Gobiernos Locales Unidos"]
    name = "United Cities and Local Governments"
    assert pick(name, aliases, "en") == name
    assert pick(name, aliases, "fr") == "Cités et Gouvernements Locaux Unis"
    assert pick(name, aliases, "es") == "Ciudades y Gobiernos Locales Unidos"
    assert pick("Dialogues municipaux pour la paix", ["Municipal dialogues for peace"], "en") == (
        "Municipal dialogues for peace"
    )
    assert pick("Den Haag", ["The Hague", "La Haye"], "es") == "Den Haag"  # no Spanish alias: the stored name


def test_countries_and_large_cities_are_named_in_the_language(app, client) -> None:
    from munigraph.webapp.labels import label

    for lang, expected in (("en", "Netherlands"), ("fr", "Pays-Bas"), ("es", "Países Bajos")):
        client.set_cookie("lang", lang)
        assert client.get("/entity/country:NL?format=json").get_json()["entity"]["label"] == expected
    vienna = {"id": "city:geonames:2761369", "name": "Vienna", "aliases": ["Wien", "Vienne", "Viena"], "country": "AT"}
    namesake = {**vienna, "id": "city:geonames:4791259", "country": "US"}  # Vienna, Virginia: no CLDR name
    for lang, expected in (("en", "Vienna"), ("fr", "Vienne"), ("es", "Viena")):
        with app.test_request_context(f"/?lang={lang}"):
            assert (label(vienna), label(namesake)) == (expected, "Vienna")


def test_private_properties_are_never_shown(client) -> None:
    data = client.get("/entity/person:jan-van-zanen?format=json").get_json()
    assert "email_hash" not in data["entity"]["properties"]
    html = client.get("/entity/person:jan-van-zanen").get_data(as_text=True)
    assert "email_hash" not in html and "secret-hash" not in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_show_no_message_ids(client, lang: str) -> None:
    client.set_cookie("lang", lang)
    pages = [
        "/",
        "/search?q=utrecht",
        "/search?q=zzzzqqq",
        "/entity/city:den-haag",
        "/entity/event:peace-talks",
        "/event/event:peace-talks",
        "/graph/city:lyon",
        "/queries",
        "/queries/hubs",
        "/queries/sister-cities?city=Lyon",
        "/map/city:utrecht",
        "/timeline/city:utrecht",
        "/timeline",
        "/documents/doc:peace",
        "/entity/nowhere:x",
    ]
    known = set(catalogue("en"))
    for page in pages:
        html = client.get(page).get_data(as_text=True)
        shown = re.sub(r"<[^>]+>", " ", html)
        leaked = sorted(k for k in known if re.search(rf"(?<![\w/:.-]){re.escape(k)}(?![\w.-])", shown) and "." in k)
        assert not leaked, f"{lang} {page}: {leaked}"
        assert f'<html lang="{lang}">' in html


def test_errors_a_visitor_causes_are_said_in_the_language(client) -> None:
    client.set_cookie("lang", "fr")
    data = client.get("/queries/sister-cities?city=Atlantis&format=json").get_json()
    assert (
        data["error"]
        == "Ville : rien du type Ville ne s’appelle « Atlantis » : donnez un identifiant, un nom ou un alias."
    )
    client.set_cookie("lang", "es")
    data = client.get("/queries/sister-cities?run=1&format=json").get_json()
    assert data["error"] == "Rellene: Ciudad."
    html = client.get("/path?from=Atlantis&to=Lyon").get_data(as_text=True)
    assert "Nada de tipo Ciudad se llama «Atlantis»" in html


def test_why_a_partner_is_suggested_is_said_in_the_language(client) -> None:
    english = client.get("/queries/suggest-partners?city=city:utrecht&format=json").get_json()["result"]["rows"]
    assert english and any(r.endswith(" km apart") for row in english for r in row["reasons"])
    for lang, apart, common in (
        ("fr", " km l’une de l’autre", " en commun : "),
        ("es", " km una de otra", " en común: "),
    ):
        client.set_cookie("lang", lang)
        rows = client.get("/queries/suggest-partners?city=city:utrecht&format=json").get_json()["result"]["rows"]
        reasons = [r for row in rows for r in row["reasons"]]
        assert [row["id"] for row in rows] == [row["id"] for row in english]
        assert reasons and all(apart in r or common in r or "km apart" not in r for r in reasons)
        assert not any(r.endswith(" km apart") or " in common: " in r for r in reasons)
        map_data = client.get("/map/city:utrecht?format=json").get_json()
        assert all(not r.endswith(" km apart") for c in map_data["suggestions"] for r in c["reasons"])


def test_a_reason_names_what_it_cites_in_the_language(client) -> None:
    said = {}
    for lang in LANGUAGES:
        client.set_cookie("lang", lang)
        rows = client.get("/queries/suggest-partners?city=city:member-00&format=json").get_json()["result"]["rows"]
        said[lang] = {r for row in rows for r in row["reasons"]}
    assert any("United Cities and Local Governments" in r for r in said["en"])
    assert any(r.endswith("CGLU") for r in said["fr"]) and any(r.endswith("CGLU") for r in said["es"])
    assert not any("United Cities" in r for r in said["fr"] | said["es"])


@pytest.mark.parametrize("module", ["i18n", "labels", "messages", "place_names"])
def test_docstring_examples_run(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"munigraph.webapp.{module}"))
    assert result.attempted > 0 and result.failed == 0
