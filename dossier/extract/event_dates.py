"""When an event happened, read off its own words: the date of its own clause first."""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.dates_grammar import chronology_line_at
from dossier.extract.nlp import text_of, token_at
from dossier.model import DateValue


# Words that date an event by another one: its date is computed from that one (relative_dates.py), never
# borrowed from a neighbouring clause ("Released in 1947, she was arrested again two years later").
RELATIVE_TIME = re.compile(r"\b(?:later|earlier|afterwards|the (?:following|next|previous) (?:day|week|month|year)|"
                           r"the same day|the day (?:before|after))\b", re.I)


def date_for(dates: list[DateValue], start: int, end: int, tok) -> Optional[DateValue]:
    """A date in the trigger's own phrase first, else the nearest in its clause."""
    if tok.pos_ in ("NOUN", "PROPN"):  # "a petition filed in December 1974 by her mother was rejected in March 1975"
        a, b = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        inside = [d for d in dates if d.start is not None and a <= d.start and d.end <= b]
        if inside:
            return min(inside, key=lambda d: abs(d.start - tok.idx))
    root = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    subject = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    own = [t for t in root.subtree if t.i not in subject] or [tok]
    ranges = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in root.children
              if t.dep_ in ("prep", "npadvmod", "advmod", "tmod", "pobj") and t.i > root.i]
    ranges += [(own[0].idx, own[-1].idx + len(own[-1].text)), (start, end)]
    own_text = tok.doc[own[0].i:own[-1].i + 1].text
    relative = bool(RELATIVE_TIME.search(own_text))
    # a date of the trigger's own clause first: "in 1921 he was appointed envoy in Berlin, where he remained until 1930"
    siblings = {c.i for c in root.children if c.dep_ == "conj"} | ({root.head.i} if root.dep_ == "conj" else set())
    # "Ivan Petrov, a member of the party from 1920, was shot": the subject's apposition dates itself, not the verb
    described = subject if tok.i not in subject else set()
    for own_clause in ((True,) if relative else (True, False)):
        for a, b in ranges:
            inside = [d for d in dates if d.start is not None and a <= d.start and d.end <= b and not dates_a_law(tok.doc, d)
                      and (tok.lemma_ == "bear" or tok.lower_ == "born" or not dates_a_birth(tok.doc, d))
                      and getattr(token_at(tok.doc, d.start, d.end), "i", None) not in described
                      and (clause_verb_of(tok.doc, d) in (root, None) or not own_clause
                           and getattr(clause_verb_of(tok.doc, d), "i", None) not in siblings
                           and not in_relative_clause(clause_verb_of(tok.doc, d), root)
                           and not in_what_is_said(clause_verb_of(tok.doc, d), root)
                           and not (d.precision == "day" and fronted_participle(clause_verb_of(tok.doc, d), root)))]
            if inside:
                return min(inside, key=lambda d: abs(d.start - tok.idx))
    return None if relative else (line_date(dates, tok) or opening_date(dates, tok))


def fronted_participle(verb, root) -> bool:
    """ "Arrested on 2 May 1951, he was sentenced to death": the participle's day is its own event's, not the clause's
    it opens (a year may be both's: "Recalled to Moscow in 1937, he was restored to his old post")."""
    return verb is not None and verb.dep_ == "advcl" and verb.head.i == root.i and verb.tag_ == "VBN" and verb.i < root.i


def line_date(dates: list[DateValue], tok) -> Optional[DateValue]:
    """ "1967 — Confined in Zhongnanhai; Wang Guangmei arrested.": a chronology line's date dates all it tells."""
    line, head = chronology_line_at(text_of(tok.doc), tok.idx)
    if head is None:
        return None
    return next((d for d in dates if d.start is not None and line <= d.start and d.end <= head.end()), None)


SUBORDINATE = {"relcl", "advcl", "acl", "ccomp", "xcomp", "pcomp", "csubj", "parataxis"}


def opening_date(dates: list[DateValue], tok) -> Optional[DateValue]:
    """ "On August 24, 1936, the court found all the accused guilty and sentenced …": a date that opens the
    sentence dates each of its main clauses, not those of a relative or subordinate clause."""
    if any(t.dep_ in SUBORDINATE for t in [tok, *tok.ancestors]):
        return None
    sent = tok.sent
    verbs = [t.idx for t in sent if t.pos_ in ("VERB", "AUX")]
    first_verb = min(verbs) if verbs else sent.end_char
    opening = [d for d in dates if d.start is not None and sent.start_char <= d.start and d.end <= first_verb
               and d.start - sent.start_char < 40]
    return opening[-1] if len(opening) == 1 else None


LAWS = {"law", "act", "code", "constitution", "decree", "statute", "ordinance", "edict", "regulation", "regulations"}


def dates_a_law(doc, date: DateValue) -> bool:
    """ "placed under house arrest under the State Protection Law of 1975", "the decree of 1 December 1934": the
    date a law was made, not the event's."""
    root = token_at(doc, date.start, date.end)
    return root is not None and root.head.lower_ == "of" and root.head.head.lemma_.lower() in LAWS


BORN_BEFORE = re.compile(r"\b(?:b\.|born)\s*$")


def dates_a_birth(doc, date: DateValue) -> bool:
    """ "tried the communists Otto Remmert, b. 1896, …": a birth date set beside a name dates the birth alone."""
    return BORN_BEFORE.search(text_of(doc), max(0, date.start - 8), date.start) is not None


def in_relative_clause(verb, root) -> bool:
    """ "found guilty of arson in respect of the fires which he admitted having started on February 25": a date in a
    relative clause on a noun dates what that clause tells, not the verb the noun hangs on."""
    while verb is not None and verb != root and verb.head != verb:
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        verb = verb.head
    return False


SAYING = {"testify", "depose", "swear", "state", "declare", "say", "claim", "tell", "allege", "write", "report"}


def in_what_is_said(verb, root) -> bool:
    """ "Carrigan testified that he had attended meetings since February 1919": a date in what a witness says dates
    what he speaks of, not his testimony."""
    if root.lemma_ not in SAYING:
        return False
    while verb is not None and verb != root and verb.head != verb:
        if verb.dep_ == "ccomp" and verb.head == root:
            return True
        verb = verb.head
    return False


def clause_verb_of(doc, date: DateValue):
    """The verb of the clause a date sits in, or None when it hangs from no verb."""
    node, steps = token_at(doc, date.start, date.end), 0
    while node is not None and node.pos_ not in ("VERB", "AUX") and node.head != node and steps < 8:
        node, steps = node.head, steps + 1
    return node if node is not None and node.pos_ in ("VERB", "AUX") else None
