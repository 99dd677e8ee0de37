"""EPUB: each chapter in reading order through the HTML reader."""

from __future__ import annotations

import io
import warnings
import zipfile

from dossier.ingest.errors import IngestError
from dossier.ingest.extracted import Extracted, TextBuilder
from dossier.ingest.html import read_html_text
from dossier.ingest.metadata import parse_stated_date


def read_epub_bytes(data: bytes, shown: str) -> Extracted:
    import ebooklib
    from ebooklib import epub

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
    except (zipfile.BadZipFile, KeyError, AttributeError, ValueError, OSError, epub.EpubException) as exc:
        raise IngestError(shown, f"the EPUB is damaged or not an EPUB ({type(exc).__name__})") from None
    builder = TextBuilder()
    items = {item.get_id(): item for item in book.get_items_of_type(ebooklib.ITEM_DOCUMENT)}
    order = [items[i] for i, _ in book.spine if i in items] or list(items.values())
    for item in order:
        chapter = read_html_text(item.get_content().decode("utf-8", errors="replace"))
        offset = builder.length + (2 if builder.parts else 0)
        before = builder.length
        builder.add(chapter.text)
        if builder.length != before:
            builder.headings.extend((offset + s, offset + e) for s, e in chapter.headings)
    title = next((t for t, _ in book.get_metadata("DC", "title")), None)
    date = next((d for d, _ in book.get_metadata("DC", "date")), None)
    return Extracted(text=builder.text(), title=title, published=parse_stated_date(date) if date else None,
                     headings=builder.headings)
