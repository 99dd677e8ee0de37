"""Whose word each part of a collection of statements is.

An inquiry's bundle of refugees' or witnesses' statements ("STATEMENT No. 1 / Lobsang Tsultrim, aged 42, monk of
Lithang … Taken at Mussoorie on 14th January 1960.") is the compiler's document, but what each statement tells is its
deponent's word, and its "I" and "the deponent" are that deponent. A single statement is different: its witness is
the document's author, whose word needs no attribution — so it takes two statements headed so to make a collection.
The compiler's own notes between them ("Committee's note. …") stay the compiler's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from dossier.ingest.structure import line_spans
from dossier.model import DateValue, Document, Event, Mention, Participant, Span

# "STATEMENT No. 1", "Statement of Pema Dolkar", "TESTIMONY 4", "Deposition of the witness …": a heading line
HEADING = re.compile(r"[ \t]*(?:witness[ \t]+)?(?:statement|testimony|deposition|affidavit|declaration)\b[^\n.]*"
                     r"(?:\bno\.[^\n.]*)?[ \t]*$", re.I)
HEADING_SPACE = 80  # characters a heading line may take
# The compiler's note between statements: "Committee's note.", "Editor's note:", "Note."
COMPILERS_NOTE = re.compile(r"[ \t]*(?:\[?[\w’']+(?:'s|’s)[ \t]+)?note\b", re.I)
DEPONENT_WORDS = {"deponent", "declarant", "witness"}
MIN_STATEMENTS = 2
TAKEN = re.compile(r"\b(?:taken|recorded|given|sworn|made)\b", re.I)  # "Taken at Mussoorie on 14th January 1960."


class Depositions:
    """The stretches of a collection that are one deponent's statement, and the line that names each."""

    def __init__(self, doc: Document, index) -> None:
        self.parts: list[tuple[int, int, Mention]] = []
        self.starts: list[int] = []
        self.name_lines: list[tuple[int, int, Mention]] = []
        lines = line_spans(doc.text)
        headed = [(i, who) for i, (start, end) in enumerate(lines)
                  if end - start <= HEADING_SPACE and HEADING.fullmatch(doc.text, start, end)
                  and (who := self._deponent(doc, index, lines, i)) is not None]
        self.single = headed[0][1] if len(headed) == 1 else None  # one statement: its deponent is its author
        if len(headed) < MIN_STATEMENTS:
            return
        bounds = [i for i, _ in headed] + [len(lines)]
        for (first, who), stop in zip(headed, bounds[1:]):
            self.name_lines.append((lines[first + 1][0], lines[first + 1][1], who) if who.start >= lines[first][1]
                                   else (lines[first][0], lines[first][1], who))
            for start, end in lines[first + 1:stop]:
                if not COMPILERS_NOTE.match(doc.text, start, end):
                    self.parts.append((start, end, who))
        self.starts = [start for start, _, _ in self.parts]

    @staticmethod
    def _deponent(doc: Document, index, lines, i: int) -> Optional[Mention]:
        """The person a heading names ("Statement of Pema Dolkar"), or whose name opens the next line ("Pema
        Dolkar, aged 29, of Chamdo.")."""
        start, end = lines[i]
        named = [m for m in index.within(start, end, "PERSON") if m.entity_id]
        if named:
            return named[0]
        if i + 1 >= len(lines):
            return None
        opening = next(iter(index.within(lines[i + 1][0], lines[i + 1][1], "PERSON")), None)
        if opening is None or not opening.entity_id or opening.start != lines[i + 1][0]:
            return None
        return opening if doc.text[opening.end:opening.end + 2].startswith((",", " (")) else None

    def deponent_at(self, offset: int) -> Optional[Mention]:
        """The deponent whose statement an offset lies in, if any."""
        i = bisect_right(self.starts, offset) - 1
        return self.parts[i][2] if i >= 0 and offset < self.parts[i][1] else None

    def taken_events(self, doc: Document, dates: list[DateValue], places: list[Mention]) -> list[Event]:
        """Each statement's own giving, where its name line says when it was taken: the deponent's testimony."""
        found = []
        for start, end, who in self.name_lines:
            when = next((d for d in dates if d.start is not None and start <= d.start < end), None)
            taken = TAKEN.search(doc.text, start, end)
            if when is None or taken is None:
                continue
            where = [p for p in places if taken.end() <= p.start and p.end <= end]
            found.append(Event(type="testimony", evidence=Span(start, end), date=when,
                               participants=[Participant(who.entity_id, "witness", who.text, who.start, who.end)],
                               place_id=where[0].entity_id if where else None, modality="asserted", origin="extracted",
                               doc_id=doc.id, trigger=Span(who.start, who.end), confidence=0.8))
        return found
