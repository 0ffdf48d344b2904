"""Offices, seats, memberships and lists on pages written for these tests (en/fr/es): list
joints read from one language key, seats held "represented by" a person, bureau lists, lists of
new members and of twins."""

from __future__ import annotations

import re

from munigraph.loaders.documents import lexicon

from tests.loaders.documents.test_rules_fr_es import _facts, relations


def test_list_joints_come_from_every_language_file_and_split_lists_in_each_language() -> None:
    for code in ("en", "fr", "es"):
        assert lexicon.words("list_joints", code), code
    joint = re.compile(lexicon.list_joint())
    assert joint.split("Tours, Poitiers et Angers") == ["Tours", "Poitiers", "Angers"]
    assert joint.split("Rosario, Montevideo y Valparaíso") == ["Rosario", "Montevideo", "Valparaíso"]
    assert joint.split("Leeds, York, and Hull as well as Bath") == ["Leeds", "York", "Hull", "Bath"]
    assert joint.split("Saint-Étienne") == ["Saint-Étienne"]  # no joint inside a name
    assert re.compile(lexicon.list_joint(",;")).split("Lyon; Porto") == ["Lyon", "Porto"]
    assert re.compile(lexicon.list_joint("")).split("Lyon, Porto y Turín") == ["Lyon, Porto", "Turín"]
    assert re.compile(lexicon.list_joint(space=r"\s")).split("Lyon and\nPorto") == ["Lyon", "Porto"]


def test_new_members_listed_with_each_language_s_joint_are_members() -> None:
    facts = _facts("Cités Unies France\n\nNouveaux membres : Tours, Poitiers ainsi que Angers.\n", "fr")
    members = {m for m, _, _ in relations(facts, "MEMBER_OF")}
    assert {"Tours", "Poitiers", "Angers"} <= members
