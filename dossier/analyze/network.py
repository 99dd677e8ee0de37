"""Who is connected to whom, and how: a graph read off the events.

Edge kinds: accused (accuser → accused), testified against (witness →
object), co-defendant (people tried, sentenced, shot or arrested together),
member of (person → organisation), met.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import Any

from dossier.model import Entity, Event

TOGETHER = {"trial", "sentence", "execution", "arrest", "accusation"}


def edges_of(ev: Event) -> list[tuple[str, str, str]]:
    by_role: dict[str, list[str]] = {}
    for p in ev.participants:
        if p.entity_id and p.role != "place":
            by_role.setdefault(p.role, []).append(p.entity_id)
    out = []
    if ev.type == "accusation":
        out += [(a, b, "accused") for a in by_role.get("accuser", []) for b in by_role.get("accused", [])]
    if ev.type == "testimony":
        out += [(a, b, "testified against") for a in by_role.get("witness", []) for b in by_role.get("object", [])]
    if ev.type == "meeting":
        people = by_role.get("subject", []) + by_role.get("participant", [])
        out += [(a, b, "met") for a, b in combinations(people, 2)]
    if ev.type in TOGETHER:
        together = by_role.get("subject", []) + by_role.get("accused", [])
        out += [(a, b, "co-defendant") for a, b in combinations(sorted(set(together)), 2)]
    if ev.type in ("membership", "appointment") and ev.org_id:
        out += [(a, ev.org_id, "member of") for a in by_role.get("subject", [])]
    return [(a, b, kind) for a, b, kind in out if a != b]


def build_network(events: list[Event], entities: dict[str, Entity]) -> dict[str, Any]:
    """Nodes (people and organisations with at least one edge) and weighted, typed edges."""
    weights: Counter = Counter()
    evidence: dict[tuple, list[str]] = {}
    for ev in events:
        for a, b, kind in edges_of(ev):
            key = (a, b, kind)
            weights[key] += 1
            evidence.setdefault(key, []).append(ev.id or "")
    nodes = {n for a, b, _ in weights for n in (a, b)}
    return {
        "nodes": [{"id": n, "name": entities[n].name if n in entities else n,
                   "type": entities[n].type if n in entities else "PERSON"} for n in sorted(nodes)],
        "edges": [{"source": a, "target": b, "kind": kind, "weight": w, "events": evidence[(a, b, kind)]}
                  for (a, b, kind), w in sorted(weights.items())],
    }


def to_graphml(network: dict[str, Any]) -> str:
    import networkx as nx

    graph = nx.MultiDiGraph()
    for n in network["nodes"]:
        graph.add_node(n["id"], label=n["name"], type=n["type"])
    for e in network["edges"]:
        graph.add_edge(e["source"], e["target"], kind=e["kind"], weight=e["weight"])
    return "\n".join(nx.generate_graphml(graph))
