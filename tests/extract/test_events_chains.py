"""A life told in a chain of clauses: "was arrested …, tried in …, convicted of … and sentenced to …"."""

from tests.extract.test_events import only


def test_a_chain_of_passive_verbs_after_a_comma_shares_the_subject(analyse):
    text = ("Anatoly Marchenko was a worker. He was arrested near the frontier, tried in Ashkhabad in 1961, "
            "convicted of treason and sentenced to six years.")
    events = analyse(text)
    trial = only(events, "trial")
    assert trial[1] == [("Anatoly Marchenko", "subject")] and trial[2] == "1961-01-01"


def test_each_clause_of_the_chain_is_its_own_evidence_and_date(analyse):
    text = ("Anatoly Marchenko was a worker. He was arrested near the frontier, tried in Ashkhabad in 1961, "
            "convicted of treason and sentenced to six years.")
    arrest = only(analyse(text), "arrest")
    span = arrest[5].evidence
    assert text[span.start:span.end] == "He was arrested near the frontier"
    assert arrest[2] is None  # 1961 dates the trial, not the arrest
