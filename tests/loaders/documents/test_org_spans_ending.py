"""DocumentFacts.org_spans_ending and org_index: the bodies ending at a place, in the order they were
read, and the index of them all, kept up to date as bodies are added between questions."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import SpanIndex, mask


def test_spans_ending_follow_the_bodies_added() -> None:
    text = "La Commission Culture de CGLU et le Bureau exécutif de Metropolis se réunissent à Lyon."
    facts = DocumentFacts(doc_id="doc:t", text=text, view=mask(text), language="fr")
    assert facts.org_spans_ending(29) == []
    facts.org_spans += [(3, 29), (25, 29)]
    assert facts.org_spans_ending(29) == [(3, 29), (25, 29)]
    facts.org_spans += [(40, 65), (3, 29)]
    for end in range(len(text) + 1):
        assert facts.org_spans_ending(end) == [span for span in facts.org_spans if span[1] == end]


def test_org_index_answers_as_an_index_of_every_body() -> None:
    text = "x" * 400
    facts = DocumentFacts(doc_id="doc:t", text=text, view=text, language="en")
    for n in range(120):  # bodies added one by one between questions, as rules read them
        facts.org_spans.append(((n * 37) % 350, (n * 37) % 350 + 3 + n % 20))
        index, every = facts.org_index(), SpanIndex(facts.org_spans)
        for at in range(0, 400, 7):
            assert index.covers(at, at + 2) == every.covers(at, at + 2)
            assert index.overlaps(at, at + 5) == every.overlaps(at, at + 5)
            assert index.strictly_around(at) == every.strictly_around(at)
