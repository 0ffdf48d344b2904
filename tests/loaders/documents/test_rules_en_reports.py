"""English meeting reports in prose: sentence ends, pronouns, lists of cities that attend,
events named by a quoted title. Each rule on sentences written for the test."""

from __future__ import annotations

from munigraph.loaders.documents.context import Context

from tests.loaders.documents.test_rules_fr_es import _facts, relations


def _sentences(text: str) -> list[str]:
    context = Context.prepare(text, "en")
    return [context.view[s:e] for s, e in context.sentences]


def test_a_stop_inside_a_number_or_an_abbreviation_ends_no_sentence() -> None:
    assert _sentences("From 8 a.m. to 2.45 p.m., two panels will meet. Then Ana Lee spoke.") == [
        "From 8 a.m. to 2.45 p.m., two panels will meet.",
        "Then Ana Lee spoke.",
    ]
    assert _sentences("She works for the U.S. Department of Labor. It was late.") == [
        "She works for the U.S. Department of Labor.",
        "It was late.",
    ]
    assert _sentences("The talks end at 6 p.m. The mayor left.") == ["The talks end at 6 p.m.", "The mayor left."]
    assert _sentences("Mayors of Lille (France). – Ghent (Belgium) came. Next.") == [
        "Mayors of Lille (France). - Ghent (Belgium) came.",
        "Next.",
    ]


def test_a_pronoun_opening_a_sentence_speaks_for_the_one_person_named_before() -> None:
    facts = _facts(
        "The Regional Forum 2024 was held in Cork on 3 May 2024. Mayor Aoife Brennan came by train "
        "from Galway. She underscored the role of towns. Two mayors, Tom Reid and Ewa Nowak, joined later. "
        "He stressed that costs rose.",
        "en",
    )
    attended = relations(facts, "ATTENDED")
    assert ("Aoife Brennan", "Regional Forum 2024", "speaker") in attended
    assert not {p for p, _, _ in attended} & {"Tom Reid", "Ewa Nowak"}  # two people before "He": no guess
