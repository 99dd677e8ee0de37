"""Whatever text a document holds, the extraction returns sane spans and never raises."""

from hypothesis import HealthCheck, given, settings, strategies as st

from dossier.analysis import Analyzer
from dossier.ingest.structure import find_structure
from dossier.model import Document

ALPHABET = st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:'’\"“”()[]-–\n0123456789¹²*"
                                "ПятаковБухаринСмирнов") + ["Radek", " was arrested", " in 1936", " on May 5", " testified that",
                                                            " [12]", " his", " the GPU", " Moscow", " shot", " No.31"])
ANALYZER = Analyzer()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(ALPHABET, max_size=80))
def test_random_text_gives_sane_spans(parts):
    text = "".join(parts)
    s = find_structure(text)
    doc = Document(id="x" * 64, path="r.txt", text=text, blocks=s.blocks, footnotes=s.footnotes)
    result = ANALYZER.analyze(doc)
    for m in result.mentions:
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text
    for ev in result.events:
        assert 0 <= ev.evidence.start < ev.evidence.end <= len(text)
        assert any(p.entity_id for p in ev.participants)
        if ev.date:
            assert ev.date.earliest <= ev.date.latest
