"""A party written in brackets after a name: "August Wienand (KPD)", "Mr. Józef Chaciński (Party of Labour)".

Police reports, lists of the accused and delegations give each person's party so, with no verb to say it: the
bracket is the membership. Only a party's or union's name, or an acronym, counts — not the firm of counsel
("B. Nyathi (Legal Resources Centre)") nor an office's section ("Feng Chang'an (Personnel Section)").
"""

from __future__ import annotations

import re

from dossier.model import Document, Event, Mention, Participant, Span

PARTY_WORDS = re.compile(r"\b(?:Party|Union|League|Front|Movement|Congress|Alliance|Bloc|Federation|Association|"
                         r"Confederation|Sabha|Sangh)\b")
ACRONYM = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9-]{1,7}")


def bracketed_party_events(doc: Document, mentions: list[Mention]) -> list[Event]:
    """A membership for each person named right before a party's name in brackets."""
    ordered = sorted((m for m in mentions if m.label in ("PERSON", "ORG")), key=lambda m: m.start)
    events = []
    for person, party in zip(ordered, ordered[1:]):
        if person.label != "PERSON" or party.label != "ORG" or not person.entity_id or person.generic:
            continue
        if doc.text[person.end:party.start] not in ("(", " (") or doc.text[party.end:party.end + 1] != ")":
            continue
        if not (ACRONYM.fullmatch(party.text) or PARTY_WORDS.search(party.text)):
            continue
        who = Participant(person.entity_id, "subject", person.text, person.start, person.end)
        events.append(Event(type="membership", evidence=Span(person.start, party.end + 1), participants=[who],
                            org_id=party.entity_id, modality="asserted", origin="extracted", doc_id=doc.id,
                            trigger=Span(party.start, party.end), confidence=0.8))  # read off a format, not a clause
    return events
