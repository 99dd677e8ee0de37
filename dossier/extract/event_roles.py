"""The roles people take in an event as its clause casts them: who undergoes it and who does it ("X was arrested by
Y"), who is ordered done to ("ordered him interned"), who is found guilty."""

from __future__ import annotations

from dossier.extract.events_args import people_at
from dossier.model import Participant

ROLE_OF_SUBJECT = {"accusation": "accused", "testimony": "witness"}
ROLE_OF_AGENT = {"accusation": "accuser", "trial": "prosecutor", "meeting": "participant"}  # "attended by X"


def with_role(p: Participant, role: str, type_: str) -> Participant:
    if role == "subject":
        role = ROLE_OF_SUBJECT.get(type_, "subject")
    elif role == "agent":
        role = ROLE_OF_AGENT.get(type_, "agent")
    return Participant(p.entity_id, role, p.text, p.start, p.end)


ORDERING = {"order", "have", "get", "want", "see", "command"}


def ordered_done(type_: str, tok, index, pronouns) -> list[Participant]:
    """ "the Attorney General ordered him interned", "Stalin had them shot": the one ordered done is the one it is done
    to, and the one who orders, its agent."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("xcomp", "oprd", "ccomp") or tok.head.lemma_ not in ORDERING:
        return []
    done_to = [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i] + \
        [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    people = [with_role(p, "subject", type_) for c in done_to for p in people_at(c, index, pronouns)]
    orderers = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return people + [with_role(p, "agent", type_) for c in orderers for p in people_at(c, index, pronouns)] if people else []


def found_guilty(verb, index, pronouns) -> list[Participant]:
    """ "finds the defendants Rajk, Brankov and Szalai guilty": the object, or the subject of "guilty", and the names
    set beside it; a body that finds is no accuser."""
    judged = [c for c in verb.children if c.dep_ == "dobj"]
    judged += [g for c in verb.children if c.lower_ == "guilty" for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    named = [p for c in judged for t in [c] + [a for a in c.children if a.dep_ == "appos"] for p in people_at(t, index, pronouns)]
    unique = {p.entity_id: p for p in named if p.entity_id}
    return [with_role(p, "accused", "accusation") for p in unique.values()]
