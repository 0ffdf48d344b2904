"""The interface in English, French and Spanish: gettext catalogues read with Babel, CLDR formats.

Texts live in ``translations/<lang>/LC_MESSAGES/messages.po`` (standard gettext catalogues,
editable with any PO tool) under symbolic message ids (``entity.aliases``); the English
catalogue holds the English texts. Dates and numbers are formatted with Babel's CLDR data
for the chosen language. The choice is remembered in a cookie.

>>> with_lang("fr", lambda: when("2022-02-23T11:30:00+01:00"))
'23 février 2022, 11 h 30 (UTC+1)'
>>> with_lang("es", lambda: number(36000))
'36.000'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from flask import Flask, g, has_request_context, request

LANGUAGES = ("en", "fr", "es")
COOKIE = "lang"
DIRECTORY = Path(__file__).with_name("translations")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_T = TypeVar("_T")


@cache
def locale(lang: str) -> Locale:
    """Babel's CLDR data for ``lang``, parsed once."""
    return Locale.parse(lang)


def po_path(lang: str) -> Path:
    return DIRECTORY / lang / "LC_MESSAGES" / "messages.po"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """The translated messages of ``lang`` (fuzzy and empty entries left out)."""
    with po_path(lang).open("rb") as handle:
        parsed = read_po(handle, locale=lang)
    return {m.id: m.string for m in parsed if m.id and m.string and not m.fuzzy and isinstance(m.id, str)}


def current() -> str:
    """The language of this request: ?lang=, the cookie, else the browser's preference, else English."""
    if not has_request_context():
        return _FORCED[-1] if _FORCED else "en"
    if "lang" not in g:
        chosen = request.args.get("lang") or request.cookies.get(COOKIE)
        if chosen not in LANGUAGES:
            chosen = request.accept_languages.best_match(LANGUAGES) or "en"
        g.lang = chosen
    return g.lang


_FORCED: list[str] = []


def with_lang(lang: str, action: Callable[[], _T]) -> _T:
    """Run ``action`` outside a request as if the interface were in ``lang`` (doctests, scripts)."""
    _FORCED.append(lang)
    try:
        return action()
    finally:
        _FORCED.pop()


def lookup(key: str) -> str | None:
    """The text of ``key`` in the current language, else English, else None."""
    return catalogue(current()).get(key) or catalogue("en").get(key)


def t(key: str, **values: object) -> str:
    """The text ``key`` in the current language (English when it lacks one; the key when none has it)."""
    text = lookup(key) or key
    return text.format(**values) if values else text


def tn(key: str, n: int, **values: object) -> str:
    """A counted text: ``key.one`` or ``key.other`` etc. by the language's CLDR plural rule."""
    form = locale(current()).plural_form(n)
    text = lookup(f"{key}.{form}") or lookup(f"{key}.other") or key
    return text.format(n=number(n), **values)


def number(value: Any) -> str:
    """A number written the language's way (36,000 / 36 000 / 36.000)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    return format_decimal(value, locale=locale(current()))


_ISO = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)


def when(value: Any) -> str:
    """An ISO 8601 date or time as people write it in the current language.

    A year stays a year, a month reads "février 2022", a day "23 février 2022"; a time
    adds the hour and the offset from UTC when the source gave one. Anything else is
    returned unchanged.
    """
    text = str(value or "").strip()
    match = _ISO.match(text)
    if not match:
        return text
    year, month, day, hour, minute, _, offset = match.groups()
    lang = locale(current())
    try:
        if not month:
            return year
        if not day:
            return format_skeleton("yMMMM", date(int(year), int(month), 1), locale=lang)
        shown = format_date(date(int(year), int(month), int(day)), "long", locale=lang)
        if hour is None:
            return shown
        moment = datetime(int(year), int(month), int(day), int(hour), int(minute))
    except ValueError:
        return text
    clock = format_time(moment, t("fmt.time"), locale=lang)
    return t("fmt.datetime", date=shown, time=clock) + (f" ({utc_offset(offset)})" if offset else "")


def utc_offset(offset: str) -> str:
    """``+01:00`` as ``UTC+1``, ``+0530`` as ``UTC+5:30``, ``Z`` as ``UTC``."""
    if offset == "Z":
        return "UTC"
    digits = offset[1:].replace(":", "")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if not delta:
        return "UTC"
    hours, minutes = divmod(int(delta.total_seconds()) // 60, 60)
    return f"UTC{offset[0]}{hours}" + (f":{minutes:02d}" if minutes else "")


def language_name(code: str) -> str:
    """A language code (a document's) named in the interface language: "fr" -> "français"."""
    try:
        return Locale.parse(code).get_display_name(locale(current())) or code
    except (ValueError, TypeError):
        return code


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(t=t, tn=tn, current_lang=current, languages=LANGUAGES)
    app.jinja_env.filters.update(when=when, number=number, language_name=language_name)
