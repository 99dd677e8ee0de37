"""Every kind of bad input gives one clear sentence naming the file, and nothing else breaks."""

import os

import pytest

from dossier.ingest import IngestError, expand_paths, read_document
from dossier.ingest.source import read_bytes
from dossier.model import Problem


def error_of(path, **kw) -> str:
    with pytest.raises(IngestError) as info:
        read_document(path, **kw)
    message = str(info.value)
    assert message.startswith(str(path)) and "\n" not in message
    return message


def test_binary_junk(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert "binary" in error_of(path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in error_of(path)


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("   \n\n  \n")
    assert "no readable text" in error_of(path)


def test_huge_file_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    message = error_of(path)
    assert "200.0 MiB" in message and "limit" in message


def test_pdf_without_text_layer(tmp_path):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    assert "no text layer" in error_of(path)


def test_damaged_pdf(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% truncated")
    assert "PDF" in error_of(path)


def test_damaged_docx(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    message = error_of(path)
    assert "docx" in message or "zip" in message or "binary" in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file; the permission case is covered below for directories")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Yezhov")
    path.chmod(0)
    assert "permission" in error_of(path)


def test_unreadable_path_is_an_error_not_a_crash(tmp_path):
    # a path whose parent is a file cannot be opened, even by root
    parent = tmp_path / "afile.txt"
    parent.write_text("x")
    assert "does not exist" in error_of(parent / "child.txt") or "cannot be read" in error_of(parent / "child.txt")


def test_directory_given_as_file(tmp_path):
    assert "not a regular file" in error_of(tmp_path)


def test_missing_path_and_symlink_loop_are_problems(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Kamenev spoke.")
    os.symlink(tmp_path / "docs", tmp_path / "docs" / "loop")
    os.symlink(tmp_path / "self", tmp_path / "self")
    items = list(expand_paths([tmp_path / "docs", tmp_path / "missing.txt", tmp_path / "self", tmp_path / "no*.txt"]))
    files = [i for i in items if not isinstance(i, Problem)]
    problems = [i for i in items if isinstance(i, Problem)]
    assert [f.name for f in files] == ["a.txt"]
    messages = {p.path.split("/")[-1]: p.message for p in problems}
    assert "loop" in messages["loop"]
    assert messages["missing.txt"] == "does not exist"
    assert "loop" in messages["self"]
    assert "no file matches" in messages["no*.txt"]


def test_file_that_changes_while_read(tmp_path, monkeypatch):
    """Another program appends while we read: the half-read file is refused, not stored."""
    path = tmp_path / "growing.txt"
    path.write_text("Rykov was arrested. " * 1000)
    real_open = open

    def open_and_append(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        if str(file) == str(path) and "rb" in mode:
            with real_open(path, "a") as other:
                other.write("More text arrived.")
        return handle

    monkeypatch.setattr("builtins.open", open_and_append)
    with pytest.raises(IngestError) as info:
        read_bytes(path, str(path))
    assert "changed while it was being read" in str(info.value)


def test_hidden_files_and_store_files_are_skipped(tmp_path):
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "dossier.db").write_bytes(b"SQLite format 3\x00")
    (tmp_path / "real.txt").write_text("Bukharin.")
    assert [p.name for p in expand_paths([tmp_path])] == ["real.txt"]
