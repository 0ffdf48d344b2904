"""English and French interface texts; the choice is remembered in a cookie."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from flask import Flask, g, request

LANGUAGES = ("en", "fr")
COOKIE = "lang"
_DIR = Path(__file__).with_name("translations")


@cache
def catalogue(lang: str) -> dict[str, str]:
    return json.loads((_DIR / f"{lang}.json").read_text(encoding="utf-8"))


def current() -> str:
    """The language of this request: the cookie, else the browser's preference, else English."""
    if "lang" not in g:
        chosen = request.args.get("lang") or request.cookies.get(COOKIE)
        if chosen not in LANGUAGES:
            chosen = request.accept_languages.best_match(LANGUAGES) or "en"
        g.lang = chosen
    return g.lang


def t(key: str, **values: object) -> str:
    """The text ``key`` in the current language (English when French lacks it)."""
    text = catalogue(current()).get(key) or catalogue("en").get(key) or key
    return text.format(**values) if values else text


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(t=t, current_lang=current, languages=LANGUAGES)
