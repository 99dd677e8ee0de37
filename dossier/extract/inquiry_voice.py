"""A committee of inquiry's or a commission's report weighs what it was told ("We conclude that …", "The Commission
finds that …"): what the officers, doctors and complainants it names said, stated or denied was said to it —
evidence given, testimony — not statements to the world."""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.extract.event_roles import with_role
from dossier.model import Event

FINDINGS = re.compile(r"\b(?:[Ww]e|[Tt]he (?:magistrate|[Cc]ommission|[Cc]ommittee|[Ii]nquest|[Tt]ribunal|[Cc]oroner|[Bb]oard))"
                      r"(?: (?:therefore|also|further))? (?:conclude[sd]?|finds?|found|(?:is|was|are) satisfied|accept(?:s|ed)?|"
                      r"reject(?:s|ed)?|(?:is|was|are) unable to|cannot find|consider(?:s|ed)?|heard)\b")
MIN_FINDINGS = 2  # findings, as "we" or as the body, that make a text a hearing body's report
# ... and witnesses heard by it: "gave evidence before us", "Lt. Whitlock told us that", "told the Commission"
HEARD = re.compile(r"\b(?:before us|told us|evidence to us|in evidence|gave evidence|giving evidence|"
                   r"told the (?:inquest|[Cc]ommission|[Cc]ommittee|magistrate|[Tt]ribunal|[Bb]oard))\b")


def speaks_as_hearing_body(text: str) -> bool:
    """The text is a report of a body that heard witnesses and weighs their words (not a rights group's report that
    finds things from press statements)."""
    return len(FINDINGS.findall(text)) >= MIN_FINDINGS and HEARD.search(text) is not None


def as_evidence_heard(events: list[Event], text: str) -> list[Event]:
    """In a hearing body's report, a named person's statement is testimony, its speaker the witness."""
    if not speaks_as_hearing_body(text):
        return events
    return [replace(e, type="testimony", participants=[with_role(p, p.role, "testimony") for p in e.participants])
            if e.type == "statement" and any(p.role == "subject" for p in e.participants) else e for e in events]
