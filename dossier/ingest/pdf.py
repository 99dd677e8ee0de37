"""PDF: the text layer, page by page. A PDF without one is a scan and needs OCR first."""

from __future__ import annotations

import io
import logging
import re

from dossier.ingest.errors import IngestError
from dossier.ingest.extracted import Extracted, TextBuilder

HYPHEN_BREAK = re.compile(r"(\w)-\n(\w)")


def read_pdf_bytes(data: bytes, shown: str) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise IngestError(shown, "the PDF is encrypted and cannot be read without its password") from None
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
        title = str(info.get("/Title") or "").strip() or None
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise IngestError(shown, f"the PDF is damaged and cannot be read ({type(exc).__name__})") from None
    except Exception as exc:  # pypdf raises many kinds on broken files; none must stop a run
        raise IngestError(shown, f"the PDF cannot be read ({type(exc).__name__})") from None
    if not any(p.strip() for p in pages):
        raise IngestError(shown, "the PDF has no text layer (scanned images?); run OCR on it first")
    builder = TextBuilder()
    for page in pages:
        for para in page_paragraphs(HYPHEN_BREAK.sub(r"\1\2", page.replace("\r", ""))):
            builder.add(para)
    return Extracted(text=builder.text(), title=title)


def page_paragraphs(text: str) -> list[str]:
    """Lines of a page joined into paragraphs: a line that runs (nearly) full width was wrapped.

    A PDF's text layer has no paragraph marks, only lines; a short line ends
    a paragraph or is a heading of its own.
    """
    lines = [line.rstrip() for line in text.split("\n")]
    width = max((len(line) for line in lines), default=0)
    paragraphs, current = [], []
    for i, line in enumerate(lines):
        if not line.strip():
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line.strip())
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        heading_next = bool(following) and len(following) < 0.5 * width and following[-1] not in ".,;:!?"
        if len(line) < 0.75 * width or (line.endswith((".", "!", "?")) and heading_next):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs
