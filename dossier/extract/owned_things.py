"""Events told of what a person owns rather than of the person: a sentence commuted, a verdict reversed, a book
published. The owner is the possessive on the thing ("his sentence", "His book, Facing Mount Kenya"); no owner
named, no event."""

from __future__ import annotations

from typing import Optional

from dossier.extract.event_dates import date_for
from dossier.extract.events_args import people_at
from dossier.extract.lexicon import WORKS
from dossier.extract.modality import modality_of
from dossier.model import DateValue, Document, Event, Participant, Span

# What is done to a person's sentence, verdict or work, and what that is for the person: a commutation is a new
# sentence, an annulment a rehabilitation, a book published a publication.
JUDGEMENTS = {"sentence", "verdict", "conviction", "judgment", "judgement"}
PRINTED = {"speech", "speeches", "account", "works", "writings", "volume"}
DONE_TO_OWNED = {"commute": ("sentence", JUDGEMENTS), "annul": ("rehabilitation", JUDGEMENTS),
                 "quash": ("rehabilitation", JUDGEMENTS), "overturn": ("rehabilitation", JUDGEMENTS),
                 "reverse": ("rehabilitation", JUDGEMENTS), "revoke": ("rehabilitation", JUDGEMENTS),
                 "publish": ("publication", WORKS | PRINTED)}
# "their punishment was fixed at death": a court fixing a person's penalty sentences the person
DONE_TO_OWNED["fix"] = ("sentence", {"punishment", "penalty", "sentence"})
# "her memoirs appeared in 1988", "Pravda prints Mikoyan's speech": a work coming out in print is its author's
DONE_TO_OWNED |= {lemma: ("publication", WORKS | PRINTED) for lemma in ("appear", "print", "reprint")}
# A warrant or a charge against a person, cancelled or withdrawn: the person goes free of it.
HOLDS = {"warrant", "warrants", "charge", "charges", "indictment", "order"}
DONE_TO_OWNED |= {lemma: ("release", HOLDS) for lemma in ("cancel", "withdraw", "rescind", "lift", "drop")}


def done_to_owned(tok, doc: Document, index, pronouns, dates: list[DateValue], span: tuple[int, int]) -> Optional[Event]:
    """ "De Valera had his sentence commuted to penal servitude for life", "the Presidium commuted his sentence to
    twenty years", "his rightist verdict was reversed in 1979", "His book, Facing Mount Kenya, was published in 1938":
    the event is the owner's."""
    if tok.lemma_ not in DONE_TO_OWNED or tok.pos_ != "VERB":
        return None
    type_, things = DONE_TO_OWNED[tok.lemma_]
    held = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
            and (c.lemma_.lower() in things or c.lower_ in things)]  # "works" is the lemma "work"
    owners = [o for c in held for o in c.children if o.dep_ == "poss"]
    # "the warrant against Gradowska was cancelled", "Literaturnaya Gazeta published an article by V. Shcherbak"
    owners += [g for c in held for o in c.children if o.dep_ == "prep" and (o.lower_ in ("against", "for") or (
        o.lower_ in ("by", "of") and type_ == "publication")) for g in o.children if g.dep_ == "pobj"]
    if type_ == "publication" and held and not any(c.dep_ == "auxpass" for c in tok.children):
        # "Leningradskaya Pravda published an article by A. Shestakov": the parser hangs the author on the verb
        owners += [g for o in tok.children if o.dep_ == "prep" and o.lower_ == "by" for g in o.children if g.dep_ == "pobj"]
    people = [Participant(p.entity_id, "subject", p.text, p.start, p.end)
              for o in owners for p in people_at(o, index, pronouns) if p.entity_id]
    if not people or any(c.dep_ == "neg" for c in tok.children):  # "the charge has not been withdrawn"
        return None
    modality = modality_of(tok, "verb", False)
    if modality == "hypothetical":
        return None  # "asked that the charges against Marchenko be dropped": the demand is the event
    start, end = span
    return Event(type=type_, evidence=Span(start, end), participants=people,
                 date=date_for(dates, start, end, tok),
                 modality=modality, origin="extracted", doc_id=doc.id, trigger=Span(tok.idx, tok.idx + len(tok.text)),
                 confidence=0.7)
