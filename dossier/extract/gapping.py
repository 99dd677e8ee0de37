"""Events told once for several people, the verb left out after the first: "Leński was taken in June,
Walecki soon after him, old Warski in the summer". Each verbless part that names a person and a time
is the same kind of event for that person, dated by its own words (or left undated: "soon after him").
"""

from __future__ import annotations

from dataclasses import replace

from dossier.model import DateValue, Event, Participant, Span

LEADS = {"and", "but", "while", "then", "old", "young", "the", "later", "finally"}
TIME_WORDS = {"earlier", "later", "after", "before", "soon", "in", "on", "at", "during", "by", "within", "shortly", "days",
              "weeks", "months", "years", "afterwards", "next", "same", "summer", "winter", "spring", "autumn"}
SUBJECT_ROLES = ("subject", "accused")


def gapped_events(sent, found: list[Event], index, dates: list[DateValue]) -> list[Event]:
    out: list[Event] = []
    for i, ev in enumerate(found):
        if ev.trigger is None or not any(p.role in SUBJECT_ROLES for p in ev.participants):
            continue
        if any(p.role == "agent" for p in ev.participants):
            continue  # "Stalin removed Yagoda in May, Rykov in June": the object is what is gapped, not read here
        parts = segments([t for t in sent if t.idx >= ev.trigger.end])[1:]  # the first part is the verb's own clause
        mine = []
        for part in parts:
            if any(t.pos_ in ("VERB", "AUX") for t in part):
                break  # a clause of its own begins
            gapped = event_for(part, ev, index, dates)
            if gapped is not None:
                mine.append(gapped)
        if mine:
            found[i] = replace(ev, evidence=Span(ev.evidence.start, min(ev.evidence.end, mine[0].evidence.start - 2)))
            out += mine
    return out


def segments(tokens: list) -> list[list]:
    parts, current = [], []
    for t in tokens:
        if t.text in (",", ";", ".", "—"):
            if current:
                parts.append(current)
            current = []
        else:
            current.append(t)
    if current:
        parts.append(current)
    return parts


def event_for(part: list, ev: Event, index, dates: list[DateValue]):
    words = [t for t in part if t.lower_ not in LEADS or t.i > part[0].i + 1]
    if not words:
        return None
    person = index.of_token(words[0])
    if person is None or person.label != "PERSON" or not person.entity_id:
        return None
    rest = [t for t in words if t.idx >= person.end]
    if not rest or len(rest) > 6 or not any(t.lower_ in TIME_WORDS or t.like_num for t in rest):
        return None  # "Radek, Sokolnikov, …": a list, not a gapped clause
    start, end = part[0].idx, part[-1].idx + len(part[-1].text)
    own_date = next((d for d in dates if d.start is not None and start <= d.start and d.end <= end), None)
    subject = Participant(person.entity_id, next(p.role for p in ev.participants if p.role in SUBJECT_ROLES),
                          person.text, person.start, person.end)
    return replace(ev, evidence=Span(start, end), participants=[subject], date=own_date, trigger=Span(start, end),
                   confidence=min(ev.confidence, 0.7))
