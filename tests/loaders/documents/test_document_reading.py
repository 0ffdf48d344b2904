"""Reading documents: encodings, HTML boilerplate, .docx, and bad input refused with one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from munigraph.graph.errors import LoadError
from munigraph.loaders.documents import load_document
from munigraph.loaders.documents.language import detect_language
from munigraph.loaders.documents.reading import MAX_BYTES, decode, read_document

FRENCH = "Émilie Dupré, secrétaire générale de l’Association des villes, à Liège\n"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (FRENCH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "utf-8-sig"),
        (FRENCH.encode("cp1252"), "cp1252"),
        (FRENCH.replace("’", "'").encode("latin-1"), "cp1252"),  # latin-1 text is valid cp1252 too
        ("Ŝ".encode("latin-1", "replace") + b" \x81\x8d" + FRENCH.replace("’", "'").encode("latin-1"), "latin-1"),
    ],
)
def test_decode_detects_the_encoding(tmp_path: Path, encoded: bytes, encoding: str) -> None:
    text, found = decode(tmp_path / "x.txt", encoded)
    assert found == encoding
    assert text.endswith(FRENCH if "’" in text else FRENCH.replace("’", "'"))


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(FRENCH.encode("utf-16"))
    assert read_document(path).text == FRENCH


def test_html_drops_menus_share_links_and_footers_but_keeps_the_sidebar_agenda(tmp_path: Path) -> None:
    path = tmp_path / "news.html"
    path.write_text(
        "<html><head><title>Peace talks</title><script>var x = 1;</script></head><body>"
        "<nav><ul><li>Home</li><li>About</li></ul></nav>"
        "<div class='share-buttons'><a>Facebook</a><a>Twitter</a></div>"
        "<article><h1>Peace talks</h1><p>The <strong>mayor of Utrecht</strong> spoke.</p></article>"
        "<aside><h3>Agenda</h3><p>Café des élus : le 25 avril 2024, de 17h30 à 18h15</p></aside>"
        "<footer>© UCLG 2024 · Legal notice</footer></body></html>",
        encoding="utf-8",
    )
    raw = read_document(path)
    assert raw.title == "Peace talks"
    assert raw.text == (
        "Peace talks\n\nThe **mayor of Utrecht** spoke.\n\nAgenda\n\nCafé des élus : le 25 avril 2024, de 17h30 à 18h15"
    )


def test_docx_paragraphs_and_table_rows(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Programme")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Hans Sakkers"
    table.rows[0].cells[1].text = "Utrecht"
    path = tmp_path / "agenda.docx"
    document.save(path)
    assert read_document(path).text == "Programme\n\nHans Sakkers, Utrecht"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary content, not text"),
        ("noise.txt", bytes(range(0x80, 0xA0)) * 50, "undecodable bytes"),
        ("sheet.xlsx", b"PK\x03\x04", "unsupported document type '.xlsx'"),
        ("broken.pdf", b"%PDF-1.4 not really", "not a readable PDF"),
        ("broken.docx", b"PK\x03\x04 not a zip", "not a readable .docx file"),
    ],
)
def test_bad_input_is_one_line_naming_the_file_and_leaves_the_graph_alone(
    store, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError) as caught:
        load_document(store, path)
    text = str(caught.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text
    assert sum(store.counts()["nodes"].values()) == 0


def test_a_huge_file_is_refused_before_it_is_read(store, tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(LoadError, match=r"dump\.txt: 21 MB is too large for a document \(limit 20 MB\)"):
        load_document(store, path)
    assert sum(store.counts()["nodes"].values()) == 0


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le maire de Tunis et la présidente de l'association sont invités à la session.", "fr"),
        ("The mayor of Bologna and the secretary general of UCLG will attend the session.", "en"),
        ("La alcaldesa de Barcelona y el secretario general de CGLU participarán en la sesión.", "es"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_utf8_with_stray_bytes_stays_utf8_and_warns_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    data = (FRENCH * 3).encode("utf-8")
    cut = data.index(b"\n") + 1 + 10
    mixed = data[:cut] + b"\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8" + data[cut:]
    with caplog.at_level("WARNING"):
        text, encoding = decode(tmp_path / "x.txt", mixed)
    assert encoding == "utf-8"
    assert text.count("\ufffd") == 8 and text.count(FRENCH) == 2 and "Ã" not in text
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path / 'x.txt'}: line 2: 8 bytes that are not UTF-8 replaced by \ufffd"
    ]
