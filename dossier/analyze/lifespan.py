"""lifespan-conflict: a person acting after death or before birth.

Only what a person does counts; a rehabilitation, a publication, a trial in
absentia or a memorial happens to the dead, and is never a conflict.
"""

from __future__ import annotations

from dossier.analyze.common import FACTUAL, Context, by_person, interval, said_by, when
from dossier.model import Event, Finding

DEATHS = {"death", "execution", "suicide"}
NOT_ACTING = {"rehabilitation", "publication", "death", "execution", "suicide", "accusation", "expulsion", "trial",
              "sentence", "birth"}
ACTING_ROLES = {"subject", "agent", "witness", "participant", "accuser"}
RULE = "lifespan/after-death-v1"


def check_lifespan(events: list[Event], ctx: Context) -> list[Finding]:
    findings = []
    factual = [e for e in events if e.modality in FACTUAL and interval(e)]
    deaths = {}
    births = {}
    for person, evs in by_person(factual, {"subject"}).items():
        died = [e for e in evs if e.type in DEATHS and e.modality == "asserted"]
        if died:
            deaths[person] = min(died, key=lambda e: interval(e)[1])
        born = [e for e in evs if e.type == "birth" and e.modality == "asserted"]
        if born:
            births[person] = max(born, key=lambda e: interval(e)[0])
    for person, evs in by_person(factual, ACTING_ROLES).items():
        death, birth = deaths.get(person), births.get(person)
        for ev in evs:
            if ev.type in NOT_ACTING or not ({p.role for p in ev.participants if p.entity_id == person} & ACTING_ROLES):
                continue
            if death and interval(ev)[0] > interval(death)[1]:
                findings.append(ctx.finding("lifespan-conflict",
                    f"{ctx.name(person)} is said to act ({ev.type}, {when(ev)}, {said_by(ev, ctx)}) after his or her "
                    f"death ({death.type}, {when(death)}, {said_by(death, ctx)}).", [death, ev], 0.85, RULE))
            elif birth and interval(ev)[1] < interval(birth)[0]:
                findings.append(ctx.finding("lifespan-conflict",
                    f"{ctx.name(person)} is said to act ({ev.type}, {when(ev)}) before being born ({when(birth)}).",
                    [birth, ev], 0.85, "lifespan/before-birth-v1"))
    return findings
