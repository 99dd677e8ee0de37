"""Words per second of dossier's extraction beside plain spaCy small on the same texts, on one and two processes.

Three measurements on the founding text (replicated) and the examples:
plain ``nlp.pipe``; names (recognition, dates, resolution); names + events.
Usage: bench_names.py [--words N] [--quick]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier.analysis import Analyzer  # noqa: E402
from dossier.api import read_documents  # noqa: E402
from dossier.extract.nlp import load_nlp  # noqa: E402
from dossier.model import Document  # noqa: E402


def corpus(words: int) -> list[Document]:
    sources = [ROOT.parent / "shared" / "corpus", ROOT / "examples"]
    docs, _ = read_documents([s for s in sources if s.exists()])
    docs = [d for d in docs if d.language == "en"]
    out, total, i = [], 0, 0
    while total < words:
        d = docs[i % len(docs)]
        out.append(Document(id=f"{d.id[:50]}-{i}", path=d.path, text=d.text, blocks=d.blocks, footnotes=d.footnotes))
        total += len(d.text.split())
        i += 1
    return out


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def plain(docs: list[Document], n_process: int) -> None:
    for _ in load_nlp().pipe((d.text for d in docs), n_process=n_process, batch_size=8):
        pass


def names_only(docs: list[Document], n_process: int) -> None:
    from dossier.extract.case_view import cased_view
    from dossier.extract.dates import find_dates
    analyzer = Analyzer()
    for doc, mentions, sdoc in analyzer.recognizer.pipe((cased_view(d) for d in docs), n_process=n_process):
        find_dates(doc, sdoc)
        analyzer.resolver.add(doc, mentions)


def full(docs: list[Document], n_process: int) -> None:
    for _ in Analyzer().analyze_stream(docs, n_process=n_process):
        pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--quick", action="store_true", help="40,000 words")
    args = parser.parse_args()
    docs = corpus(40_000 if args.quick else args.words)
    words = sum(len(d.text.split()) for d in docs)
    load_nlp()
    plain(docs[:2], 1)  # warm up
    print(f"{len(docs)} documents, {words:,} words")
    base1 = timed(lambda: plain(docs, 1))
    names1 = timed(lambda: names_only(docs, 1))
    full1 = timed(lambda: full(docs, 1))
    print(f"1 process : spaCy {words / base1:,.0f} w/s | names {words / names1:,.0f} w/s "
          f"({base1 / names1:.2f} of spaCy) | names+events {words / full1:,.0f} w/s ({base1 / full1:.2f} of spaCy); "
          f"events add {full1 / names1 - 1:.0%} to names")
    base2 = timed(lambda: plain(docs, 2))
    full2 = timed(lambda: full(docs, 2))
    print(f"2 processes: spaCy {words / base2:,.0f} w/s | names+events {words / full2:,.0f} w/s; "
          f"speed-up over our 1 process {full1 / full2:.2f}x (target 1.7x), over spaCy 1 process {base1 / full2:.2f}x")


if __name__ == "__main__":
    main()
