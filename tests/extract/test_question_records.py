"""Records of questions and answers set one to a line ("Q. … / A. …"), each examination opened by a line that
names the one questioned ("To the witness ORSZAGH:"), with a caption and headings in capitals."""

from tests.extract.test_events import typed_people
from tests.extract.test_names import recognize  # noqa: F401 (the fixture: a text's (name, label) pairs)

HEARING = (
    "IN THE MATTER OF STEFAN ORSZAGH and ANNA KRALOVA, held under warrants of arrest.\n\n"
    "Hearing held at Boston, March 3, 1920, before Inspector Walter B. Pierce. Stenographer, Ruth A. Hale.\n\n"
    "I. EXAMINATION\n\n"
    "BY INSPECTOR PIERCE, to the alien ORSZAGH:\n\n"
    "Q. Were you ever arrested before?\n"
    "A. In June 1916 I was arrested at Lawrence during the strike.\n"
    "Q. Was Anna Kralova a member of your club?\n"
    "A. No. She came to the reading room only.\n\n"
    "To the alien KRALOVA:\n\n"
    "Q. When did you leave Bratislava?\n"
    "A. In 1912. In 1917 I was arrested at Lowell for distributing leaflets.\n\n"
    "II. CLERK'S NOTE\n\n"
    "Stefan Orszagh was deported on April 2, 1920. Anna Kralova was released on May 5, 1920.\n")


def test_each_answer_is_the_one_the_line_before_the_examination_names(analyse):
    people = typed_people(analyse(HEARING))
    arrests = {who for kind, who in people if kind == "arrest"}
    assert ("STEFAN ORSZAGH",) in arrests  # "A. In June 1916 I was arrested …" after "to the alien ORSZAGH:"
    assert ("ANNA KRALOVA",) in arrests  # the second examination's "I" is the second alien
    assert not [who for who in arrests if "Walter B. Pierce" in who]  # the one asking ("BY INSPECTOR PIERCE") answers nothing


def test_turn_markers_captions_and_heading_numbers_are_no_part_of_a_name(recognize):
    found = recognize(HEARING)
    people = {text for text, label in found if label == "PERSON"}
    assert {"STEFAN ORSZAGH", "Anna Kralova", "PIERCE", "Ruth A. Hale"} <= people
    assert not [p for p in people if p.startswith(("Q", "A.", "Was ", "THE ", "BY ", "V.", "II.")) or p in (
        "Stenographer", "CLERK")]


def test_a_question_the_answer_confirms_is_asserted_with_the_answer_as_evidence_and_date(analyse):
    events = analyse("IN THE MATTER OF STEFAN ORSZAGH\n\nTo the alien ORSZAGH:\n\n"
                     "Q. Are you a member of the Slovak Workers' Club?\nA. Yes, since 1916.\n"
                     "Q. Are you a member of the Socialist Party?\nA. No. I went to its meetings only.\n")
    memberships = [(e[3], e[2], (e[4] or "").lower()) for e in events if e[0] == "membership"]
    assert [m for m in memberships if m[0] == "asserted"] == [("asserted", "1916-01-01", "stefan orszagh")]
    assert len(memberships) == 2  # the one denied stays a question
