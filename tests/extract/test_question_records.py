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


APPLICATION_HEARING = (
    "RELOCATION AUTHORITY\n\nTRANSCRIPT OF HEARING\n\n"
    "In the Matter of:    TANAKA, Hiroshi      Family No. 11802\n"
    "Hearing Officer:     Walter P. Graves\n"
    "Reported by:         Ellen J. Moss\n\n"
    "MR. GRAVES: This hearing is held on your application. Do you understand?\n\n"
    "MR. TANAKA: Yes, sir.\n\nMR. GRAVES: Then we begin.\n\n"
    "Q. Where were you in 1942?\n"
    "A. In May 1942 I was arrested in Fresno and held for a week.\n"
    "Q. Anything else?\n"
    "A. Nothing.\n\n"
    "EXAMINATION OF WITNESS NOBORU SATO\n\n"
    "Q. How long have you known the applicant?\n"
    "A. Since 1930. In 1943 I was interned at Santa Fe myself.\n")


def test_the_head_field_names_whom_the_record_questions_and_an_examination_heading_hands_over(analyse):
    people = typed_people(analyse(APPLICATION_HEARING))
    arrests = {who for kind, who in people if kind == "arrest"}
    assert ("Hiroshi Tanaka",) in arrests or ("TANAKA, Hiroshi",) in arrests  # "In the Matter of:", not the officer's field
    assert ("NOBORU SATO",) in arrests or ("Noboru Sato",) in arrests  # after "EXAMINATION OF WITNESS NOBORU SATO"
    assert not [who for who in arrests if "Walter P. Graves" in who or "Ellen J. Moss" in who]


def test_lettered_list_items_are_no_answers(analyse):
    report = ("REPORT ON DETAINEES\n\nTo: Regional Command, at Jakarta\n\n"
              "1. The following were examined:\n\n"
              "   a. SUTRISNO, 41, teacher. Arrested on 2 November 1965 in Klaten.\n"
              "   b. PARJO, 30, farmer. Arrested on 9 December 1965 in Solo.\n")
    arrests = {who for kind, who in typed_people(analyse(report)) if kind == "arrest"}
    assert arrests == {("SUTRISNO",), ("PARJO",)}  # each item's own headword; nobody "answers" an "a." or "b."


def test_your_father_is_named_in_a_question_and_my_father_is_him_in_the_answers(analyse):
    events = analyse("HEARING\n\nIn the Matter of:    MORI, Tadashi\n\n"
                     "Q. Your father is Jinsaku Mori?\nA. Yes, sir. He farmed in Watsonville.\n"
                     "Q. Where is he now?\nA. In the camp at Santa Fe. My father was locked up in Missoula in 1942.\n"
                     "Q. And you?\nA. On March 3 I was brought before Revolutionary Court No. 2 of Havana.\n")
    people = typed_people(events)
    assert ("arrest", ("Jinsaku Mori",)) in people  # "my father", whom the question named
    assert [who for kind, who in people if kind == "trial" and who in (("MORI, Tadashi",), ("Tadashi Mori",))]
