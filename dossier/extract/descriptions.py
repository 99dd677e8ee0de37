"""Descriptions that stand for a person because the text said so: after "Yezhov, the new head of the
GPU", a later "the head of the GPU" is Yezhov; after "Piatakov, Ordzhonikidze's deputy", so is
"Ordzhonikidze's deputy".

A description is keyed by its head noun and what it is of (a person or an organisation the text
names): ("head", GPU), ("deputy", Ordzhonikidze). Only what an apposition or "X was the Y"
established in the same document is used; a key given to two people is dropped. A description the
text never tied to a name stays unresolved: world knowledge is not the text.
"""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.lexicon import (ORDINALS, PARTY_AFTER, PARTY_BEFORE, PARTY_LINE, PARTY_ROLES, PERSONAL_TITLES,
                                     is_title_word, only_titles)
from dossier.extract.names_candidates import is_title
from dossier.extract.nlp import text_of
from dossier.model import Mention

DESCRIPTIVE = {"head", "chief", "chairman", "secretary", "commissar", "deputy", "prosecutor", "procurator", "judge",
               "president", "leader", "commander", "editor", "envoy", "ambassador", "director", "founder", "wife",
               "husband", "widow", "son", "daughter", "brother", "sister", "successor", "predecessor", "secretary-general",
               "mother", "father", "uncle", "aunt", "grandmother", "grandfather"}
# Words that stand before names without being an office one is called by alone: forms of address, kin, the parties
NOT_OFFICES = {t.lower().rstrip(".") for t in PERSONAL_TITLES} | {"comrade", "comrades", "citizen", "saint", "st", "brother",
               "sister", "uncle", "aunt", "auntie", "cousin", "grandfather", "grandmother", "father", "accused", "defendant",
               "witness", "applicant", "appellant", "petitioner", "respondent", "senior", "paramount", "member", "corresponding",
               "privy", "collegiate", "titular", "associate", "deputy", "acting", "sir", "lord", "lady", "dame", "me", "m"}
NARRATOR = "#narrator"  # what "my"/"our" is of: the one voice of a letter or memoir
ADDRESSEE = "#addressee"  # what "your" is of in a letter: the one it is written to
# What a family calls its own without "my": "Papa kept saying …", "Mama, Anna Sergeyevna, taught at a school".
FAMILY_WORDS = {"mama": "mother", "mamma": "mother", "mum": "mother", "mom": "mother", "papa": "father", "dad": "father",
                "daddy": "father", "granny": "grandmother", "grandma": "grandmother", "grandpa": "grandfather"}
INTERVIEW = re.compile(r"^(?:Q|Question)\s*[:.]", re.M)  # in an interview "your father" is the interviewee's, as "my" is
CAPTION = re.compile(r"\b(?:v\.|vs\.|versus|(?:case|proceedings|trial) against)\s+")  # a judgment's caption
CAPTION_REACH = 2000  # characters at a judgment's head that may hold its caption


def ordinal_number(word: str) -> Optional[int]:
    """3 for "third" and for "3rd": a party's number, however written."""
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS.index(word) + 1
    return int(word[:-2]) if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th") else None


def is_office(tok, word: str) -> bool:
    """A title one may be called by alone ("the Emperor", "the Colonel"); "Dean" only where the text writes "the
    Dean" (``is_title`` knows when), as it is a given name elsewhere ("Dean Rusk")."""
    return is_title_word(word) or word == "Dean" and is_title(tok)


def tie(table: dict, key, person: Mention) -> None:
    """Tie a key to a person; a key the text gives to two people is tied to nobody (None)."""
    known = table.get(key, person)
    table[key] = person if known is not None and known.entity_id == person.entity_id else None


class Descriptions:
    def __init__(self, sdoc, index) -> None:
        self.index = index
        self.narrators = {"my", "our", "your"} if INTERVIEW.search(text_of(sdoc)) else {"my", "our"}
        self.keys: dict[tuple, Optional[Mention]] = {}
        for tok in sdoc:
            m = self._named(tok)
            if m is None or m.label != "PERSON" or not m.entity_id or m.generic:
                continue
            described = [c for c in tok.children if c.dep_ == "appos"]
            if tok.dep_ == "appos":
                described.append(tok.head)
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ == "be":
                described += [c for c in tok.head.children if c.dep_ == "attr"]
            if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "Your father is Sotaro Hamada?"
                described += [c for c in tok.head.children if c.dep_ == "nsubj"]
            for d in described:
                key = self.key_of(d)
                if key is not None and self._named(d) is None:
                    tie(self.keys, key, m)
            key = self._kin_before_name(tok)
            if key is not None:
                tie(self.keys, key, m)

        self._titled_people(sdoc)
        self.defendant = self._captioned_defendant(text_of(sdoc))
        self.parties = self._numbered_parties(text_of(sdoc))

    def _titled_people(self, sdoc) -> None:
        """ "Emperor Haile Selassie … the Emperor was killed", "Colonel Aristov … the Colonel": a person the
        document names after an office or rank is who "the <office>" means, if it names no one else so."""
        for tok in sdoc:
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.lower_ in NOT_OFFICES \
                    or not is_office(tok, tok.text) \
                    or self._named(tok) is not None:
                continue
            nxt = next((t for t in sdoc[tok.i + 1:tok.i + 4] if t.text not in (",", ".") and not is_title_word(t.text)), None)
            m = self._named(nxt) if nxt is not None else None
            if m is not None and m.label == "PERSON" and m.entity_id and not m.generic and m.start >= tok.idx:
                tie(self.keys, ("titled", tok.lower_.rstrip(".")), m)

    def _kin_before_name(self, tok) -> Optional[tuple]:
        """ "my sister Myong-hui", "Bukharin's wife Anna": a kin word the parser hangs on the name as a compound,
        with the possessive on the name."""
        kin = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in DESCRIPTIVE), None)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if kin is None or owner is None:
            return None
        if owner.lower_ in self.narrators:
            return kin.lemma_.lower(), NARRATOR
        named = self._named(owner)
        return (kin.lemma_.lower(), named.entity_id) if named is not None and named.entity_id else None

    def _captioned_defendant(self, text: str) -> Optional[Mention]:
        """ "Co-Prosecutors v. Kaing Guek Eav", "the case against Kaing Guek Eav" at the head of a judgment: the
        one person it is against, whom "the Accused" then means."""
        found = {}
        for m in CAPTION.finditer(text, 0, CAPTION_REACH):
            person = next((p for p in self.index.within(m.end(), m.end() + 60, "PERSON") if p.start == m.end()), None)
            if person is not None and person.entity_id:
                found.setdefault(person.entity_id, person)
        return next(iter(found.values())) if len(found) == 1 else None

    def _numbered_parties(self, text: str) -> dict[tuple[int, str], Mention]:
        """(number, role) → the person a caption line, a bracket after a name or the words before it ("the 6th
        defendant, Lt. Col. Debebe") give that number; a number given to two people is dropped."""
        found: dict[tuple[int, str], Optional[Mention]] = {}
        for m in PARTY_LINE.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            person = next(iter(self.index.within(line_start, m.start(), "PERSON")), None)
            if person is not None and person.entity_id:
                tie(found, (ordinal_number(m.group(1)), m.group(2).lower()), person)
        for person in self.index.within(0, len(text), "PERSON"):
            after = PARTY_AFTER.match(text, person.end)
            if after is not None and person.entity_id:
                tie(found, (ordinal_number(after.group(1)), after.group(2).lower()), person)
        for m in PARTY_BEFORE.finditer(text):
            person = next(iter(self.index.within(m.end(), m.end() + 40, "PERSON")), None)
            if person is not None and person.entity_id and only_titles(text[m.end():person.start]):
                tie(found, (ordinal_number(m.group(1)), m.group(2).lower()), person)
        return {key: person for key, person in found.items() if person is not None}

    def _party(self, tok) -> Optional[Mention]:
        """ "The First Applicant joined the SAP in 1971": the person numbered so, if the text numbered one."""
        role = tok.lower_
        if role not in PARTY_ROLES:  # not "the First and Second Applicants": one number, one person
            return None
        ordinal = next((n for c in tok.children for n in [ordinal_number(c.lower_)] if n), None)
        return self.parties.get((ordinal, role)) if ordinal is not None and tok.tag_ in ("NN", "NNP") else None

    def _named(self, tok) -> Optional[Mention]:
        return self.index.of_token(tok)

    def key_of(self, tok) -> Optional[tuple]:
        """(head noun, entity it is of) for "the head of the GPU", "Ordzhonikidze's deputy"."""
        if tok.lower_ in FAMILY_WORDS and not any(c.dep_ == "poss" for c in tok.children):
            return FAMILY_WORDS[tok.lower_], NARRATOR
        if tok.lemma_.lower() not in DESCRIPTIVE or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if any(c.dep_ == "poss" and c.lower_ in self.narrators for c in tok.children):
            return tok.lemma_.lower(), NARRATOR  # "My husband, Grigory Lavrentiev, …" … "my husband was arrested"
        if any(c.dep_ == "poss" and c.lower_ == "your" for c in tok.children):
            return tok.lemma_.lower(), ADDRESSEE  # a letter's "your father, Kalinovsky Mikhail Stepanovich" … "your father"
        of += [c for c in tok.children if c.dep_ == "poss"]
        for o in of:
            m = next((n for c in (o, *o.subtree) for n in [self._named(c)] if n is not None), None)  # o itself first
            if m is not None and m.entity_id:
                return tok.lemma_.lower(), m.entity_id
        return None

    def resolve(self, tok, by_title: bool = True) -> Optional[Mention]:
        """The person a description token stands for, if the text tied exactly one to it."""
        if self.defendant is not None and tok.lower_ in ("accused", "defendant") and tok.tag_ in ("NN", "NNP") \
                and any(c.lower_ == "the" for c in tok.children):
            return self.defendant  # "The Accused was arrested in May 1999"
        if self.parties and (party := self._party(tok)) is not None:
            return party
        key = self.key_of(tok)
        if key is None and by_title and tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in NOT_OFFICES \
                and is_office(tok, tok.text.title()) \
                and any(c.lower_ == "the" for c in tok.children) and not any(c.dep_ in ("prep", "poss", "compound", "amod")
                                                                            for c in tok.children):
            key = ("titled", tok.lower_)  # "the Emperor was killed": the one person named "Emperor …"
        return self.keys.get(key) if key is not None else None
