"""Rebuild the .docx, .pdf and .md examples from their sources in scripts/examples-src/, deterministically.

Run with the project's Python: ``.venv/bin/python scripts/build_examples.py``. The
generated files are committed; this script is how they were made.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "examples"
SRC = Path(__file__).resolve().parent / "examples-src"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_DATE = "1937-01-01T00:00:00Z"


def build_docx(source: Path, target: Path) -> None:
    """A Word file with a title, paragraphs and real footnotes (python-docx cannot write those)."""
    import docx

    lines = source.read_text(encoding="utf-8").split("\n\n")
    notes = {m.group(1): m.group(2) for m in (re.match(r"\[\^(\w+)\]: (.*)", p.strip()) for p in lines) if m}
    document = docx.Document()
    document.core_properties.title = "From the Record of the Morning Session, August 20, 1936"
    for block in lines:
        block = block.strip()
        if not block or re.match(r"\[\^\w+\]:", block):
            continue
        if block.startswith("# "):
            document.add_heading(block[2:], level=1)
        else:
            document.add_paragraph(re.sub(r"\*\*?([^*]+)\*\*?", r"\1", block))
    document.save(target)
    with zipfile.ZipFile(target) as src:
        parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    body = parts["word/document.xml"].decode("utf-8")
    ids = {}
    for label in re.findall(r"\[\^(\w+)\]", body):
        ids.setdefault(label, len(ids) + 1)
    body = re.sub(r"\[\^(\w+)\]", lambda m: f'</w:t></w:r><w:r><w:footnoteReference w:id="{ids[m.group(1)]}"/></w:r><w:r><w:t xml:space="preserve">', body)
    parts["word/document.xml"] = body.encode("utf-8")
    footnotes = "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:t xml:space="preserve">{notes[label]}</w:t></w:r></w:p></w:footnote>'
                        for label, n in ids.items())
    parts["word/footnotes.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
                                   f'<w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>{footnotes}</w:footnotes>').encode("utf-8")
    core = parts["docProps/core.xml"].decode("utf-8")
    core = re.sub(r"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", "", core)
    parts["docProps/core.xml"] = core.encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in sorted(parts.items()):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)


def build_pdf(source: Path, target: Path) -> None:
    """A PDF with a text layer, in a core font (latin-1 only)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(1937, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.set_title(source.read_text(encoding="utf-8").split("\n", 1)[0])
    pdf.add_page()
    for i, block in enumerate(source.read_text(encoding="utf-8").split("\n\n")):
        block = block.strip()
        if not block:
            continue
        heading = i == 0 or ("\n" not in block and len(block) < 40 and not block.endswith("."))
        pdf.set_font("Helvetica", "B" if heading else "", 14 if i == 0 else 11)
        pdf.multi_cell(0, 6, block.replace("\n", " "))
        pdf.ln(4)
    pdf.output(str(target))


def main() -> None:
    build_docx(SRC / "02-holtzman-testimony.md", HERE / "02-holtzman-testimony.docx")
    shutil.copyfile(SRC / "04-pyatakov-trial.md", HERE / "04-pyatakov-trial.md")
    build_pdf(SRC / "06-register.txt", HERE / "06-register.pdf")


if __name__ == "__main__":
    main()
