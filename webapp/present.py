"""Stored values in people's words: labelled properties, dates, numbers and countries in the
interface language, sources named by document title or dataset and row, personal data hidden.

The labels come from the catalogues (``prop.<name>``); which properties exist, their types
and which are private come from model.yaml, so a new property needs a label and nothing else.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from babel.numbers import format_decimal
from flask import Flask
from munigraph.graph.schema import Model, Property
from munigraph.webapp.i18n import current, language_name, locale, lookup, number, t, when

# Storage details: lookup keys, merge records (`munigraph merges` shows them), the full text.
STORAGE = ("keys", "keys_text", "text", "merges", "merged_at")
# What no property table shows: storage, and what the page shows elsewhere.
NOT_SHOWN = ("id", "name", "aliases", "kind", *STORAGE, "sources")
IDENTIFIERS = ("geonames_id", "wikidata_id")  # numbers that are names, not quantities
COORDINATES = ("lat", "lon")


def country_name(code: str) -> str:
    """An ISO 3166 alpha-2 code named in the interface language ("NL" -> "Pays-Bas")."""
    return locale(current()).territories.get(code.upper(), code) if len(code) == 2 else code


def word(prefix: str, value: str) -> str:
    """A declared value in the interface language (``twin.sister_city``), else the value itself."""
    return lookup(f"{prefix}.{value}") or value.replace("_", " ")


def value_text(name: str, value: Any, spec: Property | None = None) -> str:
    """One stored value as a reader would write it."""
    if value is None or value == "":
        return ""
    if isinstance(value, list):
        return "; ".join(value_text(name, v, spec) for v in value)
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if name in IDENTIFIERS:
        return str(value)
    if name in COORDINATES and isinstance(value, int | float):
        return format_decimal(value, "0.0###", locale=locale(current()))
    if isinstance(value, int | float):
        return number(value)
    text = str(value)
    if name == "country":
        return country_name(text)
    if name == "language":
        return language_name(text)
    if name == "path":
        return PurePath(text).name  # the file's name, never where it lies on the server
    if name == "format":
        return word("format", text)
    if (spec and spec.type == "date") or name in ("start", "end", "since", "until", "published"):
        return when(text)
    return text


def public(model: Model, kind: str, props: dict[str, Any]) -> dict[str, Any]:
    """The properties a visitor may see (private ones, such as e-mail hashes, removed)."""
    specs = model.node_properties(kind) if kind in model.nodes else {}
    return {k: v for k, v in props.items() if not (k in specs and specs[k].private)}


def properties(model: Model, kind: str, props: dict[str, Any]) -> list[dict[str, str]]:
    """The properties of a node as (key, label, text) rows, in model order, storage details left out."""
    specs = model.node_properties(kind) if kind in model.nodes else {}
    order = {name: i for i, name in enumerate(specs)}
    rows = []
    for key in sorted(public(model, kind, props), key=lambda k: (order.get(k, len(order)), k)):
        if key in NOT_SHOWN or props[key] in (None, "", []):
            continue
        rows.append({"key": key, "label": t(f"prop.{key}"), "text": value_text(key, props[key], specs.get(key))})
    return rows


def facts(props: dict[str, Any], names: dict[str, str]) -> list[dict[str, str]]:
    """The dated and qualified facts of a tie ("since 1 June 1990", "kind: sister city")."""
    shown = []
    for key in ("kind", "since", "until", "stated_by", "stated_from"):
        value = props.get(key)
        if value in (None, "", []) or (key == "stated_by" and props.get("stated_from")):
            continue
        if key == "kind":
            text = word("twin", str(value))
        elif key == "stated_by":
            text = word("stated_by", str(value))
        elif key == "stated_from":
            text = ", ".join(names.get(v, v) for v in value) if isinstance(value, list) else str(value)
        else:
            text = value_text(key, value)
        shown.append({"key": key, "label": t(f"fact.{key}"), "text": text})
    return shown


def source_name(record: dict[str, Any]) -> str:
    """A provenance record's source as a reader would name it: a dataset's file name, never its path."""
    dataset = str(record.get("dataset") or "")
    return PurePath(dataset).name if dataset else ""


def init_app(app: Flask) -> None:
    app.jinja_env.filters.update(country=country_name)
