"""sequence-conflict: an order that cannot be.

Tried or sentenced with no arrest before it and an arrest within a year
after it; shot before the sentence that condemned him; born after death.
"""

from __future__ import annotations

from dossier.analyze.common import FACTUAL, Context, by_person, interval, said_by, when
from dossier.model import Event, Finding

RULE = "sequence/arrest-trial-execution-v1"


def check_sequence(events: list[Event], ctx: Context) -> list[Finding]:
    findings = []
    factual = [e for e in events if e.modality in FACTUAL and interval(e)]
    for person, evs in by_person(factual, {"subject", "accused"}).items():
        arrests = [e for e in evs if e.type == "arrest"]
        judged = [e for e in evs if e.type in ("trial", "sentence")]
        executions = [e for e in evs if e.type == "execution"]
        for j in judged:
            before = [a for a in arrests if interval(a)[0] <= interval(j)[1]]
            after = [a for a in arrests if 0 < (interval(a)[0] - interval(j)[1]).days <= 366]
            if after and not before:
                a = after[0]
                findings.append(ctx.finding("sequence-conflict",
                    f"{ctx.name(person)} is {j.type == 'trial' and 'tried' or 'sentenced'} {when(j)} ({said_by(j, ctx)}) "
                    f"but arrested only {when(a)} ({said_by(a, ctx)}).", [j, a], 0.75, RULE))
        for x in executions:
            for s in (e for e in judged if e.type == "sentence"):
                if interval(x)[1] < interval(s)[0]:
                    findings.append(ctx.finding("sequence-conflict",
                        f"{ctx.name(person)} is shot {when(x)} ({said_by(x, ctx)}), before being sentenced "
                        f"{when(s)} ({said_by(s, ctx)}).", [x, s], 0.8, RULE))
    return findings
