"""Titles, ranks and labels around names: a title that opens a sentence, offices of several words, a ruler's
number, Korean given names, a note's initials and the words that label a marginal note."""

from tests.extract.test_names import recognize  # noqa: F401 (the fixture: a text's (name, label) pairs)
from tests.extract.test_names_forms import entities_of


def test_a_title_that_opens_a_sentence_says_a_person_follows(recognize):
    found = recognize("Chair: Sun Deming (Secretary of the University Party Committee).\n\nI. OPENING\n\nComrade Sun "
                      "Deming opened the meeting. Comrade Sun said that the case was grave.\n\nSun Deming was himself "
                      "denounced as a capitalist-roader in 1966.")
    assert ("Sun Deming", "PERSON") in found and ("Sun Deming", "ORG") not in found


def test_offices_and_ranks_stay_out_of_the_name(recognize):
    found = recognize("Lecturer Cao Yi of the Department of History testified. Dean of Studies Wei Zhenhua is in "
                      "hospital. Collegiate Assessor Alexander Griboedov was brought under arrest. The conspirators "
                      "resolved to profit by the renunciation of Grand Duke Constantine Pavlovich.")
    people = {text for text, label in found if label == "PERSON"}
    assert {"Cao Yi", "Wei Zhenhua", "Alexander Griboedov", "Constantine Pavlovich"} <= people
    assert not any(text.startswith(("Lecturer", "Dean", "Studies", "Assessor", "Grand", "Duke")) for text in people)


def test_a_rulers_number_is_part_of_his_name_and_his_style_is_none(recognize):
    found = recognize("Upon the decease of the Emperor Alexander I at Taganrog on 19 November 1825, the conspirators "
                      "met. Yakushkin declared himself ready to take the life of the late Emperor Alexander I.\n"
                      "Your Majesty will see that none of them disclosed it.")
    assert ("Alexander I", "PERSON") in found
    assert not any(text in ("Alexander", "Alexander I.", "Your Majesty", "Emperor") or text.startswith("Emperor")
                   for text, _ in found)


def test_korean_names_keep_their_given_names_and_stay_apart(tmp_path):
    entity = entities_of(tmp_path, "Witness: RI Myong-sik, former prisoner.\n\nMR. RI: My father, Ri Hyong-chol, was "
                                   "arrested. My sister Myong-hui, who was nine, was taken with me. Lee Soo-byung and "
                                   "Lee Sung-jae were tried together.")
    assert entity["RI Myong-sik"] == "RI Myong-sik"
    assert entity["Myong-hui"] == "Myong-hui"
    assert entity["Ri Hyong-chol"] == "Ri Hyong-chol"
    assert entity["Lee Sung-jae"] != entity["Lee Soo-byung"]


def test_a_notes_initials_sign_for_the_person_and_its_label_is_no_name(tmp_path, recognize):
    text = ("Copy No. 9. The remarks of the Deputy Director, Mr. J. E. Armstrong, are printed in square brackets.\n\n"
            "3. Hutchinson was arrested at Bombay and removed to Mianwali Jail.\n"
            "   [Margin: His statement is untrue. -- J.E.A.]\n"
            "   [Margin: Seen. Copies to the Chief Secretaries, Bombay and Bengal. -- J.E.A.]\n")
    assert entities_of(tmp_path, text)["J.E.A."] == "J. E. Armstrong"
    found = recognize(text)
    assert ("Mianwali Jail", "PLACE") in found
    assert not any(text in ("Margin", "Secretaries", "Mianwali Jail") and label == "PERSON" for text, label in found)
