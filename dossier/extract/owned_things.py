"""Events told of what a person owns rather than of the person: a sentence commuted, a verdict reversed, a book
published. The owner is the possessive on the thing ("his sentence", "His book, Facing Mount Kenya"); no owner
named, no event."""

from __future__ import annotations

from typing import Optional

from dossier.extract.event_dates import date_for
from dossier.extract.events_args import people_at
from dossier.extract.lexicon import WORKS
from dossier.model import DateValue, Document, Event, Participant, Span

# What is done to a person's sentence, verdict or work, and what that is for the person: a commutation is a new
# sentence, an annulment a rehabilitation, a book published a publication.
JUDGEMENTS = {"sentence", "verdict", "conviction", "judgment", "judgement"}
DONE_TO_OWNED = {"commute": ("sentence", JUDGEMENTS), "annul": ("rehabilitation", JUDGEMENTS),
                 "quash": ("rehabilitation", JUDGEMENTS), "overturn": ("rehabilitation", JUDGEMENTS),
                 "reverse": ("rehabilitation", JUDGEMENTS), "revoke": ("rehabilitation", JUDGEMENTS),
                 "publish": ("publication", WORKS)}


def done_to_owned(tok, doc: Document, index, pronouns, dates: list[DateValue], span: tuple[int, int]) -> Optional[Event]:
    """ "De Valera had his sentence commuted to penal servitude for life", "the Presidium commuted his sentence to
    twenty years", "his rightist verdict was reversed in 1979", "His book, Facing Mount Kenya, was published in 1938":
    the event is the owner's."""
    if tok.lemma_ not in DONE_TO_OWNED or tok.pos_ != "VERB":
        return None
    type_, things = DONE_TO_OWNED[tok.lemma_]
    owners = [o for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in things
              for o in c.children if o.dep_ == "poss"]
    people = [Participant(p.entity_id, "subject", p.text, p.start, p.end)
              for o in owners for p in people_at(o, index, pronouns) if p.entity_id]
    if not people:
        return None
    start, end = span
    return Event(type=type_, evidence=Span(start, end), participants=people,
                 date=date_for(dates, start, end, tok),
                 modality="asserted", origin="extracted", doc_id=doc.id, trigger=Span(tok.idx, tok.idx + len(tok.text)),
                 confidence=0.7)
