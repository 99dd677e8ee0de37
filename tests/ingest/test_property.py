"""Random bytes under any supported name: either a Document with sane spans, or an IngestError."""

from hypothesis import HealthCheck, given, settings, strategies as st

from dossier.ingest import IngestError, SUPPORTED_SUFFIXES, read_document

PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body><p>", b"\xef\xbb\xbf", b"\xff\xfe"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(min_size=0, max_size=3000),
       suffix=st.sampled_from(SUPPORTED_SUFFIXES))
def test_random_bytes_never_crash(tmp_path, prefix, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(prefix + data)
    try:
        doc = read_document(path)
    except IngestError as exc:
        assert str(exc).startswith(str(path))
        return
    n = len(doc.text)
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= n
    for note in doc.footnotes:
        assert 0 <= note.body.start <= note.body.end <= n
        if note.marker:
            assert 0 <= note.marker.start <= note.marker.end <= n
