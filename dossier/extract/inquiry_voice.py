"""A committee of inquiry's report speaks as "we" and weighs what it was told ("We conclude that …", "we cannot find
that …"): what the officers, doctors and complainants it names said, stated or denied was said to it — evidence
given, testimony — not statements to the world."""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.model import Event, Participant

FINDINGS = re.compile(r"\b[Ww]e (?:conclude|find|found|are satisfied|accept|do not accept|reject|are unable to|cannot find|"
                      r"have no doubt|consider|considered|heard)\b")
MIN_FINDINGS = 2  # findings in the first person plural that make a text a hearing body's report
# ... and witnesses heard by it: "gave evidence before us", "Lt. Whitlock told us that", "stated in evidence"
HEARD = re.compile(r"\b(?:before us|told us|evidence to us|in evidence)\b")


def speaks_as_hearing_body(text: str) -> bool:
    """The text is a report of a body that heard witnesses and weighs their words (not a rights group's report that
    finds things from press statements)."""
    return len(FINDINGS.findall(text)) >= MIN_FINDINGS and HEARD.search(text) is not None


def as_evidence_heard(events: list[Event], text: str) -> list[Event]:
    """In a hearing body's report, a named person's statement is testimony, its speaker the witness."""
    if not speaks_as_hearing_body(text):
        return events
    return [replace(e, type="testimony", participants=[witness(p) for p in e.participants])
            if e.type == "statement" and any(p.role == "subject" for p in e.participants) else e for e in events]


def witness(p: Participant) -> Participant:
    return replace(p, role="witness") if p.role == "subject" else p
