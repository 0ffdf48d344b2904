"""Records of speech (x-speak): a session's verbatim record or minutes written in speaker turns, each turn
a line that opens with its speaker's label ("THE CHAIR (MS JANE ROE):", "COUNCILLOR ROE:", "FROM THE FLOOR
(MR JOHN POE, LEEDS CITY COUNCIL):", "Mme Anne Roux :", "La Sra. Ana Ruiz (Alcaldía de Lima):").

Each speaker attends the session the record is of, in the role the label gives (lang/*.yaml "turn_roles":
the chair moderates, the floor takes part; anyone else speaks). Who speaks: the name in the label or in its
brackets, else the person the turn introduces ("I am Jane Roe, Mayor of Leeds", "je suis ...", "soy ...",
lang/*.yaml "self_intro_cues"), else the one person named before whose surname the label gives ("COUNCILLOR
ROE"). The offices a speaker states after their name are read by speech.offices_after. A document is read as a
record only when two turns at least speak in the first or second person (lang/*.yaml "turn_speech_words"): a
programme's "MODERATOR: Jane Roe" lines are not turns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from munigraph.graph.resolution import people
from munigraph.graph.text import fold
from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import add_affiliation, add_person
from munigraph.loaders.documents.speech import offices_after
from munigraph.loaders.documents.sub_events import move_attendance

_SPACE = r"[ \t\u00a0\u202f]"
# A label in capitals ("THE CHAIR", "LORD MAYOR LOLO") or opened by an article or honorific ("La Sra. Ana Ruiz",
# "M. le Président"), an optional bracket, then a colon or a dash ("M. le Président. —"; the view writes "-").
_TURN = re.compile(
    rf"^{_SPACE}*(?P<label>[A-ZÀ-Þ][\w'’. -]{{1,50}}?){_SPACE}*(?:\((?P<who>[^()\n]{{2,90}})\))?"
    rf"{_SPACE}*(?::|\.?{_SPACE}+[-–—]{_SPACE})(?P<said>[^\n]*)",
    re.M,
)
_MIN_TURNS = 2  # a record has two speaking turns at least
_MIN_SAID = 3  # words a turn says


@dataclass(frozen=True)
class _Turn:
    start: int  # where the line starts
    label: tuple[int, int]
    who: tuple[int, int] | None  # the bracket's text
    said: tuple[int, int]  # what the speaker says, to the next turn


def _role_patterns(key: str, before: str, after: str) -> list[tuple[str, re.Pattern[str]]]:
    """Each role of the table ``key`` with the pattern of its phrases between ``before`` and ``after``."""
    return [
        (role, re.compile(before + lexicon.alternation(phrases) + after, re.I))
        for role, phrases in lexicon.table(key).items()
        if phrases
    ]


@cache
def _role_labels() -> list[tuple[str, re.Pattern[str]]]:
    return _role_patterns("turn_roles", "^", "$")


@cache
def _speech_words() -> re.Pattern[str]:
    return lexicon.word_class("turn_speech_words", joiners="'’")


@cache
def _self_intro() -> re.Pattern[str]:
    """ "I am Jane Roe", "My name is Jane Roe, and I am the Mayor of X": the name right after the cue."""
    return re.compile(r"(?<![\w'’])" + lexicon.words_re("self_intro_cues") + rf"{_SPACE}+(?=[A-ZÀ-Þ])", re.I)


@cache
def _intro_copula() -> re.Pattern[str]:
    """ ", and I am the Executive Chairman of X": the copula between a self-introduced name and the office."""
    return re.compile(rf"{_SPACE}*,?{_SPACE}*" + lexicon.words_re("self_intro_copulas") + rf"{_SPACE}+", re.I)


def _turns(view: str) -> list[_Turn]:
    found = []
    for m in _TURN.finditer(view):
        label = m.group("label").strip(" .")
        if not _label_form(label) or len(m.group("said").split()) < _MIN_SAID:
            continue
        who = m.span("who") if m.group("who") else None
        found.append(_Turn(m.start(), (m.start("label"), m.start("label") + len(label)), who, m.span("said")))
    # what a turn says runs to the next turn's line
    return [
        _Turn(t.start, t.label, t.who, (t.said[0], found[i + 1].start if i + 1 < len(found) else t.said[1]))
        for i, t in enumerate(found)
    ]


def _label_form(label: str) -> bool:
    """A speaker's label: in capitals, or opened by an honorific or an article ("Mme Roux", "La Sra. Ruiz")."""
    letters = [c for c in label if c.isalpha()]
    if len(letters) < 2 or len(label.split()) > 6:
        return False
    return label.upper() == label or people.leading_title(label.title() + " X") > 0 or bool(_role_of(label))


def _role_of(label: str) -> str | None:
    bare = re.sub(r"\s+", " ", label.strip(" .")).lower()
    return next((role for role, pattern in _role_labels() if pattern.match(bare)), None)


def speaker_turns(facts: DocumentFacts, main_id: str | None) -> None:
    """Each turn's speaker attends the record's session, with the role its label gives."""
    view = facts.view
    turns = [t for t in _turns(view) if _speech_words().search(view, *t.said)]
    if len(turns) < _MIN_TURNS:
        return
    event = _record_event(facts, turns[0].start) or main_id
    if not event:
        return
    known: dict[str, str] = {}  # a label -> the person it named before ("THE CHAIR")
    for turn in turns:
        label = view[slice(*turn.label)]
        key = fold(label)
        person = _speaker(facts, turn, label) or known.get(key)
        if not person:
            continue
        known[key] = person
        role = _role_of(label) or "speaker"
        quote = (turn.label[0], turn.who[1] + 1 if turn.who else turn.label[1])
        if not facts.has("ATTENDED", person, event):
            facts.relate("ATTENDED", person, event, quote, role=role, status="confirmed")


def _speaker(facts: DocumentFacts, turn: _Turn, label: str) -> str | None:
    view = facts.view
    bare = people.strip_titles(_titled(label))
    words = bare.split()
    if len(words) > 1 and label.upper() == label:  # "CHAIRMAN ROE", "MS ROE": the Roe named in the turn or before
        named = _surname_named(facts, turn, words[-1])
        if named:
            return named
    if people.looks_like_name(bare) and not _role_of(label):  # "La Sra. Ana Ruiz (Alcaldía de Lima)"
        start = turn.label[0] + label.lower().rfind(bare.split()[0].lower())
        person = _add_speaker(facts, (start, turn.label[1]))
        if turn.who:
            _affiliation(facts, person, (start, turn.who[1]), turn.who)
        return person
    if turn.who:  # "THE CHAIR (MS JANE ROE)", "FROM THE FLOOR (MR JOHN POE, LEEDS CITY COUNCIL)"
        inside = view[slice(*turn.who)]
        name = inside.split(",")[0]
        title = people.leading_title(_titled(name))
        if people.looks_like_name(_titled(name)[title:]):
            span = (turn.who[0] + title, turn.who[0] + len(name.rstrip()))
            person = _add_speaker(facts, span)
            rest = (span[1] + 1, turn.who[1])
            if "," in inside:
                _affiliation(facts, person, (span[0], turn.who[1]), rest)
            return person
    introduced = _introduced(facts, turn)
    if introduced:
        return introduced
    if len(words) == 1 and not _role_of(label) and not people.is_office_word(words[0]):
        return _surname_named(facts, turn, words[0])  # "COUNCILLOR ROE": the Roe named in the turn or before
    return None


def _add_speaker(facts: DocumentFacts, span: tuple[int, int]) -> str:
    """A person named in a label, written in capitals or not ("MR JOHN POE" is John Poe)."""
    surface = people.strip_titles(facts.surface(*span))
    if surface.upper() != surface:
        return add_person(facts, span)
    person = people.person_id(surface)
    facts.entity("Person", person, surface.title(), span)
    return person


def _titled(text: str) -> str:
    return text.title() if text.upper() == text else text


def _affiliation(facts: DocumentFacts, person: str, quote: tuple[int, int], span: tuple[int, int]) -> None:
    """ "(MR JOHN POE, LEEDS CITY COUNCIL)", "(Alcaldía de Lima)": the body or town the speaker comes from."""
    view = facts.view
    s, e = span
    while s < e and view[s] in " ,\t":
        s += 1
    if e - s < 2:
        return
    if offices_after(facts, person, quote[0], s, e):
        return
    found = add_affiliation(facts, (s, e), prefer_city=True)
    if found and found[1] in ("City", "Organisation"):
        facts.relate("AFFILIATED_WITH", person, found[0], quote)


def _introduced(facts: DocumentFacts, turn: _Turn) -> str | None:
    """ "I am Jane Roe, Mayor of Leeds": the person the turn introduces, with the offices stated after the name."""
    view = facts.view
    cue = _self_intro().search(view, *turn.said)
    if not cue:
        return None
    names = people_in(view, cue.end(), turn.said[1])
    if not names or names[0][0] != cue.end():
        return None
    person = add_person(facts, names[0])
    _offices_stated(facts, person, names[0], turn.said[1])
    return person


def _offices_stated(facts: DocumentFacts, person: str, name: tuple[int, int], limit: int) -> None:
    """The offices stated after a speaker's name, to the sentence's end ("Jane Roe, Mayor of Leeds";
    "Jane Roe, and I am the Mayor of Leeds")."""
    view = facts.view
    ends = [i for i in (view.find(c, name[1], limit) for c in ".;\n") if i >= 0]
    end = min(ends, default=limit)
    copula = _intro_copula().match(view, name[1], end)
    offices_after(facts, person, name[0], copula.end() if copula else name[1], end)


def _surname_named(facts: DocumentFacts, turn: _Turn, surname: str) -> str | None:
    """The person whose name ends with the label's surname: named in the turn ("Thank you. Jane Roe, Urban
    Officer at X"), else the one person with that surname read before."""
    view = facts.view
    folded = fold(surname)
    for s, e in people_in(view, *turn.said):
        if fold(view[s:e].split()[-1]) == folded:
            person = add_person(facts, (s, e))
            _offices_stated(facts, person, (s, e), turn.said[1])
            return person
    found = {
        i
        for i, e in facts.entities.items()
        if e.kind == "Person" and " " in e.name and fold(e.name.split()[-1]) == folded
    }
    return found.pop() if len(found) == 1 else None


def _record_event(facts: DocumentFacts, first_turn: int) -> str | None:
    """The session the record is of: the last event named above the first turn whose name opens with a numbered
    session head ("Session 4", "Atelier 2", "Mesa 3"), else the last event named above it."""
    view = facts.view
    numbered = re.compile(r"^(?:" + lexicon.words_re("session_heads") + r")\s*(?:\d+|[IVX]+)\b", re.I)
    above = sorted(
        (span[0], event_id)
        for event_id, span in facts.first_span.items()
        if event_id in facts.entities and facts.entities[event_id].kind == "Event" and span[0] < first_turn
    )
    for _, event_id in reversed(above):
        if numbered.match(view[facts.first_span[event_id][0] : facts.first_span[event_id][1]]):
            return event_id
    return above[-1][1] if above else None


_BRACKET_AFTER = re.compile(r"[ \t]*(\([^()\n]{3,80}\))")


@cache
def _acted_as() -> list[tuple[str, re.Pattern[str]]]:
    return _role_patterns("acted_as", r"(?<![\w'’])", r"(?![\w'’])")


def roles_taken(facts: DocumentFacts, main_id: str | None) -> None:
    """ "Jane Roe (Mayor of Leeds) acted as moderator", "Paul Roux a assuré la modération", "Ana Ruiz actuó como
    relatora": the last person named before the phrase in its sentence attends the page's event in the role the
    phrase gives (lang/*.yaml "acted_as")."""
    if not main_id:
        return
    view = facts.view
    for role, pattern in _acted_as():
        for m in pattern.finditer(view):
            sentence = facts.context.sentence_at(m.start())
            if sentence is None:
                continue
            named = [n for n in people_in(view, sentence[0], m.start()) if not view[n[1] : m.start()].count(";")]
            if not named:
                continue
            person = add_person(facts, named[-1])
            facts.relate("ATTENDED", person, main_id, (named[-1][0], m.end()), role=role, status="confirmed")
            bracket = _BRACKET_AFTER.match(view, named[-1][1], m.start())
            if bracket:  # "Lorena Gil (alcaldesa de Úbeda), actuó como moderadora": her office
                offices_after(facts, person, named[-1][0], bracket.start(1), bracket.end(1))


_HEADING_LINE = 100  # characters: a heading is shorter than a line of running text
_PROSE_AFTER = 100  # characters: the line under a heading is running text


def attendance_under_headings(facts: DocumentFacts, main_id: str | None) -> None:
    """A report's part heading ("Panel 2: Financing", "Atelier 3 — L'eau", "Mesa 1"), an event that is part of the
    page's event, over paragraphs of prose: the attendance of the page's event read below it, up to the next
    heading, is the part's ("The panel was moderated by Jane Roe" under "Panel 2")."""
    if not main_id:
        return
    lines = facts.context.lines
    headings = [i for i in range(len(lines)) if _heading(lines, i)]
    if not headings:
        return
    parts = [r.source for r in facts.relations.values() if r.type == "PART_OF" and r.target == main_id]
    for index, i in enumerate(headings):
        part = _part_named(facts, parts, lines[i])
        if not part:
            continue
        stop = lines[headings[index + 1]].start if index + 1 < len(headings) else len(facts.view)
        move_attendance(facts, main_id, part, facts.in_text((lines[i].end, stop)))


def _heading(lines: list, i: int) -> bool:
    """A short line alone above running text, with a blank line (or the top) above it."""
    text = lines[i].stripped
    if not text or len(text) >= _HEADING_LINE or text[-1] in ".;,:" or i + 1 >= len(lines):
        return False
    return (i == 0 or not lines[i - 1].stripped) and len(lines[i + 1].stripped) >= _PROSE_AFTER


def _part_named(facts: DocumentFacts, parts: list[str], line) -> str | None:  # noqa: ANN001 (a Line)
    """The one part of the page's event the heading line names (by a name of two words at least: "the panel"
    names no heading)."""
    folded = fold(line.text)
    named = [
        p
        for p in parts
        if (facts.first_span.get(p, (-1, -1))[0] in range(line.start, line.end))
        or any(" " in form and fold(form) in folded for form in (facts.entities[p].name, *facts.entities[p].aliases))
    ]
    return named[0] if len(named) == 1 else None
