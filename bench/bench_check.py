"""``check`` on a million events: time and peak memory, beside sorting the same events (the baseline).

Events are synthetic but shaped like the real ones: 20,000 people, period
places with coordinates, dates in 1920–1940, a few planted conflicts.
Usage: bench_check.py [--events N] [--quick]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import PLACES, peak_rss_mb  # noqa: E402

from dossier.analyze import check  # noqa: E402
from dossier.model import DateValue, Entity, Event, Participant, Span  # noqa: E402

TYPES = ["arrest", "trial", "sentence", "execution", "presence", "meeting", "travel", "testimony", "accusation",
         "rehabilitation", "exile", "membership", "statement"]


def make_events(n: int, people: int = 20_000, seed: int = 3) -> tuple[list[Event], list[Entity]]:
    rng = random.Random(seed)
    entities = [Entity(f"p{i}", "PERSON", f"Person {i}") for i in range(people)]
    entities += [Entity(f"pl-{p}", "PLACE", p) for p in PLACES]
    events = []
    for i in range(n):
        year, month = rng.randint(1920, 1940), rng.randint(1, 12)
        day = rng.randint(1, 28)
        precise = rng.random() < 0.3
        date = DateValue(f"{year}-{month:02d}-{day:02d}" if precise else f"{year}-{month:02d}-01",
                         f"{year}-{month:02d}-{day:02d}" if precise else f"{year}-{month:02d}-28",
                         "day" if precise else "month", f"{year}")
        type_ = rng.choice(TYPES)
        who = f"p{rng.randrange(people)}"
        role = "accuser" if type_ == "accusation" and rng.random() < 0.5 else "subject"
        modality = rng.choice(["asserted"] * 8 + ["alleged", "denied"])
        events.append(Event(type=type_, evidence=Span(0, 10), participants=[Participant(who, role)], date=date,
                            place_id=f"pl-{rng.choice(PLACES)}", modality=modality, doc_id=f"d{i % 5000}",
                            charges=["terrorism"] if type_ in ("accusation", "trial") else [], id=f"e{i}"))
    return events, entities


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="100,000 events")
    args = parser.parse_args()
    n = 100_000 if args.quick else args.events
    events, entities = make_events(n)
    print(f"{n:,} events, {len(entities):,} entities; memory after building them {peak_rss_mb():,.0f} MB")
    t0 = time.perf_counter()
    sorted(events, key=lambda e: (e.date.earliest, e.id))
    base = time.perf_counter() - t0
    t0 = time.perf_counter()
    findings = check(events, entities)
    took = time.perf_counter() - t0
    kinds = {}
    for f in findings:
        kinds[f.kind] = kinds.get(f.kind, 0) + 1
    print(f"check: {took:.1f} s ({n / took:,.0f} events/s), {len(findings):,} findings {kinds}")
    print(f"baseline (sorting the events by date): {base:.2f} s; check/sort = {took / base:.1f}x; peak memory {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()
