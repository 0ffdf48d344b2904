"""Bytes to text: file types, encodings and web boilerplate.

Every failure is a :class:`LoadError` naming the file, raised before anything is written.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from charset_normalizer import from_bytes
from munigraph.graph.errors import LoadError

log = logging.getLogger(__name__)
MAX_BYTES = 20 * 1024 * 1024  # beyond this a "document" is a dump, not something to read facts from
TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}


@dataclass
class RawDocument:
    """Text as stored in the Document node (offsets of every quote refer to it)."""

    text: str
    encoding: str
    title: str | None = None


def read_document(path: Path) -> RawDocument:
    """Read ``path`` into text; raise :class:`LoadError` on anything that is not a readable document."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise LoadError(
            f"{path}: unsupported document type '{suffix or '(none)'}' (supported: {' '.join(sorted(SUPPORTED))})"
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(f"{path}: {size / 1e6:.0f} MB is too large for a document (limit {MAX_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise LoadError(f"{path}: empty file")
    if suffix == ".pdf":
        raw = RawDocument(_pdf_text(path, data), "pdf")
    elif suffix == ".docx":
        raw = RawDocument(_docx_text(path, data), "docx")
    else:
        text, encoding = decode(path, data)
        raw = _html_text(text, encoding) if suffix in HTML_SUFFIXES else RawDocument(text, encoding)
    raw.text = raw.text.replace("\r\n", "\n").replace("\r", "\n")
    if not raw.text.strip():
        raise LoadError(f"{path}: no text in this document")
    return raw


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 / latin-1 / best guess.

    UTF-8 with a few stray bytes stays UTF-8: they become U+FFFD and one warning names the
    file and line (see :func:`_mostly_utf8`).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(path, data, "utf-16"), "utf-16"
    if b"\x00" in data[:8192]:
        raise LoadError(f"{path}: binary content, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(path, data, "utf-8-sig"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mended = _mostly_utf8(path, data)
    if mended is not None:
        return mended, "utf-8"
    # Western European documents that are not UTF-8 are almost always cp1252 (a superset of
    # latin-1 for printable text); latin-1 decodes anything, so only accept it when cp1252 fails.
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, encoding
    # Last resort among the encodings a French, English or Spanish text comes in (UTF-16
    # without BOM, latin-9); bytes that make sense in none of them are undecodable.
    best = from_bytes(data, cp_isolation=["utf_16", "utf_32", "iso8859_15", "cp1252", "latin_1"]).best()
    if best is None or not _looks_like_text(str(best)):
        raise LoadError(f"{path}: undecodable bytes (not UTF-8, cp1252 or latin-1 text)")
    return str(best), best.encoding


_BAD_BYTES = re.compile("[\udc80-\udcff]+")  # what surrogateescape makes of bytes that are not UTF-8


def _mostly_utf8(path: Path, data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes: the text with each replaced by U+FFFD, and one warning.

    A file with more well-formed UTF-8 letters beyond ASCII than stray bytes is UTF-8 that
    something damaged (a cp1252 file has almost no well-formed sequences); decoding the
    whole of it as cp1252 would turn every "é" into "Ã©". None when the file is not UTF-8.
    """
    text = data.decode("utf-8", "surrogateescape")
    runs = list(_BAD_BYTES.finditer(text))
    stray = sum(len(m.group()) for m in runs)
    well_formed = sum(1 for c in text if c >= "\x80") - stray
    if well_formed <= stray:
        return None
    lines = list(dict.fromkeys(text.count("\n", 0, m.start()) + 1 for m in runs))
    more = f" (also line{'s' if len(lines) > 2 else ''} {', '.join(map(str, lines[1:6]))}{', ...' if len(lines) > 6 else ''})"
    log.warning(
        "%s: line %d: %d byte%s that %s not UTF-8 replaced by \ufffd%s",
        path,
        lines[0],
        stray,
        "s" if stray > 1 else "",
        "are" if stray > 1 else "is",
        more if len(lines) > 1 else "",
    )
    return _BAD_BYTES.sub(lambda m: "\ufffd" * len(m.group()), text)


def _strict(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise LoadError(f"{path}: undecodable bytes at offset {exc.start} for {encoding}") from exc


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _looks_like_text(text: str) -> bool:
    """Few control characters: binary data decoded as latin-1 is full of them."""
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) <= max(2, len(sample) // 500)


def _pdf_text(path: Path, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        return "\n\n".join((page.extract_text() or "") for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, OSError) as exc:
        raise LoadError(f"{path}: not a readable PDF ({exc})") from exc


def _docx_text(path: Path, data: bytes) -> str:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, ValueError, KeyError, OSError) as exc:
        raise LoadError(f"{path}: not a readable .docx file ({exc})") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:  # agendas are often tables: one line per row
        lines += [", ".join(cell.text.strip() for cell in row.cells if cell.text.strip()) for row in table.rows]
    return "\n\n".join(lines)


# -- HTML -----------------------------------------------------------------------------------

_DROP_TAGS = {"script", "style", "nav", "footer", "noscript", "form", "button", "svg", "iframe", "template", "select"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "aside", "header", "main", "li", "ul", "ol", "tr", "table", "br",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dt", "dd", "figcaption", "hr", "td", "th",
}  # fmt: skip
# Menus, share bars, cookie banners, breadcrumbs: recognised by class or id. Sidebars (aside)
# are kept because agendas and headlines sit there.
_BOILERPLATE = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|cookies?|footer|site-footer|skip-link|"
    r"newsletter|subscribe|pagination|related-posts|comments?|sr-only|visually-hidden)($|[\s_-])",
    re.I,
)
_BOILER_LINES = re.compile(
    r"^(share|partager|compartir|tweet|imprimer|print|imprimir|facebook|twitter|linkedin|whatsapp|e-?mail|"
    r"lire la suite|read more|leer más|retour|back to top|menu|accueil|home|inicio|"
    r"(partager|share|compartir) (sur|on|en) \w+)$",
    re.I,
)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip: list[str] = []  # stack of tags being skipped
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr", "img", "meta", "link", "input"):
            if tag in ("br", "hr") and not self._skip:
                self.parts.append("\n")
            return
        marker = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        if self._skip or tag in _DROP_TAGS or (marker and _BOILERPLATE.search(marker)):
            self._skip.append(tag)
            return
        if tag == "title":
            self._in_title = True
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag not in ("li", "td", "th", "tr") else "\n")
        if tag in ("strong", "b"):
            self.parts.append("**")

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if self._skip[-1] == tag:
                self._skip.pop()
            elif tag in self._skip:  # badly nested HTML: close up to the matching tag
                while self._skip and self._skip.pop() != tag:
                    pass
            return
        if tag == "title":
            self._in_title = False
        if tag in ("strong", "b"):
            self.parts.append("**")
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag in ("td", "th"):
            self.parts.append(", ")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title.append(data)
            return
        self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))  # HTML line breaks in source are spaces


def _html_text(html: str, encoding: str) -> RawDocument:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("****", "")
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"[ \t]+", " ", line).strip().rstrip(",").strip()
        if line == "**" or _BOILER_LINES.match(line.strip("* ")):
            continue
        lines.append(line)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    title = " ".join("".join(parser.title).split()) or None
    return RawDocument(body, encoding, title)
