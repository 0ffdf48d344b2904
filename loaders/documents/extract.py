"""The extraction pipeline: text in, :class:`DocumentFacts` out. The order matters: known
bodies first (their spans keep other rules off them), then events, agenda, prose, and last
the people spaCy finds in French prose where no rule read anything."""

from __future__ import annotations

from munigraph.graph.text import forget_cleaned
from munigraph.loaders.documents import (
    absences,
    agenda,
    anaphora,
    appointees,
    belongs,
    bodies,
    body_meetings,
    bureaus,
    card_rows,
    ceremonies,
    city_countries,
    dates,
    delegations,
    demonyms,
    diaries,
    elections,
    event_identity,
    event_owners,
    event_years,
    events,
    false_people,
    fields,
    first_person,
    heads,
    host_roles,
    inside_names,
    joint_bodies,
    local_bodies,
    meetings,
    membership,
    namesakes,
    ner,
    place_lines,
    possessive_owners,
    prose,
    publications,
    records,
    report_entries,
    represented,
    rosters,
    signatories,
    signature_blocks,
    speech,
    sub_events,
    successions,
    ties,
    triggers,
    turns,
    twins,
    venues,
)
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.context import Context


def extract(text: str, doc_id: str, language: str, *, sessions: bool = False) -> DocumentFacts:
    """Every fact the rules find in ``text``, each with the span it was read from.

    ``sessions``: make agenda time slots into session events, attended by the people listed
    under them (``munigraph load --sessions``).
    """
    dates.forget_texts()  # what is cached of a text holds for one document: no benchmark reads it again for free
    forget_cleaned()
    context = Context.prepare(text, language)  # read by every step below, changed by none
    facts = DocumentFacts(doc_id=doc_id, text=text, view=context.view, language=language, context=context)
    prose.countries_named(facts)
    prose.known_bodies(facts)
    prose.acronyms_in_parentheses(facts)
    bodies.acronyms_named(facts)
    bodies.councils(facts)
    bodies.numbered_councils(facts)
    bodies.title_councils(facts)
    joint_bodies.joint_bodies(facts)  # "un comité mixte de suivi": a Council (x-bodies2)
    belongs.stated_parts(facts)
    local_bodies.local_bodies(facts)  # after the named bodies, which may contain the noun
    inside_names.countries_outside_bodies(facts)  # "Association des maires de France": no page country (x-where)
    main_id = records.add_event_records(facts, events.extract_events(facts))  # calendar entries (x-records)
    series_id = next(
        (r.target for r in facts.relations.values() if r.type == "PART_OF" and r.source == main_id
         and facts.entities[r.target].props.get("event_type") == "series"),
        None,
    )  # fmt: skip
    slots = events.time_slots(facts, main_id, sessions)
    agenda.extract_agenda(facts, main_id, slots)
    events.prune_empty_sessions(facts)
    speech.co_chairs(facts, main_id)
    speech.participation(facts, main_id)
    speech.cued_in_prose(facts, main_id)
    speech.offices_in_prose(facts, main_id)
    speech.titled_people(facts, main_id)
    speech.offices_before_names(facts, main_id)
    speech.possessive_offices(facts)
    possessive_owners.possessive_offices(facts)  # "Tampere's mayor Kalle Roe" (x-offices3)
    speech.attributed_offices(facts)
    speech.offices_before_honorifics(facts, main_id)
    speech.offices_in_plural(facts, main_id)
    speech.offices_under_headings(facts, main_id)
    speech.offices_in_brackets(facts, main_id)
    demonyms.modifier_offices(facts)
    prose.people_mentioned(facts)
    speech.speakers_named(facts, main_id)
    speech.pronoun_speakers(facts, main_id)
    turns.speaker_turns(facts, main_id)  # "THE CHAIR (MS JANE ROE): ...": a record's speakers (x-speak)
    meetings.quoted_sessions(facts, main_id)
    rosters.councils_rosters(facts)
    rosters.appointments(facts)
    rosters.handovers(facts)
    heads.headed_bodies(facts)
    represented.represented_seats(facts)
    bureaus.bureau_members(facts)
    elections.elected(facts)
    prose.own_bodies(facts)
    prose.lists(facts, main_id, series_id)
    prose.membership(facts)
    prose.cities_joining(facts)
    membership.members(facts)
    membership.joined_lists(facts)
    membership.listed_members(facts)
    membership.member_headings(facts)  # "Member associations" over a list (x-links)
    events.named_events(facts)
    event_years.common_noun_events(facts)
    events.bodies_met(facts)
    meetings.ranked_meetings(facts)
    bodies.meetings_named_after_councils(facts)
    bodies.council_meetings(facts)
    meetings.organisers_by_name(facts)
    body_meetings.visits(facts)
    main_id = body_meetings.attended_bodies(facts, main_id)
    body_meetings.delegations(facts, main_id)
    ceremonies.ceremonies(facts, main_id)
    sub_events.sub_events(facts, main_id)
    signatories.signatories(facts, main_id)
    signatories.signed_for_cities(facts)
    signature_blocks.signature_blocks(facts)  # a signed text's closing block, its columns side by side (x-bodies2)
    fields.table_rows(facts, main_id)  # rows of tables, by their header words
    fields.field_lines(facts, main_id)  # "Host: X", "Lugar: Y": the event above the line
    records.form_records(facts)  # "Representante legal: X" over "Cargo: Y" in a form's block (x-records)
    meetings.participants(facts, main_id, prose.event_mentions(facts))
    meetings.delegations(facts, main_id)
    prose.event_organisers(facts)
    prose.bodies_organising(facts)
    event_owners.described_owners(facts)
    prose.event_places(facts)
    sub_events.held_dates(facts)
    prose.hosting_cities(facts)
    event_owners.hosts(facts, main_id)
    sub_events.venue_cities(facts)  # after every rule that places events
    venues.venue_lines(facts, main_id)
    prose.cities_in_prose(facts)
    place_lines.postal_addresses(facts)  # "9, rue des Halles, 75001 Paris" (x-places3)
    prose.cities_with_countries(facts)
    city_countries.cities_before_countries(facts)  # "Porto, Portugal", "Chile: Castro · Osorno" (x-links)
    city_countries.country_labelled_lines(facts)
    demonyms.towns_of_country_adjectives(facts)  # "la ville marocaine d'Agadir" (x-places2)
    city_countries.cities_in_regions(facts)  # "Rosario, Santa Fe, Argentina": the province no town (x-places2)
    card_rows.directory_cards(facts)  # a directory's cards: city, country, "Joined:", focal point (x-cards)
    twins.twinnings(facts)
    twins.twin_lists(facts)
    twins.introduced_twin_lists(facts)  # "The city has eleven twin cities:" over its lines (x-ties3)
    delegations.cities_attending(facts, main_id)  # after the twinnings it may refer to
    ties.since_later(facts)
    anaphora.unnamed_city_speakers(facts)
    appointees.appointed_people(facts)  # "Jane Roe has been appointed ...": the triggers read the office (x-genres)
    triggers.relations_by_triggers(facts)  # fills the gaps the rules above left, by trigger class and position
    namesakes.page_namesakes(facts)  # once every city is read: the page's country decides namesakes
    prose.countries_after_cities(facts)  # after every step that adds cities
    if ner.named_people(facts, main_id):  # people only spaCy found may attend what they took part in
        meetings.participants(facts, main_id, prose.event_mentions(facts))
        triggers.relations_by_triggers(facts)  # and the people only spaCy found
    successions.predecessors(facts)  # once every office is read: a predecessor held the successor's (x-offices3)
    turns.roles_taken(facts, main_id)  # "X acted as moderator" (x-speak)
    absences.absences(facts, main_id)  # "could not attend; represented by X": no attendance; X attends (x-speak)
    turns.attendance_under_headings(facts, main_id)  # "Panel 2: ..." over a report's paragraphs (x-speak)
    sub_events.attendance_in_parts(facts, main_id)  # after every rule that reads attendance (x-events)
    event_identity.identify(facts)  # "Taller «X»" and "X", "the Summit" and "Summit of X": one event each
    report_entries.dated_entries(facts)  # "22/01 —" under "ENERO": the entry's day (x-where)
    event_years.years_in_names(facts)  # after every step that dates events
    event_identity.lone_parts(facts)  # "Apertura" alone: its id carries its day or page (x-where)
    publications.publication_items(facts)  # "▌Presse Océan — 6 octobre": a paper, no event (x-where)
    anaphora.titled_surnames(facts)  # "Rapporteur : Mme Mercadier": the page's one Hélène Mercadier (x-attend3)
    false_people.drop_people_named_as_bodies(facts)  # "hosted by Dijon Métropole": no one (x-prec2)
    host_roles.guests_who_speak(facts)  # a welcome's guests speak; the host town's officials host (x-prec2)
    diaries.diary_entries(facts)  # a diary's timed entries: events its owner attends (x-dates2)
    first_person.first_person_attendance(facts)  # "I spoke at the X": the byline's person attends (x-dates2)
    return facts
