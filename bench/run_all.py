"""Run every benchmark under bench/ in turn, each in its own process.

Each benchmark prints its own numbers and the ratio against a baseline it runs
in the same process, so results from different machines stay comparable.
Extra arguments are passed to every benchmark (e.g. ``--quick`` where supported).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    failures = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n=== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script), *argv], cwd=HERE.parent)
        if result.returncode != 0:
            print(f"{script.name} exited with status {result.returncode}", flush=True)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
