"""Lists announced by "the following were shot:": one line per day or per group, only dates and names.

"The following were shot at dawn in Kilmainham Gaol:— / May 3rd.—Patrick H. Pearse; Thomas J. Clarke; … /
May 4th.—Joseph Mary Plunkett; …". The lines have no verb of their own, so no clause states their events: the
announcing sentence gives the event's type, each line its people and, where it opens with one, its date.
"""

from __future__ import annotations

import re

from dossier.extract.events_triggers import PARTICIPLES, VERB_TYPES
from dossier.extract.penalty_lists import line_end, named_people
from dossier.model import DateValue, Document, Event, Mention, Participant, Span

ANNOUNCEMENT = re.compile(r"(?:\b[Tt]he following(?: \w+)? (?:were|have been|had been|are|was) (?P<verb>\w+)\b|"
                          r"\b[Aa]mong (?:those|the people|the persons) (?P<among>\w+)\b[^\n:]*? (?:are|were|have been))[^\n]*?:[\s—–-]*\n")
SENTENCE_END = re.compile(r"(?<=[a-z)])\.(?=\s+[A-Z])")  # "… of the National Commission. He was taken …"
LINE_MAX = 400  # a list's line, not a paragraph


def following_list_events(doc: Document, mentions: list[Mention], dates: list[DateValue]) -> list[Event]:
    people = named_people(mentions)
    text, found = doc.text, []
    for head in ANNOUNCEMENT.finditer(text):
        verb = "verb" if head.group("verb") else "among"  # "Among those interned since 13 December are:"
        kind = event_of_participle(head.group(verb).lower())
        if kind is None:
            continue
        lines = []
        at = head.end()
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            if not line.strip() or end - at > LINE_MAX:
                break
            lines.append((at + len(line) - len(line.lstrip()), end))
            at = end + 1
        events = [ev for start, end in lines if (ev := line_event(doc, kind, start, end, people, dates, head.span(verb)))]
        if len(events) >= 2:
            found += events
    return found


def event_of_participle(word: str) -> str | None:
    """ "shot", "interned", "executed", "detained": the event a past participle names."""
    if word in PARTICIPLES:
        return VERB_TYPES[PARTICIPLES[word]]
    return next((VERB_TYPES[w] for w in (word, word[:-1], word[:-2]) if w in VERB_TYPES), None)


def line_event(doc: Document, kind: str, start: int, end: int, people: list[Mention], dates: list[DateValue],
               verb: tuple[int, int]) -> Event | None:
    """The line's people as the event's subjects, dated by a date the line opens with."""
    first = SENTENCE_END.search(doc.text, start, end)
    end = first.start() if first else end  # the line's first sentence names its people; what follows tells more
    named = [m for m in people if start <= m.start and m.end <= end]
    if not named:
        return None
    when = next((d for d in dates if d.start == start), None)
    stop = line_end(doc.text, start, end)
    unique = list({m.entity_id: m for m in named}.values())
    return Event(type=kind, evidence=Span(start, stop), participants=[Participant(m.entity_id, "subject", m.text, m.start, m.end)
                 for m in unique], date=when, origin="extracted", doc_id=doc.id, trigger=Span(*verb),
                 confidence=0.7)
