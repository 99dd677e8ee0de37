"""The document commands, run as a user runs them (a real process, a real store)."""

import json
import subprocess
import sys


def dossier(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "dossier", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_ingest_search_read_documents(tmp_path, founding_path):
    db = tmp_path / "d.db"
    bad = tmp_path / "junk.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    run = dossier("ingest", founding_path, bad, tmp_path / "missing.txt", "--db", db, "--no-analyse")
    assert run.returncode == 1, run.stderr
    assert f"skipped {bad}: looks like binary data, not text" in run.stderr
    assert "missing.txt: does not exist" in run.stderr
    assert "Traceback" not in run.stderr
    assert "1 new" in run.stdout and "2 skipped" in run.stdout

    again = dossier("ingest", founding_path, "--db", db, "--no-analyse")
    assert again.returncode == 0 and "1 unchanged" in again.stdout

    listing = dossier("documents", "--db", db)
    assert "The Red Book: On the Moscow Trials" in listing.stdout and str(founding_path) in listing.stdout
    docs = json.loads(dossier("documents", "--db", db, "--json").stdout)
    assert docs[0]["footnotes"] == 4

    found = dossier("search", "Yagoda", "--db", db)
    assert found.returncode == 0 and "«Yagoda»" in found.stdout
    hits = json.loads(dossier("search", "Yagoda", "--db", db, "--json").stdout)
    text = founding_path.read_text(encoding="utf-8")
    assert hits and all(text[h["start"]:h["end"]] == "Yagoda" for h in hits)

    shown = dossier("read", docs[0]["id"][:8], "--db", db)
    assert shown.stdout.count("[74] (marker at") == 1 and "M.P. Tomsky (born in 1880)" in shown.stdout


def test_store_errors_are_one_sentence(tmp_path):
    run = dossier("documents", "--db", tmp_path)
    assert run.returncode == 2
    assert "is a directory" in run.stderr and "Traceback" not in run.stderr
    run = dossier("read", "nope", "--db", tmp_path / "new.db")
    assert run.returncode == 2 and "no document matches" in run.stderr


def test_usage_error_exit_status(tmp_path):
    assert dossier("ingest").returncode == 2
