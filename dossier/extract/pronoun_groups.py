"""They, both, "the two friends", "all eight", "the accused": the people a group reference stands for.

A mixin of ``PronounResolver``: it uses the resolver's index of mentions, its reading of single people
(``_person``) and its paragraph bounds (``_block_start``)."""

from __future__ import annotations

import re
from functools import cached_property

from dossier.extract.lexicon import only_titles
from dossier.extract.name_gender import looks_feminine
from dossier.extract.records import line_above
from dossier.model import Mention

PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "both"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
LOOK_BACK = 4  # sentences
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "eleven": 11, "twelve": 12}
GROUP_NOUNS = {"man", "woman", "friend", "brother", "sister", "prisoner", "defendant", "accused", "commander", "officer",
               "leader", "comrade", "student", "writer", "victim", "member"}
PART_OF_A_GROUP = {"remaining", "other", "some", "several", "most", "many", "few"}
DEFENDANTS = {"accused", "defendant", "defendants"}
LIST_GLUE = re.compile(r"^(?:\s*,\s*|\s*,?\s+and\s+|\s*:\s*)$")
LIST_LINE = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+", re.M)


class GroupReferences:
    """Group references of one document, each resolved once (``self.groups``)."""

    def is_the_accused(self, tok) -> bool:
        """ "The accused were arrested …", "all the accused": the defendants a charge sheet lists, as a group."""
        return tok.lower_ in ("accused", "defendants") and tok.tag_ in ("NNS", "NN", "VBN") and any(
            c.lower_ == "the" for c in tok.children) and (tok.lower_ == "defendants" or any(
            c.dep_ in ("auxpass", "aux") and c.lower_ in ("were", "are", "have", "had") for c in tok.head.children)
            or tok.head.lower_ in ("were", "are"))

    @cached_property
    def listed_people(self) -> list[Mention]:
        """The people a document lists one to a numbered line ("1. GORELIK, Mikhail Semyonovich, born 1894, …"),
        if it lists two or more: the accused of an indictment, the victims of a report."""
        people: dict[str, Mention] = {}
        for number in LIST_LINE.finditer(self.doc.text):  # a line of its own, whether or not blank lines part them
            first = self._line_opener(number, reach=40)
            if first is not None and not first.generic:
                people.setdefault(first.entity_id, first)
        return list(people.values()) if len(people) >= 2 else []

    def _line_end(self, number) -> int:
        end = self.doc.text.find("\n", number.end())
        return len(self.doc.text) if end < 0 else end

    def _line_opener(self, number, reach: int | None = None) -> Mention | None:
        """The named person a numbered line opens with, after titles only ("2. Mr. Jan Jankowski, …"), looked for
        within ``reach`` characters of the number if given, else on the whole line."""
        end = self._line_end(number)
        first = self.index.within(number.end(), end if reach is None else min(end, number.end() + reach), "PERSON")
        if not first or not only_titles(self.doc.text[number.end():first[0].start]) or not first[0].entity_id:
            return None
        return first[0]

    def defined_groups(self, sdoc) -> dict[str, tuple[int, list[Mention]]]:
        """Plural nouns the text defines by listing their people: "the three Bulgarians, Georgi Dimitrov, Blagoi Popov
        and Vasil Tanev" makes "the Bulgarians" those three, later on. The list must match the count, or be an
        apposition; a noun defined twice over different people defines nothing."""
        if getattr(self, "_defined", None) is not None:
            return self._defined
        found: dict[str, tuple[int, list[Mention]]] = {}
        for sent in sdoc.sents:
            for t in sent:
                if t.tag_ not in ("NNS", "NNPS") or self.index.named_by(t) is not None:
                    continue
                count = next((COUNT_WORDS[c.lower_] for c in t.children if c.dep_ == "nummod" and c.lower_ in COUNT_WORDS), 0)
                people = self._names_following(t, count) if count else list({
                    m.entity_id: m for h in t.children if h.dep_ == "appos" for m in self._list_members(h)}.values())
                if len(people) < 2 or (count and len(people) != count):
                    continue
                key = t.lemma_.lower()
                if key in found and {m.entity_id for m in found[key][1]} != {m.entity_id for m in people}:
                    found[key] = (found[key][0], [])
                else:
                    found.setdefault(key, (t.idx, people))
        self._defined = {k: v for k, v in found.items() if v[1]}
        return self._defined

    def _names_following(self, noun, count: int) -> list[Mention]:
        """The ``count`` names listed right after a counted noun ("the three Bulgarians, Georgi Dimitrov, Blagoi
        Popov and Vasil Tanev"), read off the text: only commas and "and" between them."""
        at, people = noun.idx + len(noun.text), []
        for m in self.index.within(at, at + 60 * count, "PERSON"):
            if not LIST_GLUE.match(self.doc.text[at:m.start]) or not m.entity_id:
                break
            people.append(m)
            at = m.end
            if len(people) == count:
                break
        return people if len({m.entity_id for m in people}) == count else []

    def defined_group(self, tok) -> list[Mention]:
        """The people of a group noun the text defined before ``tok`` ("the Bulgarians")."""
        if tok.tag_ not in ("NNS", "NNPS"):
            return []
        start, people = self.defined_groups(tok.doc).get(tok.lemma_.lower(), (None, []))
        return people if start is not None and start < tok.idx else []

    def resolve_group(self, tok) -> list[Mention]:
        """They/both → the two or more people who were together the subject of the sentence before."""
        if tok.i not in self.groups:
            self.groups[tok.i] = []
            self.groups[tok.i] = self._resolve_group(tok)
        return self.groups[tok.i]

    def _groups_before(self, tok) -> list[list[Mention]]:
        """The named groups before ``tok`` in its sentence ("the trial of Zinoviev and Kamenev … seen them shot")."""
        groups = []
        for t in tok.sent:
            if t.i >= tok.i:
                break
            if t.dep_ != "conj" and t.conjuncts:
                people = [self._person(g) for g in (t, *t.conjuncts) if g.i < tok.i]
                if len(people) >= 2 and all(people):
                    groups.append(list({m.entity_id: m for m in people}.values()))
        return groups

    def _last_named_group(self, tok) -> list[Mention]:
        """ "… heard the case of Tukhachevsky, Yakir, Uborevich … The accused were charged": the largest list of
        people named in this sentence or the few before it, even across a paragraph (the judges of "Blyukher and
        Budyonny sat among the judges" are the shorter list). Only for the subject of a clause."""
        if tok.dep_ not in SUBJECT_DEPS:
            return []
        sent, found = tok.sent, []
        for _ in range(LOOK_BACK):
            found = self._groups_before(tok if sent == tok.sent else sent[-1]) + found
            if sent.start == 0:
                break
            sent = tok.doc[sent.start - 1].sent
        return max(reversed(found), key=len, default=[])

    def counted(self, tok) -> int:
        """ "the four men", "the two friends", "all eight": how many people a group noun counts, or 0."""
        if tok.lemma_.lower() not in GROUP_NOUNS and not (tok.lower_ in COUNT_WORDS and tok.dep_ in SUBJECT_DEPS):
            return 0
        if any(c.lower_ in ("other", "more", "further") for c in tok.children) or tok.dep_ == "conj":
            return 0  # "Tukhachevsky and seven other commanders": the count leaves out the people named
        if any(c.lower_ == "both" and c.i < tok.i for c in tok.children):
            return 2  # "Both men were detained"
        if tok.lower_ in COUNT_WORDS:  # "All eight were condemned", "the eight were hanged"
            return COUNT_WORDS[tok.lower_] if any(c.lower_ in ("all", "the") for c in tok.children) else 0
        return next((COUNT_WORDS[c.lower_] for c in tok.children if c.dep_ == "nummod" and c.lower_ in COUNT_WORDS), 0)

    @staticmethod
    def partitive_count(tok) -> int:
        """ "six of the 16 defendants": how many of a group a count picks out, or 0."""
        if tok.lower_ not in COUNT_WORDS or tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
            return 0
        group = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return COUNT_WORDS[tok.lower_] if any(g.lemma_.lower() in GROUP_NOUNS | DEFENDANTS for g in group) else 0

    def _listed_after(self, tok, n: int) -> list[Mention]:
        """The numbered list of exactly ``n`` people that follows the sentence closely, one name to a line."""
        text, at = self.doc.text, tok.sent.end_char
        people: list[Mention] = []
        for number in LIST_LINE.finditer(text, at, min(len(text), at + 300 + 120 * n)):
            if people and text[at:number.start()].strip():
                break  # the list ended: something else came between its lines
            first = self._line_opener(number)
            if first is None:
                break
            people.append(first)
            at = self._line_end(number)
        return people if len({m.entity_id for m in people}) == n else []

    def _counted_group(self, tok, n: int) -> list[Mention]:
        """The last list of exactly ``n`` people named before, within the paragraph and a few sentences."""
        start, sent = self._block_start(tok.idx), tok.sent
        for _ in range(LOOK_BACK):
            people = {}
            for t in sent:
                if t.i >= tok.i:
                    break
                m = self._person(t) if t.lower_ not in PLURAL and t.lower_ not in ("his", "her") else None
                if m is not None:
                    people.setdefault(m.entity_id, m)
            if len(people) == n:
                return list(people.values())
            if sent.start == 0 or sent.start_char <= start:
                break
            sent = tok.doc[sent.start - 1].sent
        return self._heading_above(start, n) or self._listed_before(tok, n) or (self._named_together(tok, n) if n >= 3 else
                                                self._salient_pair(tok) if n == 2 else [])

    def _heading_above(self, start: int, n: int) -> list[Mention]:
        """ "IV. LARBI and AMAR TOUATI, dockers / The two brothers were arrested …": the line just above the
        paragraph, when it is a heading with no full stop that names exactly ``n`` people."""
        above = line_above(self.doc, start)
        if above is None or above.end - above.start > 120:
            return []
        people = {m.entity_id: m for m in self.index.within(above.start, above.end, "PERSON") if m.entity_id}
        return list(people.values()) if len(people) == n else []

    def _listed_before(self, tok, n: int) -> list[Mention]:
        """ "… the death sentences passed on George Papadopoulos, the former dictator, Stylianos Pattakos, his deputy,
        and Nikolaos Makarezos …" / "The three men were condemned": a list of exactly ``n`` names, descriptions
        between them, in one of the few sentences before (across a paragraph too)."""
        sent = tok.sent
        for _ in range(LOOK_BACK):
            if sent.start == 0:
                return []
            sent = tok.doc[sent.start - 1].sent
            for head in sent:
                if head.dep_ in ("conj", "appos") or not (head.conjuncts or any(c.dep_ == "appos" for c in head.children)):
                    continue
                people = self._list_members(head)
                if len(people) == n:
                    return people
        return []

    def _list_members(self, head) -> list[Mention]:
        """The people of a list that begins at ``head``, through its conjuncts and appositions."""
        seen, queue, people = {head.i}, [head], {}
        while queue:
            t = queue.pop(0)
            m = self._person(t)
            if m is not None:
                people.setdefault(m.entity_id, m)
            for c in t.children:
                if c.dep_ in ("conj", "appos") and c.i not in seen and c.pos_ in ("PROPN", "NOUN"):
                    seen.add(c.i)
                    queue.append(c)
        return list(people.values())

    def _salient_pair(self, tok) -> list[Mention]:
        """ "the two men were placed on trial" at a section's head: the pair the document names together again and
        again ("Sacco and Vanzetti"): three times or more, and more often than any other pair."""
        pairs: dict[tuple, list[Mention]] = {}
        counts: dict[tuple, int] = {}
        for sent in tok.doc.sents:
            for t in sent:
                if t.dep_ == "conj" or len(t.conjuncts) != 1:
                    continue
                people = [self._person(g) for g in (t, *t.conjuncts)]
                if all(people) and people[0].entity_id != people[1].entity_id:
                    key = tuple(sorted(m.entity_id for m in people))
                    pairs.setdefault(key, people)
                    counts[key] = counts.get(key, 0) + 1
        best = max(counts, key=counts.get, default=None)
        return pairs[best] if best is not None and counts[best] >= 3 and list(counts.values()).count(counts[best]) == 1 else []

    def _named_together(self, tok, n: int) -> list[Mention]:
        """ "the eight were hanged", sections after "the court sentenced Do, Suh, Ha … to death; Yeo received the same":
        the last sentence of the document before it that names exactly ``n`` people (three or more: a count that
        large picks out its list), none of them a woman if the count is of men."""
        men = tok.lemma_.lower() == "man"
        for sent in reversed([s for s in tok.doc.sents if s.end <= tok.sent.start]):
            people = {m.entity_id: m for t in sent if t.lower_ not in PRONOUNS and t.lower_ not in PLURAL
                      for m in [self._person(t)] if m is not None}
            if len(people) == n and not (men and any(looks_feminine(m) for m in people.values())):
                return list(people.values())
        return []

    def _resolve_group(self, tok) -> list[Mention]:
        if defined := self.defined_group(tok):
            return defined
        if n := self.partitive_count(tok):
            return self._listed_after(tok, n)  # "sentenced six of the 16 defendants to death. Those sentenced were: 1. …"
        if self.is_the_accused(tok):
            part = any(c.lower_ in PART_OF_A_GROUP for c in tok.children)  # "the remaining accused, among them Hejda"
            return (self.listed_people if not part else []) or self._last_named_group(tok)
        if n := self.counted(tok):
            listed = self.listed_people if len(self.listed_people) == n else []
            if listed and (tok.lower_ in DEFENDANTS or any(c.lower_ in DEFENDANTS for c in tok.children)):
                return listed  # "All three accused have admitted": the three the charge sheet lists
            return self._counted_group(tok, n) or listed  # "All six were charged", after six numbered lines
        groups = self._groups_before(tok)
        if len(groups) == 1:  # "expelled Bukharin and Rykov …, and both men were arrested"
            return groups[0]
        if groups:
            return []
        found = self._subject_group_before(tok)
        if not found and tok.lower_ == "both" and tok.dep_ in SUBJECT_DEPS:
            # "The «enterado» for ESCOBAR RUIZ and NIETO GIL was received on 28 June 1940; both were shot …"
            return self._pair_just_before(tok) or self._counted_group(tok, 2)  # "Zohrab, …, and Vartkes, …. Both were taken"
        return found

    def _pair_just_before(self, tok) -> list[Mention]:
        """The one pair of people written "X and Y" earlier in the sentence, whatever the parser made of it."""
        text = self.doc.text
        people = [m for m in self.index.within(tok.sent.start_char, tok.idx, "PERSON") if m.entity_id]
        pairs = [[a, b] for a, b in zip(people, people[1:]) if text[a.end:b.start] in (" and ", " & ")
                 and a.entity_id != b.entity_id]
        return pairs[0] if len(pairs) == 1 else []

    def _subject_group_before(self, tok) -> list[Mention]:
        """The group that was the subject of one of the two sentences before, in the paragraph."""
        sent = tok.sent
        if sent.start == 0 or sent.start_char <= self._block_start(tok.idx):
            return []
        start = self._block_start(tok.idx)
        for _ in range(2):  # "The three men were condemned … The trial had opened … The court found them guilty"
            if sent.start == 0 or sent.start_char <= start:
                return []
            sent = tok.doc[sent.start - 1].sent
            for t in sent:
                listed = self._list_members(t) if t.dep_ in SUBJECT_DEPS and t.tag_ == "NNS" else []
                if len(listed) >= 2:  # "The defendants, Andrei Sinyavsky, …, and Yuli Daniel, … were arrested"
                    return listed
                if t.dep_ in SUBJECT_DEPS and (t.lower_ in PLURAL or self.counted(t) or self.is_the_accused(t)):
                    return self.resolve_group(t)  # "They were tried … Both confessed", "All eight defendants … They were shot"
                if t.dep_ in SUBJECT_DEPS:
                    group = [t, *t.conjuncts]
                    people = [self._person(g) for g in group]
                    if len(group) >= 2 and all(people):
                        return list({m.entity_id: m for m in people}.values())
            named_groups = [g for t in sent if (g := self.defined_group(t))]
            if len(named_groups) == 1 and not any(self._person(t) for t in sent if t.lower_ not in PLURAL):
                return named_groups[0]  # "The case against the Bulgarians had collapsed. They were arrested …"
            if not any(c.dep_ in SUBJECT_DEPS for c in sent.root.children):
                lists = [people for t in sent if t.dep_ not in ("conj", "appos")  # "On 27th March, General Okulicki,
                         for people in [self._list_members(t)] if len(people) >= 2]  # Mr. Jankowski and Mr. Pużak went
                if len(lists) == 1:  # to …": the parser hung the list on the date, and the verb has no subject
                    return lists[0]
            if any(self.index.named_by(t) is not None and self.index.named_by(t).label == "PERSON" for t in sent):
                return []  # someone else came between: "they" is not the group before
        return []
