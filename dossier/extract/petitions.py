"""Petitions, appeals and requests: who asks, and for whom ("Her mother filed a petition of habeas corpus on
behalf of both", "his request to leave")."""

from __future__ import annotations

from dataclasses import replace

from dossier.extract.events_args import clause_subject, people_at
from dossier.model import Participant

FILING_VERBS = {"file", "submit", "lodge", "send", "address", "make", "write", "sign", "present", "bring", "deliver"}


ON_BEHALF = {"behalf", "release", "freedom", "life", "return", "pardon", "rehabilitation", "case"}


def beneficiaries(preps) -> list:
    """Whom a request is for: "for X", "on behalf of X", "for the release of X", "for his release"."""
    found = []
    for prep in (p for p in preps if p.lower_ in ("on", "for", "of")):
        for g in (c for c in prep.children if c.dep_ == "pobj"):
            found.append(g)
            if g.lemma_.lower() in ON_BEHALF:
                found += [c for c in g.children if c.dep_ == "poss"]
                found += [x for c in g.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children if x.dep_ == "pobj"]
    return found


def petition_participants(tok, index, pronouns) -> list[Participant]:
    """ "Her mother, Rosa Valdivieso, filed a petition of habeas corpus on behalf of both", "a petition filed by
    her mother", "his request to leave": who asks (agent), and the people it is for (object)."""
    agents: list[Participant] = []
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in FILING_VERBS:
        subject = clause_subject(tok.head)
        agents = people_at(subject, index, pronouns) if subject is not None and tok.dep_ == "dobj" else []
        agents += [p for c in tok.head.children if c.dep_ == "agent" for g in c.children for p in people_at(g, index, pronouns)]
    named = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for verb in (c for n in named for c in n.children if c.dep_ == "acl" and c.lemma_ in FILING_VERBS):
        agents += [p for c in verb.children if c.dep_ == "agent" for g in c.children for p in people_at(g, index, pronouns)]
    agents += [p for c in tok.children if c.dep_ == "poss" for p in people_at(c, index, pronouns)]
    asking = {p.entity_id for p in agents}
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if tok.dep_ == "dobj" and tok.head.lemma_ in FILING_VERBS:
        preps += [c for c in tok.head.children if c.dep_ == "prep"]  # "filed a petition … on behalf of both"
    objects = [p for t in beneficiaries(preps) for p in people_at(t, index, pronouns) if p.entity_id not in asking]
    return [replace(p, role="agent") for p in agents] + [replace(p, role="object") for p in objects]
