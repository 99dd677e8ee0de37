"""A life told in a chain of clauses: "was arrested …, tried in …, convicted of … and sentenced to …"."""

from tests.extract.test_events import only, typed_people


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


def test_was_serving_tells_a_term_and_names_no_arrest_that_swallows_the_others(analyse):
    text = ("Anatoly Marchenko died in prison. At his death he was serving a sentence of ten years, imposed in 1981. "
            "In 1958 he was sent to a camp. Once out of it, he tried to cross the border. He was arrested near the "
            "frontier and sentenced to six years. Days later he was arrested in Moscow.")
    arrests = [e for e in analyse(text) if e[0] == "arrest"]
    told = {text[e[5].evidence.start:e[5].evidence.end] for e in arrests}
    assert {"He was arrested near the frontier", "Days later he was arrested in Moscow"} <= told


def test_a_date_in_a_relative_clause_on_a_noun_dates_that_clause_only(analyse):
    text = ("Marinus van der Lubbe was found guilty of high treason, and of attempted arson in respect of the three "
            "smaller fires which he admitted having started in Berlin on February 25, 1933.")
    accusation = only(analyse(text), "accusation")
    assert accusation[1] == [("Marinus van der Lubbe", "accused")] and accusation[2] is None


def test_the_last_verb_of_a_chain_shares_the_passive_and_an_exile_served_or_lived_in_is_exile(analyse):
    text = ("Anatoly Marchenko was a worker. In 1975 he was arrested for breaking its rules, tried in Kaluga and "
            "sentenced to four years of exile. He served the exile in Chuna. Dr. Sakharov, who has lived in forced "
            "exile in Gorky since 1980, protested.")
    people = typed_people(analyse(text))
    assert {("sentence", ("Anatoly Marchenko",)), ("exile", ("Anatoly Marchenko",)), ("exile", ("Sakharov",))} <= people
