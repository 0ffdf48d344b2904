"""A body the text says is a section or a working body of another:

    UCLG Africa is the African section of United Cities and Local Governments.
    CGLU Afrique, section africaine de CGLU, ...
    La Comisión de Cultura es un grupo de trabajo de Mercociudades.

A known section, then a copula or a comma, then a noun of sections (lang/*.yaml
``section_nouns``): SECTION_OF the organisation named after "of". A council, then a noun of
councils (``council_nouns``): PART_OF it. Nothing is inferred from what the bodies are known to be
(the dev gold leaves SECTION_OF to the text's words).
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import trim
from munigraph.loaders.documents.resolve import add_org

_LINK = re.compile(
    r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*(?:,[ \t]*|[ \t]+" + lexicon.words_re("copulas") + r"[ \t]+)"
    r"(?:(?:the|an?|la|le|el|una?|une)[ \t]+|l['’][ \t]*)?(?:[\w'’-]+[ \t]+){0,3}?"
    r"(?:(?P<section>"
    + lexicon.words_re("section_nouns")
    + r")|(?P<council>"
    + lexicon.words_re("council_nouns")
    + r"))"
    r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:of the|of|de la|de l['’]|del|du|des|de|d['’])[ \t]*(?:the[ \t]+)?",
    re.I,
)


def stated_parts(facts: DocumentFacts) -> None:
    """SECTION_OF and PART_OF stated after a body's name (see the module's doc)."""
    view = facts.view
    for span in sorted(set(facts.org_spans)):
        link = _LINK.match(view, span[1])
        owner_span = link and facts.org_span_at(link.end())
        if not owner_span:
            continue
        body, owner = add_org(facts, span), add_org(facts, owner_span)
        kinds = facts.entities[body].kind, facts.entities[owner].kind
        quote = trim(view, span[0], owner_span[1])
        if link.group("section") and kinds == ("Section", "Organisation"):
            facts.relate("SECTION_OF", body, owner, quote)
        elif (
            link.group("council")
            and kinds[0] == "Council"
            and kinds[1] in ("Organisation", "Section")
            and body != owner
        ):
            facts.relate("PART_OF", body, owner, quote)
