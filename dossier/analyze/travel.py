"""How fast one could get from one place to another in a given year — the fastest plausible way.

Conservative on purpose: a presence conflict needs even the fastest mode of
the period to be impossible. Figures are door-to-door averages including
connections: rail about 60 km/h; scheduled and chartered air from 1919 about
200 km/h plus two hours to reach and leave airfields; after 1950 about 450 km/h.
"""

from __future__ import annotations

from dossier.analyze.geo import distance_km

# Two places closer than this cannot be told apart by the vague place names
# of prose ("near Oslo", "at Hønefoss"): no presence conflict below it.
VAGUENESS_KM = 100.0


def fastest_hours(a: tuple[float, float], b: tuple[float, float], year: int) -> float:
    km = distance_km(a, b)
    rail = km / 60.0
    if year >= 1950:
        return min(rail, 2.0 + km / 450.0)
    if year >= 1919:
        return min(rail, 2.0 + km / 200.0)
    return rail
