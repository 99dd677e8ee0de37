"""Witness statements, surveillance reports and the world's names: sentences written in the manner of those
records (not copied from any gold text), through the real pipeline."""

from dossier.analysis import Analyzer
from dossier.extract.dates import find_dates
from dossier.ingest import read_document
from tests.extract.test_names import doc_of, recognize  # noqa: F401 (the fixture: a text's (name, label) pairs)


def test_my_name_is_says_who_i_is_in_a_witness_statement(analyse):
    events = analyse("WITNESS STATEMENT No. 12\n\nThe witness was told that the statement may be published.\n\n"
                     "1. My name is Kamran Sadeghi. I was born in Tabriz in 1958. I was arrested on 3 May 1983 "
                     "at my brother's flat.")
    assert ("birth", [("Kamran Sadeghi", "subject")]) in [(e[0], e[1]) for e in events]
    assert [(e[1], e[2]) for e in events if e[0] == "arrest"] == [([("Kamran Sadeghi", "subject")], "1983-05-03")]


def test_a_form_s_witness_line_says_who_i_is(analyse):
    events = analyse("Date of interview: 4 June 1990\nWitness: Leila NAMDAR, born 1961\n\nI was released in "
                     "February 1989.")
    assert [e[1] for e in events if e[0] == "release"] == [[("Leila NAMDAR", "subject")]]


def test_taken_before_a_court_is_a_trial_not_an_arrest(analyse):
    events = analyse("Farid Ahmadi was a teacher. In December 1982 he was taken before the Islamic Revolutionary "
                     "Court, which sat inside the prison.")
    assert [(e[0], e[1]) for e in events if e[0] in ("trial", "arrest")] == [("trial", [("Farid Ahmadi", "subject")])]


def test_kept_in_the_cells_is_custody_and_a_council_of_war_a_court(analyse):
    events = analyse("Julio César Arauz was kept hooded and handcuffed in the cells of La Aviación. In January 1977 "
                     "Arauz was brought before the Extraordinary Council of War. Mario Soto was kept informed.")
    assert [(e[0], e[1]) for e in events if e[0] in ("trial", "arrest")] == [
        ("arrest", [("Julio César Arauz", "subject")]), ("trial", [("Julio César Arauz", "subject")])]


def test_becoming_an_office_holder_is_an_appointment(analyse):
    events = analyse("Marta Novotná was a teacher. In 1978 she became one of the three spokeswomen of the movement. "
                     "Petr Hájek became a member of the committee.")
    assert [e[1] for e in events if e[0] == "appointment"] == [[("Marta Novotná", "subject")]]


def test_islamic_titles_and_tsarist_ranks_are_not_part_of_the_name(recognize):
    found = recognize("The judge was Hojjatoleslam Ahmad Tavassoli, and Ayatollah Khomeini signed the order. The "
                      "searches were made by Rotmistr Ivan Goloushkin on the order of Privy Councillor Sazonov.")
    people = {text for text, label in found if label == "PERSON"}
    assert people == {"Ahmad Tavassoli", "Khomeini", "Ivan Goloushkin", "Sazonov"}


def test_nationalities_and_languages_are_never_a_name_alone(recognize):
    found = recognize("The statement was translated from Persian. Dariush Kalantari, an Iranian, read it back.")
    assert {text for text, label in found if label == "PERSON"} == {"Dariush Kalantari"}


def test_a_nickname_key_makes_each_nickname_that_person(analyse):
    events = analyse('The agents gave the persons watched these nicknames:\n\n'
                     '"Galka" [jackdaw] — Yelena Nikolaevna Tarasova, 24, teacher;\n'
                     '"Shchegol" [dandy] — Andrei Sergeyevich Lebedev, 23, former student.\n\n'
                     'On 14 January 1903 "Shchegol" was arrested at the station.')
    assert [e[1] for e in events if e[0] == "arrest"] == [[("Andrei Sergeyevich Lebedev", "subject")]]


def test_a_body_s_distinctive_word_alone_is_that_body(recognize):
    found = recognize("Both were supporters of the People's Mojahedin Organisation of Iran. In the ward every "
                      "Mojahedin sympathiser was questioned, and the Mojahedin prisoners were taken away first.")
    assert ("Mojahedin", "PERSON") not in found and ("Mojahedin", "ORG") in found


def test_the_states_of_the_united_states_are_places(recognize):
    found = recognize("The two men were tried at Dedham, Massachusetts, and the appeal went to Boston.")
    assert ("Massachusetts", "PLACE") in found


def test_a_monitoring_digest_s_times_notes_streets_and_hyphenated_names(recognize):
    found = recognize("Budapest (Kossuth) in Hungarian 17.00 GMT 13.6.57\n\nThe attack in Köztársaság tér was "
                      "described. Mihály Szabó-Kiss was acquitted.\n\n[Monitor's note: the recording was faded out.]")
    assert ("Köztársaság tér", "PLACE") in found and ("Mihály Szabó-Kiss", "PERSON") in found
    assert not any(text in ("GMT", "Monitor") for text, _ in found)


def test_a_day_and_month_in_figures_may_carry_a_two_digit_year():
    text = "Kossuth 17.00 GMT 13.6.57. Approved. L. 3.III.03. See section 4.2.15.3 of the code."
    doc = doc_of(text)
    found = {(d.text, d.earliest) for d in find_dates(doc)}
    assert found == {("13.6.57", "1957-06-13"), ("3.III.03", "1903-03-03")}


def test_an_appointment_of_a_titled_name_and_a_request_of_one_s_own(analyse):
    events = analyse('The Presidential Council has appointed Dr. Géza Rostás president of the Municipal Court. '
                     'Dr. Vilmos Kerekes has been relieved of his post "at his own request". The Council met.')
    typed = [(e[0], e[1]) for e in events]
    assert ("appointment", [("Géza Rostás", "subject")]) in typed
    assert ("removal", [("Vilmos Kerekes", "subject")]) in typed
    assert not any(kind == "demand" for kind, _ in typed) and not any(
        name == "Council" for _, people in typed for name, _ in people)


def test_a_samizdat_chronicle_s_titles_towns_ranks_and_bodies(recognize):
    found = recognize("Universal Declaration of Human Rights, Article 19\n\nLavrov wrote the essay \u201cNotes of a "
                      "Provincial Mathematician\u201d. Corresponding Member P. K. Yarosh testified. Extracts appeared in "
                      "Literaturnaya Gazeta. In Lvov on 9 July the teacher Bohdan Hrytsai was detained. The Lvov "
                      "teacher was released. Members of the Initiative Group for the Defence of Human Rights wrote.")
    people = {text for text, label in found if label == "PERSON"}
    assert people == {"Lavrov", "P. K. Yarosh", "Bohdan Hrytsai"}
    assert ("Lvov", "PLACE") in found and ("Literaturnaya Gazeta", "ORG") in found
    assert ("Initiative Group for the Defence of Human Rights", "ORG") in found


def test_readmitted_to_the_party_is_membership_whatever_the_lemmatizer_says(analyse):
    events = analyse("Iosif Berezin was expelled in 1927 and readmitted in 1930 after a false declaration.")
    assert [(e[1], e[2]) for e in events if e[0] == "membership"] == [([("Iosif Berezin", "subject")], "1930-01-01")]


def test_a_defendant_s_last_word_is_a_statement_an_advocate_s_closing_speech_is_not(analyse):
    events = analyse('Jan Vondra was tried. In his final speech Vondra said: "We have done nothing wrong." '
                     'In his closing speech Dr. Karl Werner asked for the death penalty.')
    assert [e[1] for e in events if e[0] == "statement"] == [[("Jan Vondra", "subject")]]


def test_a_court_hearing_someone_s_case_is_their_trial_and_its_days_are_one_date(analyse):
    events = analyse("From 12 to 19 June 1973 the Kiev Regional Court heard the case of Viktor Semyonovich Lavrov.")
    trial = [e for e in events if e[0] == "trial"]
    assert [e[1] for e in trial] == [[("Viktor Semyonovich Lavrov", "subject")]]
    assert (trial[0][5].date.earliest, trial[0][5].date.latest) == ("1973-06-12", "1973-06-19")


def test_two_days_joined_by_and_are_one_date():
    text = "The interview took place on 14 and 15 March 1990. Broadcasts of 13 and 14 June were heard."
    doc = doc_of(text)
    assert {d.text for d in find_dates(doc)} == {"14 and 15 March 1990", "13 and 14 June"}


def test_named_to_an_office_is_an_appointment_named_after_someone_is_not(analyse):
    events = analyse("Maj. Cesar Dacanay was named provost marshal in his place. The street was named after Ivan Petrov.")
    assert [e[1] for e in events if e[0] == "appointment"] == [[("Cesar Dacanay", "subject")]]


def test_asking_a_court_for_a_penalty_or_an_acquittal_is_a_demand(analyse):
    events = analyse("Andrei Haurylchyk was tried. Prosecutor Dzmitry Kuzmich asked for six years. His lawyer, Kar "
                     "Savuth, sought an acquittal. Ivan Petrov asked for a cigarette.")
    assert sorted(e[1][0][0] for e in events if e[0] == "demand") == ["Dzmitry Kuzmich", "Kar Savuth"]


def test_a_work_that_appears_or_is_printed_is_its_author_s_publication(analyse):
    events = analyse("Anna Larina was arrested in 1937; her memoirs appeared in 1988. Pravda prints Mikoyan's "
                     "speech at the Bolshoi Theatre. Ivan Petrov appeared in court.")
    assert sorted((e[1][0][0], e[2]) for e in events if e[0] == "publication") == [("Anna Larina", "1988-01-01"),
                                                                                 ("Mikoyan", None)]


def test_a_death_that_only_dates_something_else_is_no_event_a_dated_one_is(analyse):
    events = analyse("Mikhail Rodionov stayed in prison after Stalin's death. Ivan Petrov was released after his "
                     "death in 1953 was announced.")
    assert [e[1] for e in events if e[0] == "death"] == [[("Ivan Petrov", "subject")]]


def test_speaking_of_or_against_something_is_a_statement_speaking_a_language_is_not(analyse):
    events = analyse("Osip Pyatnitsky was a party leader. At the plenum he spoke against the powers given to the "
                     "NKVD. Blagoi Popov, who speaks little German, was acquitted. Vanzetti was to speak. Sergei Kirov "
                     "spoke at a meeting of party workers.")
    assert [e[1] for e in events if e[0] == "statement"] == [[("Osip Pyatnitsky", "subject")], [("Sergei Kirov", "subject")]]


def test_nobody_having_seen_someone_is_no_meeting(analyse):
    events = analyse("Jorge Paredes was taken away. No one has seen him since 12 January 1977. Later Ana Ruiz saw "
                     "him at the Villa Grimaldi.")
    assert [e[1] for e in events if e[0] == "meeting"] == [[("Ana Ruiz", "subject"), ("Jorge Paredes", "participant")]]


def test_a_heading_or_contents_line_names_an_event_without_reporting_it(analyse):
    events = analyse("CONTENTS\n1. The trial of V. S. Lavrov\n2. Arrests and searches\n\n1. THE TRIAL OF V. S. LAVROV\n\n"
                     "V. S. Lavrov is a mathematician. The trial of Ivan Smirnov opened on 19 August 1936.\n")
    assert [(e[1], e[2]) for e in events if e[0] == "trial"] == [([("Ivan Smirnov", "subject")], "1936-08-19")]


def test_admitted_to_a_courtroom_is_neither_membership_nor_confession(analyse):
    events = analyse("Irina Lavrova was admitted to the courtroom only on the last day. Ivan Petrov was admitted to "
                     "the party in 1920. Karl Radek admitted to the court that he had lied.")
    assert sorted((e[0], e[1][0][0]) for e in events) == [("confession", "Karl Radek"), ("membership", "Ivan Petrov")]


def test_greek_surnames_giving_oneself_up_and_house_arrest(analyse):
    events = analyse("Ernst Torgler had given himself up to the police on February 28. A week later Brigadier "
                     "Ioannidis deposed Georgios Papadopoulos and placed him under house arrest. The deposed president "
                     "Sukarno was under house arrest in Jakarta.")
    arrested = sorted(p for e in events if e[0] == "arrest" for p, role in e[1] if role == "subject")
    assert arrested == ["Ernst Torgler", "Georgios Papadopoulos", "Sukarno"]


def test_a_paper_named_in_apposition_is_a_body(recognize):
    found = recognize("Bahram Rezvani sold its paper, Kar, in Narmak.")
    assert ("Kar", "ORG") in found


def test_a_verdicts_events_are_its_courts_word_and_its_editors_note_is_not(tmp_path):
    text = ("Verdict of the Volksgerichtshof against Hans Scholl, Munich, 22 February 1943\n\n"
            "The accused Hans Scholl distributed leaflets in Munich in February 1943. He was arrested on 18 February "
            "1943 in the university.\n\nTranslator's note\n\nHans Scholl was executed on 22 February 1943 at "
            "Stadelheim prison.\n")
    path = tmp_path / "verdict.txt"
    path.write_text(text, encoding="utf-8")
    events = Analyzer().analyze_all([read_document(path)])[0].events
    said = {e.type: e.attributed_to for e in events}
    assert said["arrest"] == "Volksgerichtshof"
    assert said["execution"] is None


def test_a_french_records_turns_are_their_speakers_words_and_its_prose_the_reporters(analyse):
    events = analyse("THE PRESIDENT.—The Central Committee named you governor on the 19th of March 1871?\n"
                     "ASSI.—I accepted. The Commune thanked me by arresting me on 1 April 1871.\n"
                     "THE PRESIDENT.—And afterwards?\nASSI.—I was released; I resumed nothing.\n\n"
                     "URBAIN.—I demanded it in a moment of anger.\n\n"
                     "Rigault, his predecessor and friend, was killed by a soldier on 24 May 1871.\n")
    by_type = {e[0]: e for e in events}
    assert by_type["release"][1] == [("ASSI", "subject")] and by_type["release"][4] == "ASSI"
    assert by_type["arrest"][1] == [("ASSI", "subject")]
    assert by_type["death"][1][0][0] == "Rigault" and by_type["death"][4] is None  # the reporter's, not Urbain's


def test_the_courts_question_confirmed_by_the_accused_is_his_word(analyse):
    events = analyse("THE PRESIDENT.—You were named delegate to the Prefecture of Police on the 14th of May 1871?\n"
                     "FERRÉ.—Yes.\nTHE PRESIDENT.—And the order?\nFERRÉ.—I have nothing to say.\n"
                     "THE PRESIDENT.—The Central Committee named you governor on the 19th of March 1871?\n"
                     "ASSI.—I accepted.\nURBAIN.—I demanded it in a moment of anger.\n"
                     "The indictment named him the military head of the centre.\n")
    appointments = [(e[1], e[3], e[4]) for e in events if e[0] == "appointment"]
    assert ([("FERRÉ", "subject")], "asserted", "FERRÉ") in appointments
    assert any(people == [("ASSI", "subject")] for people, _, _ in appointments)
    assert len(appointments) == 2  # the indictment's naming is its charge, not an appointment


def test_code_names_and_a_father_s_name_are_people(recognize):
    found = recognize('NOTE\nSource: "ADRIAN"\nReceived by: Cpt. Dobrescu Ion\n\nThe accused Mehmet Ali DURSUN, '
                      'code-named "Ozan", fled abroad. KARADAG: son of Mustafa, born 1946 in Malatya. The source '
                      'reports that Gh. Balan typed four copies.')
    assert {("ADRIAN", "PERSON"), ("Ozan", "PERSON"), ("Mustafa", "PERSON"), ("Gh. Balan", "PERSON")} <= set(found)


def test_a_code_name_is_the_person_it_hides(analyse):
    events = analyse('The accused Mehmet Ali DURSUN, code-named "Ozan", left Gebze in 1980. Seized documents show '
                     'that "Ozan" was elected to the Central Committee in December 1978.')
    assert [e[1] for e in events if e[0] == "appointment"] == [[("Mehmet Ali DURSUN", "subject")]]


def test_a_birth_after_daughter_of_is_hers_not_her_father_s(analyse):
    events = analyse("4- Ayşe Gül TEMİZ (female): daughter of Halil, born 1955 in İzmir, teacher. Detained 02.11.1980.")
    assert [e[1] for e in events if e[0] == "birth"] == [[("Ayşe Gül TEMİZ", "subject")]]


def test_what_an_official_says_is_a_statement(analyse):
    events = analyse("Comrade Pan Yuqing said that the Provincial Committee regards this case as a key one. The Minister "
                     "of the Interior, Dr. Leandro Zúñiga Baca, declared on 2 May 1977 that nobody had been detained. "
                     "Lieutenant Ramón Ortega told Teresa Zeledón that her sons had gone to the mountains. Qian Boyan "
                     "said that the Party monopolised everything.")
    said = sorted(e[1][0][0] for e in events if e[0] == "statement")
    assert said == ["Leandro Zúñiga Baca", "Pan Yuqing", "Ramón Ortega"]


def test_what_a_person_would_not_say_or_was_told_is_no_statement_of_his(analyse):
    events = analyse("Colonel Bertha Seliger could not say what the satchel contained. Major Viktor Lavrov was told that "
                     "his appeal had failed. Captain Rodolfo Arencibia would not say where he had been.")
    assert not [e for e in events if e[0] == "statement"]


def test_heard_as_a_witness_is_testimony(analyse):
    events = analyse("On 19 March 1985 Elena Crăciun was heard as a witness. Petr Novák and Jan Dvořák were examined "
                     "as defence witnesses on 3 May 1952.")
    assert sorted((e[1], e[2]) for e in events if e[0] == "testimony") == [
        ([("Elena Crăciun", "witness")], "1985-03-19"), ([("Jan Dvořák", "witness"), ("Petr Novák", "witness")], "1952-05-03")]


def test_deprived_of_liberty_and_all_in_custody_are_arrests(analyse):
    events = analyse("Feliciano Coj Batz and Ramiro Estrada Lemus were deprived of their liberty on a false accusation. "
                     "Julián Escobar, Tomás Rivas and Ricardo Méndez, all in custody in Porlier prison, wrote a letter.")
    arrested = sorted(n for e in events if e[0] == "arrest" for n, _ in e[1])
    assert arrested == ["Feliciano Coj Batz", "Julián Escobar", "Ramiro Estrada Lemus", "Ricardo Méndez", "Tomás Rivas"]
