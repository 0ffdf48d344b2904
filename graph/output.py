"""Rows out: an aligned table for people, JSON and CSV for programs."""

from __future__ import annotations

import csv
import io
import json
from typing import Any


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render(rows: list[dict[str, Any]], fmt: str, columns: list[str] | None = None) -> str:
    """Render rows as ``table``, ``json`` (a list of row objects) or ``csv``."""
    columns = columns or list(dict.fromkeys(key for row in rows for key in row))
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=str)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_text(row.get(c)) for c in columns] for row in rows])
        return buffer.getvalue().rstrip("\n")
    if not rows:
        return "(no rows)"
    cells = [[_text(row.get(c)) for c in columns] for row in rows]
    widths = [min(60, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v[:w].ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    return "\n".join([line(columns), line(["-" * w for w in widths]), *(line(r) for r in cells)])
