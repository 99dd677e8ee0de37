"""Search: ranked snippets, phrases, prefixes, case and accents, hostile input."""

import pytest

from dossier.ingest import read_document
from dossier.store import open_store


@pytest.fixture
def store(tmp_path, founding_path):
    s = open_store(tmp_path / "d.db")
    s.add_document(read_document(founding_path))
    extra = tmp_path / "accents.txt"
    extra.write_text("Nikolai Bukharín and Georgy Piatakóv were named.\n\nIn Berlin, Sedov read the verdict.\n")
    s.add_document(read_document(extra))
    return s


def test_word_search_gives_snippets_pointing_at_the_text(store, founding_path):
    hits = store.search("Yagoda")
    assert hits and all("\x02Yagoda\x03" in h.snippet for h in hits)
    text = founding_path.read_text(encoding="utf-8")
    for h in hits:
        assert text[h.start:h.end] == "Yagoda"
        assert h.block_start <= h.start < h.end <= h.block_end


def test_phrase_and_prefix(store):
    assert len(store.search('"common language"')) == 1
    assert store.search('"language common"') == []
    assert {h.snippet.count("\x02") > 0 for h in store.search("Yag*")} == {True}


def test_case_and_accent_insensitive(store):
    assert [h.path.endswith("accents.txt") for h in store.search("bukharin piatakov")] == [True]
    hit = store.search("PIATAKOV")[0]
    assert store.get_document(hit.doc_id).text[hit.start:hit.end] == "Piatakóv"


@pytest.mark.parametrize("query", ['Yagoda\'s "', "AND OR (", '"', "NEAR(", "*", "-Radek", "a:b", "^x", "'); DROP TABLE documents; --"])
def test_hostile_queries_never_error(store, query):
    store.search(query)
    assert store.documents()  # still there


def test_expansion_hook_finds_variants(store):
    variants = {"pyatakov": ["Piatakov"]}
    hits = store.search("Pyatakov", expand=lambda w: variants.get(w.lower(), []))
    assert hits and any("Piatakov" in h.snippet_marked("", "") for h in hits)
