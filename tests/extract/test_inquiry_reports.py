"""A committee of inquiry's report: complaints of ill-treatment are accusations by the complainant, and what the
officers it heard said to it is testimony — but a rights group's report that finds things from press statements
keeps them statements."""

from tests.extract.test_events import typed_people

INQUIRY = (
    "REPORT OF THE COMMITTEE OF INQUIRY\n\n"
    "1. We were appointed on 2nd March, 1972 to inquire into complaints by men arrested on 1st March, 1972.\n\n"
    "2. Brendan Kelly was arrested at his home on 1st March. Kelly complains that he was beaten with batons in the "
    "police van and that Sergeant Thomas Reid threatened to shoot him. Sergeant Reid told us that Kelly was never "
    "struck. Inspector Alan Price said that the van had been searched before the journey. We conclude that the "
    "complaint is not substantiated.\n\n"
    "3. Michael Doyle, who gave evidence before us, alleges that he was made to stand against a wall for six hours. "
    "We find that he was made to stand there for some time, and we accept his account.\n")

RIGHTS_REPORT = (
    "REPORT ON DETENTIONS\n\n"
    "We find that at least forty people were held without charge. We conclude that the decree was applied widely.\n\n"
    "In a statement to newsmen on 4 May 1974, Col. Ernesto Villacorta, provost marshal of Camp Olivas, said that "
    "Danilo Ocampo had been released.\n")


def test_a_complaint_of_ill_treatment_is_the_complainants_accusation_against_those_it_names(analyse):
    events = analyse(INQUIRY)
    accusations = [(e[1], e[3]) for e in events if e[0] == "accusation"]
    kelly = [people for people, _ in accusations if ("Brendan Kelly", "accuser") in people]
    assert kelly and ("Thomas Reid", "accused") in kelly[0]  # "Sergeant Thomas Reid threatened to shoot him"
    assert ([("Michael Doyle", "accuser")], "alleged") in accusations  # "alleges that he was made to stand"
    assert not [e for e in events if e[0] == "statement" and ("Brendan Kelly", "subject") in e[1]]


def test_what_a_hearing_body_was_told_is_testimony(analyse):
    people = typed_people(analyse(INQUIRY))
    assert ("testimony", ("Thomas Reid",)) in [(k, tuple(w for w in who if w != "Brendan Kelly")) for k, who in people]
    assert ("testimony", ("Alan Price",)) in people
    assert not [who for kind, who in people if kind == "statement"]


def test_a_report_that_heard_no_witness_keeps_statements_statements(analyse):
    people = typed_people(analyse(RIGHTS_REPORT))
    assert [who for kind, who in people if kind == "statement" and "Ernesto Villacorta" in who]
    assert not [who for kind, who in people if kind == "testimony"]


def test_a_commission_that_finds_in_its_own_name_hears_testimony_too(analyse):
    people = typed_people(analyse(
        "REPORT OF THE COMMISSION OF INQUIRY\n\n4.2 Mr. Ravi Sharma, a clerk of Delhi, told the Commission that he was "
        "detained for nine months. The Commission finds that his detention was unlawful.\n\n"
        "4.3 Shri K. L. Mehra, Superintendent of Police, said that he had acted on orders. The Commission found that no "
        "written order existed.\n"))
    assert ("testimony", ("K. L. Mehra",)) in people
    assert not [who for kind, who in people if kind == "statement"]
