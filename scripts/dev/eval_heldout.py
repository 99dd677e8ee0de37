"""Score every held-out text on its own and together, in two processes, so that a rule's effect on each text shows.

Usage: python scripts/dev/eval_heldout.py [GOLD_DIR ...] > out.txt ; compare two outputs with `diff`.
The rounds are read from the floor tests in tests/evaluate/test_eval.py, so each round's joint score is printed too.
"""

from __future__ import annotations

import re
import sys
from multiprocessing import Pool
from pathlib import Path

from dossier.evaluate import EvalReport, evaluate, merge_events

ROOT = Path(__file__).resolve().parents[2]
LABELS = ("PERSON", "ORG", "PLACE", "DATE")


def score(path: Path) -> tuple[str, EvalReport]:
    return path.name.removesuffix(".gold.json"), evaluate([path])


def line(name: str, r: EvalReport) -> str:
    e = r.events
    names = " ".join(f"{label[:3]} {r.system[label].f1:.3f}" for label in LABELS)
    return (f"{name:40s} ev {e.overall.f1:.3f} P {e.overall.precision:.2f} R {e.overall.recall:.2f} "
            f"tp {e.overall.tp:4d} fp {e.overall.fp:3d} fn {e.overall.fn:4d} | {names} coref {r.coref.f1:.3f} "
            f"| mod {e.modality_accuracy:.2f} att {e.attribution_accuracy:.2f} wrong {e.wrong_participants} of {e.participants_checked} | unscored {e.unscored_found} of {e.unscored_gold}")


def together(reports: list[EvalReport]) -> EvalReport:
    total = EvalReport()
    for r in reports:
        for label in LABELS:
            total.system[label].add(r.system[label])
            total.baseline[label].add(r.baseline[label])
        total.coref.add(r.coref)
        total.baseline_coref.add(r.baseline_coref)
        merge_events(total.events, r.events)
    return total


def rounds() -> list[tuple[str, ...]]:
    source = (ROOT / "tests" / "evaluate" / "test_eval.py").read_text(encoding="utf-8")
    return [tuple(re.findall(r'"([\w-]+)"', group)) for group in re.findall(r"assert_round_floors\(\(([^)]*)\)", source)]


def main(folders: list[str]) -> None:
    paths = sorted(p for folder in folders for p in Path(folder).glob("*.gold.json"))
    with Pool(2) as pool:
        scored = dict(pool.map(score, paths))
    for name, r in scored.items():
        print(line(name, r))
    print(line("TOGETHER", together(list(scored.values()))))
    base = together(list(scored.values()))
    print("spaCy    " + " ".join(f"{label[:3]} {base.baseline[label].f1:.3f}" for label in LABELS))
    for group in rounds():
        if all(name in scored for name in group):
            print(line("round:" + ",".join(n[:10] for n in group)[:34], together([scored[n] for n in group])))


if __name__ == "__main__":
    main(sys.argv[1:] or [str(ROOT / "tests" / "data" / "heldout")])
