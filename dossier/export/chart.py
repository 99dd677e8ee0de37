"""A timeline drawn with matplotlib (Agg, no display): one row per person, one mark per event."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

MARKERS = {"asserted": "o", "alleged": "^", "denied": "x", "predicted": "s", "hypothetical": "d"}


def draw_timeline(rows: list[dict[str, Any]], path: Path, title: str = "Timeline") -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    dated = [r for r in rows if r["earliest"]]
    people = sorted({p["name"] for r in dated for p in r["participants"]})[:40] or ["(no one)"]
    fig, ax = plt.subplots(figsize=(11, max(2.5, 0.35 * len(people) + 1.2)))
    for r in dated:
        start, end = date.fromisoformat(r["earliest"]), date.fromisoformat(r["latest"])
        middle = start + (end - start) / 2
        for p in r["participants"]:
            if p["name"] in people:
                y = people.index(p["name"])
                ax.plot([start, end], [y, y], color="#8a6d3b", linewidth=2, alpha=0.5)
                ax.plot([middle], [y], marker=MARKERS.get(r["modality"], "o"), color="#5a3e1b")
                ax.annotate(r["type"], (middle, y), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=7)
    ax.set_yticks(range(len(people)), people)
    ax.set_title(title)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
