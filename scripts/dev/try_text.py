"""Print the PERSON mentions and the events dossier reads in a text given on the command line (a developer's probe)."""

import sys
import tempfile
from pathlib import Path

from dossier.analysis import Analyzer
from dossier.ingest import read_document


def main(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "probe.txt"
        path.write_text(text, encoding="utf-8")
        analyzer = Analyzer()
        result = analyzer.analyze_all([read_document(path)])[0]
    names = {e.id: e.name for e in analyzer.entities()}
    for m in result.mentions:
        if m.label == "PERSON":
            print(f"PERSON {m.start}-{m.end} {text[m.start:m.end]!r} -> {names.get(m.entity_id)}")
    for ev in result.events:
        people = [(names.get(p.entity_id), p.role) for p in ev.participants]
        date = ev.date.earliest if ev.date else None
        print(f"EVENT {ev.type} {people} {date} {ev.modality} by={names.get(ev.attributed_to, ev.attributed_to)} "
              f"| {text[ev.evidence.start:ev.evidence.end]!r}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else sys.stdin.read())
