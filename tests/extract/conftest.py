"""The events fixture: analyse a text written to a real file, through the real pipeline."""

import pytest

from dossier.analysis import Analyzer
from dossier.ingest import read_document


@pytest.fixture(scope="module")
def analyse(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ev")

    def run(text: str):
        path = folder / f"t{abs(hash(text))}.txt"
        path.write_text(text, encoding="utf-8")
        analyzer = Analyzer()
        result = analyzer.analyze_all([read_document(path)])[0]
        names = {e.id: e.name for e in analyzer.entities()}
        return [(ev.type, sorted((names.get(p.entity_id), p.role) for p in ev.participants if p.role != "place"),
                 ev.date.earliest if ev.date else None, ev.modality, names.get(ev.attributed_to, ev.attributed_to), ev)
                for ev in result.events]
    return run
