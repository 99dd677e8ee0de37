"""Files in, Documents out: one reader per format, one structure finder for all.

Public API: ``read_document``, ``expand_paths``, ``IngestError``,
``SUPPORTED_SUFFIXES``, ``DEFAULT_MAX_BYTES``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional

from dossier.ingest.encoding import UndecodableError, decode, universal_newlines
from dossier.ingest.errors import IngestError
from dossier.ingest.extracted import Extracted
from dossier.ingest.metadata import guess_language, stated_publication, year_in_name
from dossier.ingest.paths import expand_paths
from dossier.ingest.source import DEFAULT_MAX_BYTES, looks_binary, read_bytes
from dossier.ingest.structure import find_structure
from dossier.model import Document

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
           ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx", ".epub": "epub"}
SUPPORTED_SUFFIXES = tuple(FORMATS)

__all__ = ["read_document", "expand_paths", "IngestError", "SUPPORTED_SUFFIXES", "DEFAULT_MAX_BYTES"]


def sniff_format(data: bytes, suffix_format: Optional[str]) -> Optional[str]:
    """The format the bytes say they are, when the file name lies or says nothing."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        head = data[:4000]
        if b"mimetypeapplication/epub+zip" in head:
            return "epub"
        if b"word/" in data[:200_000] or suffix_format == "docx":
            return "docx"
        return "zip"
    if suffix_format in ("pdf", "docx", "epub"):
        return "txt"  # named like a binary format but holds text
    return suffix_format


def extract(data: bytes, fmt: str, shown: str) -> Extracted:
    if fmt == "pdf":
        from dossier.ingest.pdf import read_pdf_bytes
        return read_pdf_bytes(data, shown)
    if fmt == "docx":
        from dossier.ingest.docx import read_docx_bytes
        return read_docx_bytes(data, shown)
    if fmt == "epub":
        from dossier.ingest.epub import read_epub_bytes
        return read_epub_bytes(data, shown)
    if fmt == "zip":
        raise IngestError(shown, "is a zip archive, not a document; unpack it first")
    if looks_binary(data):
        raise IngestError(shown, "looks like binary data, not text")
    try:
        text, encoding = decode(data)
    except UndecodableError as exc:
        raise IngestError(shown, str(exc)) from None
    text = universal_newlines(text)
    if fmt == "html" or (fmt == "txt" and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))):
        from dossier.ingest.html import read_html_text
        return read_html_text(text, encoding)
    if fmt == "md":
        from dossier.ingest.markdown import read_markdown_text
        return read_markdown_text(text, encoding)
    return Extracted(text=text, encoding=encoding)


def read_document(path: str | Path, *, display_path: Optional[str] = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into a Document; raise IngestError (one sentence) if it cannot be done."""
    path = Path(path)
    shown = display_path or str(path)
    data = read_bytes(path, shown, max_bytes)
    fmt = sniff_format(data, FORMATS.get(path.suffix.lower(), "txt")) or "txt"
    extracted = extract(data, fmt, shown)
    if not extracted.text.strip():
        raise IngestError(shown, "contains no readable text")
    structure = find_structure(extracted.text, extracted.headings)
    opening = [extracted.text[b.start:b.end] for b in structure.blocks[:4]]
    return Document(
        id=hashlib.sha256(data).hexdigest(), path=shown, text=extracted.text,
        title=extracted.title or structure.title or path.stem, format=fmt if fmt != "zip" else "txt",
        encoding=extracted.encoding, language=guess_language(extracted.text),
        published=extracted.published or stated_publication(structure.metadata, opening) or year_in_name(path.stem),
        blocks=structure.blocks, footnotes=structure.footnotes, size=len(data), warnings=extracted.warnings,
    )
