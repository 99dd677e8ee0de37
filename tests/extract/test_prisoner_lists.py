"""An exile committee's annotated list of prisoners, a correspondent's trial report and an editor's collection of
official communiqués (the twenty-fourth blind round's genres), in sentences written for these tests: entries whose
surnames are in capitals after the given names, dates with Roman-numeral months, Italian and spelled-out titles."""

from dossier.extract.names import NameRecognizer
from tests.extract.test_events import only
from tests.extract.test_names import doc_of, recognize  # noqa: F401 (the fixture: a text's (name, label) pairs)

ENTRIES = ("PRISONERS OF THE PENAL\n\n"
           "1. Jorge Aníbal SOSA LEMOS, No. 318. Carpenter; b. 1947, Salto. Arrested 3.VI.1973 in Rivera by the "
           "army; held 30 days at the barracks. Sentenced by the STM on 2.X.1976 to 14 years.\n\n"
           "2. Marta Inés RODÓ VIERA, No. 902. Nurse; b. 12.III.1951. Arrested 9 May 1975 in Minas. Tried by the "
           "military judge; sentenced 1977-06-01 to 6 years. Released prisoners say she was beaten.\n")


def test_an_entry_with_its_surname_in_capitals_gives_its_subjectless_clauses_to_that_person(analyse):
    events = analyse(ENTRIES)
    arrests = {(tuple(people), date) for type_, people, date, *_ in events if type_ == "arrest"}
    assert ((("Jorge Aníbal SOSA LEMOS", "subject"),), "1973-06-03") in arrests  # the date is no object of "Arrested"
    assert ((("Marta Inés RODÓ VIERA", "subject"),), "1975-05-09") in arrests
    sentences = {people[0][0] for type_, people, *_ in events if type_ == "sentence"}
    assert sentences == {"Jorge Aníbal SOSA LEMOS", "Marta Inés RODÓ VIERA"}


def test_a_birth_abbreviated_inside_an_entry_is_the_entry_s_person_s(analyse):
    births = {people[0][0]: date for type_, people, date, *_ in analyse(ENTRIES) if type_ == "birth"}
    assert births == {"Jorge Aníbal SOSA LEMOS": "1947-01-01", "Marta Inés RODÓ VIERA": "1951-03-12"}


def test_released_prisoners_who_speak_are_no_release_of_the_entry_s_person(analyse):
    assert not [e for e in analyse(ENTRIES) if e[0] == "release"]


def test_italian_and_spelled_out_titles_stay_outside_the_name(recognize):
    found = recognize(
        "The prosecution was conducted by Signor Michele Isgrò. Signora Anita Pusterla was acquitted. "
        "Doctor G. I. Mayorov was arrested.")
    assert {("Michele Isgrò", "PERSON"), ("Anita Pusterla", "PERSON"), ("G. I. Mayorov", "PERSON")} <= found
    assert not any(text.startswith(("Signor", "Doctor")) for text, _ in found)


MEMOIR = ("Eight Years of Study\nA Memoir by Tran Van Loc\n\nChapter Two\n\n"
          "On June 16, 1975, my brother-in-law Le Van Binh and I reported at the school. My wife, Le Thi Mai, packed "
          "dried fish and a mosquito net. Mai was allowed to visit me once. I was released on March 2, 1983.")


def test_a_memoir_s_title_line_names_its_author_who_is_i(analyse):
    release = only(analyse(MEMOIR), "release")
    assert release[1] == [("Tran Van Loc", "subject")] and release[2] == "1983-03-02"


def test_kin_named_after_the_word_for_them_are_people(recognize):
    found = recognize(MEMOIR)
    assert {("Le Van Binh", "PERSON"), ("Le Thi Mai", "PERSON"), ("Mai", "PERSON")} <= found


COLLECTION = ("Editor's preface\n\nThe documents below appeared in the Soviet press in 1953.\n\n"
              "I. TASS, 13 January 1953: “Arrest of a Group of Doctors”\n\n"
              "“The organs of state security arrested Professor M. S. Vovsi and Professor V. N. Vinogradov.”\n\n"
              "[Ed.: Two of them could confess nothing. Professor Ya. G. Etinger had died in custody in 1951.]\n\n"
              "II. Pravda, 6 April 1953, editorial\n\n"
              "“The organs failed to expose the wreckers in time. The former minister S. D. Ignatiev was removed from "
              "his post for his political blindness.”\n\n"
              "III. Notes\n\nVovsi was released in April 1953.\n")


def test_a_quoted_document_under_a_heading_that_names_its_source_is_that_source_s_word(analyse):
    events = analyse(COLLECTION)
    said = {(e[0], e[1][0][0]): e[4] for e in events}
    assert said[("arrest", "M. S. Vovsi")] == "TASS"  # not the Roman section number's "I. TASS"
    assert said[("removal", "S. D. Ignatiev")] == "Pravda"
    assert said[("death", "Ya. G. Etinger")] is None  # the editor's note between the documents is the author's
    assert said[("release", "M. S. Vovsi")] is None


def test_a_sentence_told_again_after_a_semicolon_for_a_list_of_names_is_theirs_alone(analyse):
    events = analyse("Umberto Terracini was sentenced to twenty-two years, nine months and five days of imprisonment; "
                     "Antonio Gramsci, Mauro Scoccimarro and Giovanni Roveda to twenty years, four months and five "
                     "days each.")
    sentences = sorted(sorted(name for name, _ in e[1]) for e in events if e[0] == "sentence")
    assert sentences == [["Antonio Gramsci", "Giovanni Roveda", "Mauro Scoccimarro"], ["Umberto Terracini"]]


def test_an_opening_participle_before_a_semicolon_is_the_entry_s_person_s_not_the_next_clause_s(analyse):
    events = analyse("2. Julio César ARRUABARRENA SOSA, No. 1873. Metal worker; union delegate at the rubber plant. "
                     "Re-arrested 1976-05-03 at his home in Montevideo by OCOA; his wife, Nelly Beatriz GADEA, was taken "
                     "with him and held three months at the barracks of the 13th Infantry Battalion.\n")
    arrests = {(e[1][0][0], e[2]) for e in events if e[0] == "arrest"}
    assert ("Julio César ARRUABARRENA SOSA", "1976-05-03") in arrests
    assert ("Nelly Beatriz GADEA", "1976-05-03") not in arrests


def test_hung_by_the_wrists_is_no_execution_and_found_hanged_a_death(analyse):
    events = analyse("Ruben Techera was hooded, hung by the wrists and submerged in water. On 4 September 1980 he was "
                     "found hanged in his cell. Joe Hill was hanged by the neck.")
    assert {(e[0], e[1][0][0]) for e in events if e[0] in ("execution", "death")} == {
        ("death", "Ruben Techera"), ("execution", "Joe Hill")}


def test_a_numbered_body_named_by_its_acronym_and_a_doubled_abbreviation_keep_their_number_and_dot(recognize):
    found = recognize(
        "Abbreviations: FF.CC. – Joint Forces; JMI – military court of instruction, with its number.\n\n"
        "He was arrested by the FF.CC. in 1972, tried by JMI 2 in 1974 and sentenced by JMI 4 in 1977. He appeared "
        "before Military Commission No. 6 in 1978.")
    assert {("JMI 2", "ORG"), ("JMI 4", "ORG"), ("FF.CC.", "ORG"), ("Military Commission No. 6", "ORG")} <= found


def test_the_first_of_two_surnames_written_in_capitals_is_the_person_alone_not_a_town(recognize):
    found = recognize(
        "8. Ángel Rodolfo IBARRA PEREYRA, No. 330. Cane-cutter from Bella Unión. Arrested in 1972. In 1979 his lawyer "
        "asked for his release. Ibarra died in the prison infirmary on 11 March 1980.")
    assert ("Ibarra", "PERSON") in found


def test_an_editor_s_interpolation_mark_is_no_person():
    found = [m.text for m in NameRecognizer().process(doc_of(
        "The doctors were arrested.\n\n[Ed.: Two of the nine could confess nothing. Etinger had died in custody.]"))[0]]
    assert found == ["Etinger"]


def test_a_name_the_text_says_is_an_island_is_a_place_throughout():
    found = [(m.text, m.label) for m in NameRecognizer().process(doc_of(
        "The letter left Makronisos in the autumn of 1949.\n\nMakronisos is a waterless island off Lavrion. Yannis "
        "Ritsos was held on Makronisos. Mau Mau was a secret society."))[0]]
    assert [label for text, label in found if text == "Makronisos"] == ["PLACE"] * 3 and ("Mau Mau", "ORG") in found


def test_a_judgment_s_own_words_in_capitals_are_no_body():
    found = [m.text for m in NameRecognizer().process(doc_of(
        "VERDICT\n\nRESULTING that the accused Julián Escobar joined the militias. CONSIDERING that the facts are "
        "proved, the Court pronounced its Judgement on 3 May."))[0]]
    assert "Julián Escobar" in found and not {"VERDICT", "RESULTING", "CONSIDERING", "Judgement"} & set(found)


def test_a_stadium_named_in_spanish_is_a_place(recognize):
    found = recognize(
        "On 14 September Hernán Fuentes was taken to the Estadio Nacional, where some seven thousand prisoners were "
        "held. Others were held in the Velódromo.")
    assert ("Estadio Nacional", "PLACE") in found


def test_a_czech_woman_s_surname_says_person_whatever_the_tagger_guessed(recognize):
    found = recognize(
        "Communiqué on the trial of Otta Bednářová, Václav Benda and Jiří Dienstbier. Among those detained were Otta "
        "Bednářová, Václav Benda and Jiří Dienstbier.\n\nOtta Bednářová — three years' imprisonment.")
    assert ("Otta Bednářová", "PERSON") in found and ("Otta Bednářová", "ORG") not in found
