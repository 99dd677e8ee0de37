"""Births and deaths written as a name's dates: "KEDROV, Mikhail Sergeevich (1878–1941)",
"Isaak Babel (1894–1940)": a reference work's way of saying when someone was born and died."""

from __future__ import annotations

import re

from dossier.model import DateValue, Document, Event, Mention, Participant, Span

LIFESPAN = re.compile(r"\s*\((?:b\.\s*)?(1[6-9]\d\d|20\d\d)\s*[–—-]\s*(1[6-9]\d\d|20\d\d)\)")
BORN_IN = re.compile(r"\s*\(b\.\s*(1[6-9]\d\d|20\d\d)\)")  # "Petr Uhl (b. 1941)": the living, with a birth year


def year(text: str, start: int, end: int) -> DateValue:
    return DateValue(f"{text}-01-01", f"{text}-12-31", "year", text, start, end)


ENDS_OF_LIFE = {"death", "execution", "suicide", "assassination"}


def lifespan_events(doc: Document, mentions: list[Mention], told: list[Event] = ()) -> list[Event]:
    """The birth, and the death unless the text tells how the person died (an execution, a suicide): then the
    year in brackets only dates what the text states in full."""
    ended = {p.entity_id for e in told if e.type in ENDS_OF_LIFE for p in e.participants if p.role == "subject"}
    events = []
    for m in mentions:
        if m.label != "PERSON" or not m.entity_id or m.generic:
            continue
        who = Participant(m.entity_id, "subject", m.text, m.start, m.end)
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
