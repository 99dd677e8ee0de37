"""In what capacity a person speaks, which decides the type of what he says: a witness testifies, a prosecutor or
judge addressing the court makes a statement, and one who admits what is no crime of his own confesses nothing."""

from __future__ import annotations

import re

from dossier.extract.accusations import CRIME
from dossier.extract.events_args import clause_subject, verb_of
from dossier.model import Participant

COURT_OFFICERS = {"prosecutor", "procurator", "judge", "president", "presiding"}


def speaks_as_witness(text: str, people: list[Participant], clause_start: int) -> bool:
    """The one who speaks is named in the clause as a witness ("the witness S. Khmelnitsky"): what he says is
    testimony (not what "she" retracts later, though she was named a witness before)."""
    subject = next((p for p in people if p.role == "subject"), None)
    return subject is not None and subject.start is not None and subject.start >= clause_start and \
        text[max(0, subject.start - 12):subject.start].lower().rstrip().endswith("witness")


# A witness's place in court: "Fielden denied it on the stand", "Engel, when he took the stand, denied that …",
# "conceded under cross-examination", "heard as a witness"
STAND = re.compile(r"\b(?:on|took|take|takes|taking|from|in) the (?:witness[- ])?(?:stand|box)\b|\bwitness[- ]box\b|"
                   r"\b(?:under|in|on) cross-examination\b|\bheard as a witness\b|\bat the bar\b|"
                   r"\bheard by the (?:court|tribunal|judges?|commission|Auditoria)\b", re.I)  # "Teixeira, heard by the Auditoria, denied"


def on_the_stand(text: str, start: int, end: int) -> bool:
    """What one says on the witness stand is testimony, denials included."""
    return STAND.search(text, start, end) is not None


def admits_no_guilt(verb) -> bool:
    """ "pleaded not guilty"; "admitted that the trial had been a provocation": what is admitted is no crime of one's own."""
    if verb.lemma_ == "plead":
        return any(c.dep_ == "neg" for t in verb.subtree for c in t.children) or "not guilty" in verb.sent.text[verb.idx - verb.sent.start_char:]
    if verb.lemma_ != "admit":
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(admits_own_deed(verb, c) for c in said):
        return False  # "She admitted that she had sent reports to Zenkl": what one did oneself is confessed
    return bool(said) and not any(CRIME.search(" ".join(t.text for t in c.subtree)) or
                                  any(t.lemma_ in ("guilt", "guilty", "crime") for t in c.subtree) for c in said)


def admits_own_deed(verb, said) -> bool:
    """The admitted clause tells, without a negation, what the one who admits did: its subject is "he", "she",
    "I" or the same name."""
    own = clause_subject(verb)
    subject = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if own is None or subject is None or any(c.dep_ == "neg" or c.lower_ == "never" for c in said.children):
        return False
    return subject.lower_ in ("he", "she", "i") or subject.text == own.text


def speaks_for_the_court(tok) -> bool:
    verb = verb_of(tok)
    subject = clause_subject(verb) if verb is not None else None
    if subject is None:
        return False  # "Prosecutor Vyshinsky", "the Presiding Judge"; not an apposition ("Paton, national president of …")
    return any(t.lemma_.lower() in COURT_OFFICERS for t in (subject, *(c for c in subject.children if c.dep_ in ("compound", "amod"))))
