"""The SQLite store: round trip, versions, migrations, errors."""

import sqlite3

import pytest

from dossier.ingest import read_document
from dossier.store import StoreError, open_store
from dossier.store.sqlite.connection import migrations


def test_round_trip_keeps_text_blocks_and_footnotes(tmp_path, founding_path):
    doc = read_document(founding_path)
    with open_store(tmp_path / "d.db") as store:
        assert store.add_document(doc).status == "new"
        back = store.get_document(doc.id[:8])
    assert back.text == doc.text and back.title == doc.title
    assert back.blocks == doc.blocks and back.footnotes == doc.footnotes


def test_same_bytes_twice_is_a_no_op(tmp_path, founding_path):
    doc = read_document(founding_path)
    with open_store(tmp_path / "d.db") as store:
        store.add_document(doc)
        assert store.add_document(doc).status == "unchanged"
        assert len(store.documents(include_superseded=True)) == 1
        assert store.query("SELECT COUNT(*) AS n FROM blocks_fts")[0]["n"] == len(
            [b for b in doc.blocks if b.kind != "metadata"])


def test_changed_file_becomes_a_new_version_and_the_old_is_kept(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Radek was arrested in September 1936.\n")
    store = open_store(tmp_path / "d.db")
    first = read_document(path)
    store.add_document(first)
    path.write_text("Radek was arrested in October 1936.\n")
    second = read_document(path)
    result = store.add_document(second)
    assert result.status == "new-version" and result.superseded == first.id
    current = store.documents()
    assert [d.id for d in current] == [second.id]
    everything = {d.id: d for d in store.documents(include_superseded=True)}
    assert everything[first.id].superseded_by == second.id
    assert store.get_document(first.id).text.startswith("Radek was arrested in September")
    assert store.get_document(str(path)).id == second.id  # a path means its current version
    assert [h.doc_id for h in store.search("October")] == [second.id]
    assert store.search("September") == []  # superseded text is not searched


def test_unknown_and_ambiguous_refs_are_clear_errors(tmp_path):
    store = open_store(tmp_path / "d.db")
    with pytest.raises(StoreError, match="no document matches"):
        store.get_document("nothing-like-this")


def test_opening_an_old_store_upgrades_it(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    conn.commit()
    conn.close()
    store = open_store(path)
    assert store.schema_version() == max(v for v, _, _ in migrations())
    assert store.query("SELECT COUNT(*) AS n FROM schema_migrations")[0]["n"] == len(migrations())


def test_a_directory_or_a_foreign_file_is_refused(tmp_path):
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path)
    other = tmp_path / "notes.db"
    other.write_text("this is not a database, just some text that is long enough")
    with pytest.raises(StoreError, match="not a SQLite file"):
        open_store(other)


def test_postgres_urls_say_not_yet(tmp_path):
    with pytest.raises(StoreError, match="not supported yet"):
        open_store("postgresql://localhost/dossier")


def test_a_new_version_is_analysed_and_the_old_ones_extraction_retired(tmp_path):
    from dossier.api import ingest_into
    path = tmp_path / "note.txt"
    path.write_text("Radek was arrested in September 1936.\n")
    store = open_store(tmp_path / "d.db")
    ingest_into(store, [path])
    old_id = store.documents()[0].id
    path.write_text("Radek was arrested in October 1936 in Moscow.\n")
    ingest_into(store, [path])
    new_id = store.documents()[0].id
    assert new_id != old_id and store.get_document(old_id).text.startswith("Radek was arrested in September")
    assert store.mentions_in(old_id) == [] and store.events(doc_id=old_id) == []
    assert {m.text for m in store.mentions_in(new_id)} >= {"Radek", "October 1936", "Moscow"}
    (radek,) = store.find_entities("Radek")
    assert store.count_mentions(radek.id) == 1
    assert [e.date.text for e in store.events(entity_id=radek.id)] == ["October 1936"]
