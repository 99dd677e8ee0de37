"""A reference work's entry on one person: a headword, then the life as labelled lines.

Finding aids, memorial books, card files and an encyclopedia's fact box write a fate as
"BOICHUK Mykhailo Lvovych / b. 1882, v. Romanivka / Arrested: 21.11.1936, Kyiv. / Shot: 13.07.1937, Kyiv."
There is no clause to parse: the label says what happened, the headword to whom, the value when and where.
A labelled line with no headword above it in its entry (and outside an article's fact box) is left alone —
its subject would be a guess.
"""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.events_triggers import charges_in
from dossier.extract.lexicon import is_title_word
from dossier.model import Block, DateValue, Document, Event, Mention, Participant, Span

# "Arrested: 21.11.1936, Kyiv.", "Shot / died: 1937": a short label, a colon, the value to the end of the line.
FIELD_LINE = re.compile(r"^[ \t]*((?:Date of [a-z]+|[A-Z][a-z]+)(?:[ \t]*/[ \t]*[a-z]+)?|[A-Z]{4,})[ \t]*:[ \t]*(\S.*)$",
                        re.M)  # or "Date of arrest:", a register's "DETAINED:"
DATE_OF = re.compile(r"^Date of ", re.I)
# "b. 1882, v. Romanivka", "d. 1938, Kolyma": a dictionary's abbreviated birth and death.
ABBREVIATED = re.compile(r"^[ \t]*([bd])\.[ \t]+(?=[\dc(])(.+)$", re.M)
# The same inside an entry's paragraph, after its first sentence: "…, No. 412. Schoolteacher; b. 1944, Paysandú."
INLINE_ABBREVIATED = re.compile(r"(?<=[;.])[ \t]+([bd])\.[ \t]+(?=\d)([^.;\n]+(?:\.(?=[\dIVX])[^.;\n]*)*)")
SENTENCE_STOP = re.compile(r"\.(?=[ \t]+[A-Z])")
WORD_BEFORE = re.compile(r"\w+$")
ABBREVIATED_TYPES = {"b": "birth", "d": "death"}
FIELD_TYPES = {
    "born": "birth", "birth": "birth", "died": "death", "death": "death",
    "arrested": "arrest", "arrest": "arrest", "detained": "arrest", "detention": "detention",  # as "was detained" is
    "charge": "accusation", "charged": "accusation", "charges": "accusation", "accused": "accusation",
    "tried": "trial", "trial": "trial", "sentence": "sentence", "sentenced": "sentence", "convicted": "sentence",
    "shot": "execution", "executed": "execution", "execution": "execution",
    "rehabilitated": "rehabilitation", "rehabilitation": "rehabilitation", "released": "release", "release": "release",
    "exiled": "exile", "deported": "exile", "exile": "exile",
    "cause": "accusation",  # a police register's "CAUSE: Courier of the O.P.M.": why the person was taken
}
ROLES = {"accusation": "accused", "trial": "accused"}
FACT_BOX_REACH = 1500  # characters at the head of an article where its fact box stands
FACT_BOX_LABELS = {"Born", "Died", "Executed"}  # what an article's fact box says of the person it is about

# A list number and a title before an entry's name: "5. FR. FLORENCIO MAGLAYA, 39, parish priest"
ENTRY_TITLE = re.compile(r"[ \t]*\d{1,4}[.)][ \t]*([A-Za-z]{2,8}\.?)[ \t]+")


def entry_name_start(text: str, start: int, end: int) -> int:
    """Where the name on an entry's line begins, past a list number and a title ("5. FR. "); else ``start``."""
    titled = ENTRY_TITLE.match(text, start, end)
    return titled.end() if titled is not None and is_title_word(titled.group(1)) else start


# The headword's line: a list number at most before the name, only brackets or an alias after it ("(real surname
# Strilets)", "(1882–1937)", ', alias "Lucas".'). Not a paragraph of prose that opens on a name ("Kanno, the only
# woman among the accused, …").
HEAD_BEFORE = re.compile(r"[ \t]*(?:(?:No\.\s*)?\d{1,4}[.)][ \t]*)?"
                         # a form's field for the name: "SURNAMES AND NAMES: ", "Name of prisoner: ", "Subject: "
                         r"(?:(?i:(?:[a-z]+[ \t]+){0,3}(?:names?|surnames?|subject|prisoner|detainee)(?:[ \t]+[a-z]+){0,2})[ \t]*:[ \t]*)?")
HEAD_AFTER = re.compile(r"[ \t]*(?:(?:\([^()\n]*\)|\[[^\[\]\n]*\])[ \t]*)*(?:,?[ \t]*(?:alias|a\.k\.a\.|aka|known as)[ \t]+"
                        r"[\"“'‘][^\"”\n]{1,40}[\"”'’][ \t]*)?[.,;:]?[ \t]*$", re.M)


def is_headword(name: str) -> bool:
    """An entry's headword: the surname first, in capitals or before a comma ("KEDROV, Mikhail", "Dubrovin, P. N."),
    or the surname in capitals after the given names, as Iberian lists write it ("Héctor Raúl VILLALBA FERREIRA")."""
    words = [w.rstrip(",") for w in name.split()]
    return "," in name or any(w.isupper() and len(w) >= 3 for w in words)


AGE_AFTER = re.compile(r",[ \t]*\d{1,3}[ \t]*,")  # a list of victims or detainees: the name, then the age
# A list item's opening, up to its name: the item's letter or number, and titles ("   c. Major (Inf.) R. ", "2) Ir. ")
ITEM_LINES = 12  # lines one list item may take, its own and those it runs on to
ITEM_OPENING = re.compile(r"[ \t]*(?:\d{1,3}|[a-z])[.)][ \t]+(?:[A-Z][a-z]{0,9}\.?(?:[ \t]*\([^()\n]{1,12}\))?[ \t]+){0,3}")


def list_item_head(text: str, offset: int, index) -> Optional[Mention]:
    """The person a list item's line opens with, as a register writes it (the name in capitals or before a comma
    and an age): what the item's subjectless clauses are about, up to the next item or an unindented line."""
    line_start = text.rfind("\n", 0, offset) + 1
    for _ in range(ITEM_LINES):
        opening = ITEM_OPENING.match(text, line_start)
        if opening is not None:
            line_end = text.find("\n", line_start)
            people = index.within(line_start, len(text) if line_end < 0 else line_end, "PERSON")
            head = people[0] if people and people[0].start <= opening.end() and people[0].entity_id else None
            return head if head is not None and (is_headword(head.text) or AGE_AFTER.match(text, head.end)) else None
        if line_start == 0 or text[line_start:line_start + 1] not in (" ", "\t"):
            return None  # an unindented line: the list ended
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    return None  # a run of indented lines too long for one item: a layout's indentation, no list


def field_type(label: str) -> Optional[str]:
    words = [w.strip().lower() for w in DATE_OF.sub("", label).split("/")]  # "Date of arrest:" as "Arrest:"
    return FIELD_TYPES.get(words[0])


def record_head(text: str, start: int, end: int, index) -> Optional[Mention]:
    """The person an entry text[start:end] is about: a resolved name that opens one of its first two lines."""
    at = start
    for _ in range(2):
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        before = HEAD_BEFORE.match(text, at, line_end)
        person = index.at(before.end()) if before is not None else None
        if person is not None and person.label == "PERSON" and person.entity_id and person.start == before.end() \
                and HEAD_AFTER.match(text, person.end, line_end):
            return person
        at = line_end + 1
        if at >= end:
            break
    return None


def record_field_events(doc: Document, index, protagonist: Optional[Mention], dates: list[DateValue],
                        places: list[Mention]) -> list[Event]:
    """Each labelled line under a headword (or in the fact box at the head of an article about one person)."""
    events = []
    fields = [(m.start(1), m.end(1), m.end(2), field_type(m.group(1)), False) for m in FIELD_LINE.finditer(doc.text)]
    fields += [(m.start(1), m.end(1), m.end(2), ABBREVIATED_TYPES[m.group(1)], False) for m in ABBREVIATED.finditer(doc.text)]
    fields += [(m.start(1), m.end(1), m.end(2), ABBREVIATED_TYPES[m.group(1)], True)
               for m in INLINE_ABBREVIATED.finditer(doc.text)]
    for label_start, label_end, line_end, type_, inline in sorted(fields):
        if type_ is None:
            continue
        end = _value_end(doc.text, label_end, line_end)
        in_fact_box = label_start < FACT_BOX_REACH and doc.text[label_start:label_end] in FACT_BOX_LABELS
        who = _entry_headword(doc, index, label_start) if inline else \
            _entry_person(doc, index, label_start) or (protagonist if in_fact_box else None)
        if who is None:
            continue
        events.append(_field_event(doc, index, type_, who, Span(label_start, label_end), end, dates, places))
    return events


def _value_end(text: str, start: int, end: int) -> int:
    """Where the value of a labelled line ends: at the line's end, or at its first full stop if a sentence follows
    ("Sentence: 10 years; Kyiv, February 1936. Served sentence on Solovki."). Not at "v. Romanivka", "Ye. Pluzhnyk"."""
    for stop in SENTENCE_STOP.finditer(text, start, end):
        word = WORD_BEFORE.search(text, start, stop.start())
        if word is not None and is_title_word(word.group(0)):
            continue  # "by Sub-Insp. R. Galeano": a rank's abbreviation
        if word is None or len(word.group(0)) > 3 or (len(word.group(0)) == 3 and word.group(0)[0].isupper()):
            return stop.start() + 1
    return end


def _paragraph_at(doc: Document, offset: int) -> Optional[Block]:
    return next((b for b in doc.blocks if b.start <= offset < b.end and b.kind == "paragraph"), None)


def _entry_person(doc: Document, index, offset: int) -> Optional[Mention]:
    block = _paragraph_at(doc, offset)
    return record_head(doc.text, block.start, block.end, index) if block is not None else None


def _entry_headword(doc: Document, index, offset: int) -> Optional[Mention]:
    """The person a list's entry paragraph opens with, surname in capitals ("1. Héctor Raúl VILLALBA FERREIRA, …")."""
    block = _paragraph_at(doc, offset)
    before = HEAD_BEFORE.match(doc.text, block.start, block.end) if block is not None else None
    head = index.opening_person(before.end(), before.end() + 80) if before is not None else None
    return head if head is not None and is_headword(head.text) else None


def _field_event(doc: Document, index, type_: str, who: Mention, label: Span, end: int, dates: list[DateValue],
                 places: list[Mention]) -> Event:
    start = label.start
    when = next((d for d in dates if d.start is not None and label.end <= d.start and d.end <= end), None)
    where = next((p for p in places if label.end <= p.start and p.end <= end and p.entity_id), None)
    people = [Participant(who.entity_id, ROLES.get(type_, "subject"), who.text, who.start, who.end)]
    people += [Participant(m.entity_id, "agent", m.text, m.start, m.end) for m in agents_in(doc.text, label.end, end, index)
               if m.entity_id != who.entity_id]
    if where is not None:
        people.append(Participant(where.entity_id, "place", where.text, where.start, where.end))
    charges = (charges_in(doc.text[label.end:end]) or ["other"]) if type_ == "accusation" else []
    return Event(type=type_, evidence=Span(start, end), participants=people, date=when,
                 place_id=where.entity_id if where is not None else None, modality="asserted", charges=charges,
                 origin="extracted", doc_id=doc.id, trigger=label, confidence=0.8)  # read off a format, not a clause


def agents_in(text: str, start: int, end: int, index) -> list[Mention]:
    """ "DETAINED: 4 April 1976, at the bus terminal, by Sub-Insp. R. Galeano and personnel …": who acted, named
    after "by" (past a rank) in the field's value."""
    found = []
    for m in re.finditer(r"\bby[ \t]+(?:(?:the[ \t]+)?order[ \t]+of[ \t]+)?", text[start:end]):
        people = index.within(start + m.end(), min(end, start + m.end() + 60), "PERSON")
        gap = text[start + m.end():people[0].start] if people else ""
        if people and people[0].entity_id and len(gap) <= 25 and not re.search(r"[,;]|\b[a-z]", gap):
            found.append(people[0])  # past a rank or title only ("Comisario", "Sub-Insp."), not another phrase
    return found


def line_above(doc: Document, offset: int) -> Optional[Block]:
    """The block just before the one holding ``offset``, when it is a single line with no closing punctuation: the
    line that names what a paragraph is about ("1. RAMON D. ESGUERRA, 24, student", "IV. LARBI and AMAR TOUATI,
    dockers")."""
    before = next((b for b in reversed(doc.blocks) if b.end <= offset), None)
    line = doc.text[before.start:before.end] if before is not None else ""
    return before if line and "\n" not in line and line[-1] not in ".;:," else None
