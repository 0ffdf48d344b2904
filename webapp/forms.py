"""The named queries' forms in people's words: titles, help and labels in the interface
language, choices for enumerated parameters, and result columns led by names.

English titles, descriptions and help come from the query headers (declared once there);
French and Spanish from the catalogues (``q.<query>.title``, ``q.<query>.<param>``), so a
test can list every text a form shows and fail on one the catalogues lack.
"""

from __future__ import annotations

from typing import Any

from munigraph.graph import named
from munigraph.graph.analytics.centrality import METRICS
from munigraph.graph.schema import Model
from munigraph.webapp.i18n import lookup, t
from munigraph.webapp.present import word

# Parameters that name relationship types, comma-separated (analytics projections).
TIE_LISTS = ("ties",)


def title(query: named.NamedQuery) -> str:
    return lookup(f"q.{query.name}.title") or query.title


def description(query: named.NamedQuery) -> str:
    return lookup(f"q.{query.name}.description") or query.description


def help_text(query: named.NamedQuery, param: named.Param) -> str:
    return lookup(f"q.{query.name}.{param.name}") or lookup(f"help.{param.name}") or param.description


def choices(model: Model, query: named.NamedQuery, param: named.Param) -> list[dict[str, str]] | None:
    """The values an enumerated parameter takes, each with its label; None for free input."""
    if param.name == "kind" and query.name == "sister-cities":
        values = model.relationships["TWINNED_WITH"].properties["kind"].values
        return [{"value": v, "label": word("twin", v)} for v in values]
    if param.name == "kind":
        return [{"value": k, "label": t(f"kind.{k}")} for k in model.nodes if k != "Document"]
    if param.name == "metric":
        return [{"value": m, "label": t(f"choice.metric.{m}")} for m in METRICS]
    if param.name in TIE_LISTS:
        return [{"value": r, "label": t(f"reltype.{r}")} for r in model.relationships]
    return None


def form(model: Model, query: named.NamedQuery) -> dict[str, Any]:
    """Everything the form of ``query`` shows, in the interface language."""
    return {
        "title": title(query),
        "description": description(query),
        "params": [
            {
                "name": p.name,
                "label": t(f"param.{p.name}"),
                "help": help_text(query, p),
                "choices": choices(model, query, p),
                "multiple": p.name in TIE_LISTS,
            }
            for p in query.all_params()
        ],
    }


def layout(columns: list[str], rows: list[dict[str, Any]]) -> list[dict[str, str | None]]:
    """The result columns as shown: names first, each linked to its id column, ids not repeated.

    ``name`` takes the link of ``id``; ``X`` or ``X_name`` takes the link of ``X_id``.
    """
    present = set(columns)
    links: dict[str, str] = {}
    for column in columns:
        if column == "id" and "name" in present:
            links["name"] = "id"
        elif column.endswith("_id"):
            stem = column[: -len("_id")]
            for candidate in (stem, f"{stem}_name"):
                if candidate in present:
                    links[candidate] = column
                    break
    linked_ids = set(links.values())
    shown = [c for c in columns if c not in linked_ids]
    shown.sort(key=lambda c: 0 if c in ("name", "title") else 1)  # stable: the rest keep their order
    return [{"key": c, "label": column_label(c), "link": links.get(c)} for c in shown]


def column_label(column: str) -> str:
    return lookup(f"col.{column}") or column.replace("_", " ").capitalize()
