"""The analysis commands as a user runs them: extract, check, facts, people, show, timeline, eval."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def dossier(*args):
    return subprocess.run([sys.executable, "-m", "dossier", *map(str, args)], capture_output=True, text=True, cwd=ROOT)


def test_extract_json_contract(founding_path):
    run = dossier("extract", founding_path, "--json")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    (doc,) = out["documents"]
    assert doc["text_sha256"] == "a40045677a0b83d80e70058b9d8b351af2226986c964c049b8bf114e682537bb"
    assert [f["label"] for f in doc["footnotes"]] == ["73", "74", "75", "76"]
    text = founding_path.read_text(encoding="utf-8")
    for m in doc["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"] and m["label"] in ("PERSON", "ORG", "PLACE", "DATE")
    ids = {e["id"] for e in out["entities"]}
    assert all(m["entity"] in ids for m in doc["mentions"] if m["entity"])
    bukharin = [m for m in doc["mentions"] if m["text"] == "Bukharin"]
    assert bukharin and all(m["label"] == "PERSON" for m in bukharin)  # plain spaCy calls him a place
    for ev in doc["events"]:
        assert ev["evidence"]["start"] < ev["evidence"]["end"] and ev["modality"]
    assert "findings" in out


def test_extract_shares_entities_across_files_and_reports_problems(tmp_path):
    bad = tmp_path / "junk.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    run = dossier("extract", EXAMPLES / "04-pyatakov-trial.md", EXAMPLES / "05-kjeller-airfield.txt", bad)
    assert run.returncode == 1 and "skipped" in run.stderr and "Traceback" not in run.stderr
    out = json.loads(run.stdout)
    pyatakov = {m["entity"] for d in out["documents"] for m in d["mentions"] if m["text"] in ("Pyatakov", "Piatakov")}
    assert len(pyatakov) == 1
    assert any(f["kind"] == "claim-conflict" for f in out["findings"])


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    assert dossier("ingest", EXAMPLES, "--db", db).returncode == 0
    assert dossier("facts", "import", EXAMPLES / "reference" / "facts.yaml", "--db", db).returncode == 0
    return db


def test_check_prints_every_kind_with_evidence(demo_db):
    run = dossier("check", "--db", demo_db)
    assert run.returncode == 0
    for kind in ("presence-conflict", "existence-conflict", "lifespan-conflict", "claim-conflict", "date-conflict",
                 "sequence-conflict", "role-reversal"):
        assert kind in run.stdout, kind
    assert "“Sedov was in Berlin throughout November 1932”" in run.stdout
    as_json = json.loads(dossier("check", "--db", demo_db, "--json", "--kind", "date-conflict").stdout)
    assert [f["kind"] for f in as_json["findings"]] == ["date-conflict"]


def test_people_and_show_any_spelling(demo_db):
    people = dossier("people", "--db", demo_db).stdout
    assert "G. L. Pyatakov" in people and "Пятаков" in people
    shown = dossier("show", "Пятаков", "--db", demo_db)
    assert shown.returncode == 0 and "G. L. Pyatakov" in shown.stdout and "travel (denied)" in shown.stdout
    assert dossier("show", "Nobody-at-all", "--db", demo_db).returncode == 2


def test_search_finds_every_spelling(demo_db):
    hits = json.loads(dossier("search", "Pyatakov", "--db", demo_db, "--json").stdout)
    assert any("Piatakov" in h["snippet"] for h in hits)


def test_timeline_and_chart(demo_db, tmp_path):
    chart = tmp_path / "radek.svg"
    run = dossier("timeline", "Radek", "--db", demo_db, "--chart", chart)
    assert run.returncode == 0
    lines = run.stdout
    assert lines.index("August 21, 1936") < lines.index("January 23, 1937") < lines.index("September 16, 1937")
    assert chart.read_text().startswith("<?xml") and "Radek" in chart.read_text()


def test_facts_without_a_source_are_refused(tmp_path, demo_db):
    bad = tmp_path / "facts.yaml"
    bad.write_text("events:\n  - type: arrest\n    participants: [{name: Radek}]\n    date: '1936'\n", encoding="utf-8")
    run = dossier("facts", "import", bad, "--db", demo_db)
    assert run.returncode == 2 and "has no source" in run.stderr


def test_curated_event_survives_reingest(demo_db):
    dossier("ingest", EXAMPLES, "--db", demo_db)
    shown = dossier("timeline", "Kirov", "--db", demo_db).stdout
    assert "Pravda, 2 December 1934" in shown


def test_eval_prints_dossier_beside_spacy():
    run = dossier("eval", "--json")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["mentions"]["PERSON"]["dossier"]["f1"] >= 0.95
    assert out["mentions"]["PERSON"]["dossier"]["f1"] > out["mentions"]["PERSON"]["spacy"]["f1"]
    assert out["mentions"]["DATE"]["dossier"]["f1"] >= 0.95
    assert out["person_coreference"]["dossier"]["f1"] >= 0.95
