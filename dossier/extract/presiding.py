"""The judge who presides over a trial: "the court, presided over by Col. Manuel Ordovas", "with Dr. Miloslav
Kašpar presiding", "under the presidency of Colonel Jouaust", "Blackader presided at a great number of them".

A trial or sentence the sentence already tells takes the judge as a participant; one it tells only by its judge
becomes an event of its own. Only a sentence that speaks of a court (or follows one that does) counts: a committee, a congress or a
party meeting is presided over too."""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.extract.event_dates import date_for
from dossier.extract.events_args import end_at_last_word, people_at
from dossier.extract.modality import modality_of
from dossier.model import DateValue, Document, Event, Participant, Span

COURT = re.compile(r"\b(?:courts?|tribunals?|collegium|court-martial|courts-martial|councils? of war|bench|trials?|"
                   r"hearings?|chamber|assizes?|Auditoria|Plen[aá]rio|Volksgerichtshof)\b", re.I)


def judges_in(sent, index, pronouns) -> list[tuple[Participant, object]]:
    """(the presiding judge, the word that says so) where what is presided over is a court or a trial."""
    words = [t for t in sent if t.lemma_ == "preside" or t.lower_ in ("presided", "presiding", "presidency")]
    if not words:
        return []  # most sentences: read no text
    text = sent.text
    before = sent.doc[sent.start - 1].sent.text if sent.start > 0 else ""
    found = []
    for tok in words:
        heads = []
        if tok.lower_ != "presidency":
            over = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "at") for g in c.children if g.dep_ == "pobj"]
            presided = [tok.head] if tok.dep_ in ("acl", "relcl") else [c for c in tok.children if c.dep_ == "nsubjpass"]
            by = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and COURT.search(text):
                heads = [c for c in tok.children if c.dep_ in ("compound", "nsubj")]  # "with Dr. Miloslav Kašpar presiding"
            elif by and any(COURT.search(" ".join(t.text for t in n.subtree)) for n in presided):
                heads = by  # "The court of army officers, presided over by Col. Manuel Ordovas"
            elif not by and (any(COURT.search(" ".join(t.text for t in o.subtree)) for o in over) or any(
                    t.lower_ in ("them", "it") for o in over for t in o.subtree) and COURT.search(before)
                    or not over and tok.dep_ != "ROOT" and COURT.search(text)):
                heads = [c for c in tok.children if c.dep_ == "nsubj"]  # "Ulrich presided over the trial", "with Kašpar presiding"
        elif COURT.search(text):  # "under the presidency of Colonel Jouaust"
            heads = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        found += [(Participant(p.entity_id, "participant", p.text, p.start, p.end), tok)
                  for h in heads for p in people_at(h, index, pronouns) if p.entity_id]
    return found


def presided_trials(sent, found: list[Event], index, pronouns, doc: Document, dates: list[DateValue]) -> list[Event]:
    """The sentence's events with each presiding judge joined to the trial it tells, or a trial of his own."""
    for judge, tok in judges_in(sent, index, pronouns):
        start = sent.start_char
        end = end_at_last_word(doc.text, start, sent.end_char)
        trial = next((i for kind in ("trial", "sentence") for i, e in enumerate(found)
                      if e.type == kind and start <= e.evidence.start < sent.end_char), None)  # "presided over by …, sentenced"
        if trial is not None:
            if all(p.entity_id != judge.entity_id for p in found[trial].participants):
                found[trial] = replace(found[trial], participants=found[trial].participants + [judge])
            continue
        found.append(Event(type="trial", evidence=Span(start, end), participants=[judge], date=date_for(dates, start, end, tok),
                           modality=modality_of(tok, "verb", False), origin="extracted", doc_id=doc.id,
                           trigger=Span(tok.idx, tok.idx + len(tok.text)), confidence=0.6))
    return found
