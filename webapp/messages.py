"""The graph layer's messages to users, in the interface language.

The graph and query layers explain a problem in one English line (the command line shows
it as it is). The explorer recognises the lines a visitor can cause, by the patterns below,
and says them again from the catalogues; any other line is shown unchanged.

>>> from munigraph.webapp.i18n import with_lang
>>> with_lang("fr", lambda: localise("sister-cities: city: no City is called 'Pariss' (give an id, a name or an alias)"))
'Ville : rien du type Ville ne s’appelle « Pariss » : donnez un identifiant, un nom ou un alias.'
"""

from __future__ import annotations

import re
from typing import Any

from flask import has_app_context
from munigraph.graph.text import Message
from munigraph.webapp.i18n import lookup, number, t, tn
from munigraph.webapp.labels import label, prefetch

_PREFIX = r"^(?:(?P<query>[\w-]+): (?:(?P<param>\w+): )?)?"
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(_PREFIX + r"no (?P<kinds>[\w ]+?) is called '(?P<text>.*)' \(give an id, a name or an alias\)$"),
        "error.not_called",
    ),
    (
        re.compile(_PREFIX + r"'(?P<text>.*)' is ambiguous: (?P<listed>.*); give an id or add the country \('.*'\)$"),
        "error.ambiguous",
    ),
    (re.compile(_PREFIX + r"no (?P<kinds>\w+) has the id '(?P<text>.*)'$"), "error.no_id"),
    (re.compile(_PREFIX + r"'(?P<text>.*)' is a (?P<kind>\w+); expected a (?P<kinds>[\w ]+)$"), "error.wrong_kind"),
    (re.compile(r"^(?P<query>[\w-]+): missing required parameter (?P<params>[\w, ]+) \(.*\)$"), "error.missing"),
)


def _kinds(text: str) -> str:
    return t("error.or").join(t(f"kind.{k}") for k in text.split(" or "))


def localise(message: str) -> str:
    """``message`` in the interface language when it is one the explorer knows, else as it is."""
    for pattern, key in PATTERNS:
        match = pattern.match(message)
        if not match:
            continue
        found = match.groupdict()
        values = {"text": found.get("text") or "", "listed": found.get("listed") or ""}
        values["kinds"] = _kinds(found.get("kinds") or "")
        values["kind"] = t(f"kind.{found['kind']}") if found.get("kind") else ""
        if found.get("params"):
            values["params"] = ", ".join(t(f"param.{p.strip()}") for p in found["params"].split(","))
        text = t(key, **values)
        param = found.get("param")
        if param:  # the field it is about, as the form labels it
            return t("error.field", field=lookup(f"param.{param}") or param, text=text[0].lower() + text[1:])
        return text
    return message


def _written(value: Any) -> Any:
    """A message's value the language's way: numbers by CLDR, named nodes by their labels."""
    if isinstance(value, int | float):
        return number(value)
    if isinstance(value, list) and all(isinstance(v, dict) and "id" in v for v in value):
        if not has_app_context():  # no graph to read aliases from: the stored names
            return ", ".join(str(v.get("name") or v["id"]) for v in value)
        prefetch(value)
        return ", ".join(label(v) for v in value)
    return value


def say(value: Any) -> Any:
    """``value`` with every :class:`~munigraph.graph.text.Message` in it (a suggestion's reasons)
    said in the interface language from the catalogues; numbers written the language's way."""
    if isinstance(value, Message):
        values = {k: _written(v) for k, v in value.values.items() if k != "n"}
        if "n" in value.values:  # counted: the language's plural form
            return tn(value.key, value.values["n"], **values)
        return t(value.key, **values)
    if isinstance(value, list):
        return [say(v) for v in value]
    if isinstance(value, dict):
        return {k: say(v) for k, v in value.items()}
    return value
