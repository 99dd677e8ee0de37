"""A board's or a court's protocol, as Soviet files and their translations write it: "HEARD: Case No. 1147 … on
the charge of JURKUS Stasys Petrovich, b. 1904, …" and "RESOLVED: JURKUS Stasys Petrovich, for treason …, to be
confined in a special camp for a term of TEN years". The decision has no verb of sentencing and its penalty is an
infinitive ("to be confined"), which the clause reading takes for a penalty not yet served; the protocol's labels
say it is the board's sentence, and the case heard the charge.
"""

from __future__ import annotations

import re

from dossier.extract.events_triggers import charges_in
from dossier.model import Document, Event, Mention, Participant, Span

# The operative part's label, opening its line: "RESOLVED:", "DECIDED:", "ORDERED:"
DECISION_LABEL = re.compile(r"^[ \t]*(?:RESOLVED|DECIDED|ORDERED|DECREED|RULED|Resolved|Decided|Ordered|Decreed)[ \t]*:[ \t]*",
                            re.M)
# A penalty the decision imposes: "to be confined in a special camp for a term of TEN years", "to be shot"
PENALTY = re.compile(r"\bto\s+be\s+(?:confined|imprisoned|shot|executed|deported|exiled|banished|interned|sent\s+to)\b"
                     r"|\bfor\s+a\s+term\s+of\b", re.I)
# "on the charge of JURKUS Stasys Petrovich": whom the case heard was brought against
CHARGE_OF = re.compile(r"\bon\s+the\s+charges?\s+(?:of|against)[ \t]+$", re.I)
SENTENCE_STOP = re.compile(r"(?<!\b\w)\.(?=\s)|\n")  # not the stop of "b. 1904" or "A. I."
NAME_REACH = 3  # characters between the label and the name that opens the decision
CHARGE_REACH = 80  # characters before a name where "on the charge of" can end: not the whole line for every name


def decision_events(doc: Document, mentions: list[Mention]) -> list[Event]:
    """A sentence for each decision line that opens on a name and imposes a penalty, and an accusation for each
    name a case is heard "on the charge of"."""
    people = [m for m in mentions if m.label == "PERSON" and m.entity_id and not m.generic]
    text, found = doc.text, []
    for label in DECISION_LABEL.finditer(text):
        end = _line_end(text, label.end())
        who = next((m for m in people if label.end() <= m.start <= label.end() + NAME_REACH), None)
        penalty = PENALTY.search(text, who.end, end) if who is not None else None
        if penalty is not None:
            found.append(_event("sentence", "subject", who, Span(who.start, end), Span(penalty.start(), penalty.end()),
                                text[who.start:end], doc))
    for m in people:
        line_start = text.rfind("\n", 0, m.start) + 1
        charged = CHARGE_OF.search(text, max(line_start, m.start - CHARGE_REACH), m.start)
        if charged is not None:
            end = _sentence_end(text, m.end)
            found.append(_event("accusation", "accused", m, Span(line_start, end), Span(charged.start(), charged.end()),
                                text[line_start:end], doc))
    return found


def _event(type_: str, role: str, who: Mention, evidence: Span, trigger: Span, words: str, doc: Document) -> Event:
    return Event(type=type_, evidence=evidence, participants=[Participant(who.entity_id, role, who.text, who.start, who.end)],
                 date=None, charges=charges_in(words), modality="asserted", origin="extracted", doc_id=doc.id,
                 trigger=trigger, confidence=0.7)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else len(text[:end].rstrip(" \t"))


def _sentence_end(text: str, start: int) -> int:
    stop = SENTENCE_STOP.search(text, start)
    return stop.end() if stop is not None and stop.group() == "." else (stop.start() if stop else len(text))
