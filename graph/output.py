"""Rows out: an aligned table for people, JSON and CSV for programs and spreadsheets.

Every CSV the project writes (``--format csv``, ``munigraph export --format csv``, the
explorer's downloads) passes each cell through :func:`spreadsheet_safe`, so a name read from
a dataset can never run as a formula where someone opens the file.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

# A cell starting with one of these is a formula (or DDE call) to Excel, LibreOffice and
# Google Sheets (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def spreadsheet_safe(cell: str) -> str:
    """A CSV cell that no spreadsheet runs: a leading formula character gets a ``'`` before it.

    Numbers such as ``-3.5`` stay numbers.

    >>> print(spreadsheet_safe('=HYPERLINK("http://evil.example","click")'))
    '=HYPERLINK("http://evil.example","click")
    >>> spreadsheet_safe("-3.5"), spreadsheet_safe("-2+3"), spreadsheet_safe("Lyon")
    ('-3.5', "'-2+3", 'Lyon')
    """
    if cell.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


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
        writer.writerow([spreadsheet_safe(c) for c in columns])
        writer.writerows([[spreadsheet_safe(_text(row.get(c))) for c in columns] for row in rows])
        return buffer.getvalue().rstrip("\n")
    if not rows:
        return "(no rows)"
    cells = [[_text(row.get(c)) for c in columns] for row in rows]
    widths = [min(60, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v[:w].ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    return "\n".join([line(columns), line(["-" * w for w in widths]), *(line(r) for r in cells)])
