"""CSV injection (OWASP): names read from datasets never run as formulas in a spreadsheet.

A formula-looking city loads (flagged unresolved) but comes out of every CSV the project
writes with a ``'`` before it; numbers such as -74.08 stay numbers; names too long or made
only of signs are rejected into the rejects file.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from munigraph.graph.output import FORMULA_STARTS, spreadsheet_safe
from munigraph.graph.store import Store

from munigraph.cli import main

HEADER = "city1,country1,lat1,lng1,city2,country2,lat2,lng2\n"
HYPERLINK = '=HYPERLINK("http://evil.example","click")'
HOSTILE = (
    HEADER
    + '"=HYPERLINK(""http://evil.example"",""click"")",France,,,Lyon,France,45.75,4.85\n'
    + "\"+cmd|' /C calc'!A0\",France,,,Lyon,France,45.75,4.85\n"
    + "@SUM(1+1),France,,,Bogotá,Colombia,4.61,-74.08\n"
    + "-2+3,France,,,Lyon,France,45.75,4.85\n"
    + "\tTabbed,France,,,Lyon,France,45.75,4.85\n"
    + f"{'A' * 10_000},France,,,Lyon,France,45.75,4.85\n"
    + "=+-@,France,,,Lyon,France,45.75,4.85\n"
)


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        (HYPERLINK, "'" + HYPERLINK),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("-2+3", "'-2+3"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-3.5", "-3.5"),
        ("+44", "+44"),
        ("-1e5", "-1e5"),
        ("Saint-Étienne", "Saint-Étienne"),
        ("", ""),
    ],
)
def test_spreadsheet_safe(cell: str, safe: str) -> None:
    assert spreadsheet_safe(cell) == safe


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _formulas(cells: list[str]) -> list[str]:
    """Cells a spreadsheet would run: a formula start that is not a number."""
    return [c for c in cells if c.startswith(FORMULA_STARTS) and spreadsheet_safe(c) != c]


@pytest.fixture
def hostile(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The store after `munigraph load` of a twinning table full of formulas; returns the rejects file."""
    path = tmp_path / "hostile.csv"
    path.write_text(HOSTILE, encoding="utf-8")
    rejects = tmp_path / "rejects.txt"
    assert main(["load", str(path), "--db", store.label, "--rejects", str(rejects), "--format", "json"]) == 0
    capsys.readouterr()
    return rejects


def test_too_long_and_sign_only_names_go_to_the_rejects_file(store: Store, hostile: Path) -> None:
    source = hostile.with_name("hostile.csv")
    assert hostile.read_text(encoding="utf-8").splitlines() == [
        f"{source}:7: city1: a name of 10000 characters (at most 200)",
        f"{source}:8: city1: '=+-@' has no letter or digit",
    ]
    names = {r["n"] for r in store.read("MATCH (c:City) WHERE c.resolved = false RETURN c.name AS n")}
    assert names == {HYPERLINK, "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "Tabbed"}


def test_console_and_query_csv_neutralise_formulas(
    store: Store, hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = "MATCH (c:City) RETURN c.name AS name, c.lon AS lon ORDER BY name"
    assert main(["cypher", query, "--db", store.label, "--format", "csv"]) == 0
    cells = _cells(capsys.readouterr().out)
    assert "'" + HYPERLINK in cells and "'-2+3" in cells and "'@SUM(1+1)" in cells
    assert any(c.startswith("-74.") for c in cells)  # Bogotá's longitude is still a number
    assert _formulas(cells) == []
    assert main(["query", "sister-cities", "-p", "city=Lyon", "--db", store.label, "--format", "csv"]) == 0
    cells = _cells(capsys.readouterr().out)
    assert "'" + HYPERLINK in cells and "'+cmd|' /C calc'!A0" in cells
    assert _formulas(cells) == []


def test_export_csv_neutralises_formulas(store: Store, hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "import"
    assert main(["export", "--format", "csv", "--out", str(out), "--db", store.label]) == 0
    cells = [c for path in sorted(out.glob("*.csv")) for c in _cells(path.read_text(encoding="utf-8"))]
    assert "'" + HYPERLINK in cells
    assert any(c.startswith("-74.") for c in cells)
    assert _formulas(cells) == []
