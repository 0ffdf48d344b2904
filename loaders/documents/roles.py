"""Offices and attendance roles in French, English and Spanish.

``OFFICES`` maps the way a text names an office ("secrétaire générale", "alcaldesa",
"board member") to its canonical role; ``CUES`` maps the words that introduce people in an
agenda ("Modération :", "moderated by", "moderado por") to the attendance role.
"""

from __future__ import annotations

import re

# Longest first in the regex, so "directeur exécutif" wins over "directeur".
OFFICES = {
    "secretary general": [
        r"secr[ée]taire g[ée]n[ée]ral(?:e)?",
        r"secretary[- ]general",
        r"secretari[oa] general",
        r"secr[ée]taire g[ée]n[ée]rale?s?",
    ],
    "deputy secretary general": [
        r"secr[ée]taire g[ée]n[ée]ral(?:e)? adjointe?",
        r"deputy secretary[- ]general",
        r"secretari[oa] general adjunt[oa]",
    ],
    "co-president": [
        r"co-?pr[ée]sidente?",
        r"co-?president(?:a|e)?",
        r"co-?chair(?:man|woman|person)?",
        r"co-?presidente?",
    ],
    "vice president": [r"vice-?pr[ée]sidente?", r"vice-?president(?:a|e)?"],
    "president": [r"pr[ée]sidente?", r"president(?:a|e)?", r"chair(?:man|woman|person)?"],
    "deputy mayor": [
        r"maire adjointe?",
        r"adjointe? (?:au|à la) maire",
        r"vice-?maire",
        r"deputy mayor",
        r"teniente de alcalde",
        r"vice-?alcaldesa?",
        r"primera? teniente de alcalde",
    ],
    "mayor": [
        r"maire",
        r"mairesse",
        r"lord mayor",
        r"executive mayor",
        r"mayor(?:ess)?",
        r"alcaldesa",
        r"alcalde",
        r"bourgmestre",
        r"intendente",
        r"intendenta",
        r"prefeit[oa]",
        r"burgomaster",
    ],
    "governor": [r"gouverneure?", r"governor", r"gobernador(?:a)?"],
    "executive director": [
        r"directeur ex[ée]cutif",
        r"directrice ex[ée]cutive",
        r"executive director",
        r"director(?:a)? ejecutiv[oa]",
    ],
    "director general": [
        r"directeur g[ée]n[ée]ral",
        r"directrice g[ée]n[ée]rale",
        r"director[- ]general",
        r"director(?:a)? general",
    ],
    "director": [r"directeur", r"directrice", r"director(?:a)?"],
    "board member": [
        r"membre du conseil d'administration",
        r"membre du conseil",
        r"board member",
        r"member of the board",
        r"miembro de la junta directiva",
        r"miembro del consejo",
    ],
    "councillor": [
        r"conseill[eè]re? municipale?",
        r"conseill[eè]re? r[ée]gionale?",
        r"councill?or",
        r"concejala?",
        r"regidora?",
    ],
    "minister": [r"ministre", r"minister", r"ministr[oa]"],
    "special rapporteur": [
        r"rapporteur sp[ée]cial",
        r"rapporteuse sp[ée]ciale",
        r"special rapporteur",
        r"relator(?:a)? especial",
    ],
    "head": [r"cheffe?", r"head", r"jef[ea]", r"responsable"],
    "coordinator": [r"coordinat(?:eur|rice)", r"coordinator", r"coordinador(?:a)?"],
    "advisor": [r"conseill[eè]re?", r"advis[oe]r", r"asesora?"],
    "officer": [r"charg[ée]e? de (?:mission|programme|projet)s?", r"officer", r"t[ée]cnic[oa]"],
    "representative": [r"repr[ée]sentante?", r"representative", r"representante"],
    "founder": [r"fondat(?:eur|rice)", r"founder", r"fundador(?:a)?"],
    "ambassador": [r"ambassad(?:eur|rice)", r"ambassador", r"embajador(?:a)?"],
    "member": [r"membre", r"member", r"miembro"],
    "professor": [r"professeure?", r"professor(?:a)?", r"profesor(?:a)?", r"catedr[aá]tic[oa]"],
    "researcher": [r"chercheu(?:r|se)", r"researcher", r"investigador(?:a)?", r"senior fellow", r"fellow"],
    "manager": [r"manager", r"gestionnaire", r"gerente", r"responsable de programme", r"program(?:me)? manager"],
    "secretary": [r"secr[ée]taire", r"secretary", r"secretari[oa]"],
    "treasurer": [r"tr[ée]sori[eè]re?", r"treasurer", r"tesorer[oa]"],
    "chief executive": [r"ceo", r"chief executive officer", r"chief executive"],
    "chief of staff": [r"chef(?:fe)? de cabinet", r"chief of staff", r"jef[ea] de gabinete"],
    "expert": [
        r"experte?",
        r"expert",
        r"expert[oa]",
        r"sp[ée]cialiste",
        r"specialist",
        r"especialista",
        r"analyst",
        r"analyste",
        r"analista",
        r"consultante?",
        r"consultant",
    ],
    "assistant": [r"assistante?", r"assistant", r"asistente"],
    "spokesperson": [r"porte-parole", r"spokes(?:person|man|woman)", r"portavoz"],
}
_OFFICE_PATTERNS = sorted(((p, role) for role, ps in OFFICES.items() for p in ps), key=lambda x: -len(x[0]))
_OFFICE_ALT = "|".join(f"(?:{p})" for p, _ in _OFFICE_PATTERNS)
# An office, optionally qualified ("directeur de programme", "former mayor"), then what it is of.
_QUALIFIERS = (
    r"(?:ancien(?:ne)?|former|ex|antigu[oa]|actuel(?:le)?|current|senior|principal|chief|lead|deputy|acting|"
    r"interim|int[ée]rimaire|adjoint(?:e)?|general|g[ée]n[ée]ral(?:e)?|policy|program(?:me)?|project|regional|"
    r"r[ée]gional(?:e)?|international|technical|technique|t[ée]cnic[oa]|political|"
    r"politique|pol[ií]tic[oa]|communications?|research|legal|juridique|special|sp[ée]cial(?:e)?)"
)
_AFTER = r"(?:[\s-]+(?:adjointe?|deputy|g[ée]n[ée]rale?|general|ejecutiv[oa]|ex[ée]cuti(?:f|ve)|executive|adjunt[oa]))*"
OFFICE = re.compile(
    rf"^(?P<whole>(?:{_QUALIFIERS}[\s-]+){{0,3}}(?P<office>{_OFFICE_ALT})\b{_AFTER})"
    r"(?P<rest>.*)$",
    re.I | re.S,
)
# Offices held in a body, not at its head: what follows them is often a field ("Professor of
# Urban Studies"), so it counts as a body only when it looks like one.
STAFF = {"professor", "researcher", "expert", "advisor", "officer", "manager", "assistant", "coordinator", "head",
         "member", "secretary", "spokesperson", "representative"}  # fmt: skip
OF = re.compile(
    r"^\s*(?:de la|de l'|des|du|de|d'|of the|of|del|de los|de las|at|for|at the|pour|para)\s*(?P<target>.+)$", re.I
)
CITY_OFFICES = {"mayor", "deputy mayor", "councillor", "governor"}


def office(segment: str) -> tuple[str, str, str] | None:
    """(canonical role, the office as written, what follows) when ``segment`` starts with an office."""
    m = OFFICE.match(segment.strip())
    if not m:
        return None
    role = next(role for p, role in _OFFICE_PATTERNS if re.fullmatch(p, m.group("office"), re.I))
    whole = m.group("whole").strip()
    if re.search(r"adjoint|deputy|adjunt", whole, re.I) and not role.startswith(("deputy", "vice")):
        role = f"deputy {role}"  # "Deputy Secretary General", "Directrice générale adjointe"
    return role, whole, m.group("rest")


def office_targets(rest: str) -> list[str]:
    """What an office is of, longest reading first: "de La Haye" -> ["La Haye", "Haye"]."""
    m = OF.match(rest)
    if not m:
        return []
    found = [m.group("target").strip()]
    short = re.match(r"^\s*(?:de|of|del)\s+(?P<target>.+)$", rest, re.I)
    if short and short.group("target").strip() != found[0]:
        found.insert(0, short.group("target").strip())
    return found


# Words that introduce people in an agenda, and the role they give.
CUES = [
    ("cochair", r"co-?chairs?\s*:|co-?chaired\s+by|co-?pr[ée]sid(?:ent|ente)s?\s*:|co-?pr[ée]sid[ée]e?s?\s+par|"
     r"co-?presidentes?\s*:|co-?presidid[oa]s?\s+por|co-?presidencia\s*:"),
    ("facilitator", r"facilitat(?:eur|rice|or)s?\s*:|facilitation(?:\s+et\s+[\w\s']+?)?\s+par|facilit[ée]e?s?\s+par|facilitated\s+by|facilitation\s+by|facilitad[oa]s?\s+por|facilitaci[oó]n\s*(?:de|por|:)|facilitation\s*:|facilitator\s*:|facilitateur\s*:|facilitatrice\s*:"),
    ("moderator", r"modera\s*:|animation\s*:|chair(?:person)?\s*:|pr[ée]sidence\s*(?:de\s+s[ée]ance\s*)?:|presidencia\s*:|mod[ée]ration\s*(?:par|:)|mod[ée]r[ée]e?s?\s+par|moderated\s+by|moderation\s*(?:by|:)|moderator\s*:|mod[ée]rat(?:eur|rice)\s*:|moderad[oa]s?\s+por|moderaci[oó]n\s*(?:de|por|:)|moderador(?:a)?\s*:|anim[ée]e?s?\s+par|chaired\s+by"),
    ("host", r"bienvenue\s+(?:par|de)|mot\s+de\s+bienvenue\s*(?:par|de|:)|welcome\s+(?:by|from|remarks\s+by)|opening\s+remarks\s+by|bienvenida\s+(?:por|de)|palabras\s+de\s+bienvenida\s*(?:de|por|:)|accueil\s+par|hosted\s+by|h[ôo]te\s*:"),
    ("presenter", r"pr[ée]sent(?:ation|[ée]e?s?)\s+par|presented\s+by|presentation\s+by|presentad[oa]s?\s+por|presentaci[oó]n\s+(?:de|por)"),
    ("speaker", r"(?:was|were|fue|fueron|a [ée]t[ée]|ont [ée]t[ée])\s+(?:opened|closed|presented|read|delivered|given|"
     r"inaugurated|ouverte?s?|cl[ôo]tur[ée]e?s?|pr[ée]sent[ée]e?s?|inaugur[ée]e?s?|lue?s?|inaugurad[oa]s?|le[ií]d[oa]s?|"
     r"presentad[oa]s?|clausurad[oa]s?|abiert[oa]s?)\s+(?:by|par|por)|intervenants?\s*:|intervenantes?\s*:|speakers?\s*:|panel(?:ists?)?\s*:|panellists?\s*:|ponentes?\s*:|oradores?\s*:|keynote\s+(?:by|speaker\s*:)|conclusions?\s+(?:par|by|por)|observations\s+(?:finales\s+)?par|remarks\s+by|discours\s+(?:de|par)|keynote\s*:|ponencia\s*(?:de|:)|ponente\s*:|conf[ée]rencier\w*\s*:"),
]  # fmt: skip
CUE = re.compile("|".join(f"(?P<{role}>{pattern})" for role, pattern in CUES), re.I)

# What a time slot's title says about the people listed under it.
SLOT_ROLES = [
    ("presenter", r"pr[ée]sentation|presentation|presentaci[oó]n|introduction au|introducci[oó]n al"),
    ("host", r"\bbienvenue|\bwelcome|\bbienvenida|\baccueil\b|opening|ouverture|apertura"),
    ("moderator", r"mod[ée]ration|moderation|moderaci[oó]n"),
]
TENTATIVE = re.compile(
    r"\(?\s*(?:[àa] confirmer|tbc|t\.b\.c\.|to be confirmed|tbd|por confirmar|a confirmar|sous r[ée]serve|"
    r"pending confirmation|sujeto a confirmaci[oó]n)\s*\)?",
    re.I,
)


def slot_role(title: str) -> str | None:
    for role, pattern in SLOT_ROLES:
        if re.search(pattern, title, re.I):
            return role
    return None
