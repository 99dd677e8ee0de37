"""Who an event happens to or is done by, where the parse puts it: the verb's subject, the noun a participle
describes, a listing clause ("Those arrested included …", "Among those detained were …"), the named among a
crowd, a name the parser lost behind an insertion, or the person a note is about.
"""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.event_voice import first_conjunct, is_field_label, labelled
from dossier.extract.events_args import (REFLEXIVES, MentionIndex, antecedent, clause_subject, footnote_topic, in_line_date,
                                         people_at)
from dossier.extract.nlp import text_of, token_at
from dossier.model import Document, Mention, Participant

LISTING_VERBS = {"include", "be", "comprise"}  # "those arrested included …", "the men sentenced were …"
VERB_GROUP_DEPS = ("aux", "auxpass", "neg", "advmod")

# "Lapin and four of his accomplices", "Tkachenko and his two sons", "Ivanov and others" before the verb
COMPANIONS = re.compile(r"\s+(?:and|with)\s+(?:(?:\w+\s+)?(?:of\s+)?(?:his|her|their)\s+(?:\w+\s+)?\w+|others|several others)")
LINEAGE_NOUNS = {"son", "daughter", "wife", "widow", "husband"}  # whose kin a name is


def fronted_list(doc, first: Mention, last, index: MentionIndex) -> bool:
    """ "Ivanov and Petrov" right before the verb, swallowed whole into a date's phrase: the last name is a
    conjunct of the first."""
    root = token_at(doc, first.start, first.end)
    m = index.named_by(last)
    return root is not None and m is not None and m.label == "PERSON" and last in root.conjuncts


def fronted_subject(verb, index: MentionIndex) -> Optional[Mention]:
    """ "In April 1937 Yagoda, who had staged the trial …, was himself arrested": the person a sentence opens
    with, alone or before an inserted clause, when the parser lost the subject inside the insertion."""
    doc, sent = verb.doc, verb.sent
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "… was removed and soon afterwards arrested": the first verb's subject
    parsed = clause_subject(verb)
    i = verb.i - 1
    while i > sent.start and (doc[i].dep_ in VERB_GROUP_DEPS or doc[i].lower_ in REFLEXIVES):
        i -= 1
    people = index.within(sent.start_char, doc[i].idx + len(doc[i].text), "PERSON")
    if not people or any(t.pos_ in ("VERB", "AUX") and t.idx < people[0].start for t in sent):
        return None
    first = people[0]
    if parsed is not None and parsed.lower_ not in REFLEXIVES and not first.end <= parsed.idx < doc[i].idx:
        return None  # the parser found a subject of its own
    if doc[i].idx + len(doc[i].text) == first.end:
        return first
    if fronted_list(doc, first, doc[i], index):
        return first  # "In the summer of 1950 Ivanov and Petrov were sent …": the list's head; people_at adds the rest
    if COMPANIONS.fullmatch(doc.text, first.end, doc[i].idx + len(doc[i].text)):
        return first  # "On the testimony of his group, Lapin P.S. and four of his accomplices were sentenced …"
    opening = doc.char_span(first.end, first.end + 1, alignment_mode="expand")
    closes_insertion = doc[i].text == "," and opening is not None and opening.text == "," and opening.start < i
    return first if closes_insertion else None


def named_among(verb, index) -> list[Participant]:
    """ "Thousands of people had been arrested, among them the Prime Minister, Mr Panayotis Kanellopoulos, and
    Mr Andreas Papandreou": the named people of a crowd the event happened to."""
    among = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"
                  and any(g.lower_ in ("them", "whom") for g in c.children)), None)
    if among is None or any(c.dep_ == "dobj" for c in verb.children):
        return []  # "condemned thirteen of the accused to death, among them …": the object's list, read there
    end = verb.right_edge.idx + len(verb.right_edge.text)
    return [Participant(m.entity_id, "", m.text, m.start, m.end) for m in index.within(among.idx, end, "PERSON")
            if m.entity_id and not m.generic]


def listed_after_colon(verb, subject, index) -> list[Participant]:
    """ "three internees escaped from the camp at El Rosario: Orlando Quesada Lima, 19, …; Pedro Pablo Armenteros, …":
    a counted crowd, then a colon and the names of its members."""
    if subject is None:  # "On the night of February 12 three internees escaped": the parser may hang them on "of"
        subject = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.tag_ == "NNS"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS" or not any(c.dep_ == "nummod" for c in subject.children):
        return []
    text = text_of(verb.doc)
    colon = text.find(":", verb.idx, verb.sent.end_char + 1)
    after = token_at(verb.doc, colon + 1, min(len(text), colon + 3)) if colon >= 0 else None
    if after is None or "\n" in text[colon:after.sent.start_char]:
        return []  # the list runs on in the same paragraph, in the sentence after the colon if the parser cut there
    end = max(verb.sent.end_char, after.sent.end_char)
    return [Participant(m.entity_id, "", m.text, m.start, m.end) for m in index.within(colon, end, "PERSON")
            if m.entity_id and not m.generic]


def listing_clause(tok):
    """The verb of "Those arrested included …", "the men sentenced were …" when ``tok`` is the participle."""
    if tok.dep_ == "acl" and tok.head.dep_ == "nsubj" and tok.head.head.lemma_ in LISTING_VERBS:
        return tok.head.head
    among = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "pobj" else (
        tok.head if tok.dep_ == "pobj" and tok.tag_ == "VBN" and tok.lower_ != "accused" else None)
    # "Among the first detained was …" (not "was not among the accused", the defendants)
    if among is not None and among.lower_ == "among" and among.head.lemma_ in LISTING_VERBS:
        return among.head  # "Among those detained were Otta Bednářová, Václav Benda …"
    return None


def is_person(index, tok) -> bool:
    return getattr(index.of_token(tok), "label", None) == "PERSON"


def person_behind_office(noun, index):
    """ "Colonel Pieter Lourens, then divisional commander of the Security Branch, who died in 1993": "who" hangs on
    the body the office is of; the one who died is the person the office describes."""
    if is_person(index, noun) or index.of_token(noun) is None:
        return noun
    up = noun
    while up.dep_ in ("pobj", "prep", "appos", "compound") and up.head.i != up.i:
        up = up.head
        if is_person(index, up):
            return up
    return noun


def subject_token(tok, kind: str, verb, index):
    """The token that names who does (or undergoes) a verb's event, where the parse puts it."""
    subject = clause_subject(verb) if verb is not None else None
    if verb is None:
        pass
    elif verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in verb.children):
        # "arrested once again in 1907, Tomsky remained …"; not across a semicolon ("Re-arrested …; his wife was taken")
        between = verb.doc[min(verb.i, verb.head.i):max(verb.i, verb.head.i)]
        own = next((c for c in verb.children if c.dep_ == "nsubj" and is_person(index, c)), None)
        subject = own if own is not None else (  # "Bishop Daniel Tji Hak-soun of Wonju, sentenced to …, is ill"
            clause_subject(verb.head) if not any(t.text == ";" for t in between) else None)
        named_before = verb.doc[verb.left_edge.i - 2] if verb.left_edge.i >= 2 and verb.doc[verb.left_edge.i - 1].text == "," else None
        if named_before is not None and is_person(index, named_before):
            subject = named_before  # "… with I. N. Smirnov, shot in August 1936": the participle describes the name before it
            kin = named_before.head.head if named_before.dep_ == "pobj" and named_before.head.lower_ == "of" else None
            if kin is not None and kin.lower_ in LINEAGE_NOUNS and kin.dep_ == "appos" and is_person(index, kin.head):
                subject = kin.head  # "Ayşe Gül TEMİZ: daughter of Halil, born 1955": hers, not her father's
    described = verb
    if verb is not None and verb.dep_ == "conj" and subject is None and first_conjunct(verb).dep_ == "acl":
        described = first_conjunct(verb)  # "a nurse arrested in Luanda in 1961 and deported to Cape Verde"
    if described is not None and described.dep_ in ("acl", "relcl") and (subject is None or subject.lower_ in ("who", "that", "which")):
        subject = described.head  # "L. Trotsky, interned in 1936, …"; "Piatakov, who had demanded …"
        if subject.dep_ == "pobj" and subject.head.lower_ in ("of", "from") and is_person(index, subject.head.head) \
                and not is_person(index, subject):
            subject = subject.head.head  # "Hans Fritz Scholl, of Munich, born at Ingersheim …"
        if subject.dep_ == "appos" and subject.pos_ == "NOUN" and is_person(index, subject.head):
            subject = subject.head  # "Lee Chul and Yoo In-tae, student leaders sentenced to death …"
        subject = person_behind_office(subject, index) if described.dep_ == "relcl" else subject
    elif verb is not None and subject is not None and subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl" and verb.dep_ == "conj":
        subject = subject.head.head  # "Yakir, who was shot in 1937 … and rehabilitated twenty years later"
    if kind == "phrase" and tok.pos_ in ("NOUN",) and tok.dep_ == "appos" and index.of_token(tok.head):
        subject = tok.head  # "Yezhov, the new head of the GPU"
    return subject


def describes_one_of_a_list(verb, subject) -> bool:
    """A participle on one name of a list, not on the list: another name follows it, or has its own."""
    if verb is None or verb.dep_ != "acl" or subject is None or verb.head.i != subject.i or not subject.conjuncts:
        return False
    return any(c.i > verb.i for c in subject.conjuncts) or any(
        a.dep_ == "acl" and a.lemma_ == verb.lemma_ for c in subject.conjuncts for a in c.children)


def subject_people(subject, tok, verb, index, pronouns, doc: Document) -> list[Participant]:
    """The people the subject names; else the person a sentence opens with before an insertion the parser lost
    it in; else, in a biographical note, the person the note is about."""
    named = people_at(subject, index, pronouns) if subject is not None else []
    whose = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ == "whose"), None) if subject is not None else None
    if whose is not None:  # "Koraltan was among those whose sentences were commuted"
        return antecedent(whose, index, pronouns)
    if named and describes_one_of_a_list(verb, subject):  # "Sinyavsky, born 1925, critic, and Daniel, born 1925, …"
        own = index.named_by(subject)
        named = [p for p in named if own is not None and p.entity_id == own.entity_id] or named
    if not named and subject is not None:  # "His comrades Julián Gorkin and Juan Andrade are …": two subjects parsed
        named = [p for c in subject.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != subject.i
                 for p in people_at(c, index, pronouns)]
    listing = listing_clause(verb) if verb is not None and (subject is not None and subject.i == verb.head.i
                                                            or verb.dep_ == "pobj") else None
    if not named and listing is not None:
        # "Those arrested at the farm included Sisulu, Mbeki …", "the men sentenced were Kathrada, Mhlaba …"
        listed = [c for c in listing.children if c.dep_ in ("dobj", "attr", "nsubj")]
        named = [p for c in listed for p in people_at(c, index, pronouns)]
        named += [Participant(m.entity_id, "", m.text, m.start, m.end) for c in listed  # a list the parser tangled
                  for m in index.within(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text), "PERSON")
                  if m.entity_id and not m.generic and m.entity_id not in {p.entity_id for p in named}]
    if not named and subject is not None and subject.pos_ == "NOUN":
        named = [p for c in subject.children if c.dep_ in ("prep", "acl") and c.lower_ in ("including", "among")
                 for g in c.children if g.dep_ == "pobj" for p in people_at(g, index, pronouns)]  # "Eighteen defendants, including Bukharin, …"
    if not named and verb is not None:
        named = named_among(verb, index) or listed_after_colon(verb, subject, index)
    if not named and (subject is None or subject.lower_ in REFLEXIVES or subject.pos_ == "NOUN"):
        fronted = fronted_subject(verb, index)
        span = verb.doc.char_span(fronted.start, fronted.end, alignment_mode="expand") if fronted else None
        named = people_at(span.root, index, pronouns) if span is not None else []  # with the names listed with it
        if fronted and not named:
            named = [Participant(fronted.entity_id, "", fronted.text, fronted.start, fronted.end)]
    if not named and (subject is None or subject.like_num or in_line_date(subject) or is_field_label(subject)
                      or verb is not None and verb.dep_ == "acl" and labelled(verb)) and not (
            tok.dep_ == "amod" and tok.head.tag_ == "NNS"):
        # "1921 — joins the party": the date is no subject; but "Released prisoners identify …" is about the prisoners
        topic = footnote_topic(doc, tok.idx, index)
        topics = [topic, *named_with(doc.text, topic, index)] if topic else []
        named = [Participant(t.entity_id, "", t.text, t.start, t.end) for t in topics]
    return named


def named_with(text: str, head, index: MentionIndex) -> list:
    """ "6. VICTOR and ROGELIO LACSAMANA, fishermen": the person joined by "and" to the one an entry opens with."""
    after = index.within(head.end, head.end + 80, "PERSON")
    return [after[0]] if after and text[head.end:after[0].start] in (" and ", " & ") and after[0].entity_id else []
