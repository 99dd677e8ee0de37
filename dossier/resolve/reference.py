"""A user's reference list of names: canonical names, variants in any script, dates, external ids.

CSV columns (YAML: a list of mappings with the same keys): ``id, type, name,
variants`` (separated by ``|``), ``birth, death, wikidata, source``. Entries
given here pin the canonical name and id of the people they describe.
"""

from __future__ import annotations

import csv
from pathlib import Path

from dossier.model import ENTITY_TYPES, Entity


class ReferenceError(ValueError):
    """A reference file that cannot be used; the message names the file and the row."""


def read_rows(path: Path) -> list[dict]:
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            rows = data.get("entities", data) if isinstance(data, dict) else data
            if not isinstance(rows, list):
                raise ReferenceError(f"{path}: expected a list of entries")
            return [dict(r) for r in rows]
        with open(path, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceError(f"{path}: cannot be read ({exc})") from None
    except Exception as exc:  # yaml.YAMLError and csv.Error
        raise ReferenceError(f"{path}: is not valid {path.suffix.lstrip('.').upper() or 'CSV'} ({exc})") from None


def load_reference(path: str | Path) -> list[Entity]:
    path = Path(path)
    entities = []
    for number, row in enumerate(read_rows(path), start=2 if path.suffix.lower() == ".csv" else 1):
        name = str(row.get("name") or "").strip()
        if not name:
            raise ReferenceError(f"{path}: entry {number} has no name")
        type_ = str(row.get("type") or "PERSON").strip().upper()
        if type_ not in ENTITY_TYPES:
            raise ReferenceError(f"{path}: entry {number} has unknown type {type_!r}")
        variants = row.get("variants") or []
        if isinstance(variants, str):
            variants = [v.strip() for v in variants.split("|") if v.strip()]
        facts = {k: str(row[k]) for k in ("birth", "death", "founded", "closed", "source") if row.get(k)}
        external = {"wikidata": str(row["wikidata"]).strip()} if row.get("wikidata") else {}
        entity_id = str(row.get("id") or "").strip() or name.lower().replace(" ", "-")
        entities.append(Entity(id=entity_id, type=type_, name=name, variants=list(variants), facts=facts,
                               external_ids=external))
    return entities
