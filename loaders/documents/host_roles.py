"""Who hosts (x-prec2): a welcome or opening slot makes its speakers hosts (lang/*.yaml "slot_roles"), but of
those only the host town's own officials host; the network's secretary general or a guest mayor speaks at the
welcome ("Welcome and opening: the Mayor of Lyon; the Secretary General of X": the mayor hosts, she speaks)."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts


def guests_who_speak(facts: DocumentFacts) -> None:
    """A host of an event held in a known city who holds an office elsewhere and none there is its speaker."""
    relations = facts.relations.values()
    held_in = {r.source: r.target for r in relations if r.type == "HELD_IN"}
    offices: dict[str, set[str]] = {}
    for r in relations:
        if r.type == "HOLDS_OFFICE":
            offices.setdefault(r.source, set()).add(r.target)
    for r in relations:
        if r.type != "ATTENDED" or r.props.get("role") != "host" or r.source not in offices:
            continue
        town = held_in.get(r.target) or _parent_town(facts, r.target, held_in)
        if town and town not in offices[r.source]:
            r.props["role"] = "speaker"


def _parent_town(facts: DocumentFacts, event: str, held_in: dict[str, str]) -> str | None:
    """The town of the event a session is part of."""
    parent = next((r.target for r in facts.relations.values() if r.type == "PART_OF" and r.source == event), None)
    return held_in.get(parent) if parent else None
