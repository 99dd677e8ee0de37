"""claim-conflict: one source asserts (or a witness alleges) what another denies.

Propositions are matched, not strings: the same event type, the same people,
compatible times, opposite polarity.
"""

from __future__ import annotations

from collections import defaultdict

from dossier.analyze.common import Context, interval, people, said_by, when
from dossier.model import Event, Finding

RULE = "claims/opposite-polarity-v1"


def compatible(a: Event, b: Event) -> bool:
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def check_claims(events: list[Event], ctx: Context) -> list[Finding]:
    groups: dict[tuple, list[Event]] = defaultdict(list)
    for ev in events:
        who = frozenset(people(ev, {"subject", "participant", "accused"}))
        if who and ev.modality in ("asserted", "alleged", "denied"):
            groups[(ev.type, who, ev.place_id if ev.type in ("travel", "presence") else None)].append(ev)
    findings = []
    for (type_, who, _), evs in groups.items():
        claims = [e for e in evs if e.modality != "denied"]
        denials = [e for e in evs if e.modality == "denied"]
        for claim in claims:
            for denial in denials:
                if claim.doc_id == denial.doc_id and claim.attributed_to == denial.attributed_to:
                    continue
                if not compatible(claim, denial):
                    continue
                names = " and ".join(sorted(ctx.name(p) for p in who))
                confidence = 0.85 if interval(claim) and interval(denial) else 0.7
                findings.append(ctx.finding("claim-conflict",
                    f"{said_by(claim, ctx)} has {names} in a {type_} ({when(claim)}, {claim.modality}); "
                    f"{said_by(denial, ctx)} denies it.", [claim, denial], confidence, RULE))
    return findings
