"""Bring the 'now' numbers of the README's held-out table up to date: each row's PERSON, ORG, PLACE, DATE,
coreference and events cells get today's scores; what a text scored on arrival (before an arrow) is kept."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from dossier.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]
ROW = re.compile(r"^\| ([\w-]+) \((.*?)\) \|(.*)\|$")


def now_cell(old: str, value: str) -> str:
    """'0.80→0.969' keeps its arrival part; a bare number is replaced."""
    old = old.strip()
    return f"{old.split('→')[0]}→{value}" if "→" in old else value


def updated(line: str) -> str:
    m = ROW.match(line)
    gold = ROOT / "tests" / "data" / "heldout" / f"{m.group(1)}.gold.json" if m else None
    if gold is None or not gold.exists():
        return line
    cells = [c.strip() for c in m.group(3).split("|")]
    r = evaluate([gold])
    names = [f"{r.system[label].f1:.3f}" for label in ("PERSON", "ORG", "PLACE", "DATE")]
    cells[:4] = [now_cell(old, new) for old, new in zip(cells[:4], names)]
    cells[4] = f"{r.coref.f1:.3f}"
    e = r.events.overall
    arrival = cells[5].split("→")[0] + "→" if "→" in cells[5] else ""
    cells[5] = f"{arrival}{e.f1:.3f} ({e.precision:.2f} / {e.recall:.2f})"
    return f"| {m.group(1)} ({m.group(2)}) | " + " | ".join(cells) + " |"


def main(readme: Path) -> None:
    lines = readme.read_text(encoding="utf-8").split("\n")
    readme.write_text("\n".join(updated(line) for line in lines), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "README.md")
