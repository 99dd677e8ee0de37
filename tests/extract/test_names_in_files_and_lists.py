"""Names as files and exile lists write them: a numbered entry's surname in capitals before the given name, a
signature typed between slashes, a private's surname in capitals with his initials, French compound given names,
a hyphenated surname that opens with "Saint", and the words of such papers that are no names (an article of a
code, a section's roman number, an approval stamp, the rural districts a band operates in)."""

from tests.extract.test_names import recognize  # noqa: F401 (the fixture: a text's (name, label) pairs)
from tests.extract.test_names_forms import entities_of


def test_a_numbered_entry_opens_on_the_surname_in_capitals(recognize):
    found = recognize("PRISONERS OF THE FORT: WHAT WE KNOW\n\n1. CÉLESTIN, Antoine. Teacher at Gonaïves. Arrested 12 "
                      "November 1969.\n\n2. JOSEPH, Wilner. Tailor, Port-au-Prince. Arrested with his wife in April 1974."
                      "\n\n3. BASTIEN, J.-R. Student at the State University. Never tried.\n")
    assert {("CÉLESTIN, Antoine", "PERSON"), ("JOSEPH, Wilner", "PERSON"), ("BASTIEN, J.-R.", "PERSON")} <= found
    assert not {name for name, _ in found} & {"JOSEPH", "Wilner", "BASTIEN"}


def test_french_compound_given_names_make_a_person_of_the_name(recognize):
    found = recognize("Three weeks ago the government of Jean-Claude Duvalier announced to the world that the prisons "
                      "of Haiti had been emptied.")
    assert ("Jean-Claude Duvalier", "PERSON") in found


def test_a_surname_opening_on_saint_is_not_a_saint(tmp_path):
    entity = entities_of(tmp_path, "His lawyer, Me Hubert Saint-Fort, was allowed to speak for ten minutes. Saint-Fort "
                                   "himself was detained for two days after the hearing.")
    assert entity.get("Saint-Fort") == "Hubert Saint-Fort"
    assert "Fort" not in entity


def test_signatures_between_slashes_and_surnames_in_capitals_with_initials(recognize):
    found = recognize("APPROVED\nHead of the Raseiniai County Department of the MGB\nLieutenant Colonel /Sokolov/\n21 "
                      "March 1949\n\nOn our side Private FEDOROV N.P. was killed. The NKVD A.B. group withdrew.\n"
                      "Senior assistant to the Prosecutor /K. Vaitkevičius/\n14.XI.1989\n")
    assert {("Sokolov", "PERSON"), ("FEDOROV N.P.", "PERSON"), ("K. Vaitkevičius", "PERSON")} <= found
    assert not any(name.startswith("NKVD") and label == "PERSON" for name, label in found)


def test_a_files_section_numbers_articles_and_stamps_are_no_names(recognize):
    found = recognize("LIST of persons subject to deportation\n\nI. Family of the bandit PETRAUSKAS Jonas:\n1. "
                      "PETRAUSKAS Vytautas Antanovich - brother, b. 1936\n\nII. Family of the kulak GUDAITIS Kazimieras:"
                      "\n1. GUDAITIS Kazimieras Jonovich - head of family, b. 1890\n\nThe interpreter was warned of "
                      "liability under Art. 95 of the Criminal Code.\nAGREED: Head of section, Captain /Zorin/\n")
    people = {name for name, label in found if label == "PERSON"}
    assert {"PETRAUSKAS Jonas", "GUDAITIS Kazimieras", "Zorin"} <= people
    assert not people & {"I. Family", "Family", "Art", "AGREED"}


def test_names_before_a_kind_of_rural_district_are_places(recognize):
    found = recognize("He was a member of the armed band which operates on the territory of the Betygala and "
                      "Ariogala volosts.")
    assert {("Betygala", "PLACE"), ("Ariogala", "PLACE")} <= found


def test_a_witness_s_statement_keeps_him_apart_from_his_father_and_signs_its_notes(tmp_path):
    entity = entities_of(tmp_path, 'Witness: Salim Abd al-Rahman Haddad ("Abu Walid"), aged 38\nInterviewer: Nadia K. '
                                   "Farouqi\nClarifications in square brackets are mine. [N.K.F.]\n\n1. They arrested "
                                   "me and my two roommates, Ahmad Qasim Bitar and Yasin Darwish, both students. New "
                                   "prisoners said that my father, Abd al-Rahman Haddad, had been arrested in 1982. "
                                   "Father Echevarría wrote to us.\n")
    assert entity["Abu Walid"] == "Salim Abd al-Rahman Haddad"
    assert entity["Abd al-Rahman Haddad"] == "Abd al-Rahman Haddad"
    assert entity["N.K.F."] == "Nadia K. Farouqi"
    assert entity["Yasin Darwish"] == "Yasin Darwish"


def test_initials_are_a_body_unless_the_text_names_a_person_so(recognize):
    found = recognize("The Kenya African Union (K.A.U.) met in Nairobi. The K.A.U. was banned.")
    assert ("K.A.U.", "PERSON") not in found


def test_hyphened_place_names_barracks_and_a_county_town(recognize):
    found = recognize("He was taken from Port-au-Prince to the Casernes Dessalines, then to Rostov-on-Don.\n\n"
                      "Head of the Raseiniai County Department of the MGB\nTown of Raseiniai, 19 March 1949\nA native of "
                      "Kalnujai, Raseiniai County, he was brought to Raseiniai.\n")
    assert {("Port-au-Prince", "PLACE"), ("Casernes Dessalines", "PLACE"), ("Rostov-on-Don", "PLACE")} <= found
    assert ("Raseiniai", "PLACE") in found and ("Raseiniai", "ORG") not in found


def test_an_american_address_has_a_state_and_a_post_box_not_people(recognize):
    found = recognize("Ti Lanp is published by the Committee, P.O. Box 412, Brooklyn, N.Y. 11225. Reproduction is "
                      "encouraged.")
    assert ("N.Y.", "PLACE") in found and not any(label == "PERSON" for _, label in found)
