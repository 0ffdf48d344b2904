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


def test_cities_attend_through_the_mayors_or_representatives_listed_after_a_cue() -> None:
    facts = _facts(
        "The Steering Committee meeting was held online on 4 March 2024. The meeting was attended by "
        "12 members, among them the mayors or representatives of Lisbon, Oslo and Warsaw, etc. "
        "The mayors of Porto and Vienna sent letters.",
        "en",
    )
    attended = relations(facts, "ATTENDED")
    assert {(c, role) for c, _, role in attended} == {
        ("Lisbon", "participant"), ("Oslo", "participant"), ("Warsaw", "participant")
    }  # fmt: skip
    assert not {c for c, _, _ in attended} & {"Porto", "Vienna"}  # no attendance cue before them


def test_an_event_named_by_its_quoted_title_is_the_page_s_event() -> None:
    facts = _facts(
        "The charter was presented at the event “Streets for People: A Charter of Mayors” of the third "
        "Urban Mobility Summit. The virtual event featured the mayors of Lyon (France) and Quito (Ecuador) "
        "and was moderated by Ambassador Carla Ruiz, Special Representative for Urban Affairs.",
        "en",
    )
    title = "Streets for People: A Charter of Mayors"
    assert relations(facts, "PART_OF") == {(title, "third Urban Mobility Summit", None)}
    assert relations(facts, "ATTENDED") == {
        ("Lyon", title, "speaker"), ("Quito", title, "speaker"), ("Carla Ruiz", title, "moderator")
    }  # fmt: skip
    assert {e.name for e in facts.entities.values() if e.kind == "Person"} == {"Carla Ruiz"}
