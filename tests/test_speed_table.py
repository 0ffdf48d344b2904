"""The README's speed table is the benches' saved output (bench/results), rendered by bench.speed."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # bench is a folder of scripts beside the package, not installed

from bench import speed  # noqa: E402


def test_readme_speed_table_is_generated_from_the_saved_figures() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert speed.BEGIN in readme and speed.END in readme, "the README lost its generated speed table"
    between = readme[readme.index(speed.BEGIN) + len(speed.BEGIN) : readme.index(speed.END)]
    assert between.strip("\n") == speed.table(), "regenerate it: python -m bench.speed --write"


def test_comparison_rows_are_read_by_block_what_and_reference() -> None:
    text = (
        "graph: 10 nodes\n\n"
        "CPU ms per call, this process + engine munigraph ms   reference                         ms   ratio\n"
        "city by name (resolve_entity)                  5.60   city by id                      5.18   1.08x\n"
        "search, a name with a typo                     4.37   engine query of its slip        4.44   0.98x\n"
        "\nfreshness and counts                   munigraph ms   reference                         ms   ratio\n"
        "  before: a count per kind and type         2292.80   engine count of one kind       11.09 206.79x\n"
        "stats (Store.counts)                           7.21   engine count of one kind       11.09   0.65x\n"
    )
    found = speed.comparisons(text)
    assert found[("CPU ms per call, this process + engine", "city by name (resolve_entity)", "city by id")] == (
        5.60,
        5.18,
        1.08,
    )
    assert found[("freshness and counts", "stats (Store.counts)", "engine count of one kind")] == (7.21, 11.09, 0.65)
    assert not any("before" in what for _, what, _ in found)  # indented rows are the old way, not a figure


def test_named_query_rows_are_read_by_label() -> None:
    text = (
        "query                   runs  median ms     p95 ms     rows\n"
        "hubs (cold)                1   126000.5   126000.5     10.0\n"
        "hubs (cached)              1       46.2       46.2     10.0\n"
        "twinning-path all=false     2      156.5      145.0      0.5\n"
        "sister-cities            n/a\n"
    )
    assert speed.named_medians(text) == {
        "hubs (cold)": 126000.5,
        "hubs (cached)": 46.2,
        "twinning-path all=false": 156.5,
    }


def test_a_figure_printed_twice_is_taken_from_the_last_run() -> None:
    block = "CPU ms per call, this process + engine munigraph ms   reference                         ms   ratio\n"
    first = (
        block + "search City, half a name                       3.53   engine full-text query          1.00   3.53x\n"
    )
    again = (
        block + "search City, half a name                       2.38   engine full-text query          1.96   1.21x\n"
    )
    found = speed.comparisons("# first run\n" + first + "\n# rerun\n" + again)
    assert found[("CPU ms per call, this process + engine", "search City, half a name", "engine full-text query")] == (
        2.38,
        1.96,
        1.21,
    )
    assert speed.named_medians("hubs (cold)  1  900.0  900.0  10.0\nhubs (cold)  1  800.0  800.0  10.0\n") == {
        "hubs (cold)": 800.0
    }


def test_first_batch_rows_come_from_bench_store_first() -> None:
    rows = speed.first_batch_rows()
    saved = (speed.RESULTS / "store-first.txt").read_text(encoding="utf-8")
    assert len(rows) == saved.count("into an empty store, ") and rows  # a row per run's summary line
    assert all(row[0].startswith("first ") and row[1].startswith("median ") for row in rows)
