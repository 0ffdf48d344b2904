"""One general relation step: the mentions of a sentence, the trigger words in it, and the
relation each trigger class gives between the mentions around it (lang/*.yaml ``relation_triggers``).

The specific rules run first; this step only fills gaps: it adds a relation where none of its
type joins the pair (or, for single-valued ones, none leaves the subject). A row names its
relation, the word classes (or words) that trigger it, the order of subject (S), trigger (T)
and object (O) in the text, and the properties it gives; the kinds at each end are the model's
(graph/model.yaml), narrowed by the row. One new trigger word then works in every construction.

>>> from munigraph.loaders.documents.extract import extract
>>> facts = extract("Lyon and Turin have been twinned since 1958.", "doc:t", "en")
>>> sorted(r.type for r in facts.relations.values() if r.type == "TWINNED_WITH")
['TWINNED_WITH']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from munigraph.graph.schema import load_model
from munigraph.loaders.documents import lexicon, markup, roles
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.resolve import home_town

_ARTICLE = re.compile(r"the|la|le|el|les|los|las|l['’]", re.I)
_MAX_GAP = 90  # characters between two elements of a row's order, unless the row says less
_MIN_ALIAS = 3  # shorter aliases are read only in capitals ("UN")
_SINGLE = frozenset({"HELD_IN", "ORGANISED_BY", "PART_OF"})  # an event has one, unless a list gives several


@dataclass(frozen=True)
class Row:
    """One trigger class: what it says between which mentions, in which order."""

    name: str
    relation: str
    trigger: re.Pattern[str]
    labels: tuple[str, ...]  # the property each group of the trigger gives (a table class's labels)
    label_prop: str
    order: tuple[str, ...]  # "S", "T", "O" in text order
    subjects: frozenset[str]
    objects: frozenset[str]
    props: tuple[tuple[str, str], ...]
    object_cue: re.Pattern[str] | None  # what must stand right before each mention after the trigger
    max_gap: int
    clause: bool  # a verb: another such trigger between two elements ends the clause
    tight: bool  # the subject stands next to the trigger or the object, only punctuation and titles between
    list_props: tuple[tuple[str, str], ...]  # what the row gives instead when a list names several objects
    fragments: tuple[str, ...] = ()  # its trigger words, for the one pattern of every row
    copula: bool = False  # tight, but a copula stands between ("Jane Roe is also the President of X")


def _fragments(key: str) -> dict[str, tuple[str, ...]]:
    """A lexicon class as {label: fragments}: a list class has one label, ''."""
    value = lexicon.lexicon("en").get(key)
    if isinstance(value, dict):
        return dict(lexicon.table(key))
    return {"": lexicon.words(key)}


def _merged_rows() -> dict[str, dict]:
    """Every language's rows, merged by name: words and classes joined, other fields the first file's."""
    merged: dict[str, dict] = {}
    for code in lexicon.languages():
        table = lexicon.lexicon(code)
        added = lexicon.extensions(code, "relation_triggers")
        specs = [*(table.get("relation_triggers") or {}).items(), *(r for rows in added for r in (rows or {}).items())]
        for name, spec in specs:
            row = merged.setdefault(name, {**spec, "words": [], "classes": [], "object_cue": []})
            for key in ("words", "classes", "object_cue"):
                for entry in spec.get(key) or ():
                    if entry not in row[key]:
                        row[key].append(entry)
    return merged


@cache
def rows() -> tuple[Row, ...]:
    """The trigger rows of every language, compiled once per process."""
    model = load_model().relationships
    built = []
    for name, spec in _merged_rows().items():
        relation = spec["relation"]
        by_label: dict[str, list[str]] = {}
        for key in spec["classes"]:
            for label, fragments in _fragments(key).items():
                by_label.setdefault(label, []).extend(fragments)
        by_label.setdefault("", []).extend(spec["words"])
        labels = tuple(label for label, fragments in by_label.items() if fragments)
        groups = "|".join(f"({lexicon.alternation(by_label[label])})" for label in labels)
        cue = spec["object_cue"]
        built.append(
            Row(
                name=name,
                relation=relation,
                trigger=re.compile(rf"(?<!\w)(?:{groups})(?!\w)", re.I),
                labels=labels,
                label_prop=spec.get("label_prop") or "",
                order=tuple(str(spec.get("order", "S T O")).split()),
                subjects=frozenset(spec.get("subjects") or model[relation].sources),
                objects=frozenset(spec.get("objects") or model[relation].targets),
                props=tuple(sorted((spec.get("props") or {}).items())),
                object_cue=re.compile(
                    rf"(?<!\w){lexicon.alternation(cue)}(?:(?<=['’])|(?!\w))\W*(?:\w+\W+){{0,3}}$", re.I
                )
                if cue
                else None,
                max_gap=int(spec.get("max_gap", _MAX_GAP)),
                clause=bool(spec.get("clause", True)),
                tight=bool(spec.get("tight", False)),
                copula=bool(spec.get("copula", False)),
                list_props=tuple(sorted((spec.get("list_props") or {}).items())),
                fragments=tuple(f for label in labels for f in by_label[label]),
            )
        )
    return tuple(built)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    ids: tuple[str, ...]


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    row: Row
    label: str


Aliases = tuple[
    dict[str, list[str]], dict[str, tuple[str, ...]]
]  # names by their first two characters, longest first; who each names


def _alias_index(facts: DocumentFacts) -> Aliases | None:
    """Every entity's names as written, by their first two characters, and which entities each names
    (looked up at each word of the text: no pattern of a page's names to compile for each page)."""
    owners: dict[str, list[str]] = {}
    for entity_id, entity in facts.entities.items():
        if entity.kind == "Document":
            continue
        for form in {entity.name, *entity.aliases}:
            if _generic(form):
                continue  # "la Ville", "the Commission": a common noun names no one entity
            if len(form) >= _MIN_ALIAS or (form.isupper() and len(form) >= 2):
                owners.setdefault(form, []).append(entity_id)
    if not owners:
        return None
    heads: dict[str, list[str]] = {}
    for form in sorted(owners, key=len, reverse=True):
        heads.setdefault(form[:2], []).append(form)
    return heads, {form: tuple(ids) for form, ids in owners.items()}


_WORD_START = re.compile(r"(?<!\w)\S")


@cache
def _common_nouns() -> frozenset[str]:
    """The words of a city government's name that name no city alone ("Ville", "Municipality")."""
    nouns = set()
    for prefix in lexicon.words("city_government_prefixes"):
        nouns.update(w.casefold() for w in prefix.split() if len(w) > 3 and w.isalpha())
    return frozenset(nouns)


@cache
def _common_noun() -> re.Pattern[str]:
    """A name that is only a kind of thing, not one: a body's or a meeting's head noun ("the Commission")."""
    return re.compile(
        lexicon.classes_re(
            "council_nouns", "own_org_nouns", "meeting_heads", "local_bodies", "city_government_suffixes"
        ),
        re.I,
    )


def _generic(form: str) -> bool:
    return form.casefold() in _common_nouns() or bool(_common_noun().fullmatch(form))


def _government_word(word: str) -> bool:
    """A city government's noun ("ville", "City", "Ayuntamiento"), not an office ("Alcaldía Mayor de")."""
    return word.casefold() in _common_nouns() and not roles.OFFICE_WORD.fullmatch(word)


@cache
def _city_words() -> frozenset[str]:
    """The words of a city government's name ("City of", "Ayuntamiento de"): the city follows them."""
    return frozenset(w.casefold() for p in lexicon.words("city_government_prefixes") for w in p.split())


@cache
def _any_trigger() -> re.Pattern[str]:
    """Every row's trigger words in one pattern: one pass over a unit finds where triggers start."""
    every = lexicon.alternation([f for row in rows() for f in row.fragments])  # rows share classes: each word once
    return re.compile(rf"(?<!\w){every}", re.I)


@cache
def _rows_by_opening() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Which rows can match where a text (lowered as re.I compares it) starts with each opening
    (markup.openings: two or three characters one of which starts every match of a row), and the
    rows whose matches have no such opening: a candidate place tries only the rows it can open."""
    by_opening: dict[str, list[int]] = {}
    always: list[int] = []
    for index, row in enumerate(rows()):
        found = markup.openings(row.trigger)
        if found is None:
            always.append(index)
            continue
        for opening in found:
            by_opening.setdefault(opening, []).append(index)
    return {o: tuple(i) for o, i in by_opening.items()}, tuple(always)


@cache
def _rows_opening(head: str) -> tuple[Row, ...]:
    """The rows that can match where the lowered text starts with ``head`` (three characters), in row order."""
    by_opening, always = _rows_by_opening()
    indexes = set(always)
    for size in range(1, len(head) + 1):
        indexes.update(by_opening.get(head[:size], ()))
    every = rows()
    return tuple(every[i] for i in sorted(indexes))


@cache
def _fragment_firsts() -> tuple[tuple[str, frozenset[str] | None], ...]:
    """Every row's trigger words (each once, in the order of :func:`_any_trigger`'s alternation) and
    the lowered characters their matches start with (None: no literal tells)."""
    fragments = [f for row in rows() for f in row.fragments]
    return tuple((f, markup.first_chars(re.compile(f"(?:{f})", re.I))) for f in dict.fromkeys(fragments))


@lru_cache(maxsize=512)
def _triggers_starting(char: str) -> re.Pattern[str]:
    """:func:`_any_trigger` with only the words that can start with ``char`` (lowered): where a
    text's lowered character is ``char``, the same match (an alternation matches with its first
    alternative that matches, and the others cannot), without trying a thousand words."""
    fragments = [f for f, firsts in _fragment_firsts() if firsts is None or char in firsts]
    return re.compile(rf"(?<!\w){lexicon.alternation(fragments)}", re.I)


@cache
def _trigger_places() -> re.Pattern[str]:
    """Where a trigger word can start: a character one of them starts with, or a match of one
    whose first character no literal tells."""
    chars = {c for _, firsts in _fragment_firsts() if firsts is not None for c in firsts}
    untold = [f for f, firsts in _fragment_firsts() if firsts is None]
    places = [f"[{''.join(re.escape(c) for c in sorted(chars))}]"] if chars else []
    if untold:
        places.append(lexicon.alternation(untold))
    return re.compile(rf"(?<!\w)(?={'|'.join(places) or '(?!)'})", re.I)


def _trigger_starts(view: str, start: int, end: int) -> Iterator[int]:
    """Where :func:`_any_trigger`'s matches in ``view[start:end]`` start (as its ``finditer`` finds
    them, one after the other): at each place only the words that can start there are tried."""
    folded = markup.folded(view)  # None: letters of other case equivalences, the one pattern reads
    if folded is None:
        yield from (m.start() for m in _any_trigger().finditer(view, start, end))
        return
    after = start
    for place in _trigger_places().finditer(view, start, end):
        at = place.start()
        if at < after:
            continue  # inside the last match: finditer goes on after it
        match = _triggers_starting(folded[at]).match(view, at, end)
        if match:
            yield at
            after = match.end()


def _clause_triggers(facts: DocumentFacts, start: int, end: int, unit_end: int) -> list[Trigger]:
    """The triggers in a unit: every row whose words start where one of the words of any row starts."""
    found: dict[tuple[int, int, str], Trigger] = {}
    folded = markup.folded(facts.view)  # None: letters of other case equivalences, every row is tried
    for at in _trigger_starts(facts.view, start, end):
        for row in rows() if folded is None else _rows_opening(folded[at : at + 3]):
            match = row.trigger.match(facts.view, at, unit_end)
            if match:
                label = row.labels[match.lastindex - 1] if match.lastindex else ""
                found.setdefault(
                    (match.start(), match.end(), row.name), Trigger(match.start(), match.end(), row, label)
                )
    ordered = sorted(found.values(), key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for trigger in ordered:  # a trigger inside a longer one is part of it ("co-organised by" over "organised by")
        if not kept or trigger.start >= kept[-1].end or (trigger.start, trigger.end) == (kept[-1].start, kept[-1].end):
            kept.append(trigger)
    return kept


@cache
def _tight() -> re.Pattern[str]:
    """What may stand between a name and the office next to it: punctuation, articles, qualifiers, honorifics."""
    small = lexicon.alternation(
        [*lexicon.words("office_qualifiers"), *lexicon.words("former_qualifiers"), *lexicon.words("honorifics")]
        + ["the", "la", "le", "el", "l['’]"]
    )
    indefinite = r"(?:(?:an?|une?|una?)\s+)?"  # "Jane Roe, a city councillor in X"
    return re.compile(rf"^\s*[,(:–—-][\s,(:–—-]*{indefinite}(?:{small}\.?[\s,]*){{0,3}}$", re.I)


@cache
def _copula() -> re.Pattern[str]:
    """What stands between a person and an office they are said to hold: a copula, then articles and
    qualifiers ("is also the current", "est aussi", "es actualmente la", "is a former": held before); not "candidate"."""
    small = lexicon.alternation(
        [
            *lexicon.words("office_qualifiers"),
            *lexicon.words("former_qualifiers"),  # "is a former Mayor of X": held before (former: true)
            *lexicon.words("copula_adverbs"),
            "the",
            "la",
            "le",
            "el",
            "l['’]",
            "a",
            "an",
            "un",
            "une",
            "una",
        ]
    )
    not_holding = lexicon.words_re("not_holding")
    copula = lexicon.words_re("copulas")
    joiner = lexicon.words_re("office_joiners")
    elected = rf"{lexicon.words_re('elected_participles')}\s+(?:{joiner}\s+)?"  # "was elected (as)", "élue à la"
    return re.compile(
        rf"^(?!.*(?<!\w){not_holding}(?!\w))\s*,?\s*(?:{copula}\s+(?:{elected})?|{elected})(?:{small}\s+){{0,4}}$",
        re.I | re.S,
    )


@cache
def _boundary() -> re.Pattern[str]:
    relatives = lexicon.words_re("relative_pronouns")
    return re.compile(rf"[;]|(?<!\w){relatives}(?!\w)", re.I)


@cache
def _relative_opening() -> re.Pattern[str]:
    """A relative clause opened after a comma and still open at the end of the text searched."""
    return re.compile(rf",\s*(?<!\w){lexicon.words_re('relative_pronouns')}\s[^,;.]*$", re.I)


@cache
def _apposition() -> re.Pattern[str]:
    """A comma after a name, then no joining word: what follows describes that name."""
    return re.compile(rf"^\s*,\s*(?!\s)(?!{lexicon.words_re('list_joints')}\s)[^;.]{{0,60}}$", re.I)


@cache
def _joint() -> re.Pattern[str]:
    """What stands between two items of a list: a joint, a bracketed country or an office after a name."""
    return re.compile(
        rf"^\)?(?:\s*\([^()]{{0,40}}\))?(?:,[^,;()]{{0,60}}?)?{lexicon.list_joint()}(?:(?:of|de|du|des|del)\s+|d['’])?"
        r"(?:the\s+|la\s+|le\s+|el\s+|l['’])?$",
        re.I,
    )


@cache
def _member_joint() -> re.Pattern[str]:
    """Between two bodies a city is a member of, the member noun said again ("a founding member of A and
    a member of B", "miembro de A y socio de B")."""
    nouns = lexicon.alternation([*lexicon.words("member_nouns"), *lexicon.words("restated_member_nouns")])
    return re.compile(
        rf"^{lexicon.list_joint()}(?:(?:also|aussi|también)\s+)?(?:an?\s+|une?\s+|una?\s+)?(?:\w+\s+)?{nouns}(?:\s+\w+)?\s+"
        r"(?:of|de|du|des|del|d['’])\s*(?:the\s+|la\s+|le\s+|el\s+|l['’])?$",
        re.I,
    )


@cache
def _modifier() -> re.Pattern[str]:
    """A mention that ends an office or a body's name ("Mayor of Lyon", "representatives of X") qualifies
    the word before it: it is no subject of the verb after it."""
    return re.compile(r"(?<!\w)(?:of|de|du|del|des|d['’])\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?$", re.I)


def _kind(facts: DocumentFacts, mention: Mention, kinds: frozenset[str]) -> str | None:
    """The one entity of an allowed kind the mention names (None when none or several)."""
    fitting = [i for i in mention.ids if i in facts.entities and facts.entities[i].kind in kinds]
    return fitting[0] if len(fitting) == 1 else None


class _Unit:
    """A sentence's mentions and triggers, and the search for the elements of a row around a trigger."""

    def __init__(self, facts: DocumentFacts, start: int, end: int, mentions: list[Mention], triggers: list[Trigger]):
        self.facts, self.start, self.end = facts, start, end
        self.mentions, self.triggers = mentions, triggers

    def _blocked(self, left: int, right: int, row: Row, skip: Trigger, tight: bool = False) -> bool:
        """Whether the text between two elements crosses a clause: ";", a relative pronoun (unless
        right after the first element: "the Forum, which took place in"), another verb trigger, or is too long."""
        if right - left > row.max_gap:
            return True
        gap = self.facts.view[left:right]
        if tight and not (_copula() if row.copula else _tight()).match(gap):
            return True
        for boundary in _boundary().finditer(gap):
            if gap[: boundary.start()].strip(" ,") or boundary.group() == ";":
                return True
        return any(
            t.start != skip.start and left <= t.start and t.end <= right and (t.row.clause or self._another(t, skip))
            for t in self.triggers
        )

    def _another(self, other: Trigger, trigger: Trigger) -> bool:
        """Whether a trigger of the same relation is another statement, not a word of the same
        ("représentant du président de X" is; "coordinadora técnica de X" is not)."""
        if other.row.relation != trigger.row.relation:
            return False
        left, right = sorted((other, trigger), key=lambda t: t.start)
        return bool(self.facts.view[left.end : right.start].strip())

    def _items(
        self,
        first: int,
        kinds: frozenset[str],
        step: int,
        single: bool = False,
        pair: bool = False,
        member: bool = False,
    ) -> list[tuple[str, Mention]]:
        """The list of mentions of one kind that the mention at index ``first`` belongs to, read in the
        direction ``step`` ("A, B and C joined": C, then B and A); a place that qualifies an office
        between them ("A, Mayor of Lyon, and B") is skipped. ``single``: the mention alone."""
        found: list[tuple[str, Mention]] = []
        index = first
        while 0 <= index < len(self.mentions):
            mention = self.mentions[index]
            entity = _kind(self.facts, mention, kinds)
            if entity is None or (
                found and self._modifies(mention) and not self._restated(found[-1][1], mention, member)
            ):
                index += step
                continue
            if found and entity == found[-1][0]:  # a name and its acronym ("Federación ... (FEMP)")
                found[-1] = (entity, mention)
                index += step
                continue
            if found:
                last = found[-1][1]
                left, right = (mention, last) if step < 0 else (last, mention)
                same = self.facts.entities[entity].kind == self.facts.entities[found[0][0]].kind
                gap = self.facts.view[left.end : right.start]
                if not same or not (
                    _joint().match(gap) or (pair and _PAIR_DASH.match(gap)) or (member and _member_joint().match(gap))
                ):
                    break
            found.append((entity, mention))
            if single:
                break
            index += step
        return found

    def _restated(self, one: Mention, other: Mention, member: bool) -> bool:
        """Two items joined by "and of" ("a member of A and of B", "member of A and a member of B"): the
        second restates the first's "of"."""
        left, right = sorted((one, other), key=lambda m: m.start)
        gap = self.facts.view[left.end : right.start]
        return bool(_joint().match(gap) or (member and _member_joint().match(gap)))

    def _modifies(self, mention: Mention) -> bool:
        """A mention after "of" ("Mayor of Lyon", "representatives of X") qualifies the word before it;
        not after a city government's words ("la ville de Nantes", "the City of Leeds": the city itself)."""
        before = self.facts.view[max(self.start, mention.start - 30) : mention.start]
        modifier = _modifier().search(before)
        if not modifier:
            return False
        head = re.search(r"(\w+)\s*$", before[: modifier.start()])
        return not (head and _government_word(head.group(1)))

    def _after(
        self,
        position: int,
        kinds: frozenset[str],
        row: Row,
        trigger: Trigger,
        cue: bool,
        tight: bool = False,
        pair: bool = False,
    ) -> list[tuple[str, Mention]]:
        for index, mention in enumerate(self.mentions):
            if mention.start < position or _kind(self.facts, mention, kinds) is None:
                continue
            if self._blocked(position, mention.start, row, trigger, tight):
                return []
            if cue and row.object_cue and not self._cued(row.object_cue, mention):
                return []
            if cue and tight is False and row.tight and not self._same_phrase(position, mention):
                return []
            return self._items(index, kinds, 1, single=tight, pair=pair, member=row.relation == "MEMBER_OF")
        return []

    def _same_phrase(self, position: int, mention: Mention) -> bool:
        """Whether an office's body follows it in the same phrase: after a comma only the body's name,
        its city-government words or the cue ("Director of Programmes, UCLG"; not "..., based at the Secretariat of X")."""
        gap = self.facts.view[position : mention.start]
        if "," not in gap:
            return True
        tail = gap.rsplit(",", 1)[1].split()
        return all(w.casefold() in _city_words() or _ARTICLE.fullmatch(w) for w in tail)

    def _cued(self, object_cue: re.Pattern[str], mention: Mention) -> bool:
        """Whether the object's cue stands before it, with no body's noun between ("of the association X")."""
        before = self.facts.view[max(self.start, mention.start - 60) : mention.start]
        found = object_cue.search(before)
        if not found:
            return False
        words = re.findall(r"\w+", before[found.start() :].casefold())
        return not any(
            (w in _common_nouns() or _common_noun().fullmatch(w)) and w not in _city_words() for w in words[1:]
        )

    def _before(
        self,
        position: int,
        kinds: frozenset[str],
        row: Row,
        trigger: Trigger,
        tight: bool = False,
        pair: bool = False,
        subject: bool = True,
    ) -> list[tuple[str, Mention]]:
        for index in range(len(self.mentions) - 1, -1, -1):
            mention = self.mentions[index]
            if mention.end > position or _kind(self.facts, mention, kinds) is None:
                continue
            if self._modifies(mention):
                continue  # "Jane Roe, Mayor of Lyon, attended": Lyon qualifies the office
            opening = self._closed_relative(mention, position)
            if opening is not None:  # "Jane Roe, who leads X, spoke": X is the clause's, not the verb's
                position = opening
                continue
            if self._blocked(mention.end, position, row, trigger, tight) or (
                subject and self._object_of_earlier(mention, trigger)
            ):
                return []
            return self._items(index, kinds, -1, single=tight, pair=pair)
        return []

    def _closed_relative(self, mention: Mention, position: int) -> int | None:
        """Where the relative clause holding ``mention`` opens, when a comma closes it before ``position``
        ("Jane Roe, who chairs the Committee, spoke"); None when the mention stands outside one, or the
        clause runs on to the trigger ("the Forum, which Jane Roe attended")."""
        if "," not in self.facts.view[mention.end : position]:
            return None
        start = max(self.start, mention.start - 60)
        opening = _relative_opening().search(self.facts.view[start : mention.start])
        return start + opening.start() if opening else None

    def _object_of_earlier(self, mention: Mention, trigger: Trigger) -> bool:
        """Whether ``mention`` stands after an earlier trigger of the same relation: it belongs to
        that statement ("A est jumelée avec B ... et a signé
        un pacte avec C": B is not C's twin; "the Mayor of X, Jane Roe, the Mayor of Y": Roe is X's)."""
        return any(
            t.start != trigger.start and t.row.relation == trigger.row.relation and t.end <= mention.start
            for t in self.triggers
        )

    def _apposed(self, trigger: Trigger) -> bool:
        """Whether the words from the trigger on stand in apposition to a person named just before
        ("A, secrétaire général et maire de X, B": the office is A's, not B's)."""
        before = [m for m in self.mentions if m.end <= trigger.start]
        if not before or not _kind(self.facts, before[-1], frozenset({"Person"})):
            return False
        return bool(_apposition().match(self.facts.view[before[-1].end : trigger.start]))

    def read(self, trigger: Trigger) -> tuple[list[tuple[str, Mention]], list[tuple[str, Mention]]]:
        """The subjects and objects a trigger links, by its row's order ([], [] when one side is missing).
        Subject and object side by side on one side of the trigger are a pair ("A and B are twinned",
        "a partnership between A and B"): one list of exactly two there."""
        row = trigger.row
        order = "".join(row.order)
        t = order.index("T")
        ends = {"S": row.subjects, "O": row.objects}
        if order == "SOT" or (order == "TSO" and not row.object_cue):  # with a cue, "admission of A to B" reads in turn
            found = (
                self._before(trigger.start, row.subjects | row.objects, row, trigger, pair=True)[::-1]
                if order == "SOT"
                else self._after(trigger.end, row.subjects | row.objects, row, trigger, cue=False, pair=True)
            )
            if len(found) != 2:
                return [], []
            first, second = found
            if (
                self.facts.entities[first[0]].kind in row.subjects
                and self.facts.entities[second[0]].kind in row.objects
            ):
                return [first], [second]
            return [], []
        if order[0] == "T" and row.tight and self._apposed(trigger):
            return [], []
        sides: dict[str, list[tuple[str, Mention]]] = {}
        position = trigger.start
        for element in reversed(order[:t]):  # leftwards from the trigger
            found = self._before(
                position, ends[element], row, trigger, row.tight and element == "S", subject=element == "S"
            )
            if not found:
                return [], []
            sides[element] = found
            position = min(m.start for _, m in found)
        position = trigger.end
        for element in order[t + 1 :]:  # rightwards
            found = self._after(position, ends[element], row, trigger, element == "O", row.tight and element == "S")
            if not found:
                return [], []
            sides[element] = found
            position = max(m.end for _, m in found)
        return sides.get("S", []), sides.get("O", [])


def _mentions(facts: DocumentFacts, aliases: Aliases, start: int, end: int) -> list[Mention]:
    """The longest name at each word, left to right, whole words only."""
    heads, owners = aliases
    view, found, after = facts.view, [], start
    for position in _head_starts(view, heads, start, end):
        if position < after:
            continue
        for form in heads.get(view[position : position + 2], ()):
            stop = position + len(form)
            if stop <= end and view.startswith(form, position) and not (stop < len(view) and _is_word(view[stop])):
                found.append(Mention(position, stop, owners[form]))
                after = stop
                break
    return found


def _head_starts(view: str, heads: dict[str, list[str]], start: int, end: int) -> list[int]:
    """Where a word starts (``_WORD_START``: no word character before a sign or a letter) with the
    first two characters of a name, in order: found with ``str.find`` for each name's head, not by
    looking up the head of every word of the text."""
    found = []
    for head in heads:
        at = view.find(head, start, end)
        while at >= 0:
            if not (at > 0 and _is_word(view[at - 1])) and not view[at].isspace():
                found.append(at)
            at = view.find(head, at + 1, end)
    found.sort()
    return found


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NEXT_CAPITAL = re.compile(r",\s*(?:\w+\s+)?[A-ZÀ-Ý]")  # ", B", ", depuis 1964, B": where a list's next item starts


def _year(facts: DocumentFacts, start: int, end: int) -> str | None:
    """The one year a unit names (a tie's since-year), None when it names none or several."""
    years = set(_YEAR.findall(facts.view[start:end]))
    return years.pop() if len(years) == 1 else None


def _next_mention(facts: DocumentFacts, position: int, end: int) -> int:
    """Where the next capitalised word after a list item starts ("A (X), depuis 1964, B"): its own year stands before it."""
    found = _NEXT_CAPITAL.search(facts.view, position, end)
    return found.start() if found else end


_PERSON = frozenset({"Person"})
_PAIR_DASH = re.compile(r"^[ \t]?[–—-][ \t]?$")  # "the Lyon–Turin twinning": a pair joined by a dash
_ANTECEDENT_REACH = 400  # characters back to the person a sentence's opening pronoun or first name stands for


@cache
def _opening_pronoun() -> re.Pattern[str]:
    lead = r"(?:[^,.;:\n]{1,30},\s*|(?:in|en|since|depuis|desde)\s+\d{4}\s+)?"  # "In 2024 she", "En 2023, elle"
    return re.compile(rf"\s*(?:[-*•–—]\s*)?{lead}({lexicon.words_re('subject_pronouns')})(?!\w)", re.I)


@cache
def _town_pronoun() -> re.Pattern[str]:
    """The words that stand for the page's own town at a sentence's start ("the city", "la ville", "nuestra ciudad")."""
    towns = [w for w in lexicon.words("pronoun_subjects") if " " in w]
    return re.compile(rf"\s*(?:[-*•–—]\s*)?({lexicon.alternation(towns)})(?!\w)", re.I)


def _pronoun_subject(
    facts: DocumentFacts, start: int, mentions: list[Mention], people: list[Mention]
) -> Mention | None:
    """A sentence that opens with "She"/"Il"/"Ella" or with the first name of the person named last
    before it, in the same paragraph (a speaker's biography under their name): that person, as a
    mention where the pronoun stands ("Jane Roe ... She chairs X" gives Roe the office)."""
    if mentions and mentions[0].start - start < 3:
        return None  # the sentence names its own subject
    town_word = _town_pronoun().match(facts.view, start)
    if town_word:  # "The city is a member of X", "Notre ville est jumelée avec Y": the page's own town
        town = home_town(facts)
        return Mention(town_word.start(1), town_word.end(1), (town,)) if town else None
    before = [m for m in people if m.end <= start and start - m.end <= _ANTECEDENT_REACH]
    if not before or "\n\n" in facts.view[before[-1].end : start].replace("\r", ""):
        return None
    antecedent = before[-1]
    person = _kind(facts, antecedent, _PERSON)
    opening = _opening_pronoun().match(facts.view, start)
    if opening and not (mentions and mentions[0].start < opening.start(1)):  # no name in the lead
        return Mention(opening.start(1), opening.end(1), (person,))
    first = re.compile(r"\s*([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)(?=\s+[a-zà-ÿ])").match(facts.view, start)
    if first and person is not None:
        name = facts.entities[person]
        words = first.group(1)
        if any(form.startswith(words + " ") for form in {name.name, *name.aliases}):
            return Mention(first.start(1), first.end(1), (person,))
    return None


def relations_by_triggers(facts: DocumentFacts) -> int:
    """Add the relations the trigger rows give in each sentence; returns how many were added."""
    context = facts.context
    assert context is not None
    had = {(r.type, r.source) for r in facts.relations.values() if r.type in _SINGLE}
    aliases = _alias_index(facts)
    if aliases is None:
        return 0
    added = 0
    units: dict[tuple[int, int], list[Mention]] = {}  # the mentions of each sentence: one pass over the text
    mentions_all = _mentions(facts, aliases, 0, len(facts.view))
    for mention in mentions_all:
        unit = context.sentence_at(mention.start)
        if unit is not None and mention.end <= unit[1]:
            units.setdefault(unit, []).append(mention)
    people = [m for m in mentions_all if _kind(facts, m, _PERSON)]
    for (start, end), mentions in units.items():
        pronoun = _pronoun_subject(facts, start, mentions, people)
        if pronoun is not None:
            mentions = [pronoun, *mentions]
        if len(mentions) < 2:
            continue
        # a trigger stands between two mentions or at most one gap before the first ("Organised by A") or after the last
        scan = (max(start, mentions[0].start - _MAX_GAP), min(end, mentions[-1].end + _MAX_GAP))
        triggers = _clause_triggers(facts, *scan, end)
        unit = _Unit(facts, start, end, mentions, triggers)
        for trigger in triggers:
            if facts.context.states_not(trigger.row.relation, trigger.start, trigger.end):
                continue  # "did not attend", "plans to twin with", "is invited to join" (modality.py)
            subjects, objects = unit.read(trigger)
            for subject, s_mention in subjects:
                for obj, o_mention in objects:
                    quote = (
                        min(s_mention.start, o_mention.start, trigger.start),
                        max(s_mention.end, o_mention.end, trigger.end),
                    )
                    added += _add(facts, trigger, subject, obj, quote, (start, end), had, len(objects) > 1)
    return added


def _add(
    facts: DocumentFacts,
    trigger: Trigger,
    subject: str,
    obj: str,
    quote: tuple[int, int],
    unit: tuple[int, int],
    had: set,
    listed: bool,
) -> int:
    """Add one relation unless the specific rules gave it (or, single-valued, gave the subject one)."""
    row = trigger.row
    relation = row.relation
    if subject == obj or (relation, subject) in had or (relation, subject, obj) in facts.relations:
        return 0
    if relation == "TWINNED_WITH" and (relation, obj, subject) in facts.relations:
        return 0
    props = dict(row.props)
    if listed and row.list_props:
        props.update(row.list_props)
    if row.label_prop and trigger.label:
        props[row.label_prop] = trigger.label
    if relation == "TWINNED_WITH":
        props["since"] = (
            _year(facts, quote[1], _next_mention(facts, quote[1], unit[1])) if listed else _year(facts, *unit)
        )
    if relation == "HOLDS_OFFICE" and _unit_of_held_city(facts, subject, obj):
        return 0  # "Head of the Climate Office, Valencia City Council": the office is Valencia's (x-prec2)
    if relation == "HOLDS_OFFICE" and ("AFFILIATED_WITH", subject, obj) in facts.relations:
        if facts.entities[obj].kind != "City":
            return 0  # a party, a firm: the rule that read the tie knew better
        del facts.relations[("AFFILIATED_WITH", subject, obj)]  # "Name, title, City": the office says more
        facts.office(subject, obj, quote, props.get("role", "member"))
    else:
        if relation == "HOLDS_OFFICE" and props.get("role"):
            props["role"] = facts.office_role(props["role"], quote)  # the office as written (x-prec2)
        facts.relate(relation, subject, obj, quote, **props)
    return 1


def _unit_of_held_city(facts: DocumentFacts, person: str, body: str) -> bool:
    """``body`` is a unit of a government (roles.GOVERNMENT_UNIT) and ``person`` holds an office in a city already."""
    entity = facts.entities[body]
    if entity.kind != "Organisation" or not roles.GOVERNMENT_UNIT.fullmatch(entity.name):
        return False
    return any(
        r.type == "HOLDS_OFFICE" and r.source == person and facts.entities[r.target].kind == "City"
        for r in facts.relations.values()
    )
