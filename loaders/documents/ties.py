"""The year a tie between two cities began, said in a later sentence that names only one of them:
"la coopération entre Tulle et Aurillac ... Le maire d'Aurillac a salué cette coopération, qui a
démarré en 2011", "The twinning ... Lyon's mayor recalled the partnership, which began in 1998".

A sentence with a twinning cue (or the tie named again: ``tie_anaphors``) and a since-year (``dates.since``) that names one end of the page's
only tie of that city dates the tie, when the tie has no date yet; so does one that names both
ends together ("les deux villes": ``tie_pair_words``) when the page states one tie.
"""

from __future__ import annotations

from munigraph.loaders.documents import dates, lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import find_word
from munigraph.loaders.documents.twins import TWIN_CUE, cue_clause

_AGAIN = lexicon.word_class("tie_anaphors")
_PAIR = lexicon.word_class("tie_pair_words")


def since_later(facts: DocumentFacts) -> None:
    """Date an undated tie from a later sentence about it."""
    ties = [r for r in facts.relations.values() if r.type == "TWINNED_WITH"]
    if not any(not tie.props.get("since") for tie in ties):
        return
    dated = _dated_sentences(facts)
    for tie in ties:
        if tie.props.get("since"):
            continue
        for start, end, since in dated:
            if len(ties) == 1 and _PAIR.search(facts.view, start, end):
                tie.props["since"] = since  # "Les deux villes sont jumelées depuis 1963"
                break
            if not any(_named(facts, city, start, end) for city in (tie.source, tie.target)):
                continue
            if sum(1 for t in ties if _named_tie(facts, t, start, end)) == 1:
                tie.props["since"] = since
                break


def _dated_sentences(facts: DocumentFacts) -> list[tuple[int, int, str]]:
    """The sentences with a twinning cue (or a tie named again) and a since-year after it, each
    with that year: read once per page, not once per tie."""
    view = facts.view
    found = []
    for start, end in facts.context.sentences:
        cue = TWIN_CUE.search(view, start, end) or _AGAIN.search(view, start, end)
        since = cue and dates.since(view, cue.start(), cue_clause(view, start, end, cue)[1])  # not past a ";"
        if since:
            found.append((start, end, since))
    return found


def _named(facts: DocumentFacts, city: str, start: int, end: int) -> bool:
    entity = facts.entities[city]
    return any(
        find_word(facts.view[start:end], form, "-") >= 0
        for form in dict.fromkeys([entity.name, *entity.aliases])
        if form
    )


def _named_tie(facts: DocumentFacts, tie, start: int, end: int) -> bool:
    return _named(facts, tie.source, start, end) or _named(facts, tie.target, start, end)
