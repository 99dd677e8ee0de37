"""Every format we read, made by the test itself, through the same structure."""

import zipfile

import pytest

from dossier.ingest import read_document

MARXISTS_HTML = """<html><head><title>After the Trial</title><meta name="date" content="1936-10-08"></head><body>
<p class="toplink"><a href="../index.htm">Sedov Archive</a> | <a href="/">Home</a></p>
<div class="nav"><a href="/">MIA</a> &gt; <a href="../">Trotskyism</a></div>
<h2>Chapter 2</h2><h3>After the Trial</h3>
<p>Reingold testified<a href="#n1" name="f1">[1]</a> that the men knew &amp; agreed.</p>
<p>Bukharin&#8217;s turn came later.<sup><a href="#fn2" id="r2">2</a></sup><script>alert(1)</script></p>
<hr class="end"><p class="fst"><a name="n1" href="#f1">[1]</a> Reingold&#8217;s testimony, 20 August 1936.</p>
<p><a id="fn2" href="#r2">2.</a> Pravda, 22 August 1936.</p>
</body></html>"""


def test_html_main_text_headings_and_note_anchors(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(MARXISTS_HTML, encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "html" and doc.title == "After the Trial" and doc.published == "1936-10-08"
    assert "Home" not in doc.text and "MIA" not in doc.text and "alert" not in doc.text
    assert "the men knew & agreed" in doc.text and "Bukharin’s turn" in doc.text
    assert [b.kind for b in doc.blocks[:2]] == ["title", "heading"]
    labels = {f.label: f for f in doc.footnotes}
    assert set(labels) == {"1", "2"}
    assert doc.text[labels["1"].marker.start:labels["1"].marker.end] == "[1]"
    assert doc.text[labels["1"].body.start:labels["1"].body.end] == "Reingold’s testimony, 20 August 1936."
    assert doc.text[labels["2"].body.start:labels["2"].body.end] == "Pravda, 22 August 1936."
    assert labels["2"].marker.start < labels["1"].body.start


def test_broken_html_still_reads(tmp_path):
    path = tmp_path / "broken.htm"
    path.write_bytes(b"<html><body><p>Kamenev was shot<p>in August 1936 <b>unclosed <div><table><tr><td>Zinoviev")
    doc = read_document(path)
    assert "Kamenev was shot" in doc.text and "Zinoviev" in doc.text


def test_markdown_without_markup_and_with_notes(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Biographical note\n\n**Tomsky** was born in *1880*.[^1] See [the record](http://x).\n\n"
                    "[^1]: Party records, 1936.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Biographical note"
    assert "Tomsky was born in 1880.[1] See the record." in doc.text
    assert "**" not in doc.text and "http" not in doc.text
    (note,) = doc.footnotes
    assert doc.text[note.marker.start:note.marker.end] == "[1]"
    assert doc.text[note.body.start:note.body.end] == "Party records, 1936."


def test_pdf_text_layer(tmp_path):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "Radek was arrested in September 1936.")
    pdf.ln(8)
    pdf.multi_cell(0, 8, "Pyatakov was tried in January 1937.")
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    doc = read_document(path)
    assert doc.format == "pdf"
    assert "Radek was arrested in September 1936." in doc.text
    assert "Pyatakov was tried in January 1937." in doc.text


def build_docx_with_footnote(path):
    """A .docx with a heading, a paragraph and a real footnote part (python-docx cannot write one)."""
    import docx
    document = docx.Document()
    document.add_heading("Register of arrests", level=1)
    document.add_paragraph("Sokolnikov was arrested in July 1936.")
    document.save(path)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    body = parts["word/document.xml"].decode()
    body = body.replace("July 1936.</w:t></w:r>", 'July 1936.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>', 1)
    parts["word/document.xml"] = body.encode()
    parts["word/footnotes.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{w}">'
                                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>-</w:t></w:r></w:p></w:footnote>'
                                   '<w:footnote w:id="1"><w:p><w:r><w:t>Izvestia, 28 July 1936.</w:t></w:r></w:p></w:footnote>'
                                   '</w:footnotes>').encode()
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in parts.items():
            dst.writestr(name, data)


def test_docx_heading_paragraph_and_real_footnote(tmp_path):
    path = tmp_path / "register.docx"
    build_docx_with_footnote(path)
    doc = read_document(path)
    assert doc.format == "docx"
    assert doc.blocks[0].kind == "title"
    assert doc.text[doc.blocks[0].start:doc.blocks[0].end] == "Register of arrests"
    (note,) = doc.footnotes
    assert doc.text[note.marker.start - 10:note.marker.end] == "July 1936.[1]"
    assert doc.text[note.body.start:note.body.end] == "Izvestia, 28 July 1936."


def test_epub_chapters_in_order(tmp_path):
    from ebooklib import epub
    book = epub.EpubBook()
    book.set_identifier("x1")
    book.set_title("Memoir")
    book.add_metadata("DC", "date", "1937-05-01")
    chapters = []
    for i, text in enumerate(["Smirnov spoke first.", "Mrachkovsky spoke second."]):
        ch = epub.EpubHtml(title=f"c{i}", file_name=f"c{i}.xhtml")
        ch.content = f"<html><body><h1>Part {i + 1}</h1><p>{text}</p></body></html>"
        book.add_item(ch)
        chapters.append(ch)
    book.spine = chapters
    book.add_item(epub.EpubNcx())
    path = tmp_path / "memoir.epub"
    epub.write_epub(str(path), book)
    doc = read_document(path)
    assert doc.format == "epub" and doc.title == "Memoir" and doc.published == "1937-05-01"
    assert doc.text.index("Smirnov spoke first.") < doc.text.index("Mrachkovsky spoke second.")


def test_dateline_gives_publication_date(tmp_path):
    path = tmp_path / "tass.txt"
    path.write_text("MOSCOW, August 24, 1936. The Military Collegium pronounced its sentence.\n", encoding="utf-8")
    assert read_document(path).published == "1936-08-24"


def test_numbered_list_is_not_taken_for_notes(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text("The defendants were these men.\n\n1. Zinoviev, who led the group.\n\n2. Kamenev, his ally.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.footnotes == []
    assert [b.kind for b in doc.blocks].count("paragraph") == 3


@pytest.mark.parametrize("marker,note", [("¹", "¹ A note."), ("*", "* A note.")])
def test_superscript_and_star_markers(tmp_path, marker, note):
    path = tmp_path / "n.txt"
    path.write_text(f"Smirnov was in prison.{marker} He could not have met anyone.\n\n{note}\n", encoding="utf-8")
    (fn,) = read_document(path).footnotes
    assert fn.marker is not None


def test_a_year_in_the_file_name_dates_a_text_that_states_none(tmp_path):
    (tmp_path / "dispatch-1937.txt").write_text("MOSCOW, September 2.\n\nLyubchenko committed suicide on August 30.\n")
    (tmp_path / "pravda-1937-08-30.txt").write_text("Lyubchenko is dead.\n")
    (tmp_path / "1936-1938 notes.txt").write_text("Notes.\n")
    assert read_document(tmp_path / "dispatch-1937.txt").published == "1937"
    assert read_document(tmp_path / "pravda-1937-08-30.txt").published == "1937-08-30"
    assert read_document(tmp_path / "1936-1938 notes.txt").published is None  # two years: no telling which
