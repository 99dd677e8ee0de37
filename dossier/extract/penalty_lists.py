"""The operative part of a verdict: "The Court sentences / László Rajk to death; / Pál Justus to penal servitude
for life; / Milan Ognjenovich to nine years' penal servitude". One verb, then one line per defendant, each a
sentence of its own. The parser breaks such lists into fragments, so they are read off the text: after a
verb of sentencing, each part (up to a semicolon or a line end) that is only names and "to" a penalty.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.extract.lexicon import only_titles
from dossier.model import Document, Event, Participant, Span

VERB = re.compile(r"\b(?:(?:sentences|sentenced|condemns|condemned|punished)\b(?:[^.:;\n]{0,80}?\bas follows)?\s*:?|"
                  r"(?:pronounced|passed|handed\s+down|announced)\s+(?:its|the\s+following|the)\s+(?:sentences?|verdict)\s*:)", re.I)
PENALTY = re.compile(
    r"\s+to\s+(?:death|be\s+shot|(?:the\s+)?(?:supreme|highest|capital)\s+(?:measure|penalty|punishment)|"
    r"(?:penal\s+servitude|imprisonment|deprivation\s+of\s+(?:liberty|freedom)|hard\s+labou?r|forced\s+labou?r|life)|"
    r"(?:[\w-]+\s+){1,2}(?:years?|months?)['’]?)", re.I)
# "1. Imre Nagy: death;", "Ferenc Donáth: twelve years' imprisonment": a name, a colon, the penalty
COLON_PENALTY = re.compile(
    r"(?:\s*[:—–]|\s+-)\s*(?:(?:the\s+)?death|(?:the\s+)?(?:supreme|highest|capital)\s+(?:measure|penalty)|(?:life\s+|heavy\s+)?imprisonment|penal\s+servitude|"
    r"(?:[\w-]+\s+){1,4}(?:years?|months?)['’]?)", re.I)  # "Václav Havel — four and a half years' imprisonment",
# "a. Rashid Hama Amin Qadir - death by hanging", "b. Kamal Rashid Hama Amin - imprisonment for fifteen years"
# "pronounced the sentences: Villaseñor Rangel and Carrasco, sixteen years each; Murguía, eight years; …"
COMMA_PENALTY = re.compile(r",\s*(?:[\w-]+\s+){1,3}(?:years?|months?)\b", re.I)
PART_END = re.compile(r"[;\n]|,\s*\n")
NAME_GLUE = re.compile(r"^(?:\s*(?:\d{1,3}|[a-z])[.)]|\s*[-–—•])?(?:[\s,]|and\b|Dr\.?|the\s+defendants?\b|the\s+accused\b)*$", re.I)
REACH = 200  # characters from the verb to its first line
# "it is requested that the accused be … punished as follows:": the penalties a prosecutor asks for, not a verdict
REQUEST = re.compile(r"\b(?:request(?:s|ed)?|demand(?:s|ed)?|asks?|asked|propos(?:es|ed))\b", re.I)


def named_people(mentions: list) -> list:
    """The document's resolved, named persons in text order: whom a list's line can name."""
    return sorted((m for m in mentions if m.label == "PERSON" and m.entity_id and not m.generic), key=lambda m: m.start)


def line_end(text: str, start: int, end: int) -> int:
    """Where a list line's words end, before trailing spaces and the marks that close it (" ,.;")."""
    while end > start and text[end - 1] in " ,.;":
        end -= 1
    return end


def penalty_list_events(doc: Document, mentions: list, modality_at) -> list[Event]:
    """One sentence event per line of a verdict's list; ``modality_at(offset)`` is the verb's modality there."""
    people = named_people(mentions)
    text, found = doc.text, []
    for verb in VERB.finditer(text):
        at, events = verb.end(), []
        while True:
            part = next_part(text, at)
            if part is None:
                break
            start, end = part
            if not events and start - verb.end() > REACH:
                break
            ev = penalty_line(text, start, end, people, doc)
            if ev is None:
                break
            events.append(ev)
            at = end + 1
        if len(events) >= 2:  # a list, not one clause the ordinary reading already has
            modality = modality_at(verb.start())
            opening = max(text.rfind(". ", 0, verb.start()), text.rfind("\n", 0, verb.start())) + 1
            type_ = "demand" if REQUEST.search(text, opening, verb.start()) else "sentence"
            found += [replace(ev, modality=modality, type=type_) for ev in events]
    return found


def next_part(text: str, at: int) -> tuple[int, int] | None:
    while at < len(text) and (text[at].isspace() or text[at] in ";,"):
        at += 1
    if at >= len(text):
        return None
    end = PART_END.search(text, at)
    return at, (end.start() if end else len(text))


def penalty_line(text: str, start: int, end: int, people: list, doc: Document) -> Event | None:
    """ "Dr. Tibor Szőnyi to death", "2. Ferenc Donáth: twelve years' imprisonment": names, "to" or a colon, a
    penalty — or nothing."""
    named = [m for m in people if start <= m.start and m.end <= end]
    if not named:
        return None
    penalty = PENALTY.match(text, named[-1].end, end) or COLON_PENALTY.match(text, named[-1].end, end) \
        or COMMA_PENALTY.match(text, named[-1].end, end)
    between = text[start:named[-1].end]
    for m in reversed(named):
        between = between[:m.start - start] + between[m.end - start:]
    if penalty is None or not NAME_GLUE.match(between):
        return None
    stop = line_end(text, start, end)
    return Event(type="sentence", evidence=Span(start, stop), participants=[Participant(m.entity_id, "subject", m.text, m.start, m.end)
                 for m in named], date=None, origin="extracted", doc_id=doc.id,
                 trigger=Span(penalty.start() + 1, penalty.end()), confidence=0.7)


# "4. Roberto Eduardo Viola, army commander 1978-79 and President 1981: 17 years.": a numbered list of the
# defendants, each with what he was and, after a colon, the verdict on him — a list with no verb before it
NUMBERED_LINE = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+", re.M)
ACQUITTAL = re.compile(r"\s*[:—–]\s*(?:acquitted|found not guilty|not guilty)\b", re.I)


def numbered_outcome_events(doc: Document, mentions: list, taken: list[Event]) -> list[Event]:
    """One event per numbered line that opens with a name and ends in ": penalty" (a sentence) or ": acquitted"
    (a trial's verdict), when two or more lines do; lines another reading took are left to it."""
    people = named_people(mentions)
    text, found = doc.text, []
    for number in NUMBERED_LINE.finditer(text):
        end = text.find("\n", number.end())
        end = len(text) if end < 0 else end
        named = [m for m in people if number.end() <= m.start and m.end <= end]
        colon = max(text.rfind(mark, number.end(), end) for mark in ":—–")
        if not named or not only_titles(text[number.end():named[0].start]) or colon < named[0].end or any(m.start < colon for m in named[1:]):
            continue
        kind = "sentence" if COLON_PENALTY.match(text, colon) else "trial" if ACQUITTAL.match(text, colon) else None
        if kind is None or any(e.evidence.start < end and number.end() < e.evidence.end for e in taken):
            continue
        stop = line_end(text, number.end(), end)
        who = named[0]
        found.append(Event(type=kind, evidence=Span(number.end(), stop), participants=[Participant(
            who.entity_id, "subject" if kind == "sentence" else "accused", who.text, who.start, who.end)], date=None,
            origin="extracted", doc_id=doc.id, trigger=Span(colon + 1, stop), confidence=0.7))
    return found if len(found) >= 2 else []
