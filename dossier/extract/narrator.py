"""Who "I" is: the speaker of a transcript's turn ("MRACHKOVSKY: … I was sent into exile"), or the author a
letter or memoir names — in its signature ("A. Lavrentieva" as the last line) or its heading ("from Anna
Mikhailovna Lavrentieva"). And who "you" is in a transcript: whoever answers the question next.

Only what the document itself says counts; a first-person text that names its author nowhere keeps its
"I" unresolved.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from dossier.extract.depositions import Depositions
from dossier.extract.lexicon import SPEAKER_TITLES
from dossier.extract.nlp import SPEAKER_LINE, TURN_LABEL_END
from dossier.ingest.structure import line_bounds, line_spans
from dossier.model import Block, Document, Mention

FIRST_PERSON = {"i", "me", "my", "myself", "mine"}
SECOND_PERSON = {"you", "your", "yourself"}
# "By Alexander Orlov", "A Memoir by Pham Van Khiem" on a line of its own; not "Translated by", "Edited by"
AUTHOR_LINE = re.compile(r"(?:^|\n)[ \t]*(?:(?!(?:translated|edited|compiled|introduced|illustrated|annotated)\b)"
                         r"[A-Za-z]+[ \t]+){0,3}?(?:from|by|written by)[ \t]+$", re.I)
NEWSPAPERS = {"Pravda", "Izvestia", "Izvestiya", "Trud", "Humanité", "Vorwärts", "Krasnaya Zvezda", "Komsomolskaya Pravda",
              "Leningradskaya Pravda", "Kommunist", "Bolshevik", "Daily Worker", "Rundschau"}
EDITORS_NOTE = re.compile(r"\n\s*\[?(?:\w+'s |\w+’s )?(?:editor|translator|compiler|publisher)s?(?:'s|’s)? note\b", re.I)
# "JUDGMENT OF THE PEOPLE'S COURT OF BUDAPEST", "Verdict of the Volksgerichtshof against …", "COMMUNIQUÉ OF THE
# MINISTRY OF JUSTICE": a title line naming the body whose document this is
ISSUED_DOCUMENT = re.compile(r"^[ \t]*(?:the )?(?:judgment|judgement|verdict|sentence|communiqu[eé]|statement|declaration|decree|"
                            r"resolution|decision|announcement) of (?:the )?", re.I | re.M)
ISSUER_HEAD = 400  # characters at a document's head that may hold that title line
# Where the issuer's words end: an editor's, translator's or editorial note, or a note headed by that word alone
NOTE_HEADING = re.compile(r"\n[ \t]*(?:editorial note|note(?:[ \t]+\([^)\n]*\))?[ \t]*\n)", re.I)
DECLARANT = re.compile(r"(?:^|\n|[.:;]\s)[ \t]*I,[ \t]+(?:the undersigned,[ \t]+)?$")
# "My name is Bahram Rezvani." in a statement's opening, or its form's "Witness: Bahram REZVANI" line.
SELF_NAMED = re.compile(r"(?:\bmy name is|(?:^|\n)[ \t]*(?:witness|deponent|declarant|interviewee|informant|complainant)[ \t]*:)"
                        r"[ \t]*$", re.I)
DECLARATION_HEAD = 2000  # characters at the head of an affidavit that may hold its "I, NAME,"
SIGNATURE_SPACE = 80  # characters a closing signature block may take: a date line and a name


# "Q." and "A." in capitals ("a." and "b." open a list's items); "Question:", "ANSWER:" in any case
QUESTION = re.compile(r"^(?:(?i:question)|Q)\s*[:.]")
SPEAKER_TITLE = re.compile(r"(?:%s)\.?[ \t]+" % "|".join(sorted(SPEAKER_TITLES, key=len, reverse=True)))
ANSWER = re.compile(r"^(?:(?i:answer)|A)\s*[:.]")
# Words in quotation marks, within one paragraph: the quoted speaker's, not the author's.
QUOTATION = re.compile(r'"[^"\n]{1,1500}"|“[^”\n]{1,1500}”')
PROTOCOL_HEAD = 600  # characters at the head of an interrogation record that name whom it questions


# "Sir Frank Soskice (Newport):", "The Secretary of State for the Colonies (Mr. Alan Lennox-Boyd) (Mid Bedfordshire):":
# a parliamentary record names the speaker, perhaps after his office and before his seat, then a colon.
OFFICE_THEN_NAME = re.compile(r"(?:The|THE) [^():\n]{2,80}? \(")
SEATS = re.compile(r"\)?(?:[ \t]*\([^():\n]{1,60}\))*[ \t]*" + TURN_LABEL_END)  # and a French record's "URBAIN.—"
# A turn labelled with an office, not a name: "THE PRESIDENT.—", "THE CHAIRMAN:", "THE COURT:"
OFFICE_LABEL = re.compile(r"[ \t]*THE [A-Z][A-Z -]{2,30}" + TURN_LABEL_END)
LABEL_LINE = re.compile(r"[ \t]*" + SPEAKER_LINE.pattern)
LABEL_END = re.compile(TURN_LABEL_END)
LABEL_SPACE = 160  # characters a speaker's label may take


def speaker_label(doc: Document, block, index) -> Optional[Mention]:
    """The person a turn's label names: "MR. COLLINS: Yes, I have.", "Mrs. Castle: On pension.", and a parliament's
    "Sir Frank Soskice (Newport): I beg to move"."""
    people = index.within(block.start, min(block.end, block.start + LABEL_SPACE), "PERSON")
    if not people or not people[0].entity_id:
        return None
    person = people[0]
    label_start = block.start
    office = OFFICE_THEN_NAME.match(doc.text, block.start, person.start)
    if office is not None:
        label_start = office.end()
    title = SPEAKER_TITLE.match(doc.text, label_start, person.start)
    if (title.end() if title else label_start) != person.start:
        return None
    after = SEATS.match(doc.text, person.end)
    return person if after is not None and "\n" not in after.group() else None


CONFIRMATIONS = ("yes", "i admit", "that is so", "that is true", "it is true", "correct", "since ")  # how an answer says so
MIN_TURNS = 3  # labelled turns that make a document a transcript, whose unlabelled paragraphs go on a speech
SPEECH_ENDS = re.compile(r"[.?!:;,\"”’)]\s*$")


def continues_speech(doc: Document, block) -> bool:
    """A paragraph after a speaker's: more of the same speech, unless it is a heading, a date line or a reporter's
    bracketed note ("[The debate continued.]", "HOLA CAMP, KENYA (REPORT)", "Monday, 27th July, 1959")."""
    text = doc.text[block.start:block.end].strip()
    return bool(text) and not text.startswith(("[", "(")) and bool(SPEECH_ENDS.search(text)) and not text.isupper() \
        and len(text.split()) > 3


def named_at_head(doc: Document, index, limit: int, before: re.Pattern, reach: int) -> Optional[Mention]:
    """The first resolved person in a text's first ``limit`` characters whose ``reach`` characters before match
    ``before``: how a letter, an affidavit or a statement names its author at its head."""
    for m in index.within(0, min(len(doc.text), limit), "PERSON"):
        if m.entity_id and before.search(doc.text[max(0, m.start - reach):m.start]):
            return m
    return None


def opening_line(doc: Document, limit: int) -> tuple[str, int]:
    """The text's first line (within its first ``limit`` characters), stripped, and where it starts."""
    first_line = doc.text.lstrip()[:limit].split("\n", 1)[0].strip()
    return first_line, doc.text.find(first_line)


QA_LINE = re.compile(r"^[ \t]*(?:((?i:question)|Q)|(?i:answer)|A)\s*[:.]", re.M)
LEAD_IN_SPACE = 200  # characters a line opening an examination may take ("To the alien WOLANSKI:")
BY_CLAUSE = re.compile(r"(?:^|[,;(]\s*)by\b[^,;()]*$", re.I)


def turn_markers(text: str) -> list[tuple[int, int]]:
    """The "Q." and "A." opening lines of a record of questions and answers (two of each at least): never a name."""
    marks = list(QA_LINE.finditer(text))
    questions = sum(m.group(1) is not None for m in marks)
    return [m.span() for m in marks] if questions >= 2 and len(marks) - questions >= 2 else []


def turn_units(text: str, block) -> list[Block]:
    """A block, or its lines when it is a run of questions and answers or of labelled turns set one per line ("Q. … /
    A. …", "THE PRESIDENT.—… / FERRÉ.—Yes.")."""
    lines = line_spans(text[block.start:block.end])
    if sum(bool(QA_LINE.match(text, block.start + s, block.start + e)) for s, e in lines) < 2 and \
            sum(bool(LABEL_LINE.match(text, block.start + s, block.start + e)) for s, e in lines) < 2:
        return [block]
    return [Block(block.kind, block.start + s, block.start + e) for s, e in lines]


# A record's head names whom it questions in a field ("In the Matter of:    HAMADA, Kenji") — and in others those
# who question, interpret or take it down, who answer nothing ("Hearing Officer:     Harold E. Whitcomb")
EXAMINED_FIELD = re.compile(r"(?:in the matter of|applicant|subject|re|defendant|accused|detainee|prisoner|name|respondent|"
                            r"alien|deponent|interviewee)[ \t]*:?[ \t]*$", re.I)
EXAMINER_FIELD = re.compile(r"(?:officer|interrogator|examiner|reported by|interpreter|stenographer|investigator|inspector|"
                            r"reporter|present|chairman|presiding|recorder|by)[ \t]*:[ \t]*$", re.I)


def questioned_at_head(text: str, index) -> Optional[Mention]:
    """Whom an interrogation record questions: the person its head's field names so, else the first it names in no
    examiner's field."""
    people = [m for m in index.within(0, min(len(text), PROTOCOL_HEAD), "PERSON") if m.entity_id]
    heads = [text[line_bounds(text, m.start, m.end)[0]:m.start] for m in people]
    return next((m for m, head in zip(people, heads) if EXAMINED_FIELD.search(head)), None) or \
        next((m for m, head in zip(people, heads) if not EXAMINER_FIELD.search(head)), None)


# "EXAMINATION OF WITNESS YOSHIO KURATA", "Cross-examination of the witness Petrov": a heading opening an examination
EXAMINATION_HEADING = re.compile(r"[ \t]*(?:(?:cross|direct|re)[- ]?)?examination of\b", re.I)


def examined_in(text: str, unit, index) -> Optional[Mention]:
    """The person a line opening an examination names as the one questioned: "To the alien WOLANSKI:",
    "BY INSPECTOR WHITCOMB, to the alien KOVALENKO (through the interpreter):", "EXAMINATION OF WITNESS YOSHIO
    KURATA" — not the one asking ("by …")."""
    line = text[unit.start:unit.end].rstrip()
    if not (line.endswith(":") or EXAMINATION_HEADING.match(line)) or len(line) > LEAD_IN_SPACE:
        return None
    people = [m for m in index.within(unit.start, unit.end, "PERSON") if m.entity_id]
    return next((m for m in people if not BY_CLAUSE.search(text[unit.start:m.start])), None)


OPENING_QUOTES = ("“", '"', "«", "„")
SOURCE_LINE_SPACE = 200  # characters a heading that names a quoted document's source may take


def quoted_documents(doc: Document, index) -> list[tuple[int, int, str]]:
    """(start, end, body) for each paragraph in quotation marks under a one-line heading that names a body ("I. TASS,
    13 January 1953: “Arrest of …”", "IV. Ministry of Internal Affairs, communiqué of 4 April 1953 (excerpt)"): an
    annotated collection's documents, each the word of the body that issued it, not the editor's, whose notes
    between them are no quotation."""
    sections, source = [], None
    for block in doc.blocks:
        text = doc.text[block.start:block.end].strip()
        if text.startswith(OPENING_QUOTES):
            if source is not None:
                sections.append((block.start, block.end, source))
            continue
        source = None
        if "\n" not in text and len(text) <= SOURCE_LINE_SPACE and not text.endswith("."):
            body = next((m for m in index.within(block.start, block.end, "ORG") if m.entity_id), None)
            source = body.entity_id if body is not None else None
    return sections


class Voices:
    """The speaker of each transcript turn, and the document's author, as mentions. In an interrogation
    record ("Question: … / Answer: …") the answers are the questioned person's, named at its head or in the
    line that opens each examination ("To the alien WOLANSKI:")."""

    def __init__(self, doc: Document, index) -> None:
        self.turns: list[tuple[int, int, Mention]] = []
        self.depositions = Depositions(doc, index)
        questioned = questioned_at_head(doc.text, index)
        speaking: Optional[Mention] = None  # the last labelled speaker, whose speech may run on for paragraphs
        units = [unit for block in doc.blocks for unit in turn_units(doc.text, block)]
        labels = [speaker_label(doc, unit, index) for unit in units]
        transcript = sum(label is not None for label in labels) >= MIN_TURNS
        for unit, labelled in zip(units, labels):
            opening = doc.text[unit.start:unit.start + 12]
            marked = ANSWER.match(opening) or QUESTION.match(opening)  # "Q. …" is nobody's speech run on
            if labelled is not None or (transcript and speaking is not None and not marked and continues_speech(doc, unit)):
                if labelled is not None and not SEATS.match(doc.text, labelled.end).group().endswith(":"):
                    # "FERRÉ.—Yes.": a record that labels every turn so; its unlabelled paragraphs are the reporter's
                    self.turns.append((unit.start, unit.end, labelled))
                    speaking = None
                    continue
                speaking = labelled or speaking
                self.turns.append((unit.start, unit.end, speaking))
                continue
            speaking = None
            if transcript and OFFICE_LABEL.match(doc.text, unit.start, unit.end):
                self.turns.append((unit.start, unit.end, None))  # "THE PRESIDENT.—You were named delegate …?": the
                continue  # court's, whose "you" is the one who answers and whose "I" is nobody the text names
            if marked:
                answering = self.depositions.deponent_at(unit.start) or questioned  # a collection's statement's Q. and A.
                if answering is not None:
                    self.turns.append((unit.start, unit.end, answering if ANSWER.match(opening) else None))
            elif (examined := examined_in(doc.text, unit, index)) is not None:
                questioned = examined
        self.author = self._signature(doc, index) or self._heading_author(doc, index) or self._name_line_author(doc, index) \
            or self._declarant(doc, index) or self._self_named(doc, index) or self.depositions.single
        self.quotes = [(m.start(), m.end()) for m in QUOTATION.finditer(doc.text)]
        self.quote_starts = [q[0] for q in self.quotes]
        self.masthead = self._masthead(doc, index) or self._issuer(doc, index)
        self.notes = [(f.body.start, f.body.end) for f in doc.footnotes]
        self.quoted_documents = quoted_documents(doc, index)

    @staticmethod
    def _masthead(doc: Document, index) -> Optional[tuple[str, int]]:
        """(the paper, where its words end): a reprinted newspaper piece opens with the paper's name on a line
        of its own ("PRAVDA"); what follows is the paper's word, up to an editor's or translator's note."""
        first_line, opening = opening_line(doc, 60)
        orgs = index.within(opening, opening + len(first_line), "ORG")
        if len(orgs) != 1 or orgs[0].text != first_line or first_line.title() not in NEWSPAPERS or not orgs[0].entity_id:
            return None
        note = EDITORS_NOTE.search(doc.text, opening + len(first_line))
        return orgs[0].entity_id, note.start() if note else len(doc.text)

    @staticmethod
    def _issuer(doc: Document, index) -> Optional[tuple[str, int]]:
        """(the body, where its words end): a verdict or communiqué whose title line names the body that issued it
        speaks in that body's voice, up to an editor's, translator's or editorial note."""
        title = ISSUED_DOCUMENT.search(doc.text, 0, ISSUER_HEAD)
        if title is None:
            return None
        body = next((m for m in index.within(title.end(), title.end() + 120, "ORG") if m.start == title.end() and m.entity_id), None)
        line_end = doc.text.find("\n", title.end())
        line_end = len(doc.text) if line_end == -1 else line_end
        named = re.split(r",| against | in the (?:case|matter) | concerning ", doc.text[title.end():line_end])[0].strip()
        if body is None and not named:
            return None  # "Verdict of the Volksgerichtshof against …" names the body the recogniser may miss
        ends = [m.start() for m in (EDITORS_NOTE.search(doc.text, line_end), NOTE_HEADING.search(doc.text, line_end)) if m]
        return body.entity_id if body is not None else named, min(ends, default=len(doc.text))

    def newspaper_at(self, offset: int) -> Optional[str]:
        """The paper whose reprinted words an offset lies in, if the document is one, or the body whose verdict or
        communiqué it is (not its notes), or the body whose quoted document under its heading it lies in."""
        if self.masthead is not None and offset < self.masthead[1] and not any(s <= offset < e for s, e in self.notes):
            return self.masthead[0]
        return next((source for start, end, source in self.quoted_documents if start <= offset < end), None)

    def word_at(self, offset: int) -> Optional[str]:
        """Whose word a passage is when the document's author only passes it on: a reprinted paper's, a quoted
        document's body's, a collection's deponent's."""
        deponent = self.depositions.deponent_at(offset)
        return self.newspaper_at(offset) or (deponent.entity_id if deponent is not None else None)

    @staticmethod
    def _signature(doc: Document, index) -> Optional[Mention]:
        """A letter's last line, when it is a name and nothing else."""
        tail_start = len(doc.text.rstrip()) - SIGNATURE_SPACE
        people = [m for m in index.within(max(0, tail_start), len(doc.text), "PERSON") if m.entity_id]
        if not people:
            return None
        last = people[-1]
        line_start, line_end = line_bounds(doc.text, last.start, last.end)
        line = doc.text[line_start:line_end].strip(" .,\t")
        return last if line == last.text and not doc.text[last.end:].strip() else None

    @staticmethod
    def _heading_author(doc: Document, index) -> Optional[Mention]:
        """ "from Anna Mikhailovna Lavrentieva, …" or "By Alexander Orlov" at the head of a text."""
        return named_at_head(doc, index, 1500, AUTHOR_LINE, 20)

    @staticmethod
    def _declarant(doc: Document, index) -> Optional[Mention]:
        """ "I, HERNÁN RODRIGO FUENTES SALINAS, schoolteacher, … make oath and say": the one who swears an affidavit
        or signs a declaration names himself after "I," at its head."""
        return named_at_head(doc, index, DECLARATION_HEAD, DECLARANT, 20)

    @staticmethod
    def _self_named(doc: Document, index) -> Optional[Mention]:
        """A witness statement's "My name is Bahram Rezvani." or its form's "Witness: Bahram REZVANI": whose
        statement it is, and so who "I" is."""
        return named_at_head(doc, index, DECLARATION_HEAD, SELF_NAMED, 30)

    @staticmethod
    def _name_line_author(doc: Document, index) -> Optional[Mention]:
        """A book's or memoir's first line that is a name and nothing else ("S. A. Dubrovin", then the title):
        its author — who "I" is, when the text says "I" (a biography of that person does not)."""
        first_line, opening = opening_line(doc, 80)
        people = [m for m in index.within(opening, opening + len(first_line), "PERSON") if m.entity_id]
        return people[0] if len(people) == 1 and people[0].text == first_line else None

    def turn_at(self, offset: int) -> Optional[int]:
        return next((i for i, (start, end, _) in enumerate(self.turns) if start <= offset < end), None)

    def speaker_at(self, offset: int) -> Optional[Mention]:
        turn = self.turn_at(offset)
        return self.turns[turn][2] if turn is not None else None

    def quote_at(self, offset: int) -> Optional[tuple[int, int]]:
        """The quotation an offset lies in, if any."""
        i = bisect_right(self.quote_starts, offset) - 1
        return self.quotes[i] if i >= 0 and offset < self.quotes[i][1] else None

    def first_person(self, offset: int) -> Optional[Mention]:
        """The speaker of the turn an "I" stands in (nobody, in an unnamed investigator's question), or else the
        deponent of the statement it stands in, or else the author — but an "I" in quotation marks is whoever is
        quoted, not the author."""
        turn = self.turn_at(offset)
        if turn is not None:
            return self.turns[turn][2]
        if self.quote_at(offset) is not None:
            return None
        return self.depositions.deponent_at(offset) or self.author

    def second_person(self, offset: int) -> Optional[Mention]:
        """In a question turn, "you" is the one who answers next, if that is somebody else."""
        answerer = self.answerer(offset)
        speaker = self.speaker_at(offset)
        if answerer is None or (speaker is not None and answerer.entity_id == speaker.entity_id):
            return None
        return answerer

    def _next_turn(self, offset: int) -> Optional[tuple[int, int, Optional[Mention]]]:
        turn = self.turn_at(offset)
        return self.turns[turn + 1] if turn is not None and turn + 1 < len(self.turns) else None

    def answerer(self, offset: int) -> Optional[Mention]:
        """Who speaks in the turn after the one an offset lies in."""
        after = self._next_turn(offset)
        return after[2] if after is not None else None

    def _reply(self, doc: Document, offset: int) -> Optional[tuple[int, int]]:
        """Where the words of the answer to the turn an offset lies in begin and end, after its "A." or its speaker's
        label ("MRACHKOVSKY: Yes", "Answer: Yes"), if a named person answers."""
        after = self._next_turn(offset)
        if after is None or after[2] is None:
            return None
        start, end, _ = after
        marker = ANSWER.match(doc.text[start:start + 12])  # "A. Yes, since 1916."
        label = LABEL_END.search(doc.text, start, min(end, start + 60))
        start = start + marker.end() if marker else label.end() if label else start
        return start + len(doc.text[start:end]) - len(doc.text[start:end].lstrip(" .")), end

    def yes_reply(self, doc: Document, offset: int) -> Optional[tuple[int, int]]:
        """The first sentence of a reply that confirms the question an offset lies in ("VYSHINSKY: You were expelled
        from the Party in 1927? / MRACHKOVSKY: Yes, …", "Q. … / A. Yes, since 1916."), if any: the question then
        states what it asks."""
        reply = self._reply(doc, offset)
        if reply is None or not doc.text[reply[0]:reply[1]].lower().startswith(CONFIRMATIONS):
            return None
        stop = re.search(r"[.!?](?=\s|$)", doc.text[reply[0]:reply[1]])
        return reply[0], reply[0] + stop.end() if stop else reply[1]
