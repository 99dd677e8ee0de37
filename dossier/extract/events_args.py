"""Who takes part in an event: read off the dependency parse, mapped to resolved mentions.

Lists ("Sokolnikov and Serebriakov") give several participants; a clause
without a subject inherits it from the clause it is coordinated with, and in a
biographical footnote from the person the note is about. Pronouns are
resolved only when exactly one person can be meant; otherwise the participant
stays empty — never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Optional

from dossier.extract.dates_grammar import CHRONOLOGY_LINE, chronology_line_at
from dossier.extract.lexicon import is_title_word
from dossier.extract.names_candidates import HONORIFICS_AFTER
from dossier.extract.narrator import FIRST_PERSON, SECOND_PERSON
from dossier.extract.nlp import text_of
from dossier.extract.pronoun_groups import COUNT_WORDS, PLURAL, PRONOUNS
from dossier.extract.pronouns import PronounResolver
from dossier.extract.records import AGE_AFTER, entry_name_start, is_headword, line_above, list_item_head, record_head
from dossier.model import Document, Mention, Participant

SUBJECT_DEPS = ("nsubj", "nsubjpass")


class MentionIndex:
    """Which resolved mention covers a character offset."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted((m for m in mentions if m.label in ("PERSON", "ORG", "PLACE")), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def at(self, offset: int) -> Optional[Mention]:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.mentions[i].start <= offset < self.mentions[i].end:
            return self.mentions[i]
        return None

    def of_token(self, tok) -> Optional[Mention]:
        return self.at(tok.idx)

    def named_by(self, tok) -> Optional[Mention]:
        """The mention a token is part of, or else the one its apposition is ("Yagoda's secretary, Pavel Bulanov")."""
        m = self.of_token(tok)
        if m is None and tok.text in HONORIFICS_AFTER:  # "Talaat Bey": the parser makes the honorific the head
            m = next((self.of_token(c) for c in tok.children if c.dep_ == "compound" and self.of_token(c)), None)
        if m is None:
            m = next((self.of_token(a) for a in tok.children if a.dep_ == "appos" and self.of_token(a)), None)
        return m

    def opening_person(self, start: int, limit: int) -> Optional[Mention]:
        """The resolved person a note or paragraph starting at ``start`` opens with ("[74] M.P. Tomsky …")."""
        first = self.within(start, limit, "PERSON")
        return first[0] if first and first[0].start - start < 5 and first[0].entity_id else None

    def most_named(self) -> Optional[Mention]:
        """The person the text is plainly about: named at least five times and twice as often as anyone else."""
        counts = Counter(m.entity_id for m in self.mentions if m.label == "PERSON" and m.entity_id and not m.generic)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 5 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return next(m for m in self.mentions if m.entity_id == ranked[0][0])

    def within(self, start: int, end: int, label: str) -> list[Mention]:
        i = bisect_right(self.starts, start - 1)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].label == label and self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out


FIELD_BETWEEN = re.compile(r"\n[ \t]*[A-Z][\w ]{0,30}:")


def with_conjuncts(tok, index: Optional[MentionIndex] = None) -> list:
    """A word and the words listed with it; with an index, also the names the parser hung on a list as
    appositions ("Suh Do-won, Ha Jae-wan, Lee Soo-byung" read as a name and its description)."""
    text = text_of(tok.doc)

    def in_one_field(a, b) -> bool:  # not across a form's labels: "Witness: Bahram REZVANI … / Interpreter: Dariush Kalantari"
        return not FIELD_BETWEEN.search(text, min(a.idx, b.idx), max(a.idx, b.idx))

    members = [tok, *(c for c in tok.conjuncts if in_one_field(tok, c))]
    if index is None:
        return members
    named = lambda t: (m := index.named_by(t)) is not None and m.label == "PERSON"
    i = 0
    while i < len(members):
        t = members[i]
        linked = [c for c in t.children if c.dep_ == "appos"] + ([t.head] if t.dep_ == "appos" else [])
        for other in linked:
            if named(t) and named(other) and other not in members and in_one_field(t, other):
                members.extend(o for o in (other, *other.conjuncts) if o not in members and in_one_field(t, o))
        i += 1
    return members


def named_in_apposition(tok, index: MentionIndex) -> Optional[Mention]:
    """ "Our secretary, Luís Miranda Sarmento, was held": the person a description names in apposition."""
    if tok.tag_ != "NN":  # one person; a plural's names are a list ("the two priests, Echave and Calzada")
        return None
    return next((m for c in tok.children if c.dep_ == "appos" and (m := index.named_by(c)) is not None
                 and m.label == "PERSON"), None)


def people_at(tok, index: MentionIndex, resolver: "PronounResolver", labels=("PERSON",)) -> list[Participant]:
    """The participants a noun phrase names: its mention, its list, its apposition, or a resolved pronoun."""
    found: list[Participant] = []
    for t in with_conjuncts(tok, index):
        if t.lower_ in ("all", "both", "each"):  # "All of them were charged": the group "them" stands for
            t = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.lower_ in PLURAL), t)
        m = index.named_by(t)
        if m is None and (t.lower_ in PRONOUNS or t.lower_ in FIRST_PERSON or t.lower_ in SECOND_PERSON):
            m = resolver.resolve(t)
        elif m is None:
            m = named_in_apposition(t, index) or resolver.describe(t) or apposed_before(t, index)
        plural = t.lower_ in PLURAL or (t.lower_ == "each" and t.dep_ in ("nsubj", "nsubjpass")) \
            or (t.lower_ == "men" and any(c.lower_ in ("both", "two") for c in t.children)) \
            or resolver.is_the_accused(t) or bool(resolver.counted(t)) or bool(resolver.partitive_count(t))
        group = resolver.resolve_group(t) if m is None and plural else []
        if m is None and not group and t.tag_ == "NNS":
            group = named_within(t, index) or named_after_count(t, index)  # "Nine other defendants, among them …"
        for m in ([m] if m is not None else []) + group:
            if m.label in labels and not m.generic:
                found.append(Participant(m.entity_id, "", m.text, m.start, m.end))
    unique, seen = [], set()
    for p in found:
        key = p.entity_id or p.text
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def named_after_count(group, index: MentionIndex) -> list[Mention]:
    """ "arrested me and my two roommates, Ahmad Qasim Bitar and Yasin Darwish": as many names as the plural counts,
    right after it and its comma, which the parser hangs elsewhere."""
    count = next((COUNT_WORDS.get(c.lower_) for c in group.children if c.dep_ == "nummod"), None)
    doc, i, found = group.doc, group.i + 2, []
    if count is None or group.i + 1 >= len(doc) or doc[group.i + 1].text != ",":
        return []
    while i < len(doc) and len(found) < count:
        m = index.of_token(doc[i])
        if m is not None and m.label == "PERSON" and m not in found:
            found.append(m)
            while i < len(doc) and doc[i].idx < m.end:
                i += 1
        elif found and doc[i].text in (",", "and"):
            i += 1
        else:
            break
    return found if len(found) == count else []


def named_within(group, index: MentionIndex) -> list[Mention]:
    """The people a plural noun names within itself: "nine other defendants, among them the two priests, Echave and
    Calzada, and Jone Dorronsoro", "twelve officers, including Yakir and Uborevich" — those named, not the rest."""
    heads = [group] + [c for c in group.children if c.dep_ == "appos"]  # "among" may hang on the apposition
    opener = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("among", "including")), None)
    if opener is None:
        return []
    starts = [g for g in opener.children if g.dep_ == "pobj" and g.lower_ not in ("them", "whom")]
    if opener.lower_ == "among":
        starts += [c for c in group.children if c.dep_ == "appos"]
    seen, queue, found = set(), list(starts), []
    while queue:
        t = queue.pop(0)
        if t.i in seen:
            continue
        seen.add(t.i)
        m = index.named_by(t)
        if m is not None and m.label == "PERSON":
            found.append(m)
        queue += [c for c in t.children if c.dep_ in ("conj", "appos")]
    return found


def apposed_before(tok, index: MentionIndex) -> Optional[Mention]:
    """ "Ordzhonikidze, Pyatakov's chief and his protector, died": the name before a description the parser
    did not attach to it."""
    if tok.pos_ not in ("NOUN",) or tok.left_edge.i < 2:
        return None
    doc = tok.doc
    comma, before = doc[tok.left_edge.i - 1], doc[tok.left_edge.i - 2]
    m = index.of_token(before)
    return m if comma.text == "," and m is not None and m.label == "PERSON" and m.end == before.idx + len(before.text) else None


REFLEXIVES = {"himself", "herself", "themselves"}
LIST_GLUE = {",", ";", "and", "(", ")", "&"}
MEMBERS_INTRO = {"including", "namely", "among"}
CLAUSE_DEPS = {"ROOT", "conj", "relcl", "advcl", "ccomp", "xcomp", "acl", "parataxis"}


def names_listed_after(verb, index: MentionIndex, right_after: bool = True) -> list[Mention]:
    """ "sentenced Zinoviev, Grigori Evseyevich; Kamenev, Lev Borisovich; …", "condemned thirteen of the accused,
    among them Piatakov, Serebriakov and Muralov": the people of a list, read off the words where the parser lost
    them in the punctuation. Only an unbroken list of names counts."""
    doc, end = verb.doc, verb.sent.end

    def run_from(i: int) -> list[Mention]:
        found: list[Mention] = []
        while i < end:
            m = index.of_token(doc[i])
            if m is not None and m.label == "PERSON":
                if m not in found:
                    found.append(m)
                while i < end and doc[i].idx < m.end:
                    i += 1
            elif doc[i].text in LIST_GLUE or is_title_word(doc[i].text) and i + 1 < end and index.of_token(doc[i + 1]) is not None:
                i += 1  # "appointed Dr. Géza Rostás president": a title before the name is none of it
            elif found and doc[i - 1].text == "," and (nxt := next_listed(i)) is not None:
                i = nxt  # "Pevzner, chairman of the planning commission, and Nikolai Tarasov": past the apposition
            else:
                break
        return found

    def next_listed(i: int) -> Optional[int]:
        for j in range(i, min(end, i + 12)):
            if doc[j].pos_ in ("VERB", "AUX"):
                return None
            m = index.of_token(doc[j])
            if m is not None and m.label == "PERSON" and doc[j - 1].text in LIST_GLUE and doc[j - 1].i > i:
                return j
        return None

    if verb.dep_ not in CLAUSE_DEPS:
        return []  # "the accused": a verb the tagger saw in a noun
    people = run_from(verb.i + 1) if right_after else []
    if right_after and not people:
        people = run_from(after_plural_description(doc, verb.i + 1, end))  # "tried the communists Otto Remmert, …"
    for t in doc[verb.i + 1:end]:
        if people or t.text in (";", "."):
            break
        if t.lower_ in MEMBERS_INTRO and doc[t.i - 1].text == ",":
            after = t.i + 1 + (t.lower_ == "among" and t.i + 1 < end and doc[t.i + 1].lower_ in ("them", "whom"))
            after += after < end and doc[after].lower_ in ("were", "was")
            people = run_from(after)
        elif t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_DEPS:
            break  # another clause begins
    return people


def after_plural_description(doc, i: int, end: int) -> int:
    """Past "the communists", "the young workers" before the names they describe; ``end`` if none stands at ``i``."""
    k = i + (i < end and doc[i].pos_ == "DET")
    while k < end and doc[k].pos_ == "ADJ":
        k += 1
    return k + 1 if k > i and k < end and doc[k].tag_ == "NNS" else end


def clause_subject(verb):
    """The subject of a verb, or of the verb it is coordinated with ("was arrested, deported and escaped")."""
    seen = 0
    while verb is not None and seen < 6:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:  # "Our secretary, X, was himself held": the emphatic "himself" is not the subject
            return next((c for c in subjects if c.lower_ not in REFLEXIVES), subjects[0])
        if (verb.dep_ in ("conj", "xcomp", "advcl") or verb.dep_ == "acomp" and verb.head.lemma_ == "be" or verb.dep_ == "dep"
                and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i and verb.doc[verb.i - 1].lower_ in ("then", ",", "and")) \
                and verb.head != verb:
            # "he was exiled to …" parsed as "was" with the participle its complement; "X remained silent, then
            # admitted that …", a conjunct the parser left loose
            verb = verb.head
            seen += 1
            continue
        return described_before(verb)
    return None


def described_before(verb):
    """ "Fuchs, who had lived on Havemann's property since 1975, was arrested": the parser loses the subject
    behind its relative clause; the noun the clause describes, just before the verb's comma, is it."""
    first = verb.left_edge
    if first.i < 2 or first.doc[first.i - 1].text != ",":
        return None
    last = first.doc[first.i - 2]
    clause = next((a for a in [last, *last.ancestors] if a.dep_ == "relcl" and a.right_edge.i == last.i), None)
    return clause.head if clause is not None and any(c.lower_ in ("who", "whom", "whose") for c in clause.subtree) else None


def antecedent(tok, index, pronouns) -> list[Participant]:
    """ "The death of Tomsky, whose suicide …": whose → Tomsky."""
    clause = tok.head.head
    while clause.dep_ != "relcl" and clause.head != clause:
        clause = clause.head
    noun = clause.head if clause.dep_ == "relcl" else None
    if noun is None:
        return []
    if noun.lower_ == "those" and noun.dep_ == "pobj" and noun.head.lower_ == "among":
        noun = clause_subject(noun.head.head) or noun  # "Koraltan was among those whose sentences were commuted"
    found = people_at(noun, index, pronouns)
    if not found:
        found = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children for p in people_at(g, index, pronouns)]
    return found




def footnote_topic(doc: Document, offset: int, index: MentionIndex) -> Optional[Mention]:
    """In a biographical note ("[74] M.P. Tomsky (born in 1880), …") or an entry of a memorial book or a
    protocol's heading ("ADAMOVICH Ivan Stepanovich, born 1896 …. Arrested on 14 August 1937") the person it
    opens with: what a clause without a subject is about."""
    for note in doc.footnotes:
        if note.body.start <= offset < note.body.end:
            return index.opening_person(note.body.start, note.body.start + 40)
    item = list_item_head(doc.text, offset, index)
    if item is not None:
        return item  # "   2) Ir. BAMBANG SETIADJI, 38, lecturer, …. Arrested in Jogjakarta on 12/1/1966."
    block = next((b for b in doc.blocks if b.start <= offset < b.end), None)
    head = index.opening_person(block.start, block.start + 60) if block is not None else None
    if head is not None and (is_headword(head.text) or AGE_AFTER.match(doc.text, head.end)):
        return head  # not "Stalin took revenge …" in prose; "3. Héctor Cifuentes, 34, secretary general of SITRACA."
    head = record_head(doc.text, block.start, block.end, index) if block is not None else None
    if head is not None:
        return head  # "3. Spr. 62319-FP / ZEROV Mykola Kostiantynovych / … Resentenced to death …"
    return chronology_subject(doc, offset, index) or entry_line_before(doc, block, index)


ENTRY_LINE_SPACE = 200  # characters an entry's own line may take ("1. RAMON D. ESGUERRA, 24, student, …")


def entry_line_before(doc: Document, block, index: MentionIndex) -> Optional[Mention]:
    """ "1. RAMON D. ESGUERRA, 24, student / Arrested on 14 January 1974 …": a case's paragraph under the line that
    names it, its person in capitals first."""
    before = line_above(doc, block.start) if block is not None else None
    if before is None or before.end - before.start > ENTRY_LINE_SPACE:
        return None  # not the last of a list of one-line entries, "6. REIMAN, Karl Oskarovich, born 1890, …."
    start = entry_name_start(doc.text, before.start, before.end)  # "5. FR. FLORENCIO MAGLAYA, 39, parish priest"
    head = index.opening_person(start, start + 60)
    return head if head is not None and is_headword(head.text) else None


def chronology_subject(doc: Document, offset: int, index: MentionIndex) -> Optional[Mention]:
    """ "LIU SHAOQI: A CHRONOLOGY / 1898 — Born in Hunan. / 1921 — Joins the party.": a dated line without a
    subject is about the person the chronology's heading opens with; under a heading that names nobody
    ("Chronology" in a finding aid), about the person the whole text is plainly about."""
    if chronology_line_at(doc.text, offset)[1] is None:
        return None
    before = [b for b in doc.blocks if b.start <= offset]
    for block in reversed(before[:-1]):
        if block.kind in ("heading", "title"):
            return index.opening_person(block.start, block.start + 40) or (
                index.most_named() if not index.within(block.start, block.end, "PERSON") else None)
        if not CHRONOLOGY_LINE.match(doc.text, block.start):
            return None
    return None


def line_date_head(tok) -> Optional[re.Match]:
    """The date a chronology's line opens with, for a token on such a line ("1937, August 14   Orlovsky arrested")."""
    return chronology_line_at(text_of(tok.doc), tok.idx)[1]


def in_line_date(tok) -> bool:
    """ "1934, June   Appointed chief engineer": the parser's subject is the chronology line's own date."""
    head = line_date_head(tok)
    return head is not None and tok.idx < head.end()


def verb_of(tok):
    """A trigger's verb: the token itself, or the verb its noun phrase hangs from."""
    return tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)


def governing_verb(tok):
    """The verb a noun phrase hangs from ("Tomsky was … a leader …; a member of …" → was)."""
    steps = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok and steps < 6:
        tok, steps = tok.head, steps + 1
    return tok if tok.pos_ in ("VERB", "AUX") else None


def end_at_last_word(text: str, start: int, end: int) -> int:
    """Where evidence ending at ``end`` stops once trailing punctuation and space are cut ("… at Danbury.\n\n")."""
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return end
