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


def test_ethiopian_honorifics_and_slashed_names(tmp_path, recognize):
    text = ("The 1st defendant, Colonel Mengistu Hailemariam, was tried in absentia. Col. Mengistu H/Mariam left the "
            "country in 1991. Ato Bekele Gudeta died in hospital. Woizerit Tsehay Mekonnen was arrested at her home. "
            "Lt. Col. Debebe Wolde-Giorgis denied it, but the minutes list Lt. Col. Debebe W/Giorgis as present.")
    people = {t for t, label in recognize(text) if label == "PERSON"}
    assert {"Mengistu H/Mariam", "Bekele Gudeta", "Tsehay Mekonnen", "Debebe W/Giorgis"} <= people
    assert not any(t.startswith(("Ato", "Woizerit")) for t in people)
    entity = entities_of(tmp_path, text)
    assert entity["Mengistu H/Mariam"] == entity["Mengistu Hailemariam"]
    assert entity["Debebe W/Giorgis"] == entity["Debebe Wolde-Giorgis"]


def test_french_forms_of_address_stay_out_of_the_name(recognize):
    found = recognize("In the first row sat Th. Ferré. Mgr Darboy was shot at La Roquette. Me Lachaud defends him. "
                      "The Marquis de Plœuc, deputy governor of the Bank, called as a witness, testified.")
    people = {t for t, label in found if label == "PERSON"}
    assert {"Th. Ferré", "Darboy", "Lachaud", "de Plœuc"} <= people


def test_a_name_always_written_with_the_article_is_no_person(recognize):
    found = recognize("The Provisional Military Administrative Council (the \"Derg\") ruled. The Emperor was deposed "
                      "by the Derg in 1974. On 23 November the Derg met at the Fourth "
                      "Division and approved the list. A decision of the Derg removed the Patriarch. The Rosenberg "
                      "case was heard. Julius Rosenberg was executed.")
    assert ("Derg", "PERSON") not in found and ("Derg", "ORG") in found  # what its bracketed alias made it
    assert ("Julius Rosenberg", "PERSON") in found


def test_a_french_records_turns_name_their_speakers(recognize):
    found = recognize("THE PRESIDENT.—You were named delegate to the Prefecture on the 14th of May, after Raoul "
                      "Rigault?\nFERRÉ.—Yes.\nURBAIN.—I demanded it in a moment of anger.\n\nMe LACHAUD.—\"He is a "
                      "great painter.\"\n")
    people = {t for t, label in found if label == "PERSON"}
    assert {"FERRÉ", "URBAIN", "LACHAUD", "Raoul Rigault"} <= people
    assert not any(t.endswith(".") or t == "PRESIDENT" for t in people)


def test_french_streets_and_squares_are_places(recognize):
    found = recognize("He was taken in a house of the rue Saint-Sauveur. Rigault was killed in the rue Gay-Lussac on "
                      "24 May. He was on the Place Vendôme when it fell, and later at the Hôtel de Ville. He travelled "
                      "via Berlin.")
    assert {("rue Saint-Sauveur", "PLACE"), ("rue Gay-Lussac", "PLACE"), ("Place Vendôme", "PLACE"),
            ("Hôtel de Ville", "PLACE"), ("Berlin", "PLACE")} <= set(found)
    assert not any(label == "PERSON" and text in ("Sauveur", "Saint-Sauveur") for text, label in found)


def test_a_body_before_a_title_is_no_part_of_the_name(recognize):
    found = recognize("Before this Court Major Gebre Tessema retracted that statement. Before the Tribunal Colonel "
                      "Petrov denied it.")
    people = {t for t, label in found if label == "PERSON"}
    assert {"Gebre Tessema", "Petrov"} <= people and not any(t.startswith(("Court", "Tribunal")) for t in people)


def test_ranks_abbreviated_with_a_slash_are_titles(recognize):
    found = recognize("S/Sgt John Smith was arrested. W/Cdr Peter Brown testified.")
    assert {("John Smith", "PERSON"), ("Peter Brown", "PERSON")} <= set(found)


def test_indian_forms_of_address_and_miss_stay_out_of_the_name(recognize):
    found = recognize("Among those arrested were Kumari Anjali Deshpande and Smt. Kamla Devi. Miss Deshpande was "
                      "released in October.")
    assert {("Anjali Deshpande", "PERSON"), ("Kamla Devi", "PERSON"), ("Deshpande", "PERSON")} <= found
    assert not any(text.startswith(("Kumari", "Smt", "Miss")) for text, _ in found)


def test_dean_is_a_title_where_the_text_writes_the_dean_and_the_dean_is_him(analyse):
    events = analyse("Terhorst claims he acted on the instructions of his superior, Dean Aldenhoven. The Dean, "
                     "questioned on 11.10.1941, denies having given any such instruction.")
    assert ("statement", [("Aldenhoven", "subject")]) in [(e[0], e[1]) for e in events]


def test_tibetan_and_spanish_clergy_titles_stay_out_of_the_name(recognize):
    found = recognize("Our abbot, Khenpo Jampa Gyaltsen, replied. My teacher Geshe Tenpa Rabgye was shot. The Capuchin "
                      "Fray Martín Kessler was expelled.")
    assert {("Jampa Gyaltsen", "PERSON"), ("Tenpa Rabgye", "PERSON"), ("Martín Kessler", "PERSON")} <= set(found)
