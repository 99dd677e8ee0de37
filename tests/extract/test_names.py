"""Recognition on sentences written in the manner of the period (not copied from the gold text)."""

import pytest

from dossier.extract.given_names import is_given_name
from dossier.extract.names import NameRecognizer
from dossier.ingest.structure import find_structure
from dossier.model import Document


def doc_of(text: str) -> Document:
    s = find_structure(text)
    return Document(id="t", path="t.txt", text=text, blocks=s.blocks, footnotes=s.footnotes)


@pytest.fixture(scope="module")
def recognize():
    r = NameRecognizer()
    return lambda text: {(m.text, m.label) for m in r.process(doc_of(text))[0]}


def test_russian_surnames_are_people_not_places(recognize):
    found = recognize("At the trial Mrachkovsky and Dreitzer were named, and Smilga was arrested in Moscow.")
    assert {("Mrachkovsky", "PERSON"), ("Dreitzer", "PERSON"), ("Smilga", "PERSON"), ("Moscow", "PLACE")} <= found


def test_titles_and_possessives_are_not_part_of_the_name(recognize):
    found = recognize("Comrade Vyshinsky read the indictment. The prosecutor Krylenko's speech followed.")
    assert ("Vyshinsky", "PERSON") in found and ("Krylenko", "PERSON") in found
    assert not any(text.startswith(("Comrade", "The")) for text, _ in found)


def test_initials_and_hyphenated_names(recognize):
    found = recognize("The witness I. N. Smirnov denied it, and Ter-Vaganian said nothing; G.E. Zinoviev confessed.")
    assert {("I. N. Smirnov", "PERSON"), ("Ter-Vaganian", "PERSON"), ("G.E. Zinoviev", "PERSON")} <= found


def test_security_organs_parties_and_newspapers_are_organisations(recognize):
    found = recognize("The NKVD and the OGPU reported to the Politburo; Izvestia and Pravda printed the Central "
                      "Committee resolution against the Right Opposition.")
    for name in ("NKVD", "OGPU", "Politburo", "Izvestia", "Pravda", "Central Committee", "Right Opposition"):
        assert (name, "ORG") in found, name


def test_group_words_and_adjectives_are_not_names(recognize):
    found = recognize("The Trotskyists and the Stalinists quarrelled over the Soviet press.")
    assert not found


def test_footnote_markers_are_never_names(recognize):
    r = NameRecognizer()
    text = "Bukharin was rehabilitated.[12] Nobody believed it.\n\n[12] Pravda, 10 September 1936.\n"
    mentions, _ = r.process(doc_of(text))
    assert all(not (m.start <= text.index("[12]") < m.end) for m in mentions)


def test_generic_plural_has_no_entity(recognize):
    r = NameRecognizer()
    mentions, _ = r.process(doc_of("Radek was accused. Soon there will be other Radeks in the dock."))
    plural = [m for m in mentions if m.text == "Radeks"]
    assert plural and plural[0].label == "PERSON" and plural[0].generic


def test_cyrillic_name_in_english_text(recognize):
    found = recognize("The Russian record spells him Пятаков, and the court accepted it.")
    assert ("Пятаков", "PERSON") in found


def test_document_vote_makes_a_name_a_person_throughout(recognize):
    found = recognize("Kuibyshev spoke first. Kuibyshev was arrested later. In Kuibyshev the press was silent.")
    assert ("Kuibyshev", "PERSON") in found


def test_dictionary_style_inverted_names_are_one_person(tmp_path):
    from dossier.analysis import Analyzer
    from dossier.ingest import read_document
    path = tmp_path / "lives.txt"
    path.write_text("KEDROV, Mikhail Sergeevich (1878–1941). One of the founders of the Cheka, Kedrov was shot "
                    "in 1941. MOSCOW, March 2. The trial opened.\n", encoding="utf-8")
    result = Analyzer().analyze_all([read_document(path)])[0]
    people = [(m.text, m.entity_id) for m in result.mentions if m.label == "PERSON"]
    assert people[0][0] == "KEDROV, Mikhail Sergeevich" and people[0][1] == people[1][1]  # one person with "Kedrov"
    assert [m.label for m in result.mentions if m.text == "Cheka"] == ["ORG"]  # listed beside a name, still an organ
    assert not [m for m in result.mentions if m.label == "PERSON" and "MOSCOW" in m.text]  # a dateline is no name


def test_bulletin_capitals_digraph_initials_and_speaker_labels(recognize):
    found = recognize("On 14 January the essayist Yevhen SVERSTYUK and Vasyl STUS were arrested. Yu. Shikhanovich was "
                      "questioned by the Moscow NKVD.\n\nVYSHINSKY: Who brought you the letter?\n\nNOTE: none.")
    assert {("Yevhen SVERSTYUK", "PERSON"), ("Vasyl STUS", "PERSON"), ("Yu. Shikhanovich", "PERSON"),
            ("VYSHINSKY", "PERSON")} <= found
    assert ("NKVD", "PERSON") not in found and not any(text == "NOTE" for text, _ in found)


def test_surname_first_before_a_patronymic_in_a_verdict(recognize):
    found = recognize("The court sentenced Zinoviev, Grigori Evseyevich; Kamenev, Lev Borisovich; and Mikhail "
                      "Tukhachevsky, Ieronim Uborevich and Thirteen others. In Moscow, Ivan Petrovich Bakayev spoke.")
    assert {("Zinoviev, Grigori Evseyevich", "PERSON"), ("Kamenev, Lev Borisovich", "PERSON")} <= found
    assert ("Mikhail Tukhachevsky", "PERSON") in found  # not "Tukhachevsky, Ieronim Uborevich" read backwards
    assert ("Ivan Petrovich Bakayev", "PERSON") in found and ("Thirteen", "PERSON") not in found


def test_an_alias_the_text_gives_is_the_same_person(tmp_path):
    from dossier.analysis import Analyzer
    from dossier.ingest import read_document
    path = tmp_path / "alias.txt"
    path.write_text("The general secretary, Julian Leszczyński, who signed his articles as Leński, was summoned. "
                    "Leński was shot. Trotsky (Sedov's father) spoke.\n", encoding="utf-8")
    result = Analyzer().analyze_all([read_document(path)])[0]
    ids = {m.text: m.entity_id for m in result.mentions if m.label == "PERSON"}
    assert ids["Leński"] == ids["Julian Leszczyński"]
    assert ids["Sedov"] != ids["Trotsky"]  # a description in brackets is no alias


def test_a_place_before_an_organ_and_a_city_that_is_a_first_name(recognize):
    found = recognize("The Moscow NKVD and the Kiev OGPU acted. Vladimir BUKOVSKY is held in Vladimir prison.")
    assert {("Moscow", "PLACE"), ("NKVD", "ORG"), ("Kiev", "PLACE"), ("OGPU", "ORG"), ("Vladimir BUKOVSKY", "PERSON")} <= found


def test_names_outside_the_soviet_sources_by_their_given_name_and_particles(recognize):
    found = recognize("Ricardo Ernesto Bermúdez Salas, a journalist, was arrested. His mother, Elsa Lanusse de Aráoz, "
                      "filed a petition. Alicia Noemí Olmos de Goldar was abducted in Buenos Aires.")
    assert {("Ricardo Ernesto Bermúdez Salas", "PERSON"), ("Elsa Lanusse de Aráoz", "PERSON"),
            ("Alicia Noemí Olmos de Goldar", "PERSON")} <= found
    assert ("Buenos Aires", "PLACE") in found
    places = recognize("They met in Rio de Janeiro and later in the Plaza de Mayo.")
    assert not any(label == "PERSON" for _, label in places)


def test_english_given_names_mark_a_person_and_may_stand_alone(recognize):
    assert all(is_given_name(n) for n in ("Nelson", "Harold", "Winnie", "Lionel", "Nikolai"))
    assert not any(is_given_name(n) for n in ("Will", "May", "Grace", "June", "Paris", "Sierra", "King"))
    found = recognize("Nelson Mandela was sentenced in Pretoria. Harold Wolpe escaped. Their daughter Claudia Poblete "
                      "was taken with them; Claudia was eight months old.")
    assert {("Nelson Mandela", "PERSON"), ("Harold Wolpe", "PERSON"), ("Claudia", "PERSON")} <= found
    words = recognize("Will Trotsky return? May Day passed quietly in Sierra Chica.")
    assert ("May Day", "PERSON") not in words and ("Sierra Chica", "PERSON") not in words


def test_bodies_named_by_what_they_are_for_and_their_short_forms(recognize):
    found = recognize("The Ministry of the Interior informed the court. She studied at the University of Chile and joined "
                      "the Movement of the Revolutionary Left. The Inter-American Commission on Human Rights was told. "
                      "Zinoviev told the Court that he had lied. He praised the Party of Lenin.")
    assert {("Ministry of the Interior", "ORG"), ("University of Chile", "ORG"),
            ("Inter-American Commission on Human Rights", "ORG"), ("Court", "ORG")} <= found
    assert ("Lenin", "PERSON") in found  # a person's name is no part of a body's name


def test_an_interview_s_speaker_letters_and_family_words_are_no_names(recognize):
    found = recognize("Q: Your father was an engineer?\n\nA: Yes. Mama, Anna Sergeyevna, taught at a school. Papa kept "
                      "saying it was a mistake. My uncle, Uncle Kolya, came back from Kolyma.")
    names = {text for text, label in found if label == "PERSON"}
    assert names == {"Anna Sergeyevna", "Kolya"}


def test_capitals_of_every_latin_alphabet_open_names(recognize):
    found = recognize("Otto Šling and Karel Šváb were arrested in Prague. Łukasz Żeleński was shot in Łódź.")
    assert {("Otto Šling", "PERSON"), ("Karel Šváb", "PERSON"), ("Łukasz Żeleński", "PERSON")} <= found


def test_acronyms_spelt_with_dots(recognize):
    found = recognize("He was arrested by the organs of the N.K.V.D. in 1937 and tried in the U.S.S.R. at once. "
                      "M.P. Tomsky and L.S. said nothing.")
    assert {("N.K.V.D.", "ORG"), ("M.P. Tomsky", "PERSON"), ("L.S.", "PERSON")} <= found
    assert ("U.S.S.R.", "PLACE") in found


def test_an_inverted_name_makes_its_surname_a_person_throughout(recognize):
    found = recognize("The witness was connected with Ratajczak, Stanislav Antonovich, the head of the trust.\n\n"
                  "Question: What instructions did Ratajczak give you?")
    assert {label for text, label in found if text == "Ratajczak"} == {"PERSON"}


def test_a_country_in_capitals_heading_a_report_is_no_speaker(recognize):
    found = recognize("CHILE: DETENTIONS AND DISAPPEARANCES SINCE THE COUP\n\nMRACHKOVSKY: Yes, with the other leaders.")
    assert ("CHILE", "PLACE") in found and ("MRACHKOVSKY", "PERSON") in found


def test_a_town_with_a_surname_s_ending_is_a_place_after_in_or_native_of(recognize):
    found = recognize("The poet Ihor Kalynets was arrested in Lvov. Lukin, a native of Tula, worked in Kharkov.")
    assert {("Lvov", "PLACE"), ("Tula", "PLACE"), ("Kharkov", "PLACE"), ("Ihor Kalynets", "PERSON")} <= found


def test_another_name_of_a_big_city_is_weak_evidence_of_a_place(recognize):
    found = recognize("Yezhov was removed from the NKVD, and Beria replaced him. Beria was arrested in 1953.")
    assert ("Beria", "PLACE") not in found


def test_a_surname_that_comes_first_is_a_person_alone_too(recognize):
    found = recognize("Mao Zedong launched the campaign in 1966. In 1968 Mao approved the verdict. The Gorky Regional "
                      "Committee met in Gorky.")
    assert ("Mao", "PERSON") in found and ("Gorky", "PERSON") not in found


def test_a_name_listed_with_people_votes_for_a_person_throughout(recognize):
    found = recognize("Khrushchev blamed Beria and Abakumov in 1956. Malenkov and Beria supplied the political charge; "
                      "Stalin approved every step. In Beria's Georgia the purge went on. Beria was arrested in June 1953 "
                      "and shot in December 1953.")
    assert {label for text, label in found if text == "Beria"} == {"PERSON"}


def test_a_peoples_court_and_hungarian_given_names(recognize):
    found = recognize("The People’s Court Council sentenced Pál Maléter. He had served in the Hungarian People’s Army.")
    assert {("People’s Court Council", "ORG"), ("Pál Maléter", "PERSON"), ("Hungarian People’s Army", "ORG")} <= found


def test_a_surname_named_in_full_is_a_person_alone_though_a_town_shares_it(recognize, tmp_path):
    from dossier.analysis import Analyzer
    from dossier.ingest import read_document
    path = tmp_path / "mao.txt"
    path.write_text("In 1966 Mao Zedong wrote a poster. The plenum met, with Mao presiding. The attack came from Mao. "
                    "Lin Biao plotted to kill "
                    "Mao. A portrait of Mao hung there.", encoding="utf-8")
    labels = [m.label for m in Analyzer().analyze_all([read_document(path)])[0].mentions if m.text == "Mao"]
    assert labels.count("PERSON") >= 3  # "came from Mao" may stay a place: strong evidence where it stands
    town = recognize("Vladimir Bukovsky is held in Vladimir prison.")
    assert ("Vladimir", "PERSON") not in town  # a given name alone stays open


def test_romanised_korean_and_chinese_given_names_keep_their_hyphenated_syllable(recognize):
    found = recognize("On 25 April 1974 Shin Jik-soo, Director of the Korean Central Intelligence Agency, announced the "
                      "arrests. Do Ye-jong was arrested. Chiang Kai-shek met Mao Tse-tung. A Moscow-based group and the "
                      "Trotsky-led opposition met.")
    assert {("Shin Jik-soo", "PERSON"), ("Do Ye-jong", "PERSON"), ("Chiang Kai-shek", "PERSON"),
            ("Mao Tse-tung", "PERSON")} <= found
    assert not any(text.endswith(("-based", "-led")) for text, _ in found)


def test_french_monsieur_and_clerical_titles_are_not_part_of_the_name(recognize):
    found = recognize("M. Zola was tried. M. Labori defended him, and M. Émile Zola left for England. The Rev. George "
                      "Ogle was expelled. The appeal was dismissed by Chief Justice Min Bok-ki.")
    assert {("Zola", "PERSON"), ("Labori", "PERSON"), ("Émile Zola", "PERSON"), ("George Ogle", "PERSON"),
            ("Min Bok-ki", "PERSON")} <= found
    initials = recognize("The court tried V. M. Primakov and M. Tomsky.")
    assert ("V. M. Primakov", "PERSON") in initials  # "M." after an initial, or used once or twice, is an initial


def test_burmese_honorifics_before_a_name_and_ottoman_ones_after_are_not_part_of_it(recognize):
    found = recognize("In July 1989 the army placed Daw Aung San Suu Kyi under house arrest and arrested U Tin Oo. "
                      "Dr Maung Maung became president. Ma Shaofang surrendered. The Minister, Talaat Bey, met Said "
                      "Halim Pasha.")
    assert {("Aung San Suu Kyi", "PERSON"), ("Tin Oo", "PERSON"), ("Maung Maung", "PERSON"),
            ("Ma Shaofang", "PERSON")} <= found
    assert not any(text.endswith(("Bey", "Pasha")) for text, label in found if label == "PERSON")


def test_an_honorific_after_a_name_says_person_as_a_title_before_it_does(recognize):
    found = recognize("Under the direction of Bedri Bey arrests were made. Vartkes Effendi was sent away. Consul Jackson "
                      "reports from Aleppo. My German colleague, Baron Wangenheim, has not intervened.")
    assert {("Bedri", "PERSON"), ("Vartkes", "PERSON"), ("Jackson", "PERSON"), ("Wangenheim", "PERSON")} <= found


def test_a_surname_in_capitals_after_given_names(recognize):
    found = recognize("Deponent: Hernán Rodrigo FUENTES SALINAS\n\nI, HERNÁN RODRIGO FUENTES SALINAS, schoolteacher, make "
                      "oath. The law was Act VII of 1946. Pope Pius XII has spoken.")
    assert {("Hernán Rodrigo FUENTES SALINAS", "PERSON"), ("HERNÁN RODRIGO FUENTES SALINAS", "PERSON"),
            ("Pius XII", "PERSON")} <= found
    assert ("Act VII", "PERSON") not in found


def test_a_compass_word_opens_a_region_not_a_name(recognize):
    found = recognize("Born in Blora, Central Java, in 1925, Pramoedya was imprisoned. He fled to East Germany and then "
                      "Upper Silesia. The Central Committee met.")
    assert {("Central Java", "PLACE"), ("East Germany", "PLACE"), ("Upper Silesia", "PLACE"),
            ("Central Committee", "ORG")} <= found


def test_an_institution_after_an_office_and_a_region_word_stay_organisations(recognize):
    found = recognize("A. Lawrence Lowell, President of Harvard University, chaired it. The file lies in the Central "
                      "Archive of the FSB. Trotsky wrote for the journal Under the Banner of Marxism.")
    assert {("Harvard University", "ORG"), ("Central Archive of the FSB", "ORG")} <= found
    assert not any(text == "Under" for text, _ in found)


def test_a_congress_before_a_speaker_is_not_part_of_his_name(recognize):
    assert ("Mikhail Sholokhov", "PERSON") in recognize("At the Congress Mikhail Sholokhov attacked the two writers.")


def test_offices_styles_peoples_and_event_words_are_not_people(recognize):
    found = recognize("Subject: Arrest and Deportation of Notables.\n\nThe Minister of the Interior, Talaat Bey, gave the "
                      "orders. His Beatitude was assured that the Embassy would be told. The Ottoman authorities closed "
                      "the Turkish daily Sabah and the Dashnak and Hentchak societies.")
    people = {text for text, label in found if label == "PERSON"}
    assert people == {"Talaat"}
    assert {("Embassy", "ORG"), ("Sabah", "ORG"), ("Hentchak", "ORG")} <= found


def test_a_government_is_a_description_and_its_country_a_place(recognize):
    found = recognize("On 4th March the Kenya Government issued a statement. The Government refused an inquiry, "
                      "and the Ottoman Government deported Komitas. The Provisional Government fell in October.")
    assert ("Kenya", "PLACE") in found and ("Provisional Government", "ORG") in found
    assert not any("Government" in text and text != "Provisional Government" for text, _ in found)


def test_ms_and_the_parties_of_a_proceeding_are_titles_not_names(recognize):
    found = recognize("The First Applicant joined the police in 1971. Ms Ntshona was detained at her home, and the "
                      "Second Applicants denied it before Adv. Sibeko.")
    assert ("Ntshona", "PERSON") in found and ("Sibeko", "PERSON") in found
    assert not any("Applicant" in text or text.startswith(("Ms", "Adv")) for text, _ in found)


def test_a_word_that_only_opens_a_demand_is_not_part_of_the_name_after_it(recognize):
    found = recognize("Zhou Mingyuan ran the university. Lin Zhiyuan taught physics there.\n\n"
                      "We demand:\n(1) Dismiss Zhou Mingyuan from all his posts.\n(2) Hand Lin Zhiyuan over to the courts.")
    assert ("Zhou Mingyuan", "PERSON") in found and ("Lin Zhiyuan", "PERSON") in found
    assert not any(text.startswith(("Dismiss", "Hand")) for text, _ in found)
    assert ("Van der Lubbe", "PERSON") in recognize("Van der Lubbe was tried at Leipzig. Van der Lubbe was beheaded.")


def test_the_office_someone_is_appointed_to_is_not_part_of_the_name(recognize):
    found = recognize("Zhou Mingyuan was born in 1911. In 1956 the Provincial Committee appointed Zhou Secretary of the "
                      "Party Committee of Zhongyuan University.")
    assert ("Zhou", "PERSON") in found and not any(text.startswith("Zhou Secretary") for text, _ in found)
