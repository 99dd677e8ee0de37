"""Event precision, recall and F1 against gold events, and attribution/modality accuracy.

A system event matches a gold event of the same type whose evidence it
overlaps and with which it shares a participant (through the mention
clustering: system entity → gold id), and whose date, if both have one, is
compatible.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from dossier.evaluate.spans import PRF
from dossier.model import Event


@dataclass
class EventScores:
    overall: PRF = field(default_factory=PRF)
    by_type: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    modality_right: int = 0
    attribution_right: int = 0
    matched: int = 0
    participants_checked: int = 0  # people named in matched events whom the gold knows
    wrong_participants: int = 0    # … of whom the gold event does not name
    unscored_gold: int = 0         # gold events denied, predicted or hypothetical: outside the guidelines' scope
    unscored_found: int = 0        # … that we find all the same, with the same modality

    @property
    def modality_accuracy(self) -> float:
        return self.modality_right / self.matched if self.matched else 0.0

    @property
    def attribution_accuracy(self) -> float:
        return self.attribution_right / self.matched if self.matched else 0.0


def compatible_date(gold_date: str | None, ev: Event) -> bool:
    if not gold_date or ev.date is None:
        return True
    return ev.date.earliest[:len(gold_date)] <= gold_date <= ev.date.latest[:len(gold_date)]


GOLD_SCOPE = {"asserted", "alleged"}  # the gold annotates only events a text states or reports (gold/README.md)


def _quote(text: str, start: int, end: int) -> str:
    words = " ".join(text[start:end].split())
    return words if len(words) <= 110 else words[:107] + "..."


def same_event(gold: dict, ev: Event, entity_to_gold: dict[str, str]) -> bool:
    """Same type, overlapping evidence, a participant in common, compatible dates."""
    e = gold["evidence"]
    if gold["type"] != ev.type or not (e["start"] < ev.evidence.end and ev.evidence.start < e["end"]):
        return False
    people = {entity_to_gold.get(p.entity_id or "") for p in ev.participants} - {None}
    return bool(people & {p["entity"] for p in gold["participants"]}) and compatible_date(gold.get("date"), ev)


def score_events(gold_events: list[dict], system: list[Event], entity_to_gold: dict[str, str], text: str = "") -> EventScores:
    """Scores the stated and reported events, ours and the gold's: the guidelines annotate only those, so predicted,
    hypothetical and denied events are out of scope on both sides (a gold that has some anyway is counted apart).
    With the document's ``text``, every false positive and false negative is described in ``overall.errors``."""
    scores = EventScores()
    unscored = [g for g in gold_events if g.get("modality", "asserted") not in GOLD_SCOPE]
    scores.unscored_gold = len(unscored)
    scores.unscored_found = sum(any(e.modality == g["modality"] and same_event(g, e, entity_to_gold) for e in system)
                                for g in unscored)
    gold_events = [g for g in gold_events if g.get("modality", "asserted") in GOLD_SCOPE]
    used: set[int] = set()
    for ev in (e for e in system if e.modality in GOLD_SCOPE):
        people = {entity_to_gold.get(p.entity_id or "") for p in ev.participants} - {None}
        hit = next((i for i, g in enumerate(gold_events) if i not in used and same_event(g, ev, entity_to_gold)), None)
        if hit is None:
            who = ",".join(sorted(people)) or ",".join(p.entity_id or "?" for p in ev.participants) or "nobody"
            scores.overall.errors.append(f"FP event {ev.type} ({who}) @{ev.evidence.start}: {_quote(text, ev.evidence.start, ev.evidence.end)}")
            scores.overall.fp += 1
            scores.by_type[ev.type].fp += 1
            continue
        used.add(hit)
        gold = gold_events[hit]
        scores.overall.tp += 1
        scores.by_type[ev.type].tp += 1
        scores.matched += 1
        gold_people = {p["entity"] for p in gold["participants"]}
        for p in ev.participants:
            gold_id = entity_to_gold.get(p.entity_id or "")
            if gold_id is not None and p.role != "place":
                scores.participants_checked += 1
                if gold_id not in gold_people:
                    scores.wrong_participants += 1
                    scores.overall.errors.append(f"WRONG participant {gold_id} in {ev.type} @{ev.evidence.start}")
        modality_right = ev.modality == gold.get("modality", "asserted")
        attribution_right = (ev.attributed_to is None) == (gold_source(gold) is None)
        scores.modality_right += modality_right
        scores.attribution_right += attribution_right
        if not (modality_right and attribution_right):
            scores.overall.errors.append(
                f"MODALITY/ATTRIBUTION {ev.type} @{ev.evidence.start}: ours {ev.modality}"
                f"{' by ' + ev.attributed_to if ev.attributed_to else ''}, gold {gold.get('modality', 'asserted')}"
                f"{' by ' + gold['attributed_to'] if gold.get('attributed_to') else ''}: {_quote(text, ev.evidence.start, ev.evidence.end)}")
    for i, g in enumerate(gold_events):
        if i not in used:
            e, who = g["evidence"], ",".join(p["entity"] or "?" for p in g["participants"])
            scores.overall.errors.append(f"FN event {g['type']} ({who}) @{e['start']}: {_quote(text, e['start'], e['end'])}")
            scores.overall.fn += 1
            scores.by_type[g["type"]].fn += 1
    return scores


# The document's own voice, which our events leave unattributed (DESIGN.md: null is the author)
OWN_VOICES = {"author", "the author", "editor", "the editor", "narrator", "the narrator", "compiler", "the compiler"}


def gold_source(gold: dict):
    """Who the gold event says asserts it, or None for the document itself (a writer who wrote "editor" for the
    annotated collection's own notes means its author)."""
    source = gold.get("attributed_to")
    return None if source is None or str(source).strip().lower() in OWN_VOICES else source
