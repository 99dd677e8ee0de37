"""Encodings of Russian archives and western 8-bit text decode to the exact text."""

import pytest

from dossier.ingest import read_document

RUSSIAN = ("Пятаков был арестован в сентябре 1936 года. Приговор Военной коллегии Верховного суда "
           "был приведён в исполнение. Об этом сообщила газета Правда.\n")
ENGLISH = "Piatakov was arrested in September 1936; the sentence was carried out.\n"
WESTERN = "Le procès de Zinoviev et Kamenev à Moscou, août 1936 — « terroristes ».\n"


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-8", "utf-16", "utf-8-sig"])
def test_russian_text_in_every_common_encoding(tmp_path, encoding):
    path = tmp_path / f"notice-{encoding}.txt"
    path.write_bytes((RUSSIAN + ENGLISH).encode(encoding))
    doc = read_document(path)
    assert doc.text == RUSSIAN + ENGLISH
    assert doc.language == "ru"


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_short_cyrillic_line(tmp_path, encoding):
    text = "Сообщение ТАСС: Томский покончил с собой 22 августа 1936 года.\n"
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).text == text


def test_latin1_western_text(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_bytes(WESTERN.replace("—", "-").encode("latin-1"))
    assert read_document(path).text == WESTERN.replace("—", "-")


def test_windows_line_ends_become_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Radek testified.\r\n\r\nBukharin denied it.\r\n")
    assert read_document(path).text == "Radek testified.\n\nBukharin denied it.\n"
