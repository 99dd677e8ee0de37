"""From prose to findings: the example corpus holds one planted contradiction of each kind, and near-misses."""

from pathlib import Path

import pytest
import yaml

from dossier.api import extract_paths

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = yaml.safe_load((ROOT / "tests" / "data" / "expected_findings.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def findings():
    result = extract_paths([ROOT / "examples"], facts=ROOT / "examples" / "reference" / "facts.yaml")
    return result["findings"]


@pytest.mark.parametrize("planted", EXPECTED["planted"], ids=lambda p: p["kind"])
def test_every_planted_contradiction_is_found(findings, planted):
    hits = [f for f in findings if f["kind"] == planted["kind"]
            and all(str(name) in f["summary"] for name in planted["names"])
            and {Path(e["path"]).name for e in f["evidence"] if e["path"]} >= set(planted["files"])]
    assert hits, f"{planted['kind']} not found; got {[f['summary'] for f in findings]}"


@pytest.mark.parametrize("near_miss", EXPECTED["near_misses"], ids=lambda p: p["why"][:40])
def test_near_misses_stay_silent(findings, near_miss):
    assert not [f for f in findings if all(str(name) in f["summary"] for name in near_miss["names"])
                and (near_miss.get("kind") in (None, f["kind"]))], near_miss["why"]


def test_nothing_but_the_planted_kinds(findings):
    expected = {p["kind"] for p in EXPECTED["planted"]}
    assert {f["kind"] for f in findings} <= expected
