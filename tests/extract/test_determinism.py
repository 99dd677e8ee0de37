"""The same text gives the same answer in every process: nothing may depend on the order Python happens to give
a set of strings (it changes with PYTHONHASHSEED from one run to the next)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("The Khmer Rouge took power in Democratic Kampuchea in 1975. Duch ran S-21 for Democratic Kampuchea until "
        "the army of Viet Nam arrived. Kaing Guek Eav was arrested in 1999.\n")


def extract(path: Path, seed: str) -> dict:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-m", "dossier", "extract", "--json", str(path)], capture_output=True,
                         text=True, cwd=ROOT, env=env, check=True).stdout
    return json.loads(out)


def test_two_processes_with_different_hash_seeds_agree(tmp_path):
    path = tmp_path / "kampuchea.txt"
    path.write_text(TEXT, encoding="utf-8")
    first, second = extract(path, "1"), extract(path, "2")
    mentions = [[(m["start"], m["end"], m["label"]) for d in run["documents"] for m in d["mentions"]] for run in (first, second)]
    assert mentions[0] and mentions[0] == mentions[1]
    assert first == second


def test_the_parse_text_is_built_once_and_is_the_parse_s_own():
    from dossier.extract.nlp import load_nlp, text_of
    sdoc = load_nlp()("Bukharin was arrested on 27 February 1937.\n\nRykov was arrested with him.")
    first = text_of(sdoc)
    assert first == sdoc.text and text_of(sdoc) is first  # the events read it per event: it must not be rebuilt
