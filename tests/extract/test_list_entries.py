"""A reference list's entries open on the surname, a comma and the given names: one person, the entry's subject."""

from dossier.extract.names import NameRecognizer
from tests.extract.test_names import doc_of

ENTRIES = ("List\n\n"
           "Halloran, Seamus Patrick (born 2 May 1890, Cork). Printer. He was arrested on 3 May 1921 and was shot "
           "at Mountjoy on 14 June 1921.\n\n"
           "Markovic, Dragan (born 1911, Nis). Teacher. Arrested on 9 June 1949, he died in prison on 2 March 1950.\n\n"
           "References\n\n"
           "Markovic, Dragan. Letters from prison. Belgrade, 1991.\n")


def test_an_entry_opening_surname_comma_given_names_is_one_person():
    found = {(m.text, m.label) for m in NameRecognizer().process(doc_of(ENTRIES))[0]}
    assert {("Halloran, Seamus Patrick", "PERSON"), ("Markovic, Dragan", "PERSON")} <= found
    assert ("Seamus Patrick", "PERSON") not in found and ("Dragan", "PERSON") not in found


def test_a_line_of_surnames_is_not_one_inverted_name():
    found = {(m.text, m.label) for m in NameRecognizer().process(doc_of("Shot in June 1937:\n\nTukhachevsky, Yakir, "
                                                                          "Uborevich and Kork.\n"))[0]}
    assert ("Tukhachevsky", "PERSON") in found and ("Yakir", "PERSON") in found


def test_the_entry_s_events_are_its_person_s(analyse):
    events = analyse(ENTRIES)
    halloran = [("Halloran, Seamus Patrick", "subject")]
    assert [e[1] for e in events if e[0] in ("birth", "arrest", "execution") and e[2] in ("1890-05-02", "1921-05-03", "1921-06-14")] == [halloran] * 3
    assert [e[1] for e in events if e[0] == "death"] == [[("Markovic, Dragan", "subject")]]


def test_the_place_after_a_full_birth_date_is_a_place_and_he_is_the_entry_s_person(analyse):
    text = "Marinov, Asen Georgiev (born 7 January 1911, Vidin). Partisan commander. He was shot on 2 August 1952.\n"
    found = {(m.text, m.label) for m in NameRecognizer().process(doc_of(text))[0]}
    assert ("Vidin", "PLACE") in found
    assert [e[1] for e in analyse(text) if e[0] == "execution"] == [[("Marinov, Asen Georgiev", "subject")]]


def test_a_surname_written_first_says_nothing_of_sex(analyse):
    events = analyse("Lin Zhiyuan was a teacher. In 1970 the Court sentenced him to fifteen years. He died in prison on "
                     "December 2, 1971.")
    assert [(e[0], e[1]) for e in events if e[0] in ("sentence", "death")] == [
        ("sentence", [("Lin Zhiyuan", "subject")]), ("death", [("Lin Zhiyuan", "subject")])]


def test_a_case_paragraph_without_a_subject_is_about_the_line_that_names_it(analyse):
    events = analyse("CASES\n\n1. PEDRO SALONGA, 27, printer, Malolos\n\nArrested on 5 May 1974 at his shop by soldiers. "
                     "Held at Camp Olivas.\n\n2. LUZ DEL ROSARIO, 30, teacher, Tarlac\n\nArrested on 9 June 1974 at her school.")
    arrests = {(tuple(who), date) for kind, who, date, *_ in events if kind == "arrest"}
    assert ((("PEDRO SALONGA", "subject"),), "1974-05-05") in arrests  # and "Malolos" is no second person on his line
    assert ((("LUZ DEL ROSARIO", "subject"),), "1974-06-09") in arrests


def test_a_paragraph_after_a_list_of_one_line_entries_is_not_about_the_last_of_them(analyse):
    events = analyse("The accused:\n\n1. GORELIK, Mikhail Semyonovich, born 1894, engineer.\n\n"
                     "2. REIMAN, Karl Oskarovich, born 1890, consultant.\n\nArrested in the course of 1937.")
    assert not [e for e in events if e[0] == "arrest" and any("REIMAN" in (n or "") for n, _ in e[1])]


def test_a_victims_list_entry_with_an_age_is_about_its_name(analyse):
    events = analyse("II. THE VICTIMS\n\n5. Ana Lucía Barrios Monzón, 22, law student and member of the executive "
                     "committee of the AEU.")
    assert [e[1] for e in events if e[0] == "membership"] == [[("Ana Lucía Barrios Monzón", "subject")]]


def test_a_case_line_naming_two_people_gives_its_paragraph_both(analyse):
    events = analyse("CASES\n\n6. VICTOR and ROGELIO LACSAMANA, fishermen, Orani\n\n"
                     "Arrested together on 8 February 1974 in Orani.\n\n7. LUZ DEL ROSARIO, 30, teacher\n\n"
                     "Arrested on 9 June 1974.")
    arrests = [sorted(n.lower() for n, _ in e[1]) for e in events if e[0] == "arrest" and e[2] == "1974-02-08"]
    assert arrests == [["rogelio lacsamana", "victor"]] or arrests == [["rogelio lacsamana", "victor lacsamana"]]


def test_a_past_verb_coordinated_with_a_subjectless_opener_is_told_of_the_same_case(analyse):
    events = analyse("CASES\n\n6. VICTOR and ROGELIO LACSAMANA, fishermen, Orani\n\nArrested together on 8 February "
                     "1974 in Orani and tried before Military Commission No. 6 at Fort Bonifacio for illegal possession "
                     "of firearms.")
    assert [sorted(n.lower() for n, _ in e[1]) for e in events if e[0] == "trial"] == [["rogelio lacsamana", "victor"]]


SCREENING = ("6. Category B.\n\n"
             "   1) WARSITO, 35, chairman of the youth branch for Salatiga. Arrested 30.10.1965 in Salatiga. "
             "Transferred on 16 December 1969 to Nusakambangan.\n"
             "   2) Ir. BUDI HARTANTO, 38, lecturer. Arrested in Jogjakarta on 12/1/1966. He is accused by the detainee "
             "Warsito of having given political courses in 1964.\n"
             "   3) Mrs. SITI RAHAYU, 33, member of the women's branch. Arrested 8 November 1965.\n"
             "The shipment of Warsito to Buru is planned for April 1970.\n\n"
             "7. Staff.\n\n"
             "Captain Hadi Lubis was transferred on 10 January 1970 to the Udayana command.\n")


def test_a_list_items_subjectless_clauses_and_pronouns_are_about_its_headword(analyse):
    events = analyse(SCREENING)
    arrested = {tuple(name for name, _ in e[1]) for e in events if e[0] == "arrest" and e[4] is None}
    assert {("WARSITO",), ("BUDI HARTANTO",), ("SITI RAHAYU",)} <= arrested  # not all of them the first item's
    accused = [e[1] for e in events if e[0] == "accusation"]
    assert accused and ("BUDI HARTANTO", "accused") in accused[0]  # "He is accused by the detainee Warsito"


def test_a_prisoners_transfer_is_custody_and_an_officers_a_removal(analyse):
    events = analyse(SCREENING)
    moved = {(e[0], tuple(name for name, _ in e[1])) for e in events
             if "ransferred" in SCREENING[e[5].evidence.start:e[5].evidence.end]}
    assert ("arrest", ("WARSITO",)) in moved  # to Nusakambangan, after his arrest
    assert ("removal", ("Hadi Lubis",)) in moved  # an officer to a command: no prisoner
