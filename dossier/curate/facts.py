"""Events and entity facts from a CSV or YAML file — every row with its source citation.

YAML::

    facts:                       # lifetimes and dates of people, places, organisations
      - name: Hotel Bristol
        type: PLACE
        city: Copenhagen
        closed: "1917"
        source: "Commission of Inquiry, Not Guilty (1938), on the Hotel Bristol"
    events:
      - type: death
        participants: [{name: S. M. Kirov, role: subject}]
        date: "1934-12-01"
        place: Leningrad
        source: "Pravda, 2 December 1934"

CSV: one event per row with columns ``type, participants`` (names joined by
``|``, each optionally ``name:role``), ``date, place, modality, attributed_to,
source``; or, with a ``name`` column and no ``participants``, entity facts.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from dossier.model import ENTITY_TYPES, EVENT_TYPES, MODALITIES, Entity, Event, Participant
from dossier.resolve.cluster import slug

FACT_KEYS = ("birth", "death", "founded", "closed", "city", "lat", "lon")


class FactsError(ValueError):
    """A facts file that cannot be used; the message names the file and the row."""


@dataclass
class CuratedEvent:
    """An event as written in the file: participants by name, resolved to entities later."""
    event: Event
    names: list[tuple[str, str]]  # (name, role)
    place: str | None = None


@dataclass
class CuratedSet:
    entities: list[Entity] = field(default_factory=list)
    curated: list[CuratedEvent] = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        return [c.event for c in self.curated]


def rows_of(path: Path) -> tuple[list[dict], list[dict]]:
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            if not isinstance(data, dict):
                raise FactsError(f"{path}: expected a mapping with 'facts' and/or 'events'")
            return list(data.get("facts") or []), list(data.get("events") or [])
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    except FactsError:
        raise
    except (OSError, UnicodeDecodeError) as exc:
        raise FactsError(f"{path}: cannot be read ({exc})") from None
    except Exception as exc:
        raise FactsError(f"{path}: is not valid {path.suffix.lstrip('.').upper()} ({exc})") from None
    facts = [r for r in rows if r.get("name") and not r.get("participants")]
    return facts, [r for r in rows if r not in facts]


def require_source(path: Path, row: dict, where: str) -> str:
    source = str(row.get("source") or "").strip()
    if not source:
        raise FactsError(f"{path}: {where} has no source; every curated fact must cite where it comes from")
    return source


def parse_participants(value: object) -> list[tuple[str, str]]:
    if isinstance(value, list):
        return [(str(p.get("name")), str(p.get("role") or "subject")) if isinstance(p, dict) else (str(p), "subject")
                for p in value]
    out = []
    for part in str(value or "").split("|"):
        if part.strip():
            name, _, role = part.partition(":")
            out.append((name.strip(), role.strip() or "subject"))
    return out


def load_facts(path: str | Path, origin: str = "curated") -> CuratedSet:
    from dossier.extract.dates import parse_date_text

    path = Path(path)
    fact_rows, event_rows = rows_of(path)
    result = CuratedSet()
    for n, row in enumerate(fact_rows, start=1):
        source = require_source(path, row, f"fact {n} ({row.get('name')})")
        type_ = str(row.get("type") or "PERSON").upper()
        if type_ not in ENTITY_TYPES:
            raise FactsError(f"{path}: fact {n} has unknown type {type_!r}")
        facts = {k: str(row[k]) for k in FACT_KEYS if row.get(k) not in (None, "")}
        facts["source"] = source
        name = str(row["name"])
        result.entities.append(Entity(id=f"{'place' if type_ == 'PLACE' else type_.lower()}-{slug(name)}", type=type_,
                                      name=name, variants=[v for v in str(row.get("variants") or "").split("|") if v],
                                      facts=facts))
    for n, row in enumerate(event_rows, start=1):
        source = require_source(path, row, f"event {n}")
        type_ = str(row.get("type") or "")
        if type_ not in EVENT_TYPES:
            raise FactsError(f"{path}: event {n} has unknown type {type_!r}")
        modality = str(row.get("modality") or "asserted")
        if modality not in MODALITIES:
            raise FactsError(f"{path}: event {n} has unknown modality {modality!r}")
        date = parse_date_text(str(row["date"])) if row.get("date") else None
        if row.get("date") and date is None:
            raise FactsError(f"{path}: event {n} has a date dossier cannot read: {row['date']!r}")
        names = parse_participants(row.get("participants"))
        key = hashlib.sha256(f"{type_}|{names}|{row.get('date')}|{source}".encode()).hexdigest()[:12]
        event = Event(type=type_, evidence=None, participants=[Participant(None, role, name) for name, role in names],
                      date=date, modality=modality, attributed_to=row.get("attributed_to") or None,
                      charges=[c for c in str(row.get("charges") or "").split("|") if c], origin=origin,
                      id=f"{origin}-{key}", source=source)
        result.curated.append(CuratedEvent(event, names, str(row["place"]) if row.get("place") else None))
    return result


def resolve_names(curated: CuratedSet, find_id) -> list[Event]:
    """Point curated participants (and places) at entities, via ``find_id(name, type)``."""
    events = []
    for item in curated.curated:
        ev = item.event
        ev.participants = [Participant(find_id(name, "PERSON"), role, name) for name, role in item.names]
        if item.place:
            ev.place_id = find_id(item.place, "PLACE")
        events.append(ev)
    return events
