"""Loaders: files and folders in, one transactional batch per source out.

``load`` walks the paths it is given and hands each file to the loader for its type:
documents (.txt .md .html .pdf .docx) to :mod:`loaders.documents`, tables (.csv .tsv and
headerless twinning files) to :mod:`loaders.tabular`, curated facts (.yaml .yml) to
:mod:`loaders.curated`. Every loader returns a :class:`LoadReport`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from munigraph.graph.errors import LoadError

if TYPE_CHECKING:  # the store (and its database driver) is not needed to read a document
    from munigraph.graph.store import WriteReport

DOCUMENT_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}
TABLE_SUFFIXES = {".csv", ".tsv", ".twin", ".dat"}
CURATED_SUFFIXES = {".yaml", ".yml"}


@dataclass
class LoadReport:
    """What loading one source did, printed at the end of every load."""

    source: str
    rows_read: int = 0
    entities_created: int = 0
    entities_merged: int = 0
    relationships: int = 0
    relationships_created: int = 0
    unresolved: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # "file:line: reason"
    joined: int = 0  # unresolved cities joined to a namesake they share twins with
    seconds: float = 0.0

    @classmethod
    def from_write(cls, source: str | Path, written: WriteReport, **details: Any) -> LoadReport:
        """The report of a source whose batch the store wrote; ``details`` fills the rest."""
        return cls(
            source=str(source),
            entities_created=written.created,
            entities_merged=written.merged,
            relationships=written.relations,
            relationships_created=written.relations_created,
            **details,
        )

    def as_row(self) -> dict[str, object]:
        return {
            "source": self.source,
            "rows read": self.rows_read,
            "entities created": self.entities_created,
            "entities merged": self.entities_merged,
            "relationships": self.relationships,
            "unresolved cities": len(self.unresolved),
            "rejected rows": len(self.rejected),
            "seconds": round(self.seconds, 2),
        }


def iter_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named and files found (recursively, sorted) in folders named."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            files.append(path)
        else:
            raise LoadError(f"{path}: no such file or folder")
    return files


DEMO_DIR = Path(__file__).with_name("demo")
