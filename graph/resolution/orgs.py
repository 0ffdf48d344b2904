"""Organisations, sections and councils: acronyms and names in fr/en/es resolve to one id.

Two rules, in order:

1. the table of well-known bodies (``orgs.yaml``): any listed form, folded, is the body
   ("CGLU", "UCLG", "Cités et Gouvernements Locaux Unis" are ``org:uclg``);
2. generic rules for bodies not in the table: an acronym is its own id (``org:cidob``);
   a full name without its article and with its head word translated to English ("Institut
   Raoul Wallenberg" and "Raoul Wallenberg Institute") gives one id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import yaml
from munigraph.graph.text import clean, fold, slug

TABLE_PATH = Path(__file__).with_name("orgs.yaml")

# Head words of body names and their English form, so one body named in two languages
# gets one key. Ordered longest first when matched.
HEAD_WORDS = {
    "institut": "institute", "instituto": "institute", "institute": "institute",
    "fondation": "foundation", "fundacion": "foundation", "foundation": "foundation",
    "association": "association", "asociacion": "association", "federation": "federation",
    "federacion": "federation", "centre": "centre", "center": "centre", "centro": "centre",
    "alliance": "alliance", "alianza": "alliance", "reseau": "network", "red": "network", "network": "network",
    "programme": "programme", "programa": "programme", "program": "programme", "fonds": "fund", "fondo": "fund",
    "fund": "fund", "commission": "commission", "comision": "commission", "comite": "committee",
    "committee": "committee", "conseil": "council", "consejo": "council", "council": "council",
    "universite": "university", "universidad": "university", "university": "university",
    "agence": "agency", "agencia": "agency", "agency": "agency", "plateforme": "platform",
    "plataforma": "platform", "platform": "platform", "forum": "forum", "foro": "forum", "organisation": "organisation",
    "organizacion": "organisation", "organization": "organisation", "coalition": "coalition", "coalicion": "coalition",
    "union": "union", "ligue": "league", "liga": "league", "league": "league", "office": "office", "oficina": "office",
    "haut-commissariat": "high commission", "observatoire": "observatory", "observatorio": "observatory",
}  # fmt: skip
COUNCIL_HEADS = re.compile(
    r"^(conseil politique|policy council|consejo pol[ií]tico|groupe de travail|working group|grupo de trabajo|"
    r"task ?force|groupe de travail|commission permanente|bureau ex[ée]cutif|executive bureau|world council|"
    r"conseil mondial|consejo mundial)\b",
    re.I,
)
_ARTICLE = re.compile(r"^(?:(?:le|la|les|the|el|los|las|lo|un|une|a|an|du|des|del|de la)\s+|l'\s*|de l'\s*)", re.I)
_STOP = {"de", "du", "des", "la", "le", "les", "l", "d", "of", "the", "for", "and", "et", "y", "e", "el", "los",
         "las", "del", "pour", "para", "por", "sur", "sobre", "on", "a", "au", "aux", "en", "in"}  # fmt: skip
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.-]{1,11}$")


@dataclass(frozen=True)
class OrgMatch:
    """What a surface form resolved to, and by which rule."""

    id: str
    kind: str  # Organisation, Section or Council
    name: str
    rule: str
    score: float
    acronym: str | None = None
    org_kind: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = field(default_factory=tuple)
    country: str | None = None  # ISO2 of a national body ("Ministère des Affaires étrangères, France")


@cache
def _table() -> tuple[dict[str, dict], dict[frozenset, dict]]:
    records = yaml.safe_load(TABLE_PATH.read_text(encoding="utf-8"))
    by_form: dict[str, dict] = {}
    by_bag: dict[frozenset, dict] = {}
    for record in records:
        forms = [record["name"], *(record.get("aliases") or [])]
        if record.get("acronym"):
            forms.append(record["acronym"])
        for form in forms:
            by_form.setdefault(fold(form), record)
            if not is_acronym(form):
                by_bag.setdefault(bag_key(form), record)
    return by_form, by_bag


@cache
def _reduced_bags() -> dict[frozenset, dict]:
    """The content words of each long name (four words or more) but one, when they name one body only
    and are no full name of another."""
    by_form, by_bag = _table()
    found: dict[frozenset, dict | None] = {}
    for record in {r["id"]: r for r in by_form.values()}.values():
        for form in [record["name"], *(record.get("aliases") or [])]:
            bag = bag_key(form)
            if len(bag) < 5:
                continue
            for word in bag:
                reduced = bag - {word}
                if reduced in by_bag:
                    continue
                found[reduced] = record if found.get(reduced, record) is record else None
    return {bag: record for bag, record in found.items() if record is not None}


def known_forms() -> dict[str, str]:
    """Every folded form in the table and the id it names (for scanning texts)."""
    return {form: record["id"] for form, record in _table()[0].items()}


def known_forms_original() -> list[str]:
    """Every form in the table as written (names, aliases, acronyms)."""
    records = yaml.safe_load(TABLE_PATH.read_text(encoding="utf-8"))
    forms = [f for r in records for f in [r["name"], *(r.get("aliases") or []), r.get("acronym")] if f]
    return list(dict.fromkeys(forms))


def is_acronym(text: str) -> bool:
    """ "CGLU", "HCDH", "UCLG-MEWA": capitals (digits, dots, hyphens allowed)."""
    return bool(_ACRONYM.match(clean(text).strip("*")))


def strip_article(text: str) -> str:
    text = clean(text).strip("*_ ,;:.")
    return _ARTICLE.sub("", text, count=1) if not is_acronym(text) else text


@lru_cache(maxsize=65536)
def bag_key(text: str) -> frozenset:
    """Content words with head words translated to English: word order and language do not matter."""
    words = re.findall(r"[\w-]+", fold(strip_article(text)))
    return frozenset(HEAD_WORDS.get(w, w) for w in words if w not in _STOP)


def _match(record: dict, rule: str, score: float) -> OrgMatch:
    return OrgMatch(
        id=record["id"],
        kind=record["kind"],
        name=record["name"],
        rule=rule,
        score=score,
        acronym=record.get("acronym"),
        org_kind=record.get("org_kind"),
        parent=record.get("parent"),
        aliases=tuple(record.get("aliases") or ()),
    )


@lru_cache(maxsize=65536)  # the table is read once and matches are frozen: each form is looked up once
def lookup_known(form: str) -> OrgMatch | None:
    """A well-known body named by ``form`` (exactly, folded, or as the same words in any order/language)."""
    by_form, by_bag = _table()
    text = strip_article(re.sub(r"\s*\([^)]*\)\s*$", "", clean(form)))  # "X (ACR)": X decides
    for candidate in (clean(form), text):
        record = by_form.get(fold(candidate))
        if record:
            return _match(record, "table-form", 1.0)
    if not is_acronym(text):
        record = by_bag.get(bag_key(text))
        if record and len(bag_key(text)) >= 2:
            return _match(record, "table-words", 0.9)
        record = _reduced_bags().get(bag_key(text))
        if record:  # "Cites et Gouvernements Unis d'Afrique": one word of a long name left out
            return _match(record, "table-words-but-one", 0.8)
    acronym = re.search(r"\(([A-Z][A-Z0-9&.-]{1,11})\)\s*$", clean(form))
    if acronym:
        record = by_form.get(fold(acronym.group(1)))
        if record:
            return _match(record, "table-acronym", 0.95)
    owned = _without_owner(text)
    if owned:
        inner, owner = owned
        match = lookup_known(inner)
        if match and (match.parent in (None, owner.id)):
            return OrgMatch(**{**match.__dict__, "rule": "table-owner", "score": 0.9, "parent": owner.id})
    return None


def generic_name(match: OrgMatch, form: str) -> bool:
    """Whether ``form`` names the known council ``match`` only by a phrase any network's body may
    bear: a head word and one topic, no owner ("Comisión de Cultura", "Culture Committee" are
    UCLG's only on a page that says so; "Commission Culture de CGLU" names its owner)."""
    if match.kind != "Council" or match.parent is None or is_acronym(form):
        return False
    bag = bag_key(form)
    heads = set(HEAD_WORDS.values())
    return bool(bag & heads) and len(bag - heads) <= 1


def resolve_generic(form: str, kind: str, owner: str | None = None) -> OrgMatch:
    """The id a body of ``kind`` gets from its own words and its ``owner``'s id, the table aside
    (another network's "Comisión de Cultura" is not UCLG's, nor one with every other network's)."""
    name = strip_article(re.sub(r"\s*\(([^)]*)\)\s*$", "", clean(form))) or clean(form)
    prefix = "council" if kind == "Council" else "org"
    words = " ".join([owner.split(":")[-1]] if owner else []) + " " + " ".join(sorted(bag_key(name)))
    return OrgMatch(f"{prefix}:{slug(words)}", kind, name, "generic-owner", 0.8, parent=owner)


_OWNER = re.compile(
    r"^(?P<owner>[A-Z][A-Z0-9-]{1,11})\s+(?P<rest>.+)$|^(?P<head>.+?)\s+(?:de la|de l'|del|de|du|of|of the)\s+(?P<owner2>[A-Z][A-Z0-9-]{1,11})(?P<tail>(?:\s+.*)?)$"
)


def _without_owner(text: str) -> tuple[str, OrgMatch] | None:
    """ "Commission de CGLU sur X" is "Commission sur X" of CGLU; "UCLG Committee on X" likewise."""
    m = _OWNER.match(text)
    if not m:
        return None
    if m["owner"]:
        owner, inner = m["owner"], m["rest"]
    else:
        owner, inner = m["owner2"], f"{m['head']}{m['tail'] or ''}"
    record = _table()[0].get(fold(owner))
    if not record or fold(inner) == fold(text):
        return None
    return inner, _match(record, "table-form", 1.0)


# Bodies every country has one of: their name alone does not say whose they are.
NATIONAL = re.compile(
    r"\b(?:minist(?:ry|[èe]re|erio|[ée]rio)|embass(?:y|ies)|ambassade|embajada|consulat\w*|consulate|"
    r"government|gouvernement|gobierno|parliament|parlement|parlamento|national assembly|"
    r"assembl[ée]e nationale|asamblea nacional)\b",
    re.I,
)


def resolve_org(form: str, acronym: str | None = None, country: str | None = None) -> OrgMatch:
    """The body ``form`` names: a well-known one, or a generic id from its acronym or its words.

    A national body (a ministry, an embassy) is told apart by its country: the one its name
    gives ("Ministry of Foreign Affairs of Morocco") or ``country``, the one named beside it.
    """
    known = lookup_known(form) or (lookup_known(acronym) if acronym else None)
    if known:
        return known
    name = strip_article(re.sub(r"\s*\(([^)]*)\)\s*$", "", clean(form))) or clean(form)
    kind = "Council" if COUNCIL_HEADS.match(name) else "Organisation"
    prefix = "council" if kind == "Council" else "org"
    if acronym or is_acronym(name):
        key = acronym or name
        return OrgMatch(f"{prefix}:{slug(key)}", kind, name, "acronym", 0.9, acronym=key)
    core, nation = name, None
    if kind == "Organisation" and NATIONAL.search(name):
        core, nation = _country_in_name(name)
        nation = nation or country
    suffix = f"-{nation.lower()}" if nation else ""
    words = sorted(bag_key(core))
    return OrgMatch(f"{prefix}:{slug(' '.join(words))}{suffix}", kind, name, "name-words", 0.8, country=nation)


def _country_in_name(name: str) -> tuple[str, str | None]:
    """ "Ministère des Affaires étrangères du Maroc" -> ("Ministère des Affaires étrangères", "MA")."""
    from munigraph.graph.resolution.places import resolve_country  # places is the heavier module

    m = re.search(r"^(.*)\s+(?:of|du|de la|de l'|des|de|del|d')\s*((?:the\s+)?[A-ZÀ-Þ][\w'’ -]{2,40})$", name)
    code = resolve_country(m.group(2)) if m else None
    return (m.group(1), code) if m and code else (name, None)


def section_for_region(text: str) -> OrgMatch | None:
    """ "CGLU-Afrique", "section Afrique", "UCLG Africa": the regional section named."""
    text = clean(text)
    m = re.match(r"^(?:(?:la\s+)?section|secci[oó]n|(?:the\s+)?section)\s+(?:de\s+(?:l')?)?(.+)$", text, re.I)
    if m:
        return lookup_known(f"section {m.group(1)}")
    m = re.match(r"^(?:UCLG|CGLU)[\s-]+(.+)$", text)
    if m:
        return lookup_known(f"CGLU {m.group(1)}") or lookup_known(f"UCLG {m.group(1)}")
    return None
