"""Complaints of ill-treatment: "McAteer complains that he was struck with a rifle butt", "Mr. Quinn further alleges
that he signed a statement only after Detective Constable Robert Gilmore threatened …". An inquiry's or a petition's
complainant accuses those who did it to him — an accusation whose accuser is the one who complains, and whose accused
are the people the complaint names — not a plain statement.
"""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.event_dates import date_for
from dossier.extract.event_roles import with_role
from dossier.extract.events_args import clause_subject, people_at
from dossier.model import DateValue, Event, Participant, Span

COMPLAINING = {"complain", "allege"}
# What is done to a prisoner: the harm a complaint tells of
HARM = re.compile(r"\b(?:struck|strike|strikes|beat|beaten|beating|beatings|kicked|kicking|hit|punched|tortur\w*|"
                  r"threaten\w*|hooded|made to|forced to|refused (?:food|water|sleep|medical)|deprived of|assault\w*|"
                  r"ill-?treat\w*|maltreat\w*|abused|insulted|humiliated|burn(?:ed|t)|electric shocks?|spread-eagled|"
                  r"slapped|whipped|raped|clubbed|batons?|rifle butts?|handcuffed|blindfolded|starved|interrogat\w+ in depth)\b",
                  re.I)


def complaints_in(sent, doc, index, pronouns, dates: list[DateValue]) -> list[Event]:
    """The complaints of ill-treatment a sentence tells: a complaining verb whose that-clause tells of harm."""
    found = []
    for verb in sent:
        if verb.lemma_ not in COMPLAINING or verb.pos_ != "VERB":
            continue
        event = complaint_at(verb, doc, index, pronouns, dates)
        if event is not None:
            found.append(event)
    return found


def complaint_at(verb, doc, index, pronouns, dates: list[DateValue]) -> Optional[Event]:
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    subject = clause_subject(verb)
    if not said or subject is None:
        return None
    begin, end = said[0].left_edge.idx, said[0].right_edge.idx + len(said[0].right_edge.text)
    if not HARM.search(doc.text, begin, end):
        return None
    accusers = [p for p in people_at(subject, index, pronouns) if p.entity_id]
    if not accusers:
        return None
    mine = {p.entity_id for p in accusers}
    accused = [Participant(m.entity_id, "subject", m.text, m.start, m.end) for m in index.within(begin, end, "PERSON")
               if m.entity_id and m.entity_id not in mine and not m.generic]
    start = min(subject.left_edge.idx, verb.idx)
    return Event(type="accusation", evidence=Span(start, end),
                 participants=[with_role(p, role, "accusation") for p, role in
                               [(p, "agent") for p in accusers] + [(p, "subject") for p in accused]],
                 date=date_for(dates, start, end, verb), modality="alleged" if verb.lemma_ == "allege" else "asserted",
                 attributed_to=accusers[0].entity_id, charges=["other"], origin="extracted", doc_id=doc.id,
                 trigger=Span(verb.idx, verb.idx + len(verb.text)), confidence=0.7)
