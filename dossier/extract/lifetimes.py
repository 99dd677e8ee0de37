"""When places and organisations existed, as documents state it ("the hotel had been pulled down in 1917").

These become entity facts (``closed``, ``founded``) with their evidence, which
the existence check tests events against.
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.extract.events_args import MentionIndex
from dossier.model import DateValue, Document, Mention, Span

CLOSING = {"demolish", "close", "dissolve", "abolish", "destroy", "raze", "liquidate", "disband", "shut"}
CLOSING_WITH_PARTICLE = {("pull", "down"), ("tear", "down"), ("burn", "down"), ("knock", "down"), ("shut", "down")}
FOUNDING = {"found", "establish", "build", "open", "create", "form", "erect"}


@dataclass
class LifetimeFact:
    entity_id: str
    kind: str  # closed | founded
    date: DateValue
    evidence: Span

    def as_fact(self, doc: Document) -> dict:
        return {"earliest": self.date.earliest, "latest": self.date.latest, "text": self.date.text,
                "doc_id": doc.id, "path": doc.path, "start": self.evidence.start, "end": self.evidence.end,
                "quote": doc.text[self.evidence.start:self.evidence.end]}


def kind_of(verb) -> str | None:
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if verb.lemma_ in CLOSING or any((verb.lemma_, p) in CLOSING_WITH_PARTICLE for p in particles):
        return "closed"
    if verb.lemma_ in FOUNDING and any(c.dep_ == "nsubjpass" for c in verb.children):
        return "founded"
    return None


def find_lifetimes(doc: Document, mentions: list[Mention], dates: list[DateValue], sdoc) -> list[LifetimeFact]:
    index = MentionIndex(mentions)
    facts = []
    for tok in sdoc:
        if tok.pos_ != "VERB" or not (kind := kind_of(tok)):
            continue
        subject = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        named = index.of_token(subject) if subject is not None else None
        if named is None or named.label not in ("PLACE", "ORG") or not named.entity_id:
            continue
        sent = tok.sent
        when = [d for d in dates if d.start is not None and sent.start_char <= d.start < sent.end_char and d.start > tok.idx]
        if when:
            facts.append(LifetimeFact(named.entity_id, kind, when[0], Span(sent.start_char, sent.end_char)))
    return facts
