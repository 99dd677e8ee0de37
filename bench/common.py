"""Shared helpers for the benchmarks: synthetic period prose, percentiles, memory."""

from __future__ import annotations

import random
import resource
import statistics

NAMES = ["Zinoviev", "Kamenev", "Smirnov", "Mrachkovsky", "Holtzman", "Reingold", "Radek", "Pyatakov", "Piatakov",
         "Sokolnikov", "Serebryakov", "Bukharin", "Rykov", "Yagoda", "Tomsky", "Trotsky", "Sedov", "Vyshinsky",
         "Ulrikh", "Kirov", "Nikolaev", "Muralov", "Drobnis", "Boguslavsky", "Yezhov", "Tukhachevsky", "Putna"]
PLACES = ["Moscow", "Leningrad", "Berlin", "Copenhagen", "Oslo", "Paris", "Kiev", "Tiflis", "Kharkov", "Prague"]
VERBS = ["was arrested in", "was tried in", "testified in", "was shot in", "was seen in", "met Sedov in", "wrote from"]


def paragraph(rng: random.Random, words: int = 80) -> str:
    out = []
    while sum(len(s.split()) for s in out) < words:
        out.append(f"{rng.choice(NAMES)} {rng.choice(VERBS)} {rng.choice(PLACES)} in {rng.randint(1920, 1940)}, "
                   f"according to {rng.choice(['Pravda', 'Izvestia', 'the Bulletin', 'the court'])}.")
    return " ".join(out)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def summary(values: list[float]) -> str:
    return f"p50 {percentile(values, .5) * 1000:.1f} ms, p95 {percentile(values, .95) * 1000:.1f} ms, mean {statistics.mean(values) * 1000:.1f} ms"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
