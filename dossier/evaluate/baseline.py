"""Plain spaCy small, as a general-purpose tool would use it: the baseline we report beside ours."""

from __future__ import annotations

from functools import lru_cache

from dossier.extract.nlp import MODEL

SPACY_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "DATE": "DATE"}


@lru_cache(maxsize=1)
def plain_nlp():
    """The pipeline as spaCy ships it: none of dossier's tokenizer rules or components."""
    import spacy

    return spacy.load(MODEL)


def baseline_mentions(text: str) -> list[tuple[int, int, str]]:
    doc = plain_nlp()(text)
    return [(e.start_char, e.end_char, SPACY_LABELS[e.label_]) for e in doc.ents if e.label_ in SPACY_LABELS]
