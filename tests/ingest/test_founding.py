"""The founding text: exact text, title, paragraphs, four footnotes linked to their markers."""

from dossier.ingest import read_document

EXPECTED_SHA = "a40045677a0b83d80e70058b9d8b351af2226986c964c049b8bf114e682537bb"


def test_text_is_the_file_unchanged(founding_path):
    doc = read_document(founding_path)
    assert doc.text == founding_path.read_text(encoding="utf-8")
    assert doc.text_sha256 == EXPECTED_SHA
    assert doc.encoding == "utf-8" and doc.format == "txt" and doc.language == "en"


def test_title_and_paragraphs(founding_path):
    doc = read_document(founding_path)
    assert doc.title == "The Red Book: On the Moscow Trials"
    kinds = [b.kind for b in doc.blocks]
    assert kinds[:2] == ["title", "heading"]
    assert kinds.count("paragraph") > 20
    assert kinds[-1] == "metadata"
    assert doc.text[doc.blocks[-1].start:doc.blocks[-1].end] == "Last updated on: 13.2.2005"
    # a web page's "last updated" is not the text's date
    assert doc.published is None


def test_four_footnotes_linked_to_their_markers(founding_path):
    doc = read_document(founding_path)
    assert [f.label for f in doc.footnotes] == ["73", "74", "75", "76"]
    for note in doc.footnotes:
        assert doc.text[note.marker.start:note.marker.end] == f"[{note.label}]"
        assert note.marker.end < doc.footnotes[0].body.start  # the marker is in the body, not the notes
        assert doc.text[note.body.start - len(note.label) - 3:note.body.start] == f"[{note.label}] "
    assert doc.text[doc.footnotes[3].marker.start - 8:doc.footnotes[3].marker.end] == "meaning.[76]"
    assert doc.text[doc.footnotes[1].body.start:].startswith("M.P. Tomsky (born in 1880)")
