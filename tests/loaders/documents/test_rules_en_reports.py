"""English meeting reports in prose: sentence ends, pronouns, lists of cities that attend,
events named by a quoted title. Each rule on sentences written for the test."""

from __future__ import annotations

from munigraph.loaders.documents.context import Context

from tests.loaders.documents.helpers import facts_of, relations


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
    facts = facts_of(
        "The Regional Forum 2024 was held in Cork on 3 May 2024. Mayor Aoife Brennan came by train "
        "from Galway. She underscored the role of towns. Two mayors, Tom Reid and Ewa Nowak, joined later. "
        "He stressed that costs rose.",
        "en",
    )
    attended = relations(facts, "ATTENDED")
    assert ("Aoife Brennan", "Regional Forum 2024", "speaker") in attended
    assert not {p for p, _, _ in attended} & {"Tom Reid", "Ewa Nowak"}  # two people before "He": no guess


def test_cities_attend_through_the_mayors_or_representatives_listed_after_a_cue() -> None:
    facts = facts_of(
        "The Steering Committee meeting was held online on 4 March 2024. The meeting was attended by "
        "12 members, among them the mayors or representatives of Lisbon, Oslo and Warsaw, etc. "
        "The mayors of Porto and Vienna sent letters. The Mayor of Ghent, Lies Claes, attended too. "
        "The participation of the Mayor of Turin is to be confirmed, Marco Neri. It was attended by Ida Berg, "
        "Mayor of Bergen.",
        "en",
    )
    attended = relations(facts, "ATTENDED")
    assert {(c, role) for c, _, role in attended if c not in ("Lies Claes", "Marco Neri", "Ida Berg")} == {
        ("Lisbon", "participant"), ("Oslo", "participant"), ("Warsaw", "participant")
    }  # fmt: skip
    assert not {c for c, _, _ in attended} & {"Porto", "Vienna", "Ghent", "Turin", "Bergen"}  # no cue; named


def test_an_event_named_by_its_quoted_title_is_the_page_s_event() -> None:
    facts = facts_of(
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


def test_a_body_that_represented_its_members_at_a_meeting_attends_it() -> None:
    facts = facts_of(
        "12 June 2023 | UCLG Africa represented its members at the Global Urban Summit in Nairobi. "
        "The network thanked the hosts.",
        "en",
    )
    assert ("UCLG Africa", "Global Urban Summit in Nairobi", "participant") in relations(facts, "ATTENDED")


def test_a_person_who_chaired_a_committee_meeting_moderated_that_meeting() -> None:
    facts = facts_of(
        "The Executive Bureau met in Lisbon on 3 April 2024. Mayor Ines Duarte of Braga chaired the "
        "Audit Committee meeting of UCLG. Mayor Paul Weber chaired the Bureau for two years.",
        "en",
    )
    meeting = "Audit Committee meeting"
    assert ("Ines Duarte", meeting, "moderator") in relations(facts, "ATTENDED")
    assert (meeting, "Audit Committee (UCLG)", "organiser") in relations(facts, "ORGANISED_BY")
    assert not {(p, e) for p, e, _ in relations(facts, "ATTENDED") if p == "Paul Weber"}  # no meeting named


def test_an_office_between_a_cue_and_a_name_does_not_hide_the_name() -> None:
    facts = facts_of(
        "The Annual Forum of Mayors took place on 2 May 2024 in Turin. The forum was chaired by the "
        "President of the network and Mayor of Bari Mr. Carlo Neri, and the Secretary General Ms. Vera Lind.",
        "en",
    )
    attended = relations(facts, "ATTENDED")
    assert {(p, role) for p, _, role in attended} >= {("Carlo Neri", "moderator"), ("Vera Lind", "moderator")}


def test_a_meeting_reported_from_in_prose_with_speakers_named_by_title_and_surname() -> None:
    facts = facts_of(
        "Mayor of Leeds, Helen Booth, welcomed Mayor of Dortmund, Klaus Richter, at the Civic Hall.\n\n"
        "At the friendship charter ceremony, Mayor Booth said the two cities share a long history. "
        "Mayor Richter also said the ties will grow. Representatives from all sister cities were present "
        "at the ceremony.\n\nLeeds has two sister cities, including Dortmund and Lille.",
        "en",
    )
    attended = relations(facts, "ATTENDED")
    ceremony = "friendship charter ceremony"
    assert ("Helen Booth", ceremony, "speaker") in attended  # "Mayor Booth" is Helen Booth
    assert ("Klaus Richter", ceremony, "speaker") in attended  # "also said"
    assert {e.name for e in facts.entities.values() if e.kind == "Person"} == {"Helen Booth", "Klaus Richter"}
    assert {(c, role) for c, e, role in attended if e == ceremony and c in ("Dortmund", "Lille", "Leeds")} == {
        ("Dortmund", "participant"), ("Lille", "participant")
    }  # fmt: skip  # Leeds, twinned with both, is the host, not one of its sister cities


def test_a_press_dateline_dates_the_story_not_the_summit_it_announces() -> None:
    facts = facts_of(
        "Vienna, March 3, 2025 – Summit of Danube Mayors. The meeting on river protection is scheduled "
        "April 10 and 11 in the City Hall. The Mayors’ Breakfast Meeting will be held on the morning of April 11.",
        "en",
    )
    summit = next(e for e in facts.entities.values() if e.name == "Summit of Danube Mayors")
    assert (summit.props["start"], summit.props["end"]) == ("2025-04-10", "2025-04-11")
    assert ("Mayors' Breakfast Meeting", "Summit of Danube Mayors", None) in relations(facts, "PART_OF")


def test_people_listed_under_an_opening_slot_are_speakers_under_a_welcome_slot_hosts() -> None:
    facts = facts_of(
        "Programme\n"
        "09:00-09:20 Opening\n"
        "  • Nora Lind, Mayor, Malmo, Sweden\n"
        "09:20-10:00 Opening of the conference and adoption of the agenda\n"
        "  • Piet Claes, Deputy Mayor, Ghent, Belgium\n",
        "en",
    )
    assert {(p, role) for p, _, role in relations(facts, "ATTENDED")} == {
        ("Nora Lind", "host"),
        ("Piet Claes", "speaker"),
    }


def test_the_people_with_whom_a_quoted_session_is_held_speak_in_it() -> None:
    facts = facts_of(
        "The Danube Mayors Summit took place in Vienna on 10 April 2025. It closed with a dialogue on "
        "“Rivers that join our cities”, with the director of the River Museum, Eva Novak.",
        "en",
    )
    assert ("Eva Novak", "Rivers that join our cities", "speaker") in relations(facts, "ATTENDED")
