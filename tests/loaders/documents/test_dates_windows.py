"""Searching only the stretches around years (``year_windows``) finds exactly what searching the
whole text finds, for every date pattern, on texts built here from date words and filler."""

from __future__ import annotations

import random

import pytest
from munigraph.loaders.documents import dates

PATTERNS = [dates.RANGE_MONTHS, dates.RANGE, dates.DAY_MONTH_YEAR, dates.MONTH_DAY_YEAR, dates.NUMERIC]
PIECES = [
    "du", "au", "from", "to", "del", "al", "de", "a", "et", "Mercredi", "friday,", "sábado", "1er", "2", "15",
    "31st", "3º", "22", "mai", "Février", "févr.", "sept.", "SEPTEMBER", "diciembre", "Oct", "2021", "1999",
    "20219", "192020", "2024.", "-", "–", ",", "12/05/2021", "3.4.2019", "Lyon", "le", "forum", "(", ")",
    "\n", "\n\n", "   ", "\t",
]  # fmt: skip
SENTENCES = [
    "Du vendredi 24 au dimanche 26 octobre 2025, le forum de Lyon; puis le 3 mai 2021 à Rabat.",
    "from 30 September to 2 October 2025 and Wednesday, February 23, 2022, then 21-25 FEB 2022.",
    "del 30 de septiembre al 2 de octubre de 2025, y el 12/05/2021; " + " " * 400 + "15\n\n\n" + "mai  " * 3 + "2020",
]


def _range(rng: random.Random) -> str:
    """A date range over one or two months, spaced at random ("du lundi 3 mai au 5  juin 2021")."""
    words = [rng.choice(["du", "from", "del", ""]), rng.choice(["lundi", "Friday,", ""]), str(rng.randint(1, 31)),
             rng.choice(["mai", "de junio", ""]), rng.choice(["au", "to", "-", "al"]), rng.choice(["samedi", ""]),
             str(rng.randint(1, 31)), rng.choice(["juin", "de octubre de", "JULY"]), rng.choice(["2021", "1998"])]  # fmt: skip
    return "".join(w + rng.choice([" ", "  ", "\n", " " * 150]) for w in words if w)


def _texts() -> list[str]:
    rng = random.Random(10)
    built = [" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 400))) for _ in range(300)]
    ranges = [" ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) + _range(rng) for _ in range(300)]
    return SENTENCES + built + ranges + ["x" * 500 + " 5 mai 2021", " " * 300 + "5" + " " * 300 + "mai 2021"]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:20])
def test_windows_find_what_the_whole_text_gives(pattern) -> None:
    for text in _texts():
        whole = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        windowed = [(m.span(), m.groupdict()) for m in dates._finditer(pattern, text, dates.year_windows(text))]  # noqa: SLF001
        assert windowed == whole, text


def test_find_dates_reads_a_range_and_a_day() -> None:
    found = dates.find_dates("Du 15 au 17 mai 2024 à Lyon ; signé le 3 juin 2024.")
    assert [(d.first.isoformat(), d.last.isoformat()) for d in found] == [
        ("2024-05-15", "2024-05-17"), ("2024-06-03", "2024-06-03"),
    ]  # fmt: skip
