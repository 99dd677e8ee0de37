"""PDF: the text layer, page by page. A PDF without one is a scan and needs OCR first."""

from __future__ import annotations

import io
import logging
import re

from dossier.ingest.errors import IngestError
from dossier.ingest.extracted import Extracted, TextBuilder

HYPHEN_BREAK = re.compile(r"(\w)-\n(\w)")
LINE_BREAK = re.compile(r"(?<![.!?:\n])\n(?!\n)")


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
        text = HYPHEN_BREAK.sub(r"\1\2", page.replace("\r", ""))
        for para in re.split(r"\n\s*\n", text):
            builder.add(LINE_BREAK.sub(" ", para).strip())
    return Extracted(text=builder.text(), title=title)
