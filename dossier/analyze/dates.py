"""date-conflict: the same one-off event dated differently by two sources.

One-off events (a death, a suicide, an execution, a birth) of one person with
date intervals that do not overlap cannot both be right.
"""

from __future__ import annotations

from collections import defaultdict

from dossier.analyze.common import FACTUAL, Context, interval, people, said_by, when
from dossier.model import Event, Finding

ONE_OFF = {"death", "execution", "suicide", "birth"}
SAME_END = {"death": "death", "execution": "death", "suicide": "death", "birth": "birth"}
RULE = "dates/one-off-disjoint-v1"


def check_dates(events: list[Event], ctx: Context) -> list[Finding]:
    groups: dict[tuple, list[Event]] = defaultdict(list)
    for ev in events:
        if ev.type in ONE_OFF and ev.modality in FACTUAL and interval(ev):
            for person in people(ev, {"subject"}):
                groups[(SAME_END[ev.type], person)].append(ev)
    findings = []
    for (_, person), evs in groups.items():
        evs.sort(key=lambda e: interval(e)[0])
        for i, a in enumerate(evs):
            for b in evs[i + 1:]:
                ia, ib = interval(a), interval(b)
                if ib[0] > ia[1] and (a.doc_id != b.doc_id or a.evidence != b.evidence):
                    findings.append(ctx.finding("date-conflict",
                        f"{ctx.name(person)}'s {a.type} is dated {when(a)} by {said_by(a, ctx)} "
                        f"and {b.type} {when(b)} by {said_by(b, ctx)}.", [a, b], 0.9, RULE))
    return findings
