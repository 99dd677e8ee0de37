"""Person coreference as pairwise precision and recall over matched mentions.

Two matched PERSON mentions form a gold pair if they share a gold id, a system
pair if they share a system entity; mentions with no gold id are skipped.
"""

from __future__ import annotations

from itertools import combinations
from typing import Optional

from dossier.evaluate.spans import PRF, normalise


def score_coref(text: str, gold: list[dict], system: dict[tuple[int, int], Optional[str]]) -> PRF:
    """``system`` maps normalised (start, end) of PERSON mentions to entity ids."""
    matched = []
    for m in gold:
        if m["label"] != "PERSON" or not m.get("entity"):
            continue
        key = normalise(text, m["start"], m["end"])
        if key in system:
            matched.append((m["entity"], system[key]))
    prf = PRF()
    for (ga, sa), (gb, sb) in combinations(matched, 2):
        same_gold, same_system = ga == gb, sa is not None and sa == sb
        prf.tp += same_gold and same_system
        prf.fp += same_system and not same_gold
        prf.fn += same_gold and not same_system
    return prf


def surface_clusters(text: str, spans: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The naive coreference a plain NER gives: identical strings are one person."""
    return {normalise(text, a, b): text[slice(*normalise(text, a, b))] for a, b in spans}
