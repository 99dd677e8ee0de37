"""Tables of people and dates: "No. | Name | Rank | Arrested | Sentenced | Shot / died | Rehabilitated".

Reference books and memorial lists give a person's fate as a row, a column per event. The parser sees no
sentence there, so rows are read by their header: a column whose heading names an event ("Arrested",
"Shot / died", "Rehabilitated", "Born") gives that event, dated by its cell, to the person the row names.
The row is the evidence. A cell's note can say what the event was ("(suicide)", "(died in custody)").
"""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.dates import parse_date_text
from dossier.extract.dates_grammar import MONTH_TITLES
from dossier.model import DateValue, Document, Event, Mention, Participant, Span

# A heading's words, and the event a column under it records.
COLUMN_TYPES = [
    (re.compile(r"\barrest", re.I), "arrest"),
    (re.compile(r"\bsentence|\bconvict", re.I), "sentence"),
    (re.compile(r"\bshot\b|\bexecut", re.I), "execution"),
    (re.compile(r"\bdied\b|\bdeath\b", re.I), "death"),
    (re.compile(r"\brehabilit", re.I), "rehabilitation"),
    (re.compile(r"\breleas", re.I), "release"),
    (re.compile(r"\bborn\b|\bbirth\b", re.I), "birth"),
]
CELL_NOTES = [(re.compile(r"released", re.I), "release"), (re.compile(r"suicide", re.I), "suicide"),
              (re.compile(r"died|death", re.I), "death")]
SEPARATOR = "|"
RULE = re.compile(r"[\s|+:=—–-]*")
MIN_COLUMNS = 3


def column_type(heading: str) -> Optional[str]:
    return next((type_ for pattern, type_ in COLUMN_TYPES if pattern.search(heading)), None)


def cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of the row text[start:end], separators left out."""
    out, at = [], start
    for m in re.finditer(re.escape(SEPARATOR), text[start:end]):
        out.append((at, start + m.start()))
        at = start + m.end()
    out.append((at, end))
    return out


def rows(text: str) -> list[list[tuple[int, int]]]:
    """Every table of the text, as a list of lines (start, end): its header first."""
    tables, current = [], []
    at = 0
    for line in text.split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        if current and RULE.fullmatch(line) and line.strip():
            continue  # "----+------": the rule under the header
        if line.count(SEPARATOR) >= MIN_COLUMNS - 1:
            current.append((start, end))
            continue
        if current:
            tables.append(current)
        current = []
    if current:
        tables.append(current)
    return tables


def table_events(doc: Document, mentions: list[Mention], tables: list[list[tuple[int, int]]]) -> list[Event]:
    """The events of the tables ``rows`` found in the document."""
    people = [m for m in mentions if m.label == "PERSON" and m.entity_id and not m.generic]
    found: list[Event] = []
    for table in tables:
        header = [column_type(doc.text[a:b]) for a, b in cells(doc.text, *table[0])]
        if not any(header):
            continue
        for start, end in table[1:]:
            found += row_events(doc, start, end, header, people)
    return found


def row_events(doc: Document, start: int, end: int, header: list, people: list[Mention]) -> list[Event]:
    row = cells(doc.text, start, end)
    if len(row) != len(header):
        return []
    person = next((m for m in people if start <= m.start and m.end <= end), None)
    if person is None:
        return []
    out = []
    for (a, b), type_ in zip(row, header):
        words = doc.text[a:b].strip()
        date = cell_date(words) if type_ and words else None
        if date is None:
            continue
        type_ = next((t for pattern, t in CELL_NOTES if pattern.search(words)), type_)
        out.append(Event(type=type_, evidence=Span(start, end_of(doc.text, start, end)), date=date,
                         participants=[Participant(person.entity_id, "subject", person.text, person.start, person.end)],
                         trigger=Span(a, b), doc_id=doc.id, confidence=0.8))
    return out


MONTH_YEAR = re.compile(r"(\d{1,2})\.(\d{4})")


def cell_date(words: str) -> Optional[DateValue]:
    """A cell's date: "22.05.1937", "08.1937" (a month), "1956", with any note after it left aside."""
    words = words.split("(")[0].split(";")[0].strip()
    m = MONTH_YEAR.search(words)
    if m and not re.search(r"\d\.\d{1,2}\.\d{4}", words) and 1 <= int(m.group(1)) <= 12:
        return parse_date_text(f"{MONTH_TITLES[int(m.group(1)) - 1]} {m.group(2)}")
    return parse_date_text(words)


def end_of(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " |":
        end -= 1
    return end
