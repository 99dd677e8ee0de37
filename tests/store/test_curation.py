"""Curation in the store: every edit logged, undoable, and kept when documents are read again."""

import shutil
from pathlib import Path

from dossier.api import ingest_into
from dossier.store import open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_merge_survives_a_new_version_of_a_document(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("04-pyatakov-trial.md", "05-kjeller-airfield.txt"):
        shutil.copy(EXAMPLES / name, folder / name)
    store = open_store(tmp_path / "d.db")
    ingest_into(store, [folder])
    store.merge_entities("sokolnikov-g", "serebryakov-l")
    page = folder / "04-pyatakov-trial.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSokolnikov was sentenced to ten years.\n", encoding="utf-8")
    ingest_into(store, [folder])
    assert store.get_entity("sokolnikov-g") is None  # not brought back by the new extraction
    texts = {m.text for m in store.mentions_of("serebryakov-l")}
    assert {"Sokolnikov", "G. Y. Sokolnikov", "Serebryakov"} <= texts


def test_rejected_event_stays_rejected_after_reextraction(tmp_path):
    store = open_store(tmp_path / "d.db")
    ingest_into(store, [EXAMPLES / "06-register.pdf"])
    arrest = next(e for e in store.events(types=["arrest"]) if e.date and e.date.text == "September 16, 1937")
    log = store.set_event_status_logged(arrest.id, "rejected")
    assert arrest.id not in {e.id for e in store.events()}
    store.save_events(arrest.doc_id, [arrest])  # what a re-extraction does
    assert arrest.id not in {e.id for e in store.events()}
    store.undo(log)
    assert arrest.id in {e.id for e in store.events()}
    assert [e["action"] for e in store.curation_log()] == ["undo", "event-status"]
