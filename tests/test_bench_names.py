"""bench.store's real city names: real ones at their real rates, then variants of them."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # bench is a folder of scripts beside the package, not installed

from bench import store as bench_store  # noqa: E402


def test_variants_keep_a_names_first_words() -> None:
    assert bench_store.variant("San Jose", "Santa Barbara") == "San Barbara"
    assert bench_store.variant("Konstanz", "Hallsberg") == "Konssberg"


def test_twinning_names_then_gazetteer_names_then_variants(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "wikidata-p190-2016").mkdir()
    (tmp_path / "wikidata-p190-2016" / "names.tsv").write_text("Q1\tSan Jose\nQ2\tSaint Denis\n", encoding="utf-8")
    monkeypatch.setattr(bench_store, "TWINNING", tmp_path)
    monkeypatch.setattr(bench_store, "geonames_cities", lambda: [("Springfield", "US"), ("Springfield", "US")])
    names = bench_store.real_names(6)
    assert names[:2] == [("San Jose", "XX"), ("Saint Denis", "XX")]
    assert names[2:4] == [("Springfield", "US"), ("Springfield", "US")]  # homonyms kept
    assert len(names) == 6 and all(name for name, _ in names)


def test_real_names_keep_the_common_words_of_real_ones() -> None:
    names = bench_store.real_names(60_000)
    assert len(names) == 60_000 and all(name and len(country) == 2 for name, country in names)
    words = Counter(word for name, _ in names for word in set(re.split(r"[\s-]+", name.lower())))
    assert words["san"] > 300 and words["saint"] > 100  # thousands of Bench City names share none of these
    assert len({name for name, _ in names}) > 45_000
