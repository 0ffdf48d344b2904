"""What a clause says of its relations: stated, or not (yet) true. Read once in the preparation.

Pages state relations that do not hold: negated ("X did not attend", "Lille n'est pas membre",
"no asistió"), intended or planned ("X plans to twin with Y", "souhaite rejoindre le réseau",
"estudia hermanarse con"), invited or called for ("mayors are invited to attend", "les villes
intéressées peuvent adhérer", "pueden sumarse"), conditional or asked ("could host the next forum",
"Manchester is not twinned with Freetown, is it?"); and relations marked tentative ("(TBC)", "sous
réserve", "por confirmar"). Each clause holding a cue of one of these word classes
(lang/*.yaml: ``negations`` and ``absence_cues``, ``modality_intended``, ``modality_invited``, ``modality_conditional``,
``tentative``) gets that modality; a clause ends at a sentence or line end, a semicolon or a
contrasting word (``clause_breaks``: "but", "mais", "pero"), so "X did not attend, but Y spoke"
keeps Y's relation. Phrases that hold a cue word but state the relation (``modality_exceptions``:
"not only", "à l'invitation de", "aunque no") are read first and hide their words.

A relation read from a span inside such a clause is not a fact (:data:`BLOCKS`), or an
attendance is tentative; :meth:`Reading.of_span` is the one function the steps ask, through
``DocumentFacts.relate`` (every relation passes there) and ``Context.modality_at`` (a step that
reads a verb asks before it reads the verb's arguments).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from munigraph.loaders.documents import lexicon

ASSERTED = "asserted"
NEGATED = "negated"
INTENDED = "intended"
INVITED = "invited"
CONDITIONAL = "conditional"
TENTATIVE = "tentative"

# The word class of each modality, in the order a clause takes them when it holds several
# (a negated intention is no fact either; "(TBC)" in a negated clause does not make it tentative).
_CLASSES = (
    (NEGATED, ("negations", "absence_cues")),  # "sent her apologies", "s'est excusé", "se excusó"
    (CONDITIONAL, ("modality_conditional",)),
    (INVITED, ("modality_invited",)),
    (INTENDED, ("modality_intended",)),
    (TENTATIVE, ("tentative",)),
)
_RANK = {name: rank for rank, (name, _) in enumerate(_CLASSES)}

# Which relations each modality keeps from being facts. An office, an affiliation or a country
# is said of a person or a city beside the clause's verb ("Jane Roe, Mayor of Lyon, did not attend"),
# so no modality blocks them; nor an event's place ("thanked him for inviting her to the Conference held in X").
_DONE = frozenset({"ATTENDED", "MEMBER_OF", "TWINNED_WITH", "CO_CHAIRS", "ORGANISED_BY"})
BLOCKS: dict[str, frozenset[str]] = {
    NEGATED: _DONE,
    CONDITIONAL: _DONE,  # "Lyon could host the next Forum": an event's place is said beside such clauses too
    INVITED: frozenset({"ATTENDED", "MEMBER_OF", "TWINNED_WITH"}),  # an invitation names its host truly
    INTENDED: frozenset({"MEMBER_OF", "TWINNED_WITH"}),  # a planned visit is attended (gold: confirmed)
    TENTATIVE: frozenset(),  # the attendance stays, its status is tentative
    ASSERTED: frozenset(),
}
_WORD_EDGE = r"[\w-]"
_LOOK_BACK = 8  # clauses starting before a span looked through for one that holds it (clauses rarely nest)


@cache
def _cues(language: str) -> re.Pattern[str]:
    """One pattern of every cue of ``language``: exceptions first, so that at one place they win."""
    groups = [f"(?P<none>{lexicon.words_re('modality_exceptions', language)})"]
    groups += [
        f"(?P<{name}>{lexicon.alternation([w for key in keys for w in lexicon.words(key, language)])})"
        for name, keys in _CLASSES
    ]
    # a cue ending in an elision ("n'a pas") has no word edge after it, and no capital: "N’Djamena" is a name
    elided = r"(?<=['’])(?-i:(?![A-ZÀ-Þ]))"
    return re.compile(rf"(?<!{_WORD_EDGE})(?:{'|'.join(groups)})(?:{elided}|(?!{_WORD_EDGE}))", re.I)


@cache
def _breaks(language: str) -> re.Pattern[str]:
    words = lexicon.words_re("clause_breaks", language)
    return re.compile(rf";|\n|,?[ \t]+{words}(?![\w-])", re.I)


@dataclass(frozen=True)
class Reading:
    """The clauses of a text that are not plainly asserted: sorted (start, end, modality)."""

    clauses: tuple[tuple[int, int, str], ...]

    @classmethod
    def read(cls, view: str, language: str, sentences: tuple[tuple[int, int], ...]) -> Reading:
        """Every cue's clause, and every question (a sentence ending in "?") as conditional.

        >>> from munigraph.loaders.documents.markup import sentences
        >>> text = "Lyon did not attend, but Porto spoke. Will Lyon join?"
        >>> Reading.read(text, "en", tuple(sentences(text))).clauses
        ((0, 19, 'negated'), (38, 53, 'conditional'))
        """
        found: dict[tuple[int, int], str] = {}
        breaks = _breaks(language)
        starts = [s for s, _ in sentences]
        for cue in _cues(language).finditer(view):
            kind = cue.lastgroup
            if kind is None or kind == "none":
                continue
            clause = _clause(view, sentences, starts, breaks, cue.start(), cue.end())
            if clause not in found or _RANK[kind] < _RANK[found[clause]]:
                found[clause] = kind
        for start, end in sentences:
            last = view[start:end].rstrip()
            if last.endswith("?") and "\n" not in last:  # a question in prose, not a heading's title
                # what stands before a colon labels or leads to the question ("FROM THE FLOOR (MR X): ...?",
                # "Une question pour vous : ...?"): the speaker's turn is asserted, only the question is not
                lead = last.rfind(":") + 1
                found.setdefault((start + lead, start + len(last)), CONDITIONAL)
        return cls(tuple(sorted((s, e, kind) for (s, e), kind in found.items())))

    def under_leads(self, view: str, entries: tuple[tuple[int, int], ...]) -> Reading:
        """This reading with each list entry under a lead line ("We have invited:", "Nous avons invité :",
        "Hemos invitado a:") read in the lead's modality: the lead's cue is the entries' cue (x-attend3).

        >>> text = "We have invited:\\n- Ana Roe\\n- Ben Poe\\n\\nSpeakers:\\n- Cy Doe\\n"
        >>> from munigraph.loaders.documents.markup import sentences
        >>> r = Reading.read(text, "en", tuple(sentences(text))).under_leads(text, ((19, 26), (29, 36), (50, 56)))
        >>> [r.of_span(s, e) for s, e in ((19, 26), (29, 36), (50, 56))]
        ['invited', 'invited', 'asserted']
        """
        added, kind, previous = [], ASSERTED, None
        for start, end in entries:
            line_start = view.rfind("\n", 0, start) + 1
            if previous is None or view[previous:line_start].strip():  # no list entry right above: a lead's line may be
                lead = view[:line_start].rstrip()
                kind = self.of_span(len(lead) - 2, len(lead) - 1) if lead.endswith(":") else ASSERTED
            if kind != ASSERTED:
                added.append((start, end, kind))
            previous = end
        if not added:
            return self
        return Reading(tuple(sorted({*self.clauses, *added})))

    def of_span(self, start: int, end: int) -> str:
        """The modality of the clause that holds all of ``start``..``end`` (the strongest of several),
        else asserted: a span wider than a clause is read from more than the cue's clause."""
        index = bisect.bisect_right(self.clauses, (start, 1 << 62, "~"))
        best = ASSERTED
        for s, e, kind in self.clauses[max(0, index - _LOOK_BACK) : index]:
            if s <= start and end <= e and (best == ASSERTED or _RANK[kind] < _RANK[best]):
                best = kind
        return best

    def blocks(self, rel_type: str, start: int, end: int) -> bool:
        """Whether a relation of ``rel_type`` read at ``start``..``end`` is stated as not (yet) true."""
        return rel_type in BLOCKS.get(self.of_span(start, end), frozenset())


def _clause(
    view: str, sentences: tuple[tuple[int, int], ...], starts: list[int], breaks: re.Pattern[str], s: int, e: int
) -> tuple[int, int]:
    """The clause around the cue at ``s``..``e``: its sentence, cut at line ends, semicolons and contrasting words."""
    index = bisect.bisect_right(starts, s) - 1
    low, high = sentences[index] if index >= 0 and sentences[index][1] > s else (s, e)
    low = max(low, view.rfind("\n", 0, s) + 1)
    for cut in breaks.finditer(view, low, s):
        low = cut.end()
    after = breaks.search(view, e, max(high, e))
    high = after.start() if after else max(high, e)
    while high > low and view[high - 1] in " \t":
        high -= 1
    return _inside_quotation(view, low, max(high, e), s)


# opening and closing marks of a quotation; what is denied inside it is the quoted words', not the sentence's
_QUOTES = {"«": "»", "“": "”", "„": "“"}


def _inside_quotation(view: str, low: int, high: int, s: int) -> tuple[int, int]:
    """The quotation around position ``s`` inside ``low``..``high`` when there is one, else the clause:
    "« Les villes ne peuvent plus attendre », a rappelé X": the quote's negation, X's statement asserted."""
    for opening, closing in _QUOTES.items():
        start = view.rfind(opening, low, s)
        if start < 0:
            continue
        end = view.find(closing, s, high)
        if end >= 0 and view.rfind(closing, start + 1, s) < 0:
            return start, end + 1
    if view.count('"', low, s) % 2:  # straight quotes (the view writes « » as "): inside when an odd count precedes
        end = view.find('"', s, high)
        if end >= 0:
            return view.rfind('"', low, s), end + 1
    return low, high
