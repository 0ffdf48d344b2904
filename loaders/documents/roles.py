"""Offices and attendance roles, read from the word files of every language (lang/*.yaml).

``OFFICES`` maps the way a text names an office ("secrétaire générale", "alcaldesa",
"board member") to its canonical role; ``CUES`` maps the words that introduce people in an
agenda ("Modération :", "moderated by", "moderado por") to the attendance role.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.markup import find_word, guarded

# An office as written -> its canonical role, every language's (lang/*.yaml "offices").
OFFICES = lexicon.table("offices")
# Longest first in the regex, so "directeur exécutif" wins over "directeur".
_OFFICE_PATTERNS = sorted(((p, role) for role, ps in OFFICES.items() for p in ps), key=lambda x: -len(x[0]))
_OFFICE_ALT = "|".join(f"(?:{p})" for p, _ in _OFFICE_PATTERNS)
# An office, optionally qualified ("directeur de programme", "former mayor"), then what it is of.
_QUALIFIERS = lexicon.classes_re("office_qualifiers", "former_qualifiers")
# "former", "ancienne", "ex" before an office: held before, not now; "ex" may be written onto it ("exalcaldesa")
_FORMER = lexicon.words_re("former_qualifiers")
_AFTER = r"(?:[\s-]+" + lexicon.words_re("office_after") + r")*"
OFFICE = re.compile(
    rf"^(?P<whole>(?:{_QUALIFIERS}[\s-]+|{_FORMER}(?=(?:{_OFFICE_ALT})\b)){{0,3}}(?P<office>{_OFFICE_ALT})\b{_AFTER})"
    r"(?P<rest>.*)$",
    re.I | re.S,
)
_HELD_BEFORE = re.compile(
    rf"(?<![\w-]){_FORMER}(?:[\s-]+|(?=\w))(?:{_QUALIFIERS}[\s-]+){{0,2}}(?P<office>{_OFFICE_ALT})(?![\w-])", re.I
)
# The words that scope an office in its name (lang/*.yaml "added_office_qualifiers", x-offices)
_SCOPED = re.compile(rf"(?<!\w){lexicon.words_re('added_office_qualifiers')}(?!\w)", re.I)
# An office anywhere in a phrase ("à l'invitation du maire de Porto": a person, not a venue)
OFFICE_WORD = re.compile(rf"(?<![\w-])(?:{_OFFICE_ALT})(?![\w-])", re.I)
# Offices held in a body, not at its head: what follows them is often a field ("Professor of
# Urban Studies"), so it counts as a body only when it looks like one.
STAFF = {"professor", "researcher", "expert", "advisor", "officer", "manager", "assistant", "coordinator", "head",
         "member", "secretary", "spokesperson", "representative"}  # fmt: skip
OF = re.compile(
    r"^\s*(?:de la|de l['’]|des|du|de|d['’]|of the|of|del|de los|de las|at|for|at the|pour|para)\s*(?P<target>.+)$",
    re.I,
)
# Qualifiers an office keeps in its role (lang/*.yaml "role_qualifiers"): label -> pattern.
_ROLE_QUALIFIERS = [
    (word, re.compile(rf"(?<!\w){lexicon.alternation(patterns)}(?!\w)", re.I))
    for word, patterns in lexicon.table("role_qualifiers").items()
]


class _Roles(frozenset):
    """Canonical roles, qualified or not: "first deputy mayor" is in {"deputy mayor"}."""

    def __contains__(self, role: object) -> bool:
        text = str(role)
        return any(text == r or text.endswith(f" {r}") for r in frozenset.__iter__(self))


# A local or regional government right after an office, with no "of" ("Presidente Diputación Ourense").
GOVERNMENT_AFTER = re.compile(  # on the office's line: "Mayor\nCity of X" is the next entry's city
    r"^[ \t]*(?=(?i:" + lexicon.classes_re("region_government_prefixes", "city_government_prefixes") + r")\s*[A-ZÀ-Þ])"
)
CITY_OFFICES = _Roles({"mayor", "deputy mayor", "councillor", "alderman", "governor", "syndic"})
# Offices that, written with nothing they are of, are the page organisation's ("The Treasurer, Mr X"; x-office)
BODY_OFFICES = _Roles(lexicon.words("unplaced_body_offices"))


@lru_cache(maxsize=8192)
def office(segment: str) -> tuple[str, str, str] | None:
    """(canonical role, the office as written, what follows) when ``segment`` starts with an office."""
    m = OFFICE.match(segment.strip())
    if not m:
        return None
    whole = m.group("whole").strip()
    # an office that reads as qualifier + office ("General Secretary") may be an office of its own
    qualified = whole.lower() != m.group("office").lower()
    listed = qualified and next((role for p, role in _OFFICE_PATTERNS if re.fullmatch(p, whole, re.I)), None)
    role = listed or next(role for p, role in _OFFICE_PATTERNS if re.fullmatch(p, m.group("office"), re.I))
    if re.search(r"adjoint|deputy|adjunt", whole, re.I) and not role.startswith(("deputy", "vice")):
        role = f"deputy {role}"  # "Deputy Secretary General", "Directrice générale adjointe"
    for word, pattern in _ROLE_QUALIFIERS:  # "première vice-présidente": first vice president
        if not listed and word not in role.split() and pattern.search(whole):  # "Executive Mayor" is a mayor
            role = f"{word} {role}"
    if role == m.group("office").lower() and _SCOPED.search(whole):  # "City Councillor", "Housing Policy Officer"
        role = " ".join(whole.lower().split())  # as written: the scope is part of the office's name
    rest = m.group("rest")
    joined = office(rest[1:]) if re.match(r"-(?=\w)", rest) else None
    if joined:  # "Ministre-Gouverneur du District d'Abidjan": both offices, of what follows the last
        return f"{role} and {joined[0]}", f"{whole}-{joined[1]}", joined[2]
    return role, whole, rest


def held_before(quote: str, role: str) -> bool:
    """Whether ``quote`` says the office ``role`` was held before, not now: "Jane Roe, former Mayor of
    Porto", "l'ancienne maire de Lyon", "la exalcaldesa de Rosario" (lang/*.yaml "former_qualifiers")."""
    for m in _HELD_BEFORE.finditer(quote):
        written = office(m.group("office"))
        if written and (written[0] == role or role.startswith(written[0] + " ") or role.endswith(" " + written[0])):
            return True
    return False


# A seat named as a heading ("Presidencia", "Tesorería", "Vocales"): lang/*.yaml "roster_roles"
# A heading naming an office: by a roster's word for it ("Presidente", "Vocales") or by its abstract
# noun ("PRESIDENCY", "Vice-présidences", "COPRESIDENCIA": lang/*.yaml "office_headings")
_ROSTER_HEADINGS = [
    (role, re.compile(lexicon.alternation(list(ps)), re.I))
    for key in ("roster_roles", "office_headings")
    for role, ps in lexicon.table(key).items()
]


_OFFICE_NOUNS = [
    (role, re.compile(rf"{lexicon.alternation(list(ps))}(?![\w-])", re.I))
    for role, ps in lexicon.table("office_headings").items()
]


def office_noun(segment: str) -> str | None:
    """The role an office's abstract noun names at the start of ``segment`` ("présidence de X", "the presidency")."""
    return next((role for role, pattern in _OFFICE_NOUNS if pattern.match(segment.strip())), None)


def heading_role(text: str) -> str | None:
    """The role a heading names when it is nothing but offices: "Présidente", "Vice-Presidents",
    "Vice-Président-Secrétaire général" -> "vice president and secretary general"."""
    text = text.strip(" \t*#:")
    if not text or len(text) > 60 or any(c.isdigit() for c in text):
        return None
    listed = CUE.match(text + ":")
    if listed and listed.end() == len(text) + 1 and listed.lastgroup in ("participant", "absent"):
        return None  # "Asistentes", "Present": who attended (or did not), no office ("asistente" is one)
    found: list[str] = []
    roster = next((role for role, pattern in _ROSTER_HEADINGS if pattern.fullmatch(text)), None)
    if roster:  # "Presidencia", "Tesorería", "Vocales": the office named by its seat or in the plural
        return roster
    while text:
        read = office(text) or office(re.sub(r"(?<=\w)s\b", "", text, count=1, flags=re.I))  # "VICE PRESIDENTS" too
        if not read:
            return None
        found.append(read[0])
        text = re.sub(r"^(?:s\b)?[\s/&,–-]*(?:(?:et|and|y|e)\s+)?", "", read[2].strip(), flags=re.I)
    return " and ".join(dict.fromkeys(found))


# "de Vannes chargée de la culture": the portfolio clause is no part of the place (lang/*.yaml "portfolio_cues").
_PORTFOLIO_CUE = re.compile(r"[\s,]+" + lexicon.words_re("portfolio_cues") + r"(?![\w])", re.I)


# "Deputy Mayor for Culture", "Special Rapporteur on Myanmar": a portfolio after an office (lang/*.yaml
# "portfolio_prepositions"), kept in the role; an acronym after "for" is a body ("Coordinator for UCLG").
_FIELD_WORD = (
    r"(?![A-Z]{2,}\b)(?!(?i:of|at|in|from|to|with|the|and|who|which|since|during|said|says)\b)[^\W\d_][\w'’-]*"
)
PORTFOLIO = re.compile(
    r"[ \t]+(?i:" + lexicon.words_re("portfolio_prepositions") + r")[ \t]+(?:(?i:the)[ \t]+)?"
    rf"(?P<field>{_FIELD_WORD}(?:[ \t]+(?:(?:and|&)[ \t]+)?{_FIELD_WORD}){{0,3}})"
)
_FIELD_CUE = re.compile(r"[ \t](?i:" + lexicon.words_re("portfolio_prepositions") + r")[ \t]")
_OFFICE_THEN_FIELD = re.compile(
    rf"(?<![\w-])(?:{_OFFICE_ALT})(?=[ \t]+(?i:" + lexicon.words_re("portfolio_prepositions") + r")[ \t])", re.I
)


def with_portfolio(role: str, quote: str) -> str:
    """ "deputy mayor" read from "Deputy Mayor for Culture, Bilbao" -> "deputy mayor for culture"."""
    if not _FIELD_CUE.search(quote):
        return role  # most quotes have no portfolio: skip the scan of every office
    for m in _OFFICE_THEN_FIELD.finditer(quote):
        field = PORTFOLIO.match(quote, m.end())
        written = office(m.group(0))
        if field and written and role.endswith(written[0]):
            preposition = quote[m.end() : field.start("field")].split()[0].lower()
            return f"{role} {preposition} {field.group('field').lower()}"
    return role


def office_targets(rest: str) -> list[str]:
    """What an office is of, longest reading first: "de La Haye" -> ["La Haye", "Haye"]."""
    field = PORTFOLIO.match(rest)
    if field:  # "for Culture of Bilbao": what the office is of comes after the portfolio
        rest = rest[field.end() :]
    m = OF.match(rest)
    if not m:
        government = GOVERNMENT_AFTER.match(rest)  # "Presidente Diputación Ourense": no "de" between
        return [rest[government.end() :].strip()] if government else []
    found = [_PORTFOLIO_CUE.split(m.group("target"), maxsplit=1)[0].strip()]
    short = re.match(r"^\s*(?:de|of|del)\s+(?P<target>.+)$", rest, re.I)
    short_target = short and _PORTFOLIO_CUE.split(short.group("target"), maxsplit=1)[0].strip()
    if short_target and short_target != found[0]:
        found.insert(0, short_target)
    at = re.match(r"(?P<field>[^\W\d_][\w'’ -]*?)[ \t]+at[ \t]+(?:the[ \t]+)?(?P<body>[A-ZÀ-Þ].*)$", found[0])
    if at and at.group("field")[:1].isupper():  # "Director of Inclusive Growth at Leeds City Council"
        found.insert(0, at.group("body"))  # the body after "at"
    named = _COMMON_BODY.match(found[-1])
    if named:  # "du réseau Eurocities": the body's name after the common noun, when the whole is unknown
        found.append(found[-1][named.end() :])
    fielded = _after_field(found[0])
    if fielded and fielded not in found:  # "secretaria de Educación de Medellín": Medellín, after the field (x-prec2)
        found.append(fielded)
    return [t for t in found if not re.match(r"[dl]['’]", t)]  # "de l'AMF": the AMF, not "l'AMF"


def _after_field(target: str) -> str | None:
    """What follows a listed field and "de"/"of" at the start of ``target`` ("Educación de Medellín" -> "Medellín")."""
    known = _known_field(target)
    after = known and _FIELD_OF.match(target[known[1] :])
    rest = after and target[known[1] + after.end() :]
    first = re.split(r"[\s(,]", rest.strip(" *"), maxsplit=1)[0] if rest else ""
    if not first[:1].isupper() or first.lower() in lexicon.folded_set("not_cities") or first.isupper():
        return None  # "de la Intendencia": the town's government; "de CGLU Afrique": a body, read whole elsewhere
    return rest


# "réseau Eurocities", "the network ICLEI": a common noun for a body, then its name
_COMMON_BODY = re.compile(r"^(?i:" + lexicon.words_re("own_org_nouns") + r")\s+(?=[A-ZÀ-Þ])")


# Words that introduce people in an agenda, and the role they give (lang/*.yaml "role_cues").
CUES = [(role, "|".join(patterns)) for role, patterns in lexicon.table("role_cues").items() if patterns]
# a cue starts a word: "represented by" holds no "presented by"
CUE = guarded(re.compile(r"(?<![^\W_])(?:" + "|".join(f"(?P<{role}>{pattern})" for role, pattern in CUES) + ")", re.I))

# What a time slot's title says about the people listed under it.
SLOT_ROLES = [(role, "|".join(patterns)) for role, patterns in lexicon.table("slot_roles").items() if patterns]
TENTATIVE = re.compile(r"\(?\s*" + lexicon.words_re("tentative") + r"\s*\)?", re.I)


def slot_role(title: str) -> str | None:
    for role, pattern in SLOT_ROLES:
        if re.search(pattern, title, re.I):
            return role
    return None


# -- the full office (x-prec2): "Senior Policy Advisor", "secretaria de Educación", "Head of the Resilience Office" --
# What a HOLDS_OFFICE role keeps beside its canonical office: the words before the office word that belong to it
# (lang/*.yaml "role_prefixes") and the field it is of or for when that is no body (lang/*.yaml "role_fields";
# English fields not listed are kept as written). The canonical office stays in the role, so rules that read
# the role ("mayor") are unchanged by what it gains ("mayor" never gains a field: "Mayor of X" is a body's).
# A listed field ends the office's words: "Head of Climate, Turin", not "Head of the Climate Office".
_FIELD_END = (
    r"(?=[ \t]*(?:$|[,;:.()\n–—-]|(?i:of|for|at|in|de|del|du|des|d['’]|à|au|en|y|et|and|la|le|los|las|the)(?![\w'’])))"
)
_PREFIXES = [
    (label, re.compile(lexicon.alternation(ps), re.I)) for label, ps in lexicon.table("role_prefixes").items() if ps
]
_FIELDS = [
    (label, re.compile(lexicon.alternation(ps) + _FIELD_END, re.I))
    for label, ps in lexicon.table("role_fields").items()
    if ps
]
_FIELD_FOR = re.compile(r"[ \t]+(?:" + lexicon.words_re("field_for_prepositions") + r")[ \t]*", re.I)
_FIELD_OF = re.compile(r"^[ \t]+(?P<prep>" + lexicon.words_re("field_of_prepositions") + r")(?<!['’])[ \t]*", re.I)
# English: the offices whose field follows "for" ("Councillor for Culture"); the others' follows "of".
_FOR_OFFICES = _Roles({"deputy mayor", "councillor", "vice president", "deputy", "secretary general"})
# Offices whose English field is kept as written even when no word list knows it ("Director of Inclusive Growth"):
# offices held inside a body, not at its head (a "President of X" is X's).
_FIELD_OFFICES = _Roles({"director", "head", "secretary", "member", "minister", "officer", "advisor", "manager",
                         "coordinator", "commissioner", "deputy mayor", "councillor", "special rapporteur"})  # fmt: skip
_ENGLISH_FIELD = re.compile(r"(?:the[ \t]+)?[A-Za-z][\w'’-]*(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Za-z][\w'’-]*){0,5}")
_FIELD_TAIL = re.compile(r"(?:[ \t]+(?i:of|for|the|at|in|and|city|town|municipality|council|government))+$")


def _known_field(text: str) -> tuple[str, int] | None:
    """(English field, its end) of the longest listed field ``text`` starts with."""
    best = None
    for label, pattern in _FIELDS:
        m = pattern.match(text)
        if m and (best is None or m.end() > best[1]):
            best = (label, m.end())
    return best


def known_field(text: str) -> int:
    """How much of ``text`` a listed field covers from its start ("Medio Ambiente": all of it), 0 for none."""
    found = _known_field(text)
    return found[1] if found else 0


def _written_field(text: str, named: Callable[[], list[str]]) -> str | None:
    """An English field as written ("the Resilience Office"), cut before what names a body or place in ``named()``."""
    m = _ENGLISH_FIELD.match(text)
    if not m:
        return None
    field = m.group(0)
    folded = text.lower()
    for form in named():  # "Economic Development for the City of Johannesburg": the field ends before the city
        at = find_word(folded, form.lower())
        if 0 <= at < len(field):
            field = field[:at]
    field = _FIELD_TAIL.sub("", field.rstrip()).strip()
    if not field or re.search(r"\b[A-Z]{2,}\b", field) or field.lower() in ("the",):
        return None  # an acronym is a body's ("Director of UCLG")
    return field.lower()


def full_role(role: str, quote: str, named: Callable[[], list[str]], following: str = "") -> str:
    """``role`` with the words of the office as ``quote`` writes it: "advisor" from "Senior Policy Advisor" ->
    "senior policy advisor"; "secretary" from "secretaria de Educación de Medellín" -> "secretary of education".
    ``named``: gives the names and aliases of the entities of the text (a field is none of them), asked only when a
    field is read as written, not built again for every office; ``following``: the
    text after the quote, read when the quote ends with the office ("firmaron A, director" + " de Cultura; y B")."""
    for m in OFFICE_WORD.finditer(quote):
        written = office(m.group(0))
        if written and written[0] in role:
            break
    else:
        return role
    role = _with_prefixes(role, quote[: m.start()], m.group(0))
    if re.search(r" (?:for|of|on) ", role):
        return role  # the portfolio is read already ("deputy mayor for culture")
    after = quote[m.end() :]
    if not after.strip():
        after += following
    return _with_field(role, after, named)


def _with_prefixes(role: str, before: str, written: str) -> str:
    words = re.split(r"[,;:(\n–—]", before)[-1].split()
    labels: list[str] = []
    while words and len(labels) < 2:
        label = next((lab for lab, p in _PREFIXES if p.fullmatch(words[-1])), None)
        if label is None:
            break
        labels.insert(0, label)
        words.pop()
    inner = next((label for label, p in _FIELDS if label in ("project", "programmes") and p.search(written)), None)
    if inner and not labels:  # "chargée de projets": a project officer
        labels = [inner.rstrip("s")]
    labels = [lab for lab in labels if lab not in role.split()]
    return " ".join([*labels, role])


def _with_field(role: str, after: str, named: Callable[[], list[str]]) -> str:
    clause = re.split(r"[,;\n(]", after[:80], maxsplit=1)[0]
    for_at = _FIELD_FOR.search(clause)
    if for_at:  # "adjoint au maire de Bordeaux chargé des relations internationales"
        known = _known_field(_THE.sub("", after[for_at.end() :]))
        if known:
            return f"{role} for {known[0]}"
    of = _FIELD_OF.match(after)
    if not of:
        return role
    rest = after[of.end() :]
    known = _known_field(_THE.sub("", rest))
    if known:
        return f"{role} {'for' if role in _FOR_OFFICES else 'of'} {known[0]}"
    english = of.group("prep").lower()
    if english in ("of", "on") and role in _FIELD_OFFICES:  # "Director of Inclusive Growth", as written
        field = _written_field(rest, named)
        if field:
            return f"{role} {english} {field}"
    return role


_THE = re.compile(r"^(?i:the)[ \t]+")


# A unit of a government named after an office (lang/*.yaml "unit_nouns", "unit_modifiers"): "the Resilience
# Office", "City Executive Board", "Service Dialogue social", "Unidad de Desarrollo Económico".
_UNIT_NOUN = lexicon.words_re("unit_nouns")
GOVERNMENT_UNIT = re.compile(
    r"(?:(?:the|le|la|el|l['’])\s*)?(?:"
    rf"(?:[A-ZÀ-Þ][\w'’-]*\s+){{0,3}}(?i:{_UNIT_NOUN})"  # "the Resilience Office"
    rf"|(?i:{_UNIT_NOUN})\b(?!\s+(?i:of|de|du|des|del)\s+(?:the\s+)?[A-ZÀ-Þ][\w'’-]*$).*"  # "Unidad de Desarrollo Económico"
    rf"|(?i:{lexicon.words_re('unit_modifiers')})\s+(?!(?i:of|de)\b)[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){{0,3}}"  # "City Executive Board"
    r")"
)


_ORDINAL = re.compile(lexicon.words_re("ordinals"), re.I)  # "vicepresidenta primera"
_DASHED_OFFICE = re.compile(r"(?:[—–]|-(?=\s))\s*(.+)$")


def office_after_dash(after: str) -> str | None:
    """The office written after a holder's name and a dash, alone or with an ordinal ("— Vice President",
    "— vicepresidenta segunda"); ``after`` is the text after the name, stripped."""
    dashed = _DASHED_OFFICE.match(after)
    stated = office(dashed.group(1)) if dashed else None
    rest = stated[2].strip(" .;") if stated else ""
    return stated[0] if stated and (not rest or _ORDINAL.fullmatch(rest)) else None
