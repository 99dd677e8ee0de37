"""role-reversal: a pattern, not a contradiction — the accuser of one day is the accused of the next.

Same person, same charge; the accusation against him dated after (or on the
day of) his own accusation of others.
"""

from __future__ import annotations

from collections import defaultdict

from dossier.analyze.common import Context, interval, said_by, when
from dossier.model import Event, Finding

ACCUSING = {"accusation", "testimony", "demand"}
RULE = "reversal/accuser-accused-v1"


def check_reversal(events: list[Event], ctx: Context) -> list[Finding]:
    accused: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for ev in events:
        if ev.type in ("accusation", "trial", "sentence") and interval(ev):
            for p in ev.participants:
                if p.entity_id and p.role in ("accused", "subject"):
                    for charge in ev.charges:
                        accused[(p.entity_id, charge)].append(ev)
    findings, seen = [], set()
    for ev in events:
        if ev.type not in ACCUSING or not interval(ev) or ev.modality not in ("asserted", "alleged"):
            continue
        for p in ev.participants:
            if not p.entity_id or p.role not in ("accuser", "witness", "agent"):
                continue
            for charge in ev.charges:
                for later in accused.get((p.entity_id, charge), []):
                    if interval(later)[0] >= interval(ev)[0] and (p.entity_id, charge, later.id) not in seen:
                        seen.add((p.entity_id, charge, later.id))
                        findings.append(ctx.finding("role-reversal",
                            f"{ctx.name(p.entity_id)} accused others of {charge} ({when(ev)}, {said_by(ev, ctx)}) "
                            f"and was himself accused of {charge} ({when(later)}, {said_by(later, ctx)}).",
                            [ev, later], 0.7, RULE))
    return findings
