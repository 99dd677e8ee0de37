"""He, him, his, they: the person (or the persons) a pronoun stands for — only when the text leaves one choice.

A pronoun is resolved within its paragraph or footnote, walking back from it
sentence by sentence, the way a reader keeps track of who a paragraph is
about: the person named (or already referred to) as the subject of the
nearest sentence that has one wins. Two different people as subjects of that
sentence make it ambiguous, and the pronoun stays unresolved — an event then
loses that participant rather than get a guessed one.

Two constraints of English keep it from the obvious mistakes: "Stalin removed
him" — an object pronoun is never the subject of its own clause; and "she" is
never a name whose form is a man's, nor "he" a woman's (``name_gender.py``).
A biographical note or dictionary entry is about the person it opens with, and
a pronoun with no nearer candidate goes to them.
"""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.dates_grammar import MONTH_NAMES
from dossier.extract.name_gender import fits_pronoun
from dossier.extract.depositions import DEPONENT_WORDS
from dossier.extract.narrator import FIRST_PERSON, SECOND_PERSON, Voices
from dossier.extract.nlp import text_of
from dossier.extract.pronoun_clauses import (accused_in, in_time_clause, is_subject, own_clause_subjects, penal_object,
                                             recital_clause_start, reported_clauses)
from dossier.extract.pronoun_groups import LOOK_BACK, PRONOUNS, SUBJECT_DEPS, GroupReferences
from dossier.extract.pronoun_topics import TextTopics
from dossier.model import Document, Mention

# What an entry calls its own subject ("In May 1934 the poet was arrested"); not roles that name someone else.
SELF_DESCRIPTIONS = {"poet", "writer", "author", "novelist", "scientist", "botanist", "geneticist", "actor", "actress",
                     "marshal", "general", "diplomat", "revolutionary", "veteran", "historian", "journalist", "critic",
                     "playwright", "composer", "painter", "philosopher", "economist", "engineer", "agronomist",
                     "singer", "priest", "teacher", "lawyer", "physicist", "physician", "unionist"}
# What a biography calls its own subject at a stage of life; never a role toward someone else.
LIFE_STAGES = {"boy", "girl", "student", "zek", "convict", "dissident", "campaigner", "émigré", "emigre"}
PERSON_NOUNS = {"man", "woman", "author", "poet", "writer", "director", "officer", "commander", "prisoner", "defendant",
                "accused", "wife", "husband", "son", "daughter", "widow", "leader", "head", "chief", "chairman",
                "secretary", "deputy", "diplomat", "envoy", "marshal", "general", "scientist", "actor", "actress",
                "journalist", "critic", "historian", "revolutionary", "veteran", "prosecutor", "exile"} | LIFE_STAGES


TOPIC_OPENER = re.compile(r"(?:As for|As to|As regards|As far as)\s", re.I)


class PronounResolver(GroupReferences, TextTopics):
    """Resolves pronouns of one document; what it resolved once it remembers (a paragraph's chain of "he")."""

    def __init__(self, doc: Document, index, descriptions=None) -> None:
        self.doc = doc
        self.index = index
        self.descriptions = descriptions
        self.voices = Voices(doc, index)
        self.known: dict[int, Optional[Mention]] = {}
        self.protagonist = self._protagonist()
        self.groups: dict[int, list[Mention]] = {}

    def _block_start(self, offset: int) -> int:
        block = next((b for b in self.doc.blocks if b.start <= offset < b.end), None)
        return block.start if block is not None else 0

    def _person(self, tok) -> Optional[Mention]:
        """The person a token names, directly, through its apposition ("Yagoda's secretary, Pavel Bulanov"),
        or through a pronoun resolved before it."""
        m = self.index.named_by(tok)
        if m is not None:
            return m if m.label == "PERSON" and m.entity_id and not m.generic else None
        if tok.lower_ in PRONOUNS or tok.lower_ in FIRST_PERSON:
            return self.resolve(tok)
        # not "the delegado" for "Delegado Macedo" here: an office alone says too little of whom "she" may mean
        tied = self.descriptions.resolve(tok, by_title=False) if self.descriptions is not None else None
        return tied if tied is not None and tied.label == "PERSON" and tied.entity_id else None

    def _people(self, sent, before: int, pronoun: str, exclude: set[int], tok_offset: int) -> tuple[dict, dict]:
        """(subjects, everyone): the persons of a sentence up to token ``before``, by entity id."""
        subjects: dict[str, Mention] = {}
        everyone: dict[str, Mention] = {}
        voice = self.voices.speaker_at(tok_offset)
        for t in sent:
            if t.i >= before:
                break
            if t.i in exclude or not self._heard_from(t, tok_offset) or t.lower_ in FIRST_PERSON:
                continue  # "I saw him again. He was taken …": "he" is never the one who says "I"
            m = self._person(t)
            if m is None or not fits_pronoun(pronoun, m) or voice is not None and m.entity_id == voice.entity_id:
                continue  # nor is "she" the speaker of the turn ("MR. RI: … the police arrested her")
            everyone.setdefault(m.entity_id, m)
            if is_subject(t):
                subjects.setdefault(m.entity_id, m)
        return subjects, everyone

    def _last_named(self, tok) -> Optional[Mention]:
        """The person named last before a token, in its sentence or the one before (in its paragraph), if nothing
        else is named after him: what "the latter" stands for."""
        sent = tok.sent
        start = tok.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        start = max(start, self._block_start(tok.idx))
        named = [m for label in ("PERSON", "ORG", "PLACE") for m in self.index.within(start, tok.idx, label)]
        last = max(named, key=lambda m: m.start, default=None)
        if last is None or last.label != "PERSON" or not last.entity_id or last.generic:
            return None  # "… in Kiev. The latter": the town
        between = tok.doc.char_span(last.end, tok.idx, alignment_mode="expand")
        if between is not None and any(t.pos_ == "PROPN" and t.is_alpha and self.index.at(t.idx) is None for t in between):
            return None  # a name we could not read may be the one meant: never guess
        return last

    def _heard_from(self, candidate, offset: int) -> bool:
        """ "… whose parents Stalin had killed," he wrote: a name in a quotation is no antecedent outside it."""
        return self.voices.quote_at(candidate.idx) in (None, self.voices.quote_at(offset))

    def describe(self, tok) -> Optional[Mention]:
        """A description the text tied to one person ("the head of the GPU" after "Yezhov, the head of the GPU"),
        or, in a biographical entry or note, "the poet" for the person the entry is about."""
        tied = self.descriptions.resolve(tok) if self.descriptions is not None else None
        if tied is not None:
            return tied
        if tok.lower_ == "latter" and tok.head.lower_ != "latter" and any(c.lower_ == "the" for c in tok.children):
            return self._last_named(tok)  # "… and IACOB TEODOR, former political convict. The latter was arrested"
        if tok.pos_ != "NOUN" or not any(c.lower_ == "the" for c in tok.children):
            return None
        if tok.lower_ in DEPONENT_WORDS and (deponent := self.voices.depositions.deponent_at(tok.idx)) is not None:
            return deponent  # "The deponent knew Thubten Nyima", in a collection's statement
        if tok.lemma_.lower() in SELF_DESCRIPTIONS and is_subject(tok):
            topic = self._topic(tok.idx)
            if topic is not None and self._is_entry(topic):
                return topic
        if tok.lemma_.lower() in LIFE_STAGES and self.protagonist is not None:
            return self.protagonist  # an obituary's "the young student", "the old zek"
        return None

    def _lost_subject(self, sent) -> bool:
        return any(is_subject(t) and t.lower_ in PRONOUNS and self.resolve(t) is None for t in sent)

    def resolve(self, tok) -> Optional[Mention]:
        if tok.i in self.known:
            return self.known[tok.i]
        self.known[tok.i] = None  # a pronoun never stands for itself, even through a chain
        found = self._resolve(tok)
        if found is not None and tok.lower_ not in FIRST_PERSON | SECOND_PERSON:
            voice = self.voices.speaker_at(tok.idx)  # "she" is never the one whose turn says "I"
            found = None if voice is not None and voice.entity_id == found.entity_id else found
        self.known[tok.i] = found
        return found

    def _embedding_subject(self, tok) -> Optional[Mention]:
        """ "Bukharin denied that he …", "He accepted …, but he denied …": a subject pronoun of a reported or
        coordinated clause is the subject of the clause it hangs from — unless that clause also has a
        person as its object ("X told Y that he …" stays open)."""
        verb = tok.head
        if tok.dep_ not in SUBJECT_DEPS or verb.dep_ not in ("ccomp", "conj") or verb.head == verb:
            return None
        outer = verb.head
        objects = {m.entity_id: m for c in outer.children if c.dep_ in ("dobj", "dative", "pobj") and c.i < verb.i
                   and c.lower_ not in FIRST_PERSON for m in [self._person(c)] if m is not None and fits_pronoun(tok.lower_, m)}
        fronted = any(c.dep_ == "mark" for c in verb.children) and verb.i < outer.i  # "the day after he had been relieved, Gamarnik …"
        subject = next((c for c in outer.children if c.dep_ in SUBJECT_DEPS and (c.i < tok.i or fronted)), None)
        if subject is not None and subject.lower_ in FIRST_PERSON:
            return None  # "I have since heard that he is dead": whoever says "I" does not call himself "he"
        m = self._person(subject) if subject is not None else None
        if m is None and subject is not None and subject.pos_ == "NOUN":  # "Solovyov's wife told me that he was shot"
            m = next((p for c in subject.children if c.dep_ == "poss" for p in [self._person(c)] if p is not None), None)
        if m is None and verb.dep_ == "conj" and len(objects) == 1:
            return next(iter(objects.values()))  # "the court sentenced Babel to death, and he was shot"
        if objects:
            return None
        return m if m is not None and fits_pronoun(tok.lower_, m) else None

    def _topicalised(self, tok) -> Optional[Mention]:
        """ "As for Stevan Lalić, he was appointed …": the person a sentence sets up as its topic is its pronoun's."""
        sent = tok.sent
        opener = TOPIC_OPENER.match(text_of(tok.doc), sent.start_char)
        comma = next((t for t in sent if t.text == "," and t.i < tok.i), None)
        if opener is None or comma is None or any(t.text == "," for t in sent[comma.i - sent.start + 1:tok.i - sent.start]):
            return None
        named = [m for t in sent if t.i < comma.i for m in [self._person(t)] if m is not None]
        return named[0] if len({m.entity_id for m in named}) == 1 and fits_pronoun(tok.lower_, named[0]) else None

    def _recital_subject(self, tok) -> Optional[Mention]:
        """ "RESULTING that the accused X … joined the militias …; that he was detained …; and that he admits …": a
        subject pronoun opening a later that-clause of a recital is the first clause's subject, whatever the
        parser hung the clause from."""
        opener = recital_clause_start(tok)
        if opener is None:
            return None
        first = next((t for t in tok.sent if t.lower_ == "that" and t.i < opener.i), None)
        subject = next((t for t in tok.doc[first.i + 1:opener.i] if is_subject(t)), None) if first is not None else None
        m = self._person(subject) if subject is not None else None
        return m if m is not None and fits_pronoun(tok.lower_, m) else None

    def _named_in_an_earlier_clause(self, sent, tok, person: Mention) -> bool:
        """ "The sentence on SALCEDO VIDAL was annulled …; at the second trial she was sentenced …": the one person
        an earlier clause of the sentence names, across a semicolon, is whom "she" goes on about. (Not "Unlike
        Pyatakov, he never capitulated": a name in the pronoun's own clause is someone else.)"""
        return any(t.text == ";" and person.end <= t.idx for t in sent if t.i < tok.i)

    def _relative_antecedent(self, tok) -> Optional[Mention]:
        """ "Fuchs, who had lived on Havemann's property since his expulsion": in a relative clause whose subject is
        "who", "he"/"his" is the person the clause describes — unless the clause has a person as its object too."""
        verb = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if verb is None or not any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that") for c in verb.children):
            return None
        if any(c.dep_ in ("dobj", "dative") and self._person(c) is not None for c in verb.children):
            return None
        m = self._person(verb.head)
        return m if m is not None and fits_pronoun(tok.lower_, m) else None

    def _resolve(self, tok) -> Optional[Mention]:
        pronoun, sent = tok.lower_, tok.sent
        if pronoun in FIRST_PERSON:
            return self.voices.first_person(tok.idx)
        if pronoun in SECOND_PERSON:
            return self.voices.second_person(tok.idx)
        outer = self._recital_subject(tok) or self._embedding_subject(tok) or self._relative_antecedent(tok) \
            or self._topicalised(tok)
        if outer is not None:
            return outer
        subjects, everyone = self._people(sent, tok.i, pronoun, own_clause_subjects(tok), tok.idx)
        topic = self._topic(tok.idx)
        about = topic if topic is not None and self._is_entry(topic) else self.main_subject
        if len(subjects) == 1:  # "Gamarnik … after his removal"
            return next(iter(subjects.values()))
        if subjects:
            return self._the_one_written_about(subjects, about)
        if everyone and (not is_subject(tok) or in_time_clause(tok)):  # "Rudzutak I knew … I worked under him"
            return next(iter(everyone.values())) if len(everyone) == 1 else None
        if len(everyone) == 1 and self._named_in_an_earlier_clause(sent, tok, next(iter(everyone.values()))):
            return next(iter(everyone.values()))
        objects = {m.entity_id: m for t in sent if t.i < tok.i and t.dep_ == "dobj" and t.head.i != tok.head.i
                   and t.lower_ not in FIRST_PERSON and self._heard_from(t, tok.idx) for m in [self._person(t)] if m is not None and fits_pronoun(pronoun, m)}
        if len(objects) == 1:  # "the court sentenced Babel to death, and on the following day he was shot"
            return next(iter(objects.values()))
        # a subject pronoun after a name in a phrase ("Unlike Pyatakov, he never capitulated") looks back instead
        start = self._block_start(tok.idx)
        penal = penal_object(tok)  # "the Auditoria sentenced him": the one charged before, not the one who charged
        for _ in range(LOOK_BACK):
            if sent.start == 0:
                break
            if sent.start_char <= start:
                continued = self._paragraph_continued(start, tok)
                if continued < start and self._fitting(pronoun, self.main_subject) is not None:
                    return self.main_subject  # a paragraph of an obituary that opens on "He" is about its subject
                start = continued
                if sent.start_char <= start:
                    break
            sent = tok.doc[sent.start - 1].sent
            subjects, everyone = self._people(sent, sent.end, pronoun, set(), tok.idx)
            accused = {m.entity_id: m for t in (accused_in(sent) if penal else [])
                       for m in [self._person(t)] if m is not None and fits_pronoun(pronoun, m)}
            if len(accused) == 1:  # "The prosecutor, Guedes, indicted A.C.F. Lima. … the Auditoria sentenced him": Lima
                return next(iter(accused.values()))
            if len(subjects) > 1:  # "Olberg stated that Sedov had sent him. He was arrested …": the speaker goes on
                speakers, _ = self._people(sent, sent.end, pronoun, reported_clauses(sent), tok.idx)
                subjects = speakers if len(speakers) == 1 else subjects
            if len(subjects) == 1:
                return self._continued_topic(sent, subjects, about, pronoun) or next(iter(subjects.values()))
            if subjects:
                return self._the_one_written_about(subjects, about)
            if self._lost_subject(sent):
                return None  # a "he" nobody could resolve: the chain is broken here
            if self._described_subject(sent):  # "The author of Red Cavalry had been … He was arrested"
                return self._fitting(pronoun, topic or self.protagonist)
            if everyone and topic is not None and topic.entity_id not in everyone:
                continue  # "the intercession of Bukharin" in a note about Mandelstam: a passing name
            if everyone:  # only people in other roles: the nearest sentence naming anyone decides, if it names one
                return next(iter(everyone.values())) if len(everyone) == 1 else self._the_one_written_about(everyone, about)
        return self._note_anchor(tok) or self._fitting(pronoun, topic or self.protagonist)

    def _note_anchor(self, tok) -> Optional[Mention]:
        """ "They say she will be sent to Karaganda.[1] … [1] Added in 1940: She was sentenced …": a note that
        opens on a pronoun goes on about the one person of the sentence its marker stands in."""
        note = next((n for n in self.doc.footnotes if n.marker and n.body.start <= tok.idx < n.body.end), None)
        if note is None or self.index.within(note.body.start, tok.idx, "PERSON"):
            return None
        span = tok.doc.char_span(note.marker.start, note.marker.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        sent = tok.doc[span.start - 1].sent
        _, everyone = self._people(sent, span.start, tok.lower_, set(), note.marker.start)
        return next(iter(everyone.values())) if len(everyone) == 1 else None

    def _continued_topic(self, sent, subjects: dict, about: Optional[Mention], pronoun: str) -> Optional[Mention]:
        """ "… the Politburo relieved him of his post, and Voroshilov signed the order appointing him. He travelled
        to Kuibyshev": when the sentence before goes on about the person the text is about by a pronoun, and
        names someone else as its subject, the next "he" still goes on about the first."""
        if about is None or about.entity_id in subjects or not fits_pronoun(pronoun, about):
            return None
        goes_on = any(t.lower_ in PRONOUNS and (m := self.resolve(t)) is not None and m.entity_id == about.entity_id
                      for t in sent)
        return about if goes_on else None

    @staticmethod
    def _the_one_written_about(candidates: dict, topic: Optional[Mention]) -> Optional[Mention]:
        """Of two people a "he" could be, the one the biography or note is about ("Muravyov … had Tukhachevsky
        arrested; he was freed the next day", in an article on Tukhachevsky); else nobody."""
        return candidates[topic.entity_id] if topic is not None and topic.entity_id in candidates else None

    @staticmethod
    def _fitting(pronoun: str, person: Optional[Mention]) -> Optional[Mention]:
        return person if person is not None and fits_pronoun(pronoun, person) else None

    def _paragraph_continued(self, start: int, tok) -> int:
        """Where the search may go on when it reaches the top of the pronoun's paragraph: a paragraph of prose
        whose first person is this pronoun ("On 29 October the court sentenced him …") goes on with the
        paragraph of prose before it; anything else (a name before the pronoun, even one not recognised as a
        name, a heading, a note) ends it."""
        blocks = self.doc.blocks
        at = next((i for i, b in enumerate(blocks) if b.start == start), None)
        if at is None or at == 0 or blocks[at].kind != "paragraph" or blocks[at - 1].kind != "paragraph":
            return start
        if self._topic(tok.idx) is not None or any(self._may_name_someone(t) for t in self._since(tok, start)):
            return start
        return blocks[at - 1].start

    @staticmethod
    def _since(tok, start: int):
        """The tokens before ``tok`` back to the character offset ``start``, nearest first."""
        i = tok.i - 1
        while i >= 0 and tok.doc[i].idx >= start:
            yield tok.doc[i]
            i -= 1

    def _may_name_someone(self, tok) -> bool:
        """A person's name, or a proper noun that is no place, organisation or date the text was read to hold."""
        if tok.pos_ != "PROPN" and not (tok.is_upper and len(tok) > 1) or tok.lower_ in MONTH_NAMES:
            return False
        m = self.index.of_token(tok)
        return m is None or m.label == "PERSON"

    def _described_subject(self, sent) -> bool:
        """The sentence is about a person it does not name: "the poet", "the author of Red Cavalry"."""
        return any(is_subject(t) and t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_NOUNS and self._person(t) is None
                   for t in sent)
