"""Where a pronoun and its candidates stand in their clauses: a subject, an object of its own clause's verb, a
clause of a recital, of reported speech or of time — the syntax the pronoun resolver's choices rest on."""

from __future__ import annotations

from dossier.extract.events_triggers import SPEECH_VERBS
from dossier.extract.pronoun_groups import SUBJECT_DEPS


def is_subject(tok) -> bool:
    return tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "conj" and tok.head.dep_ in SUBJECT_DEPS) or swallowed_subject(tok) \
        or named_by_copula(tok)


def named_by_copula(tok) -> bool:
    """ "The regime's most celebrated prisoner was Alexandros Panagoulis, …. He was sentenced": the person a
    description is said to be is what the sentence is about."""
    return tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.pos_ == "PROPN" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in tok.head.children)


def swallowed_subject(tok) -> bool:
    """ "On August 30 Lieutenant-Colonel Henry, who …, was questioned": the parser took the name into the date's
    phrase; it is the subject of a main verb that has none."""
    phrase = tok.head if tok.dep_ == "pobj" else None
    verb = phrase.head if phrase is not None and phrase.dep_ == "prep" else None
    return verb is not None and verb.dep_ == "ROOT" and phrase.i < tok.i < verb.i and tok.pos_ == "PROPN" and \
        tok.i > phrase.i + 1 and tok.doc[tok.i - 1].pos_ in ("PROPN", "NUM") and \
        not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and any(t.ent_type_ == "DATE" for t in phrase.subtree)


# The verbs whose clause is someone's word (events_triggers), and those that only report speech.
REPORTING_VERBS = SPEECH_VERBS | {"explain", "add", "reply", "answer"}


def reported_clauses(sent) -> set[int]:
    """Token indices of what a verb of saying reports ("… stated that Sedov had sent him")."""
    return {t.i for c in sent if c.dep_ == "ccomp" and c.head.lemma_ in REPORTING_VERBS for t in c.subtree}


def own_clause_subjects(tok) -> set[int]:
    """Token indices of the subject of the clause an object pronoun sits in ("Stalin removed him")."""
    if tok.dep_ not in ("dobj", "pobj", "dative") or tok.lower_ not in ("him", "her", "them"):
        return set()
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ == "conj":  # "Ioannidis deposed Papadopoulos and placed him under arrest"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG":
        outer = verb.head  # "Voroshilov signed the order appointing him": the participle's doer is the signer
        while outer.pos_ not in ("VERB", "AUX") and outer.head != outer:
            outer = outer.head
        subjects = [c for c in outer.children if c.dep_ == "nsubj"]
    return {t.i for c in subjects for t in c.subtree}


def recital_clause_start(tok):
    """The "that" a subject pronoun's clause opens with after a semicolon ("…; and that in his statement he …")."""
    if tok.dep_ not in SUBJECT_DEPS:
        return None
    sent_start = tok.sent.start
    i = tok.i - 1
    while i > sent_start and tok.doc[i].lower_ != "that" and tok.doc[i].pos_ not in ("VERB", "AUX", "PUNCT"):
        i -= 1  # "that in his statement he"
    that = tok.doc[i]
    before = [t for t in tok.doc[max(sent_start, i - 2):i] if t.lower_ != "and"]
    return that if that.lower_ == "that" and before and before[-1].text == ";" else None


def opens_recital_clause(verb) -> bool:
    """ "…, as his widow has testified; that he was detained …": a clause of a recital is said by the recital's
    author, whatever verb of saying the parser hung it from."""
    return any(recital_clause_start(c) is not None for c in verb.children if c.dep_ in SUBJECT_DEPS)


def in_time_clause(tok) -> bool:
    """ "The draft was found on Hans Scholl when he was arrested": the subject of a clause of time after a main
    clause with no person as its subject is the one person that clause names."""
    verb = tok.head
    return tok.dep_ in SUBJECT_DEPS and verb.dep_ == "advcl" and verb.i > verb.head.i and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "after", "before", "while") for c in verb.children)


# What a court does to the one a prosecutor or the police acted on: "X indicted A.C.F. Lima … The Auditoria sentenced him"
PENAL_VERBS = {"sentence", "convict", "try", "acquit", "condemn", "execute", "shoot", "hang", "fine", "jail", "imprison"}
ACTING_ON_ACCUSED = {"indict", "accuse", "charge", "arrest", "detain", "prosecute", "denounce", "interrogate", "question"}


def penal_object(tok) -> bool:
    """ "the court sentenced him", "he was tried": a pronoun that undergoes a court's penalty."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in PENAL_VERBS


def accused_in(sent) -> list:
    """The object tokens of a charge or an arrest in ``sent`` ("indicted A.C.F. Lima and four others")."""
    return [c for verb in sent if verb.lemma_ in ACTING_ON_ACCUSED and verb.pos_ == "VERB"
            and not any(a.dep_ == "auxpass" for a in verb.children) for c in verb.children if c.dep_ == "dobj"]
