"""Offices written after a name with their years, as notes and glossaries write them: "Nikolai Yezhov (1895–1940),
People's Commissar of Internal Affairs from September 1936", "Jorge Rafael Videla, army commander 1975-78 and
President 1976-81". There is no clause to parse: the office and its first year say when the person took it."""

from __future__ import annotations

import re

from dossier.extract.events_triggers import OFFICES
from dossier.extract.lifespans import year
from dossier.model import DateValue, Document, Event, Mention, Participant, Span

OFFICE_WORDS = OFFICES | {"attaché", "attache", "adviser", "advisor", "judge", "mayor", "commissioner"}
# After the name: its dates in brackets at most, then a comma; the notes run to the clause's end
AFTER_NAME = re.compile(r"(?:[ \t]*\([^()\n]{0,40}\))?,[ \t]*")
CLAUSE_END = re.compile(r"[;:\n]|\.(?=\s+[A-Z(]|\s*$)")
# "People's Commissar … from September 1936", "army commander 1975-78", "attaché in Belgrade in 1946–1948"
OFFICE_AND_YEARS = re.compile(r"(?P<office>[^,;]{3,90}?)[ \t]+(?:from[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?P<since>1[89]\d\d|20\d\d)"
                              r"|(?:in[ \t]+)?(?P<first>1[89]\d\d|20\d\d)[ \t]*[–—-][ \t]*(?:\d{2}|\d{4}))$")


def office_term_events(doc: Document, mentions: list[Mention], dates: list[DateValue]) -> list[Event]:
    events = []
    for m in mentions:
        if m.label != "PERSON" or not m.entity_id or m.generic:
            continue
        head = AFTER_NAME.match(doc.text, m.end)
        if head is None:
            continue
        stop = CLAUSE_END.search(doc.text, head.end(), head.end() + 240)
        end = stop.start() if stop is not None else min(len(doc.text), head.end() + 240)
        start = head.end()
        for part in re.split(r"(,[ \t]*| and )", doc.text[start:end]):
            found = OFFICE_AND_YEARS.match(part)
            if found is not None and OFFICE_WORDS & {w.lower().strip("'’") for w in found.group("office").split()}:
                events.append(_appointment(doc, m, start, start + len(part), found, dates))
            start += len(part)
    return events


def _appointment(doc: Document, who: Mention, start: int, end: int, found: re.Match, dates: list[DateValue]) -> Event:
    group = "since" if found.group("since") else "first"
    first_year = (start + found.start(group), start + found.end(group))
    when = next((d for d in dates if d.start is not None and d.start <= first_year[0] < d.end and d.precision != "year"), None)
    when = when or year(found.group(group), *first_year)  # "1975-78": from 1975
    return Event(type="appointment", evidence=Span(start, end),
                 participants=[Participant(who.entity_id, "subject", who.text, who.start, who.end)], date=when,
                 modality="asserted", origin="extracted", doc_id=doc.id, trigger=Span(start, end), confidence=0.7)
