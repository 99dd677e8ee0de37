"""Gold annotations: loading them and checking they still fit their text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from dossier.model import sha256_text


class GoldError(ValueError):
    pass


@dataclass
class Gold:
    path: Path
    text_path: Path
    mentions: list[dict]
    events: list[dict]


def load_gold(path: str | Path) -> Gold:
    """A gold file; its ``source`` is relative to the folder above the gold folder (../shared)."""
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    source = Path(data["source"])
    candidates = [path.parent.parent / source, path.parent / source, path.parent / source.name]
    text_path = next((c for c in candidates if c.exists()), None)
    if text_path is None:
        raise GoldError(f"{path}: its text {data['source']} was not found beside it")
    text = text_path.read_text(encoding="utf-8")
    if sha256_text(text) != data["text_sha256"]:
        raise GoldError(f"{path}: the text {text_path} has changed since it was annotated (sha256 differs)")
    return Gold(path, text_path, data["mentions"], data.get("events", []))


def default_gold_paths(root: Path) -> list[Path]:
    return sorted((root.parent / "shared" / "gold").glob("*.gold.json"))
