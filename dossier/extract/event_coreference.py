"""Event coreference within a document: when two extracted events are one statement read twice (a phrase and
its verb), or a naming of an event already told ("after his arrest"), and when they are two.
"""

from __future__ import annotations

import re

from dossier.model import Event


def subjects(ev: Event) -> frozenset:
    return frozenset(p.entity_id for p in ev.participants if p.role in ("subject", "accused", "witness"))


# words that make an event another one than the same person's event of the same kind told elsewhere
AGAIN = re.compile(r"\b(?:again|a second time|a third time|once more|re-?arrested|anew|first|for the first time|previously)\b", re.I)


def same_event(a: Event, b: Event, text: str, references: set = frozenset()) -> bool:
    """Event coreference: the same type and people, and no date that tells them apart. Two clauses that each tell
    it are two statements and stay two (each with its own words); a mere naming of it joins the statement."""
    if a.type != b.type or subjects(a) != subjects(b):
        return False
    if a.date is not None and b.date is not None and (a.date.latest < b.date.earliest or b.date.latest < a.date.earliest):
        return False  # "arrested on 17 September 1973 and in November 1973 transferred to the prison camp"
    if a.evidence.overlaps(b.evidence):
        return True
    if any(AGAIN.search(text[e.evidence.start:e.evidence.end]) for e in (a, b)):
        return False  # "taken again", "a second time": another event of the same kind
    undated = a.date is None or b.date is None
    named = any(e.trigger is not None and (e.trigger.start, e.type) in references for e in (a, b))
    return undated and named and a.type in ONE_OFF and a.modality == b.modality


ONE_OFF = {"rehabilitation", "suicide", "execution", "death", "birth", "removal", "appointment", "arrest"}


def says_more(ev: Event) -> tuple[int, float]:
    """Of two statements of one event, the one that tells more of it (people, place, date), then the one read
    from a clause rather than a noun or a bracketed lifespan."""
    return len(ev.participants) + (ev.date is not None), ev.confidence


def dedupe(events: list[Event], text: str, references: set = frozenset()) -> list[Event]:
    """One event per statement: a phrase and its verb both fire; a later sentence names the same event."""
    kept: list[Event] = []
    for ev in events:
        twin = next((i for i, k in enumerate(kept) if same_event(k, ev, text, references)), None)
        if twin is not None:
            if says_more(ev) > says_more(kept[twin]):
                kept[twin] = ev  # "until his arrest" … "Gorelik was arrested on February 19": keep the latter
            continue
        if ev.type == "death" and any(k.type == "suicide" and subjects(k) == subjects(ev)
                                      and (k.evidence.overlaps(ev.evidence) or not ev.date) for k in events):
            continue  # "the death of Tomsky, whose suicide …", "does not say where he died": one event, a suicide
        kept.append(ev)
    return kept


STAY = re.compile(r"^(?:spent|spending|served|serving|remain\w*)\b")


def drop_stays_after_arrest(found: list[Event], text: str) -> list[Event]:
    """ "was again arrested and, after spending two years in jail …": the time in jail is that arrest's, not
    another one."""
    def is_stay(e: Event) -> bool:
        return e.type == "arrest" and e.trigger is not None and bool(STAY.match(text[e.trigger.start:e.trigger.end + 9]))
    return [e for e in found if not (is_stay(e) and any(o.type == "arrest" and not is_stay(o) and subjects(o) == subjects(e)
                                                          for o in found))]
