"""What happened to a sentence, said of the sentence: "The sentence was carried out on June 12, 1937",
"in 1942 the sentence was commuted to twenty years", "the verdict was quashed in 1957". The people are
named with it ("the sentence in respect of Kalinovsky was carried out"), or else those of the last sentence
the text reported before it, within a few sentences; no such sentence, no event."""

from __future__ import annotations

import re

from dossier.extract.event_dates import date_for
from dossier.model import DateValue, Document, Event, Participant, Span

FOLLOWUP = re.compile(r"\b(?<!whose )(?:the |this |their |his |her )?(?:death )?(sentences?|verdicts?)\s+"  # not "those whose sentences"
                      r"(?:(?:in respect of|against|on|(?:passed|pronounced|imposed)\b[^.;]{0,80}?\b(?:on|upon))\s+(?P<named>[^.;]{1,120}?)\s+)?(?:was|were|has been|have been|had been)\s+"
                      r"(?!never\b|not\b)(?:\w+\s+)?(?P<what>carried out|executed|commuted|quashed|annulled|overturned|set aside|reduced)\b", re.I)
TYPE_OF = {"carried out": "execution", "executed": "execution", "commuted": "sentence", "reduced": "sentence",
           "quashed": "rehabilitation", "annulled": "rehabilitation", "overturned": "rehabilitation",
           "set aside": "rehabilitation"}
# A sentence that names a term and no death is not what an execution carries out
# ("London, Hajdů and Löbl received life imprisonment. … The sentences were carried out")
DEATH = re.compile(r"\b(?:death|shot|shooting|hang\w*|execut\w*|supreme measure|capital)\b", re.I)
TERM = re.compile(r"\b(?:life|years?|months?|imprisonment|term|camps?|exile)\b", re.I)


def spares_life(words: str) -> bool:
    return bool(TERM.search(words)) and not DEATH.search(words)
REACH = 600  # characters back to the sentence it speaks of


def followup_events(doc: Document, events: list[Event], sdoc, dates: list[DateValue], mentions=()) -> list[Event]:
    found = []
    people_named = [m for m in mentions if m.label == "PERSON" and m.entity_id and not m.generic]
    for m in FOLLOWUP.finditer(doc.text):
        if m.group("named"):  # "The sentence in respect of Kalinovsky and Gertsenberg was carried out …"
            people = [Participant(p.entity_id, "subject", p.text, p.start, p.end) for p in people_named
                      if m.start("named") <= p.start and p.end <= m.end("named")]
        else:
            earlier = [e for e in events if e.type == "sentence" and e.evidence.end <= m.start() + 1
                       and m.start() - e.evidence.end < REACH and e.modality in ("asserted", "alleged")
                       and not (TYPE_OF[m.group("what").lower()] == "execution" and spares_life(doc.text[e.evidence.start:e.evidence.end]))]
            if not earlier:
                continue
            sentence = max(earlier, key=lambda e: e.evidence.end)
            people = [Participant(p.entity_id, "subject", p.text, p.start, p.end) for p in sentence.participants
                      if p.role == "subject" and p.entity_id]
        span = sdoc.char_span(m.start(), m.end(), alignment_mode="expand")
        if not people or span is None:
            continue
        sent = span.sent
        end = sent.end_char
        while end > m.start() and doc.text[end - 1] in " .;,\n":
            end -= 1
        start = max(sent.start_char, min(m.start(), span.root.head.idx))  # from "the sentence" or the verb before it
        found.append(Event(type=TYPE_OF[m.group("what").lower()], evidence=Span(start, end), participants=people,
                           date=date_for(dates, start, end, span.root), modality="asserted", origin="extracted",
                           doc_id=doc.id, trigger=Span(m.start("what"), m.end("what")), confidence=0.8))
    return found
