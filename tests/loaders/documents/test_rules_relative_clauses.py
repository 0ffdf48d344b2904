"""A name inside a relative clause closed by a comma is the clause's, not the subject of the verb after it
("Jane Roe, who leads Eurocities, spoke at the Forum": Eurocities did not speak, Jane Roe did)."""

from __future__ import annotations

import pytest

from tests.loaders.documents.helpers import facts_of, relations


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Urban Forum 2026\n\nJane Roe, who chairs the UCLG Committee on Culture, spoke at the Urban Forum.\n", "en", "Jane Roe"),
        ("Urban Forum 2026\n\nJane Roe, who leads Eurocities, spoke at the Urban Forum.\n", "en", "Jane Roe"),
        ("Forum urbain 2026\n\nJeanne Roux, qui dirige Eurocities, est intervenue au Forum urbain.\n", "fr", "Jeanne Roux"),
        ("Foro Urbano 2026\n\nAna Ruiz, quien dirige Eurocities, intervino en el Foro Urbano.\n", "es", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_a_body_in_a_closed_relative_clause_does_not_attend(text: str, language: str, speaker: str) -> None:
    assert {a[0] for a in relations(facts_of(text, language), "ATTENDED")} == {speaker}
