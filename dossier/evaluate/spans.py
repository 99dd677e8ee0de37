"""Exact-span precision, recall and F1 per label, with the gold's normalisations.

A leading "the" and a trailing possessive are ignored on both sides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LABELS = ("PERSON", "ORG", "PLACE", "DATE")
LEADING_THE = re.compile(r"^(?:the|The)\s+")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.errors += other.errors


def normalise(text: str, start: int, end: int) -> tuple[int, int]:
    span = text[start:end]
    m = LEADING_THE.match(span)
    if m:
        start += m.end()
    span = text[start:end]
    m = POSSESSIVE.search(span)
    if m and m.start() > 0:
        end = start + m.start()
    return start, end


def score_spans(text: str, gold: list[dict], system: list[tuple[int, int, str]]) -> dict[str, PRF]:
    """Per label: (start, end, label) triples compared after normalisation."""
    g = {(*normalise(text, m["start"], m["end"]), m["label"]) for m in gold}
    s = {(*normalise(text, a, b), label) for a, b, label in system if label in LABELS}
    scores = {}
    for label in LABELS:
        gl, sl = {x for x in g if x[2] == label}, {x for x in s if x[2] == label}
        prf = PRF(len(gl & sl), len(sl - gl), len(gl - sl))
        prf.errors = [f"FP {label} {text[a:b]!r} @{a}" for a, b, _ in sorted(sl - gl)] + \
                     [f"FN {label} {text[a:b]!r} @{a}" for a, b, _ in sorted(gl - sl)]
        scores[label] = prf
    return scores
