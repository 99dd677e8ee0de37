"""Plain spaCy small, as a general-purpose tool would use it: the baseline we report beside ours."""

from __future__ import annotations

from dossier.extract.nlp import load_nlp

SPACY_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "DATE": "DATE"}


def baseline_mentions(text: str) -> list[tuple[int, int, str]]:
    doc = load_nlp()(text)
    return [(e.start_char, e.end_char, SPACY_LABELS[e.label_]) for e in doc.ents if e.label_ in SPACY_LABELS]
