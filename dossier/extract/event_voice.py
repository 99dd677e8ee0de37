"""Whether a verb tells what happened to its subject: the bare participles of case notes and chronologies
("Arrested on 5 May 1974 at his shop.", "1967 — Wang Guangmei arrested."), and the verbs that share a passive's
auxiliary ("was arrested …, tried in Kaluga and sentenced")."""

from __future__ import annotations

import re

from dossier.extract.dates_grammar import ROMAN_MONTHS
from dossier.extract.events_args import line_date_head
from dossier.extract.nlp import text_of

TERM_WORDS = {"year", "month", "week", "day", "hour", "hrs", "hr", "minute"}  # "Captured 12-08-83, 0700 hrs, in Mixco"
NUMERIC_DATE = re.compile(r"\d{1,2}[./-](?:\d{1,2}|[IVX]{1,4})[./-]\d{2,4}")  # "14.IV.1972", "3/V/72", "12-05-71"


def opens_without_subject(verb) -> bool:
    """ "Arrested on 5 May 1974 at his shop.": a case note's sentence that opens on its verb, which the tagger
    may read as a past tense; with no subject and no object it is a participle, told of the case's person. So is
    a past verb coordinated with it ("Arrested … in Orani and tried before Military Commission No. 6"), and the
    participle the parser hangs the opening one from ("Arrested 27 June 1973 …; released after 20 days")."""
    if verb is None or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "dobj" and not is_date_word(c)) for c in verb.children):
        return False  # a date the parser took for the object is none: "Arrested 14.IV.1972 in Montevideo"
    if verb.dep_ == "acl" and labelled(verb):
        return True  # "Previous record: detained in 1980 by the National Police": a record's label, then its clause
    if verb.dep_ == "conj":
        return verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.tag_ in ("VBD", "VBN") and opens_without_subject(verb.head)
    if verb.dep_ == "advcl" and verb.head.dep_ == "ROOT":
        return opens_sentence(verb) and opens_without_subject(verb.head)
    return verb.dep_ == "ROOT" and (opens_sentence(verb) or any(
        c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBD", "VBN") and opens_sentence(c) for c in verb.children))


def labelled(verb) -> bool:
    """The parser hangs the participle after a record's label on the label's noun: "Previous record: detained …"."""
    label = verb.head
    colon = label.doc[label.i + 1] if label.i + 1 < len(label.doc) else None
    return label.dep_ == "ROOT" and colon is not None and colon.text == ":" and colon.i < verb.i \
        and label.i - label.sent.start <= 2 and label.sent[0].text[:1].isupper()


def is_field_label(tok) -> bool:
    """ "OBSERVATIONS: Died on 17 April 1976 …": the parser takes a register's printed label, opening its line
    before a colon, for the verb's subject."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":":
        return False
    text = text_of(doc)
    return not text[text.rfind("\n", 0, tok.idx) + 1:tok.idx].strip()


def opens_sentence(tok) -> bool:
    return tok.i == tok.sent[0].i + sum(t.is_space or t.is_punct for t in tok.sent[:tok.i - tok.sent.start])


def is_date_word(tok) -> bool:
    """A number, a date or a term the parser may make an object of: "sentenced 1977-06-01 to 6 years", a chronology's
    "4 III — Michnik and Szlajfer expelled …"."""
    end = tok.idx + len(tok.text)
    split = NUMERIC_DATE.search(text_of(tok.doc), max(0, end - 10), end)  # the tokenizer may split it: "7 / IX/83"
    return tok.like_num or NUMERIC_DATE.fullmatch(tok.text) is not None or tok.lemma_ in TERM_WORDS \
        or split is not None and split.end() == end or tok.text in ROMAN_MONTHS and tok.i > 0 and tok.nbor(-1).like_num


def first_conjunct(verb):
    """ "he was arrested …, tried in Kaluga and sentenced to four years": the verb a chain of conjuncts starts from,
    whose auxiliary they share."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb


def noted_undergone(verb) -> bool:
    """ "1967 — Wang Guangmei arrested.", "Wang Guangmei released": a note's name and bare participle, nothing after
    it, tells what was done to the person (no one writes "the NKVD arrested." for what it did); so does one with
    its doer after "by" ("Orlovsky arrested in Kharkov by the NKVD"), and any on a chronology's dated line."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    bare = after is None or after.text in (".", ";") or "\n" in after.text
    by_doer = any(c.dep_ == "agent" for c in verb.children)
    return verb.tag_ in ("VBD", "VBN") and (bare or by_doer or line_date_head(verb) is not None) \
        and not any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp", "dative") and not is_date_word(c) for c in verb.children)


def set_off_by_commas(verb) -> bool:
    """ "Anatoly Marchenko, tried in Vladimir in 1981, died …": a participle between commas after a name describes
    what was done to him, though the parser makes the name its subject ("Marchenko … tried")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.tag_ in ("VBD", "VBN") and verb.i > 0 and verb.doc[verb.i - 1].text == "," and subject is not None \
        and subject.i < verb.i - 1 and not any(c.dep_ in ("dobj", "aux", "xcomp", "ccomp", "dative") for c in verb.children)
