"""presence-conflict: one person in two places that cannot both hold at the same time.

A conflict needs (1) two places we can locate, farther apart than place names
are vague; (2) times that certainly overlap — one statement covers a whole
interval ("throughout November 1932", a day) that contains the other — or
day-precise times closer than the fastest travel of the period allows.
Dates that merely might overlap (two statements "in 1933") yield nothing.
"""

from __future__ import annotations

import re
from typing import Optional

from dossier.analyze.common import FACTUAL, Context, by_person, interval, said_by, when
from dossier.analyze.geo import distance_km, locate
from dossier.analyze.travel import VAGUENESS_KM, fastest_hours
from dossier.model import Event, Finding

WHEREABOUTS = {"presence", "meeting", "travel", "statement", "arrest", "testimony", "trial"}
WHOLE = re.compile(r"\b(?:throughout|all of|the whole of|during the whole|for the whole|from\b.*\bto\b)", re.I)
RULE = "presence/travel-time-v1"


def whole_interval(ev: Event, ctx: Context) -> bool:
    """The statement says the person was there for the whole interval, not at some moment of it."""
    if ev.date and ev.date.precision == "day":  # a day, or "from November 23 to December 2"
        return True
    quote = ctx.evidence(ev).quote
    return ev.type == "presence" and bool(WHOLE.search(quote))


def place_of(ev: Event, ctx: Context) -> Optional[tuple[str, tuple[float, float]]]:
    candidates = [ev.place_id] + [p.entity_id for p in ev.participants if p.role == "place"]
    for pid in candidates:
        where = locate(ctx.entities.get(pid or ""))
        if where:
            return pid, where
    return None


def conflict(a: Event, b: Event, ctx: Context) -> Optional[float]:
    ia, ib = interval(a), interval(b)
    pa, pb = place_of(a, ctx), place_of(b, ctx)
    if not (ia and ib and pa and pb) or distance_km(pa[1], pb[1]) < VAGUENESS_KM:
        return None
    if (whole_interval(a, ctx) and ia[0] <= ib[0] and ib[1] <= ia[1]) or (
            whole_interval(b, ctx) and ib[0] <= ia[0] and ia[1] <= ib[1]):
        return 0.9
    if a.date.precision == "day" and b.date.precision == "day":
        gap_hours = max(0, (max(ia[0], ib[0]) - min(ia[1], ib[1])).days) * 24
        if fastest_hours(pa[1], pb[1], ia[0].year) > gap_hours + 24:
            return 0.8
    return None


def check_presence(events: list[Event], ctx: Context) -> list[Finding]:
    findings = []
    usable = [e for e in events if e.type in WHEREABOUTS and e.modality in FACTUAL and interval(e)]
    for person, evs in by_person(usable, {"subject", "participant", "witness", "accused"}).items():
        evs.sort(key=lambda e: interval(e)[0])
        active: list[Event] = []
        for ev in evs:
            start = interval(ev)[0]
            active = [a for a in active if interval(a)[1] >= start]
            for other in active:
                confidence = conflict(other, ev, ctx)
                if confidence and other.doc_id != ev.doc_id or (confidence and other.evidence != ev.evidence):
                    pa, pb = place_of(other, ctx), place_of(ev, ctx)
                    summary = (f"{ctx.name(person)} is placed in {ctx.name(pa[0])} ({when(other)}, {said_by(other, ctx)}) "
                               f"and in {ctx.name(pb[0])} ({when(ev)}, {said_by(ev, ctx)}); "
                               f"{distance_km(pa[1], pb[1]):.0f} km apart, which the times given do not allow.")
                    findings.append(ctx.finding("presence-conflict", summary, [other, ev], confidence, RULE))
            active.append(ev)
    return findings
