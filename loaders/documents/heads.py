"""Who heads a body, said in apposition after its name: "Cités Unies France, présidée par Anne
Roux, ...", "the twinning association, led by Jan Roe", "la FEMP, presidida por A".

The body is one a rule read (a known body or a council); the cue (lang/*.yaml ``headed_by``)
gives the role; the person named right after it holds that office in the body. A meeting
"presided by" someone is no body: that is attendance (``role_cues``).
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import trim
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import add_org, add_person

_HEADED_BY = re.compile(
    r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*,[ \t]*(?:"
    + "|".join(
        f"(?P<{role.replace(' ', '_')}>{lexicon.alternation(cues)})"
        for role, cues in lexicon.table("headed_by").items()
    )
    + r")[ \t]+(?:"
    + lexicon.words_re("honorifics")
    + r"\.?[ \t]+)?",
    re.I,
)

# "la réunion du Bureau de X": the body names a meeting
_OF_MEETING = re.compile(
    r"(?<![\w-])" + lexicon.words_re("meeting_heads") + r"(?:[ \t]+\w+)?[ \t]+(?:of|de|du|des|del|d['’])[ \t]*"
    r"(?:(?:the|la|le|el|l['’])[ \t]*)?$",
    re.I,
)


def headed_bodies(facts: DocumentFacts) -> None:
    """HOLDS_OFFICE for "<body>, présidé(e) par NAME" / "<body>, led by NAME"."""
    view = facts.view
    outer = {}
    for start, end in facts.org_spans:  # "Bureau de Cités Unies France": the whole body, not the one inside
        outer[end] = min(start, outer.get(end, start))
    for end, start in sorted(outer.items()):
        cue = _HEADED_BY.match(view, end)
        if not cue or _OF_MEETING.search(view, max(0, start - 40), start):
            continue  # "la réunion du Bureau, présidée par A": the meeting's chair (role_cues)
        name = next(iter(people_in(view, cue.end(), min(len(view), cue.end() + 80))), None)
        if name is None or name[0] != cue.end():
            continue
        body = add_org(facts, (start, end))
        if facts.entities[body].kind not in ("Organisation", "Section", "Council"):
            continue
        person = add_person(facts, name)
        role = cue.lastgroup.replace("_", " ")
        facts.office(person, body, trim(view, start, name[1]), role)
