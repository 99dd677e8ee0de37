"""Files into a store, one document at a time: read, store, analyse.

Problems never stop a run; each becomes a Problem in the report. Each
document is stored in its own transaction, so a run killed midway leaves
every document either fully stored or absent, and running again finishes it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from dossier.ingest import IngestError, expand_paths, read_document
from dossier.model import Document, Problem


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    new_versions: int = 0
    failed: int = 0
    analysed: int = 0
    analysis_failed: int = 0
    bytes: int = 0
    elapsed: float = 0.0
    problems: list[Problem] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.new + self.new_versions

    def summary(self) -> str:
        failed = f", {self.analysis_failed} stored without extraction" if self.analysis_failed else ""
        return (f"{self.new} new, {self.new_versions} new versions, {self.unchanged} unchanged, "
                f"{self.failed} skipped{failed} ({self.bytes / 1e6:.1f} MB in {self.elapsed:.1f} s)")


FileCallback = Callable[[str, str, "Document | str"], None]


def ingest_paths(store: Any, inputs: Iterable[str | Path], *, on_file: Optional[FileCallback] = None,
                 analyze: Optional[Callable[[Document], Any]] = None, reanalyze: bool = False) -> IngestReport:
    """Store every readable file the inputs name; analyse new documents if ``analyze`` is given.

    ``on_file(path, status, document)`` is called once per file with status
    new | new-version | unchanged | failed, and the Document (or, when failed, the message).
    """
    report = IngestReport()
    started = time.perf_counter()
    for item in expand_paths(inputs):
        if isinstance(item, Problem):
            record_problem(report, item, on_file)
            continue
        try:
            doc = read_document(item, display_path=str(item))
        except IngestError as exc:
            record_problem(report, Problem(str(item), exc.message), on_file)
            continue
        result = store.add_document(doc)
        report.bytes += doc.size
        if result.status == "unchanged":
            report.unchanged += 1
        elif result.status == "new-version":
            report.new_versions += 1
        else:
            report.new += 1
        needs_analysis = result.status != "unchanged" or reanalyze or not is_analysed(store, doc.id)
        if analyze is not None and needs_analysis:
            try:
                store.save_analysis(doc.id, analyze(doc))
                report.analysed += 1
            except Exception as exc:  # one document's extraction must never stop the run nor lose the rest
                report.analysis_failed += 1
                report.problems.append(Problem(str(item), f"stored, but the extraction failed ({type(exc).__name__}: {exc})"))
        if on_file:
            on_file(str(item), result.status, doc)
    report.elapsed = time.perf_counter() - started
    return report


def is_analysed(store: Any, doc_id: str) -> bool:
    check = getattr(store, "is_analysed", None)
    return bool(check(doc_id)) if check else True


def record_problem(report: IngestReport, problem: Problem, on_file: Optional[FileCallback]) -> None:
    report.failed += 1
    report.problems.append(problem)
    if on_file:
        on_file(problem.path, "failed", problem.message)
