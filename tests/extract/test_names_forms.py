"""Names whose written form misleads: a surname cut to its initial, a rank's abbreviation that is also a surname,
an office that runs into the name after it, a trade written as a title, a factory named for a man, and the first
of two Spanish surnames standing for the person."""

from dossier.analysis import Analyzer
from dossier.ingest import read_document
from dossier.extract.names import NameRecognizer
from tests.extract.test_names import doc_of, recognize  # noqa: F401 (the fixture: a text's (name, label) pairs)


def entities_of(tmp_path, text: str) -> dict[str, str]:
    """Each PERSON mention's text and the name of the entity it was resolved to."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    analyzer = Analyzer()
    mentions = analyzer.analyze_all([read_document(path)])[0].mentions
    names = {e.id: e.name for e in analyzer.entities()}
    return {m.text: names.get(m.entity_id) for m in mentions if m.label == "PERSON"}


def test_a_surname_kept_to_its_initial_keeps_its_dot(recognize):
    found = recognize("Zbigniew W., a fitter, was detained on 25 June. The book records the release of Dr. "
                      "Kabaireho E. at 8.15 p.m.")
    assert {("Zbigniew W.", "PERSON"), ("Kabaireho E.", "PERSON")} <= found


def test_a_signature_with_initials_is_the_person_named_in_full(tmp_path):
    entity = entities_of(tmp_path, "Dr. Joaquín Murguía Téllez was arrested at his home in Coyoacán on 14 November 1968. "
                                   "Hernán Rodrigo FUENTES SALINAS, schoolteacher, was held at the stadium.\n\nSigned: J. "
                                   "Murguía T.\n\n(signed) H. Fuentes S.\n")
    assert entity["J. Murguía T."] == "Joaquín Murguía Téllez"
    assert entity["H. Fuentes S."] == "Hernán Rodrigo FUENTES SALINAS"


def test_a_rank_written_without_its_dot_may_be_a_surname(recognize):
    found = recognize("Ryszard Maj, a welder at the Ursus Mechanical Works, was arrested at dawn on 26 June. Maj "
                      "testifies that he was beaten there.")
    assert ("Ryszard Maj", "PERSON") in found and ("Maj", "PERSON") in found
    assert ("Ursus Mechanical Works", "ORG") in found


def test_a_body_that_ends_an_office_is_not_part_of_the_name_after_it(recognize):
    found = recognize("On 5th May he saw the officer in charge, Assistant Superintendent of Police Yusuf Adroa. "
                      "ASP Adroa told him the lecturer had been released.")
    assert ("Yusuf Adroa", "PERSON") in found and ("Adroa", "PERSON") in found
    assert not any(text.startswith(("Police", "ASP")) for text, _ in found)


def test_a_trade_written_before_a_name_is_no_part_of_it(recognize):
    found = recognize("CAMAGUEY - Journalist Evelio Garcés Tamayo was sentenced to 26 years in Camagüey.")
    assert ("Evelio Garcés Tamayo", "PERSON") in found


def test_a_factory_named_for_a_man_is_a_body(recognize):
    found = recognize("Stanisław Kępa, a turner from the Walter works, was sentenced. Zbigniew Wrona, a fitter at "
                      "the Radoskór shoe factory, was beaten. The statement was broadcast over Radio Uganda.")
    assert {("Walter", "ORG"), ("Radoskór", "ORG"), ("Radio Uganda", "ORG")} <= found


def test_the_first_of_two_surnames_alone_is_the_person_not_the_town(recognize):
    found = recognize("The prosecution rests on the confession of Anselmo Trujillo Cerda, a former delegate. In it "
                      "Trujillo declared that the Council had prepared an uprising. Salvador Peniche, a student of "
                      "the School of Agriculture, was detained in Puebla on October 9.")
    assert {("Trujillo", "PERSON"), ("Salvador Peniche", "PERSON")} <= found


def test_a_russian_diminutive_is_the_person_of_that_given_name(tmp_path):
    entity = entities_of(tmp_path, "I beg mercy for my younger son, Mikhail Fedorovich Shulga, a student. The gendarme "
                                   "said that it was Misha's revolver. But on that evening Misha was at home with "
                                   "Sergei Rylov. Sasha Petrov was not there.")
    assert entity["Misha"] == "Mikhail Fedorovich Shulga"
    assert entity["Sasha Petrov"] != "Mikhail Fedorovich Shulga"


def test_a_given_name_alone_is_a_person(recognize):
    found = recognize('"Thandiwe" (a pseudonym used at her request; Case 7/MAT/31), then seventeen years old, was '
                      'detained at Bhalagwe on 2 March 1984 together with her mother.\n\n[6] Interviews with K.M. and '
                      '"Thandiwe", Kezi, October 1995.')
    assert ("Thandiwe", "PERSON") in found


def test_a_surname_cut_to_its_first_letters_is_the_person_of_the_same_paragraph(tmp_path):
    entity = entities_of(tmp_path, "On 11.10.1941 officials arrested the lathe operator Heinrich Wilhelm Kösters of "
                                   "Hamborn. K. belonged to the KPD until 1933. The court tried Otto Remmert and Fritz "
                                   "Schüller and sentenced them: Remmert to 6 years, Sch. to 4 years.\n\n"
                                   "Andrei Lebedev was sent to Vologda.\n\n"
                                   "[Resolution in another hand: \"Agree. L. 3.III.03.\"]\n\n"
                                   "Copies: M. the Bâtonnier of the Order; Mr. Lacoste.\n")
    assert entity["K."] == "Heinrich Wilhelm Kösters"
    assert entity["Sch."] == "Fritz Schüller"
    assert "L." not in entity  # its person is not named in that paragraph: a signature we cannot read
    assert "M." not in entity  # Monsieur


def test_a_town_quarter_a_camp_and_a_german_street_are_places(recognize):
    found = recognize("Officials of the Duisburg branch office arrested Peter Jansen of Duisburg-Meiderich, resident "
                      "at Weseler Strasse 14. He had spent 14 months in KL Esterwegen. Duisburg police reported it.")
    assert {("Duisburg-Meiderich", "PLACE"), ("Weseler Strasse", "PLACE"), ("KL Esterwegen", "PLACE")} <= found


def test_wade_giles_names_keep_their_apostrophes_and_umlauts(recognize):
    found = recognize("Defendants:\n(1) TS'AI Ming-hui, male, aged 34; schoolteacher.\n(4) CH'EN Yü-lan, female, "
                      "aged 24; nurse.\n\nHuang Chih-ch'eng arrived at Keelung. Ch'en Yü-lan admits it.")
    assert {("TS'AI Ming-hui", "PERSON"), ("CH'EN Yü-lan", "PERSON"), ("Huang Chih-ch'eng", "PERSON"),
            ("Ch'en Yü-lan", "PERSON")} <= found


def test_a_body_named_with_its_seat_after_it_is_a_body(recognize):
    found = recognize("On 8.10.1941 the 2nd Criminal Senate of the Higher Regional Court Hamm tried the communists "
                      "Otto Remmert and Fritz Schüller. The Special Court Düsseldorf passed sentence. He studied Postwar "
                      "Soviet Politics.")
    assert {("Special Court Düsseldorf", "ORG"), ("Higher Regional Court Hamm", "ORG")} <= found
    assert ("Postwar Soviet Politics", "ORG") not in found


def test_a_place_after_its_preposition_is_no_person_of_the_list_it_runs_into(recognize):
    found = recognize("Terhorst read from the sermon which the Bishop of Münster, Clemens August Count von Galen, "
                      "delivered on 3 August 1941.")
    assert ("Münster", "PLACE") in found and ("Münster", "PERSON") not in found


def test_jehovahs_witnesses_are_a_body_not_two_people(recognize):
    found = recognize("Johann Schmelzer (IBV) [International Bible Students' Association, i.e. Jehovah's Witnesses], "
                      "Mülheim, was transferred to KL Sachsenhausen.")
    assert ("Jehovah's Witnesses", "ORG") in found and ("Jehovah", "PERSON") not in found


def test_a_father_s_line_and_the_arabic_article_are_one_name(recognize):
    found = recognize("The force arrested the persons named below:\n"
                      "   a. Rashid son of Hama Amin Qadir, born 1951, farmer.\n"
                      "   b. Nasrin daughter of Ali Faraj, born 1964, housewife.\n"
                      "The accused Rashid confessed. The accused Jamal son of Fattah Ibrahim escaped. Signed: Security "
                      "Colonel Fadhil Abbas al-Janabi. Copy to "
                      "Hazim Abd al-Sattar Jasim. The Bishop of Münster, Clemens August Count von Galen, preached.")
    assert {("Rashid son of Hama Amin Qadir", "PERSON"), ("Nasrin daughter of Ali Faraj", "PERSON"),
            ("Jamal son of Fattah Ibrahim", "PERSON"),
            ("Fadhil Abbas al-Janabi", "PERSON"), ("Hazim Abd al-Sattar Jasim", "PERSON"),
            ("Clemens August Count von Galen", "PERSON")} <= found


GACACA_RECORD = (
    "The seat was composed of the following inyangamugayo: MUKANDOLI Spéciose, President; KABERA Anastase, "
    "Vice-President; NDAGIJIMANA Félicien; MUKARWEGO Pascasie.\n\n"
    "1. NZABONIMPA Faustin, born in 1961 in Gasharu Cell, farmer.\n"
    "2. MUNYANEZA Callixte, born in 1958 in Kibingo Cell, trader.\n\n"
    "On 18 April 1994 Conseiller BUCYANA Protais held a meeting. From 19 April I was at the Gasharu roadblock. "
    "They wanted to reach the parish of Kibingo. \"Callixte has never held a machete,\" he said.\n\n"
    "FOR THESE REASONS, the Court:\n"
    "Declares MUNYANEZA Callixte guilty of charge a).\n")


def test_a_register_s_surname_first_in_capitals_names_a_person_and_his_given_name_alone_is_him(tmp_path, recognize):
    found = recognize(GACACA_RECORD)
    assert {("MUKANDOLI Spéciose", "PERSON"), ("NDAGIJIMANA Félicien", "PERSON"), ("MUKARWEGO Pascasie", "PERSON"),
            ("MUNYANEZA Callixte", "PERSON"), ("BUCYANA Protais", "PERSON"), ("Gasharu", "PLACE"),
            ("Kibingo", "PLACE")} <= found
    assert not [text for text, _ in found if text.startswith(("Declares", "Conseiller"))]
    assert entities_of(tmp_path, GACACA_RECORD)["Callixte"] == "MUNYANEZA Callixte"


def test_a_given_name_alone_is_the_man_whose_name_it_opens_not_his_son_s_father_s_line(tmp_path):
    entity = entities_of(tmp_path, "The force arrested the persons named below:\n"
                                   "   a. Rashid son of Hama Amin Qadir, born 1951, farmer.\n"
                                   "   b. Kamal son of Rashid Hama Amin, born 1969, deserter.\n\n"
                                   "2. Under interrogation the accused Rashid confessed.\n")
    assert entity["Kamal son of Rashid Hama Amin"] == "Kamal son of Rashid Hama Amin"
    assert entity["Rashid"] == "Rashid son of Hama Amin Qadir"


def test_a_russian_file_s_surname_first_forms_are_one_man_and_two_brothers_stay_two(tmp_path):
    entity = entities_of(tmp_path, "A group headed by the former church warden Lapin Pyotr Semyonovich was liquidated. "
                                   "Lapin P.S. was sentenced by the Troika to be shot. According to Comrade Ozerov, the "
                                   "former village elder Kovalenko Ivan Petrovich and his brother Kovalenko Danylo "
                                   "Petrovich fled. Kovalenko I.P. was arrested on 12 February.")
    assert entity["Lapin P.S."] == "Lapin Pyotr Semyonovich"
    assert entity["Kovalenko I.P."] == entity["Kovalenko Ivan Petrovich"] != entity["Kovalenko Danylo Petrovich"]


def test_a_name_with_jr_and_without_it_in_one_hearing_is_one_man(tmp_path):
    entity = entities_of(tmp_path, "MR. COLLINS: Ring Lardner, Jr., was a member. Later Ring Lardner refused to answer.")
    assert entity["Ring Lardner"] == entity["Ring Lardner, Jr."]


def test_a_widow_s_name_the_departments_of_a_country_and_a_man_named_like_a_city(recognize):
    found = recognize("In the departments of Zelaya and Matagalpa the Guard accuses the peasants. Signed: Carmen "
                      "Membreño viuda de Arauz. Artur London, a deputy minister, was arrested in 1951; London is a "
                      "city he knew well, and Lise London, the wife of Artur London, renounced him.")
    assert {("Zelaya", "PLACE"), ("Matagalpa", "PLACE"), ("Carmen Membreño viuda de Arauz", "PERSON")} <= set(found)
    assert ("Artur London", "PERSON") in found and ("Artur London", "PLACE") not in found


def test_register_ages_aliases_and_ranks_before_a_bracketed_corps_mark_people(recognize):
    found = recognize("c. NGATIMIN, 46, railway worker, Semarang. Arrested 2 November 1965.\n"
                      "d. SUPARNO alias NONO, 29, the courier.\n"
                      "The interrogation was conducted by Major (Inf.) Imam Santoso on 5 November 1969.\n")
    people = {text for text, label in found if label == "PERSON"}
    assert {"NGATIMIN", "SUPARNO", "NONO", "Imam Santoso"} <= people


def test_camps_mountains_harbours_streets_and_ships_are_places(recognize):
    found = recognize("HOLDING CENTERS\n\nThe Minidoka Relocation Center stood near Twin Mountain, Idaho. After Pearl "
                      "Harbor he was held at Kooskia and transferred to Crystal City. Internees from Etna Drive were "
                      "held on H.M.S. Maidstone. Ballykiln in County Down held others.\n")
    places = {text for text, label in found if label == "PLACE"}
    assert {"Minidoka Relocation Center", "Twin Mountain", "Idaho", "Pearl Harbor", "Kooskia", "Crystal City",
            "Etna Drive", "H.M.S. Maidstone", "Ballykiln"} <= places
    assert not {text for text, label in found if label == "PERSON"}


def test_a_form_field_holds_the_surname_in_capitals_then_the_given_name(recognize):
    found = recognize("In the Matter of:    OKADA, Kiyoshi      Family No. 4411\nHearing Officer:     Ralph M. Dunn\n\n"
                      "Mr. Okada was born in Stockton.\n")
    assert ("OKADA, Kiyoshi", "PERSON") in found and ("OKADA", "PLACE") not in found


def test_a_married_womans_own_surname_alone_is_hers_not_her_sons_second_surname(tmp_path):
    entity = entities_of(tmp_path, "Ángel Rivero Valdés, 18, died at the camp on May 9. His mother, Mrs. Caridad Valdés "
                                   "de Rivero, reached Miami on June 2. \"They came for him at night,\" Mrs. Valdés told us.")
    assert entity["Valdés"] == "Caridad Valdés de Rivero"
    assert entity["Ángel Rivero Valdés"] == "Ángel Rivero Valdés"


def test_a_numbered_body_runs_on_through_of_to_its_seat(recognize):
    found = recognize("On March 3 he was brought before Revolutionary Tribunal No. 2 of Camagüey, which sentenced him.")
    assert ("Revolutionary Tribunal No. 2 of Camagüey", "ORG") in found and ("Camagüey", "PLACE") not in found


def test_a_common_word_in_capitals_is_a_heading_not_a_body(recognize):
    found = recognize("ARRESTS\n\nOn 4 May Ivan Kovalenko was arrested in Kharkov by the NKVD.\n\nPETITION\n\n"
                      "His wife petitioned the Procurator.\n")
    labels = {text: label for text, label in found}
    assert "ARRESTS" not in labels and "PETITION" not in labels
    assert labels.get("NKVD") == "ORG" and labels.get("Ivan Kovalenko") == "PERSON"


def test_a_forms_field_label_is_no_place():
    text = ("Sulaimaniya Governorate / Section 3\n\nNo.: Sh3/4712\nDate: 14/4/1988\n\nDate of Hearing: 3 May 1988\n"
            "The detainee Kamal Aziz was moved to Date on the coast.\n")
    found = [(m.start, m.text, m.label) for m in NameRecognizer().process(doc_of(text))[0]]
    assert [(start, label) for start, name, label in found if name == "Date"] == [(text.rindex("Date"), "PLACE")]
    assert ("Kamal Aziz", "PERSON") in [(name, label) for _, name, label in found]


def test_the_federal_district_is_part_of_the_citys_name(recognize):
    found = recognize("cc: Project Director\n    Dillon S. Myer, Director, WRA, Washington, D.C.\n")
    assert ("Washington, D.C.", "PLACE") in found and not [t for t, label in found if t == "D.C."]
    assert ("Dillon S. Myer", "PERSON") in found


def mentions_of(tmp_path, text: str) -> set[tuple[str, str]]:
    """The whole pipeline's mentions, as (text, label): lines in capitals are recased before the parse."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return {(m.text, m.label) for m in Analyzer().analyze_all([read_document(path)])[0].mentions}


REGISTER = ("ENTRY No. 88\n\nSURNAMES AND NAMES: MORALES VEGA, Tomás Ignacio\nOCCUPATION: baker.\n"
            "DETAINED: 2 May 1977 at the market of Concepción.\nCAUSE: Suspected of distributing leaflets.\n"
            "OBSERVATIONS: Released on 9 May 1977. His mother, Ña Eusebia Vega, signed for him.\n\n"
            "ENTRY No. 89\n\nSURNAMES AND NAMES: PAZ DE LEÓN, Rosa\nOCCUPATION: nurse.\n"
            "DETAINED: 3 May 1977.\nOBSERVATIONS: Transferred to the women's prison.\n")


def test_a_registers_entry_holds_a_two_word_surname_in_capitals_then_the_given_names(tmp_path):
    found = mentions_of(tmp_path, REGISTER)
    assert {("MORALES VEGA, Tomás Ignacio", "PERSON"), ("PAZ DE LEÓN, Rosa", "PERSON"), ("Eusebia Vega", "PERSON")} <= found


def test_a_registers_printed_labels_in_capitals_are_not_names(tmp_path):
    found = mentions_of(tmp_path, REGISTER)
    labels = {"OCCUPATION", "DETAINED", "CAUSE", "OBSERVATIONS", "SURNAMES AND NAMES"}
    assert not {(text, label) for text, label in found if text in labels}


def test_a_registers_two_surnames_alone_are_the_person_its_entry_names(tmp_path):
    entity = entities_of(tmp_path, REGISTER + "\nENTRY No. 90\n\nSURNAMES AND NAMES: SOSA, Julio\n"
                                              "DETAINED: 4 May 1977, together with Morales Vega (entry 88).\n")
    assert entity["Morales Vega"] == "MORALES VEGA, Tomás Ignacio"


def test_south_slavic_names_and_places(tmp_path):
    found = mentions_of(tmp_path, "MILAN PETROVIĆ\n\nI was arrested in October 1948. My wife Vera said nothing. In 1950 "
                                  "Ilija Topić was taken to Goli Otok, and in 1951 to Sveti Grgur.\n")
    assert {("Ilija Topić", "PERSON"), ("Vera", "PERSON"), ("Goli Otok", "PLACE"), ("Sveti Grgur", "PLACE")} <= found


def test_a_czech_spelling_of_a_russian_name_is_the_same_person(tmp_path):
    entity = entities_of(tmp_path, "Ieronim Petrovich Uborevich commanded the district. Uborevich (in some documents "
                                   "Uborevič) was arrested in May 1937.")
    assert entity["Uborevič"] == entity["Uborevich"] == "Ieronim Petrovich Uborevich"


def test_a_peoples_court_takes_the_county_or_prefecture_it_sits_for(recognize):
    found = recognize("In 1958 the Tongwei County People's Court sentenced him; in 1979 the Dingxi Prefecture Intermediate "
                      "People's Court reviewed the verdict.")
    assert {("Tongwei County People's Court", "ORG"), ("Dingxi Prefecture Intermediate People's Court", "ORG")} <= found


def test_a_serbian_honorific_stays_outside_the_name(recognize):
    found = recognize("Old Čiča Đura Bašić, a printer from Zemun, died in the quarry in January 1951.")
    assert ("Đura Bašić", "PERSON") in found and not any(text.startswith(("Old", "Čiča")) for text, _ in found)
