"""Who says so: the author (None), a witness who testified, a newspaper, the court.

An event inside "X testified that …" is X's claim; "according to Pravda" makes
it Pravda's. The speaker is given as an entity id where the name is resolved.
"""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.events_args import MentionIndex
from dossier.extract.events_triggers import REPORTED_CLAIM, SPEECH_VERBS
from dossier.extract.modality import rejecter_of_claim
from dossier.extract.pronoun_clauses import opens_recital_clause

ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?", re.I)
COURT = re.compile(r"\b(?:the court|the verdict|the indictment|the sentence|the prosecution|the Military Collegium)\b", re.I)
# Voices with no name that still say it: "the newspapers announced that", "the investigation claimed that"
UNNAMED_SOURCES = re.compile(r"\b(?:the newspapers?|the press|the investigation|(?:the )?investigators?|the authorities|"
                             r"the communiqué|the announcement|official accounts?|"
                             r"the (?:[\w-]+ ){0,3}(?:command|police|government|army|ministry|spokesman|officials|regime|junta))\b",
                             re.I)  # "The martial law command announced that he had hanged himself"


def speaker_of(tok, index: MentionIndex) -> tuple[Optional[str], bool]:
    """(who asserts it, whether it is reported speech) for the event at ``tok``."""
    node, steps = tok, 0
    while node.head != node and steps < 8 and not opens_recital_clause(node):
        if node.dep_ in ("ccomp", "xcomp", "advcl", "conj") and node.head.lemma_ in SPEECH_VERBS and not (
                node.dep_ == "conj" and not any(c.dep_ in ("ccomp", "xcomp") for c in node.head.children)):
            # (a clause coordinated with a verb of saying that reports nothing is no report: "deposed X and placed him …")
            if any(c.dep_ == "auxpass" for c in node.head.children):
                return None, False  # "was declared insane and confined": said of him, not by him
            speaker = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return (voice_of(speaker, index) if speaker is not None else None), node.head.lemma_ in REPORTED_CLAIM
        node, steps = node.head, steps + 1
    rejecter = rejecter_of_claim(tok)
    if rejecter is not None:  # "The Commission rejects the claim that …": the one who says it is false
        subject = next((c for c in rejecter.children if c.dep_ == "nsubj"), None)
        return (voice_of(subject, index) if subject is not None else None), False
    sent = tok.sent
    m = ACCORDING.search(sent.text)
    if m:
        where = sent.start_char + m.end()
        named = index.at(where)
        if named is not None:
            return (named.entity_id or named.text), False
    return None, False


def voice_of(speaker, index: MentionIndex) -> Optional[str]:
    """Who the subject of a verb of saying is: a name, the body "it" stands for, the court, an unnamed source."""
    m = index.of_token(speaker) or (body_meant_by_it(speaker, index) if speaker.lower_ == "it" else None)
    if m is not None:
        return m.entity_id or m.text
    words = speaker.sent.doc[speaker.left_edge.i:speaker.i + 1].text
    if COURT.search(words):
        return "court"
    if UNNAMED_SOURCES.search(words):
        return words.lower().removeprefix("the ")
    return None


def body_meant_by_it(it, index: MentionIndex):
    """ "The Commission accepts the evidence of … It finds that …": "it" saying something is the body that was the
    subject of the sentence before."""
    sent = it.sent
    if sent.start == 0:
        return None
    before = it.doc[sent.start - 1].sent
    subject = next((t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    m = index.of_token(subject) if subject is not None else None
    return m if m is not None and m.label == "ORG" else None
