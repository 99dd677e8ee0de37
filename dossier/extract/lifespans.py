"""Births and deaths written as a name's dates: "KEDROV, Mikhail Sergeevich (1878–1941)",
"Isaak Babel (1894–1940)": a reference work's way of saying when someone was born and died."""

from __future__ import annotations

import re

from dossier.model import DateValue, Document, Event, Mention, Participant, Span

LIFESPAN = re.compile(r"\s*\((?:b\.\s*)?(1[6-9]\d\d|20\d\d)\s*[–—-]\s*(1[6-9]\d\d|20\d\d)\)")
BORN_IN = re.compile(r"\s*\(b\.\s*(1[6-9]\d\d|20\d\d)\)")  # "Petr Uhl (b. 1941)": the living, with a birth year
# A police report's or a file's birth date after the name: "Heinrich Wilhelm Kösters, b. 3.5.1899 in Duisburg-Hamborn",
# or after the family member he is in a deportation list: "PETRAUSKAS Antanas Ionasovich - father, b. 1891"
BORN_AFTER = re.compile(r"(?:[ \t]+[-–—][ \t]+[a-z][a-z ]{1,25})?,[ \t]*b\.[ \t]+(?=\d)")
PLACE_AFTER = re.compile(r"[ \t]+in[ \t]+")


def year(text: str, start: int, end: int) -> DateValue:
    return DateValue(f"{text}-01-01", f"{text}-12-31", "year", text, start, end)


ENDS_OF_LIFE = {"death", "execution", "suicide", "assassination"}


def lifespan_events(doc: Document, mentions: list[Mention], told: list[Event] = (),
                    dates: list[DateValue] = ()) -> list[Event]:
    """The birth, and the death unless the text tells how the person died (an execution, a suicide): then the
    year in brackets only dates what the text states in full."""
    ended = {p.entity_id for e in told if e.type in ENDS_OF_LIFE for p in e.participants if p.role == "subject"}
    dated = {d.start: d for d in dates if d.start is not None}
    places = {m.start: m for m in mentions if m.label == "PLACE" and m.entity_id}
    events = []
    for m in mentions:
        if m.label != "PERSON" or not m.entity_id or m.generic:
            continue
        who = Participant(m.entity_id, "subject", m.text, m.start, m.end)
        after = BORN_AFTER.match(doc.text, m.end)
        if after is not None and after.end() in dated:
            events.append(_born_on(doc, who, after, dated[after.end()], places))
        born = BORN_IN.match(doc.text, m.end)
        if born is not None:
            events.append(Event(type="birth", evidence=Span(m.start, born.end()), participants=[who],
                                date=year(born.group(1), born.start(1), born.end(1)), modality="asserted",
                                origin="extracted", doc_id=doc.id, trigger=Span(born.start(1), born.end(1)), confidence=0.8))
        span = LIFESPAN.match(doc.text, m.end)
        if span is None or int(span.group(2)) < int(span.group(1)):
            continue
        for type_, group in (("birth", 1),) if m.entity_id in ended else (("birth", 1), ("death", 2)):
            events.append(Event(type=type_, evidence=Span(m.start, span.end()), participants=[who],
                                date=year(span.group(group), span.start(group), span.end(group)), modality="asserted",
                                origin="extracted", doc_id=doc.id, trigger=Span(span.start(group), span.end(group)),
                                confidence=0.8))  # read off a format, not a clause
    return events


def _born_on(doc: Document, who: Participant, label: re.Match, when: DateValue, places: dict[int, Mention]) -> Event:
    """ "Kösters, b. 3.5.1899 in Duisburg-Hamborn": the birth, its date, and its place if one follows."""
    into = PLACE_AFTER.match(doc.text, when.end)
    where = places.get(into.end()) if into is not None else None
    people = [who] + ([Participant(where.entity_id, "place", where.text, where.start, where.end)] if where else [])
    return Event(type="birth", evidence=Span(who.start, where.end if where else when.end), participants=people,
                 date=when, place_id=where.entity_id if where else None, modality="asserted", origin="extracted",
                 doc_id=doc.id, trigger=Span(label.start() + 1, label.end()), confidence=0.8)
