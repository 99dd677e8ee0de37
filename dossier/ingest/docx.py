"""Word documents: paragraphs, heading styles, and real footnotes from ``word/footnotes.xml``.

python-docx has no footnote API, so the body's ``w:footnoteReference`` runs
and the footnotes part are read from the XML directly.
"""

from __future__ import annotations

import io
import zipfile
from typing import Optional
from xml.etree import ElementTree

from dossier.ingest.errors import IngestError
from dossier.ingest.extracted import Extracted, TextBuilder
from dossier.ingest.metadata import parse_stated_date

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def paragraph_text(p: ElementTree.Element, note_numbers: dict[str, int]) -> str:
    parts = []
    for el in p.iter():
        if el.tag == W + "t":
            parts.append(el.text or "")
        elif el.tag in (W + "tab",):
            parts.append("\t")
        elif el.tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif el.tag == W + "footnoteReference":
            note_id = el.get(W + "id")
            number = note_numbers.setdefault(note_id, len(note_numbers) + 1)
            parts.append(f"[{number}]")
    return "".join(parts)


def optional_part(archive: zipfile.ZipFile, name: str) -> Optional[ElementTree.Element]:
    """A part of the package that a document may lack (footnotes, styles)."""
    try:
        return ElementTree.fromstring(archive.read(name))
    except KeyError:
        return None


def read_footnotes(archive: zipfile.ZipFile) -> dict[str, str]:
    root = optional_part(archive, "word/footnotes.xml")
    if root is None:
        return {}
    notes = {}
    for note in root.iter(W + "footnote"):
        if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(paragraph_text(p, {}) for p in note.iter(W + "p")).strip()
        notes[note.get(W + "id")] = text
    return notes


def style_of(p: ElementTree.Element, styles: dict[str, str]) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    style_id = style.get(W + "val") if style is not None else ""
    return styles.get(style_id, style_id).lower()


def read_styles(archive: zipfile.ZipFile) -> dict[str, str]:
    root = optional_part(archive, "word/styles.xml")
    if root is None:
        return {}
    names = {}
    for style in root.iter(W + "style"):
        name = style.find(W + "name")
        names[style.get(W + "styleId")] = name.get(W + "val") if name is not None else ""
    return names


def read_docx_bytes(data: bytes, shown: str) -> Extracted:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        body = ElementTree.fromstring(archive.read("word/document.xml"))
        styles = read_styles(archive)
        footnotes = read_footnotes(archive)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as exc:
        raise IngestError(shown, f"the Word file is damaged or not a .docx ({type(exc).__name__})") from None
    title, published = core_properties(archive)
    builder = TextBuilder()
    numbers: dict[str, int] = {}
    for p in body.iter(W + "p"):
        style = style_of(p, styles)
        text = paragraph_text(p, numbers)
        is_heading = style.startswith("heading") or style == "title"
        if style == "title" and not title:
            title = text.strip()
        builder.add(text, heading=is_heading)
    for note_id, number in sorted(numbers.items(), key=lambda kv: kv[1]):
        if footnotes.get(note_id):
            builder.add(f"[{number}] {footnotes[note_id]}")
    return Extracted(text=builder.text(), title=title, published=published, headings=builder.headings)


def core_properties(archive: zipfile.ZipFile) -> tuple[str | None, str | None]:
    """Title from the core properties; no date: ``created`` is when the file was made."""
    try:
        root = ElementTree.fromstring(archive.read("docProps/core.xml"))
    except (KeyError, ElementTree.ParseError):
        return None, None
    title = next((el.text for el in root.iter() if el.tag.endswith("}title") and el.text), None)
    subject_date = next((el.text for el in root.iter() if el.tag.endswith("}date") and el.text), None)
    return title, parse_stated_date(subject_date) if subject_date else None
