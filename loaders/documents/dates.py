"""Dates, date ranges, time slots and time zones in French, English and Spanish text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from munigraph.graph.text import fold

MONTHS = {
    # fr
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    # en
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    # es
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # abbreviations
    "jan": 1, "janv": 1, "feb": 2, "fev": 2, "fevr": 2, "mar": 3, "apr": 4, "avr": 4, "abr": 4, "jun": 6,
    "jul": 7, "juil": 7, "aug": 8, "ago": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12, "dic": 12,
    "ene": 1,
}  # fmt: skip
# "since 2010", "depuis 2015", "desde 1995", "in 2019": the year a tie began
SINCE_YEAR = re.compile(r"\b(?:since|depuis|desde|en|in)(?:\s+(?:el|the|l'ann[ée]e|el año))?\s+((?:19|20)\d\d)\b", re.I)
# A tie signed on a date dates from it ("ont signé leur jumelage le 18 mai 2018", "firmaron ... el 3 de mayo de 2004")
_SIGNED = re.compile(
    r"\b(?:sign[ée]e?s?|signed|signing|signature|will sign|signera|firm[oó]|firmaron|firmad[oa]s?|firma|firmar[áa]n?)\b",
    re.I,
)


def signed(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` says something is (or will be) signed."""
    return bool(_SIGNED.search(text, start, len(text) if end is None else end))


OFFSETS = {
    "CET": "+01:00", "CEST": "+02:00", "UTC": "+00:00", "GMT": "+00:00", "WET": "+00:00", "WEST": "+01:00",
    "BST": "+01:00", "EET": "+02:00", "EEST": "+03:00", "EST": "-05:00", "EDT": "-04:00", "PST": "-08:00",
    "PDT": "-07:00", "KST": "+09:00", "JST": "+09:00", "IST": "+05:30",
}  # fmt: skip

_MONTH_WORDS = sorted(
    {m for m in MONTHS} | {"février", "août", "décembre", "févr", "févier", "déc"}, key=len, reverse=True
)
MONTH = r"(?P<{}>" + "|".join(_MONTH_WORDS) + r")\.?"
WEEKDAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)"
)
WEEKDAY_WORDS = WEEKDAY[3:-1]
# A weekday's number (Monday 0), folded: "Tuesday 10 June" is in the year whose 10 June is a Tuesday (x-dates2)
_WEEKDAY_NUMBERS = {
    **dict.fromkeys(["lundi", "monday", "lunes"], 0), **dict.fromkeys(["mardi", "tuesday", "martes"], 1),
    **dict.fromkeys(["mercredi", "wednesday", "miercoles"], 2), **dict.fromkeys(["jeudi", "thursday", "jueves"], 3),
    **dict.fromkeys(["vendredi", "friday", "viernes"], 4), **dict.fromkeys(["samedi", "saturday", "sabado"], 5),
    **dict.fromkeys(["dimanche", "sunday", "domingo"], 6),
}  # fmt: skip


def year_of_weekday(weekday: str, day: dt.date, around: int) -> dt.date:
    """``day`` moved to the year nearest ``around`` (one either side) whose same day falls on ``weekday``; as it
    is when none does or the weekday is unknown.

    >>> year_of_weekday("Thursday", dt.date(2025, 10, 23), 2025).isoformat()
    '2025-10-23'
    >>> year_of_weekday("jeudi", dt.date(2025, 10, 22), 2025).isoformat()
    '2026-10-22'
    """
    number = _WEEKDAY_NUMBERS.get(fold(weekday))
    for year in (around, around + 1, around - 1):
        try:
            moved = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if number is not None and moved.weekday() == number:
            return moved
    return day


_DAY = r"(?P<{}>[0-3]?\d)(?:er|st|nd|rd|th|º|°)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DE = r"(?:\s+de)?"

_WD = r"(?:" + WEEKDAY + r",?\s+)?"
# "Du 15 au 22 février 2021", "from 15 to 22 February 2021", "del 15 al 22 de febrero de 2021", "21-25 FEB 2022",
# "du vendredi 24 au dimanche 26 octobre 2025", "les 20 et 21 avril 2022", "on 3 and 4 May 2022"
RANGE = re.compile(
    r"(?:\b(?:du|from|del|de)\s+)?" + _WD + r"\b" + _DAY.format("d1") + r"\s*(?:-|–|au|to|al|a|et|and|y)\s*" + _WD
    + _DAY.format("d2") + _DE + r"\s+" + MONTH.format("month") + _DE + r"\s+" + _YEAR,
    re.I,
)  # fmt: skip
# "Du vendredi 24 octobre au dimanche 26 octobre 2025", "from 30 September to 2 October 2025",
# "del 30 de septiembre al 2 de octubre de 2025": a range over two months
RANGE_MONTHS = re.compile(
    r"(?:\b(?:du|from|del|de)\s+)?" + _WD + r"\b" + _DAY.format("d1") + _DE + r"\s+" + MONTH.format("month1")
    + r"\s*(?:-|–|au|to|al|a)\s*" + _WD + _DAY.format("d2") + _DE + r"\s+" + MONTH.format("month2") + _DE
    + r"\s+" + _YEAR,
    re.I,
)  # fmt: skip
# "June 30 to July 2, 2025", "September 29 – October 1, 2025": a range over two months, the month first (x-dates2)
RANGE_MONTHS_FIRST = re.compile(
    r"(?:\b(?:from|between)\s+)?" + _WD + r"\b" + MONTH.format("month1") + r"\s+" + _DAY.format("d1")
    + r"\s*(?:-|–|to|through|until|and)\s*" + _WD + MONTH.format("month2") + r"\s+" + _DAY.format("d2") + r",?\s+" + _YEAR,
    re.I,
)  # fmt: skip
# "May 6-8, 2025", "from May 6 to 8, 2025", "October 3 and 4, 2024": the month first, then the days (x-dates2)
RANGE_MONTH_FIRST = re.compile(
    r"(?:\b(?:from|between)\s+)?" + _WD + r"\b" + MONTH.format("month") + r"\s+" + _DAY.format("d1")
    + r"\s*(?:-|–|to|through|and)\s*" + _DAY.format("d2") + r",?\s+" + _YEAR,
    re.I,
)  # fmt: skip
# Without a year ("took place on 5 October", "le 24 novembre", "el 3 de diciembre", "November 8",
# "les 12 et 13 décembre", "September 29 and 30"): read with the year the page gives (:func:`find_partial_dates`)
_NO_YEAR = r"(?!,?\s*(?:de\s+|del\s+)?(?:19|20)\d\d)(?![\w])"
# "du 30 juin au 2 juillet", "from 30 June to 2 July", "del 30 de junio al 2 de julio", "June 30 to July 2": a range
# over two months written without a year (x-dates2)
PARTIAL_MONTHS = re.compile(
    r"\b" + _DAY.format("d1") + _DE + r"\s+" + MONTH.format("month1") + r"\s*(?:-|–|au|to|al|until)\s*"
    + _WD + _DAY.format("d2") + _DE + r"\s+" + MONTH.format("month2") + _NO_YEAR
    + r"|\b" + MONTH.format("month3") + r"\s+" + _DAY.format("d3") + r"\s*(?:-|–|to|through|until)\s*" + _WD
    + MONTH.format("month4") + r"\s+" + _DAY.format("d4") + _NO_YEAR,
    re.I,
)  # fmt: skip
PARTIAL_DAY_MONTH = re.compile(
    r"\b" + _DAY.format("d1") + r"(?:\s*(?:-|–|au|to|al|et|and|y)\s*" + _DAY.format("d2") + r")?" + _DE + r"\s+"
    + MONTH.format("month") + _NO_YEAR,
    re.I,
)  # fmt: skip
PARTIAL_MONTH_DAY = re.compile(
    r"\b" + MONTH.format("month") + r"\s+" + _DAY.format("d1") + r"(?:\s*(?:-|–|to|and)\s*" + _DAY.format("d2")
    + r")?" + _NO_YEAR,
    re.I,
)  # fmt: skip
# "Mercredi 23 février 2022", "1 avril 2022", "23 de febrero de 2022", "le 25 avril 2024"
DAY_MONTH_YEAR = re.compile(
    r"(?:\b"
    + WEEKDAY
    + r",?\s+)?\b"
    + _DAY.format("day")
    + _DE
    + r"\s+"
    + MONTH.format("month")
    + _DE
    + r"\s+"
    + _YEAR,
    re.I,
)
# "February 23, 2022", "Wednesday, February 23, 2022"
MONTH_DAY_YEAR = re.compile(
    r"(?:\b" + WEEKDAY + r",?\s+)?\b" + MONTH.format("month") + r"\s+" + _DAY.format("day") + r",?\s+" + _YEAR, re.I
)
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")  # what every full date holds (_YEAR)
NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<mon>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b")
# "14h30-16h30", "11h30 – 11h45", "de 17h30 à 18h15", "14:40-15:25", "2:30 pm - 4 pm"
TIME = r"(?P<{h}>[0-2]?\d)\s*(?:[hH:.]\s*(?P<{m}>[0-5]\d)?|(?=\s*[ap]\.?m\b))\s*(?P<{ap}>[ap]\.?m\.?)?"
TIME_RANGE = re.compile(
    r"(?:\b(?:de|from|des)\s+)?\b" + TIME.format(h="h1", m="m1", ap="ap1")
    + r"\s*(?:-|–|—|à|to|a|al|until|hasta)\s*" + TIME.format(h="h2", m="m2", ap="ap2"),
    re.I,
)  # fmt: skip
TZ = re.compile(  # "UTC+2" and "GMT+1" before the named zones ("GMT" alone is +00:00)
    r"\(?\b(?:UTC|GMT)\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?(?P<mins>\d\d))?\)?"
    r"|\(?\b(?P<tz>" + "|".join(OFFSETS) + r")\b\)?"
)


@dataclass(frozen=True)  # find_dates hands the same ones to every step that asks of the same text
class DateSpan:
    """A date or date range found in text, with the character span it came from."""

    start: int
    end: int
    first: dt.date
    last: dt.date


@dataclass
class TimeSpan:
    start: int
    end: int
    begin: dt.time
    finish: dt.time


# "en octobre 2024", "in November 2017", "en noviembre de 2017": a month, no day
_MONTH_YEAR = re.compile(r"(?<!\d)\b" + MONTH.format("month") + _DE + r"\s+" + _YEAR, re.I)


def find_month(text: str) -> tuple[int, int, str] | None:
    """The first month written without a day ("en octobre 2024"): (start, end, "YYYY-MM"), or None.

    >>> find_month("aura lieu à Montréal en octobre 2024.")
    (24, 36, '2024-10')
    >>> find_month("le 3 octobre 2024") is None
    True
    """
    for m in _MONTH_YEAR.finditer(text):
        if re.search(r"\d[\s.ºª°]*(?:de\s+)?$", text[: m.start()]):
            continue  # "3 octobre 2024": a day's date
        month = _month(m.group("month"))
        year = re.search(r"(?:19|20)\d\d", m.group(0))
        if month and year:
            return m.start(), m.end(), f"{year.group(0)}-{month:02d}"
    return None


def _month(word: str) -> int | None:
    return MONTHS.get(fold(word).rstrip("."))


def _date(year: str, month: int | None, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day)) if month else None
    except ValueError:
        return None


# Every date pattern below ends in a year and holds at most this many non-space characters before
# it (two weekdays, two days, two months and the words between them hold about 70).
_REACH = 120
_YEAR_AT = re.compile(r"(?=(?:19|20)\d\d)")  # every place a year starts, overlapping ones too


def year_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` a date ending in a year can lie in, merged and in order: from
    ``_REACH`` non-space characters before each year to the character after it. Searching these
    stretches (``pattern.finditer(text, start, end)``) finds what searching all ``text`` finds,
    much faster, as the date patterns try many words at every position.

    >>> year_windows("x" * 300 + " 5 mai 2021.")
    [(184, 312)]
    """
    windows: list[tuple[int, int]] = []
    for m in _YEAR_AT.finditer(text):
        year = m.start()
        start, reach = year, _REACH
        while start > 0:  # room for _REACH non-space characters, however much space lies between them
            start = max(0, start - reach)
            reach = _REACH - len("".join(text[start:year].split()))
            if reach <= 0:
                break
        end = min(len(text), year + 5)  # the year and the character after it (for a closing \b)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _finditer(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


def find_dates(text: str) -> list[DateSpan]:
    """Every date and date range in ``text``, in order, ranges winning over the dates inside them."""
    return list(_dates_in(text))


@lru_cache(maxsize=4096)  # steps ask for the dates of the same lines; emptied for each document (forget_texts)
def _dates_in(text: str) -> tuple[DateSpan, ...]:
    return tuple(_find_dates(text))


def forget_texts() -> None:
    """Drop what was read of the last document's texts (a new document is being read)."""
    _dates_in.cache_clear()


def _find_dates(text: str) -> list[DateSpan]:
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    if not _ANY_YEAR.search(text):
        return found  # every pattern below ends in a year: most lines have none
    windows = year_windows(text)

    def free(m: re.Match) -> bool:
        return all(m.end() <= a or m.start() >= b for a, b in taken)

    for m in _finditer(RANGE_MONTHS, text, windows):
        first = _date(m["year"], _month(m["month1"]), m["d1"])
        last = _date(m["year"], _month(m["month2"]), m["d2"])
        if first and last and first <= last:
            found.append(DateSpan(m.start(), m.end(), first, last))
            taken.append((m.start(), m.end()))
    for m in _finditer(RANGE_MONTHS_FIRST, text, windows):
        if not free(m):
            continue
        first = _date(m["year"], _month(m["month1"]), m["d1"])
        last = _date(m["year"], _month(m["month2"]), m["d2"])
        if first and last and first <= last:
            found.append(DateSpan(m.start(), m.end(), first, last))
            taken.append((m.start(), m.end()))
    for m in _finditer(RANGE_MONTH_FIRST, text, windows):
        month = _month(m["month"])
        first, last = _date(m["year"], month, m["d1"]), _date(m["year"], month, m["d2"])
        if free(m) and first and last and first < last:
            found.append(DateSpan(m.start(), m.end(), first, last))
            taken.append((m.start(), m.end()))
    for m in _finditer(RANGE, text, windows):
        if not free(m) or _numbered_day(m):
            continue
        month = _month(m["month"])
        first, last = _date(m["year"], month, m["d1"]), _date(m["year"], month, m["d2"])
        if first and last and first <= last:
            found.append(DateSpan(m.start(), m.end(), first, last))
            taken.append((m.start(), m.end()))
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR):
        for m in _finditer(pattern, text, windows):
            day = _date(m["year"], _month(m["month"]), m["day"])
            if day and free(m):
                found.append(DateSpan(m.start(), m.end(), day, day))
                taken.append((m.start(), m.end()))
    for m in _finditer(NUMERIC, text, windows):
        day = _date(m["year"], int(m["mon"]), m["day"])
        if day and free(m):
            found.append(DateSpan(m.start(), m.end(), day, day))
    return sorted(found, key=lambda d: d.start)


_WEEKDAY_AT = re.compile(WEEKDAY, re.I)


def _numbered_day(m: re.Match) -> bool:
    """ "Day 1 – Tuesday 16 April 2024": a numbered heading then a date, no range (a range that names
    the weekday of its last day names the first day's too: "du vendredi 24 au dimanche 26 octobre")."""
    head = m.string[m.start() : m.start("d1")]
    tail = m.string[m.end("d1") : m.start("d2")]
    return bool(_WEEKDAY_AT.search(tail)) and not _WEEKDAY_AT.search(head)


def find_partial_dates(text: str, year: int) -> list[DateSpan]:
    """Days and day ranges written without a year ("on 5 October", "les 12 et 13 décembre",
    "September 29 and 30"), read in ``year``; full dates are left to :func:`find_dates`.

    >>> [(d.first.isoformat(), d.last.isoformat()) for d in find_partial_dates("les 12 et 13 décembre", 2016)]
    [('2016-12-12', '2016-12-13')]
    """
    found: list[DateSpan] = []
    taken = [(d.start, d.end) for d in find_dates(text)]
    for m in PARTIAL_MONTHS.finditer(text):
        if any(m.start() < b and a < m.end() for a, b in taken):
            continue
        first = _date(str(year), _month(m["month1"] or m["month3"]), m["d1"] or m["d3"])
        last = _date(str(year), _month(m["month2"] or m["month4"]), m["d2"] or m["d4"])
        if first and last and first <= last:
            found.append(DateSpan(m.start(), m.end(), first, last))
            taken.append((m.start(), m.end()))
    for pattern in (PARTIAL_DAY_MONTH, PARTIAL_MONTH_DAY):
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            month = _month(m["month"])
            first = _date(str(year), month, m["d1"])
            last = _date(str(year), month, m["d2"]) if m["d2"] else first
            if first and last and first <= last:
                found.append(DateSpan(m.start(), m.end(), first, last))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _clock(hour: str, minute: str | None, ampm: str | None) -> dt.time | None:
    h, mi = int(hour), int(minute or 0)
    if ampm:
        pm = ampm.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    return dt.time(h, mi) if 0 <= h < 24 else None


def find_time_range(text: str) -> TimeSpan | None:
    """The first "14h30-16h30" style range in ``text``."""
    for m in TIME_RANGE.finditer(text):
        if not (m["m1"] or m["ap1"] or re.search(r"[hH:]", m.group(0))):
            continue  # "21-25" is a day range, not a time range
        ap1 = m["ap1"] or m["ap2"]
        begin, finish = _clock(m["h1"], m["m1"], ap1), _clock(m["h2"], m["m2"], m["ap2"])
        if begin and finish and begin < finish:
            return TimeSpan(m.start(), m.end(), begin, finish)
    return None


def find_offset(text: str) -> str | None:
    """The UTC offset of a time zone named in ``text`` ("CEST" is +02:00)."""
    m = TZ.search(text)
    if not m:
        return None
    if m["tz"]:
        return OFFSETS[m["tz"].upper()] if m["tz"].isupper() else None
    return f"{m['sign']}{int(m['hours']):02d}:{m['mins'] or '00'}"


def iso(day: dt.date, clock: dt.time | None = None, offset: str | None = None) -> str:
    """ISO 8601: a date, or a date and time with its offset when one is known."""
    if clock is None:
        return day.isoformat()
    return f"{day.isoformat()}T{clock.strftime('%H:%M:%S')}{offset or ''}"


def since(text: str, start: int = 0, end: int | None = None) -> str | None:
    """When a tie stated in ``text[start:end]`` began: "depuis 1966", "en el 2004" give the
    year; a signing on one full date ("signé le 18 novembre 2018") gives that date (ISO)."""
    end = len(text) if end is None else end
    m = SINCE_YEAR.search(text, start, end)
    if m:
        return m.group(1)
    if not _SIGNED.search(text, start, end):
        return None
    found = find_dates(text[start:end])
    return found[0].first.isoformat() if len(found) == 1 and found[0].first == found[0].last else None
