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


def test_cached_pages_are_the_same_hits_and_go_stale_when_another_process_ingests(tmp_path, founding_path):
    path = tmp_path / "shared.db"
    reader, uncached = open_store(path), open_store(path, search_cache=0)
    reader.add_document(read_document(founding_path))
    first = reader.search("Yagoda", limit=5)
    assert first and reader.search("Yagoda", limit=5) == first == uncached.search("Yagoda", limit=5)
    assert reader.search("Yagoda", limit=5, offset=5) == uncached.search("Yagoda", limit=5, offset=5)

    writer = open_store(path)  # another connection, as `dossier ingest` beside a running server
    late = tmp_path / "late.txt"
    late.write_text("Yagoda Yagoda Yagoda. Yagoda was arrested in April 1937.\n")
    writer.add_document(read_document(late))
    after = reader.search("Yagoda", limit=5)
    assert after != first and after[0].path.endswith("late.txt")
    assert after == uncached.search("Yagoda", limit=5)


def test_cache_keeps_only_so_many_pages(tmp_path, founding_path):
    store = open_store(tmp_path / "d.db", search_cache=2)
    store.add_document(read_document(founding_path))
    for word in ("Yagoda", "Radek", "Piatakov", "Tomsky"):
        assert store.search(word)
    assert len(store._search_pages) == 2


def test_a_name_with_variants_beside_another_word(store):
    """Bracketed variant groups next to another word once made FTS5 fail (a 500 on the search page)."""
    variants = {"pyatakov": ["Piatakov"]}
    hits = store.search("Pyatakov Berlin", expand=lambda w: variants.get(w.lower(), []))
    assert store.search("Berlin Pyatakov", expand=lambda w: variants.get(w.lower(), [])) == hits
    assert store.search("Piatakóv Nikolai", expand=lambda w: variants.get(w.lower(), []))
