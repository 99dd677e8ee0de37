"""Killing ingest midway and running it again leaves a consistent store; random bytes never corrupt it."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

from hypothesis import HealthCheck, given, settings, strategies as st

from dossier.ingest import SUPPORTED_SUFFIXES
from dossier.pipeline import ingest_paths
from dossier.store import open_store

NAMES = ["Zinoviev", "Kamenev", "Smirnov", "Radek", "Pyatakov", "Bukharin", "Rykov", "Yagoda"]


FILES = 600


def make_corpus(folder, n=FILES):
    folder.mkdir()
    for i in range(n):
        name = NAMES[i % len(NAMES)]
        (folder / f"doc{i:04d}.txt").write_text(
            f"Report {i}\n\n{name} was arrested in {1930 + i % 8}. " * 40 + f"\n\nCase number {i}.\n")


def count(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def test_sigkill_midway_then_rerun(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    db = tmp_path / "d.db"
    proc = subprocess.Popen([sys.executable, "-m", "dossier", "ingest", str(corpus), "--db", str(db), "--no-analyse"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and count(db, "SELECT COUNT(*) FROM documents") < 20:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored_before = count(db, "SELECT COUNT(*) FROM documents")
    assert 0 < stored_before < FILES, "the kill should land mid-run"
    store = open_store(db)
    report = ingest_paths(store, [corpus])
    assert report.failed == 0 and report.unchanged == stored_before and report.new == FILES - stored_before
    assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    assert store.query("SELECT COUNT(*) AS n FROM documents")[0]["n"] == FILES
    assert store.query("SELECT COUNT(DISTINCT path) AS n FROM documents")[0]["n"] == FILES
    searchable = store.query("SELECT COUNT(*) AS n FROM blocks WHERE kind != 'metadata'")[0]["n"]
    assert store.query("SELECT COUNT(*) AS n FROM blocks_fts")[0]["n"] == searchable


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(st.tuples(st.binary(max_size=2000), st.sampled_from(SUPPORTED_SUFFIXES)), min_size=1, max_size=4))
def test_random_bytes_never_crash_or_corrupt(tmp_path_factory, batch):
    folder = tmp_path_factory.mktemp("random")
    good = folder / "good.txt"
    good.write_text("Tomsky took his own life on 22 August 1936.\n")
    for i, (data, suffix) in enumerate(batch):
        (folder / f"r{i}{suffix}").write_bytes(data)
    store = open_store(folder / "d.db")
    report = ingest_paths(store, [folder])
    assert report.new + report.unchanged + report.failed == len(batch) + 1
    assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    assert store.search("Tomsky")
    again = ingest_paths(store, [folder])
    assert again.new == 0 and again.new_versions == 0
    store.close()


def test_a_failing_extraction_keeps_the_document_and_goes_on(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"{name}: Radek was arrested in 1936.\n")
    store = open_store(tmp_path / "d.db")

    def analyse(doc):
        if doc.path.endswith("a.txt"):
            raise RuntimeError("the model fell over")
        from dossier.analysis import Analyzer
        return Analyzer().analyze(doc)

    report = ingest_paths(store, [tmp_path], analyze=analyse)
    assert report.new == 2 and report.analysed == 1 and report.analysis_failed == 1
    assert "extraction failed" in report.problems[0].message
    assert len(store.documents()) == 2 and store.is_analysed(store.documents()[1].id)
    again = ingest_paths(store, [tmp_path], analyze=lambda doc: __import__("dossier.analysis").analysis.Analyzer().analyze(doc))
    assert again.analysed == 1  # the one that failed is analysed on the next run
