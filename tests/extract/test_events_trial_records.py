"""Events in the way trial records and their notes put them: a charge sheet's list of defendants with their
birth years, "they" for that list, requests made "that" something be done, a speaker at a congress."""

from tests.extract.test_events import typed_people


def test_a_birth_year_in_a_list_belongs_to_its_own_name_and_they_is_the_list(analyse):
    events = analyse("The defendants, Andrei Donatovich Sinyavsky, born 1925, literary critic, and Yuli Markovich Daniel, "
                     "born 1928, translator of poetry, were arrested in September 1965. They are charged under Article 70 "
                     "with having written works slandering the Soviet state.")
    births = {(e[1][0][0], e[2]) for e in events if e[0] == "birth" and len(e[1]) == 1}
    assert births == {("Andrei Donatovich Sinyavsky", "1925-01-01"), ("Yuli Markovich Daniel", "1928-01-01")}
    assert not [e for e in events if e[0] == "birth" and len(e[1]) > 1]
    assert ("accusation", ("Andrei Donatovich Sinyavsky", "Yuli Markovich Daniel")) in typed_people(events)


def test_a_participle_after_a_whole_list_still_describes_all_of_it(analyse):
    events = analyse("In June 1937 Tukhachevsky and Yakir, shot in secret, were buried without a name.")
    assert ("execution", ("Tukhachevsky", "Yakir")) in typed_people(events)


def test_asking_that_something_be_done_is_a_demand_about_the_people_it_names(analyse):
    events = analyse("Graham Greene asked that Sinyavsky and Daniel be released. Stalin asked him to write a letter.")
    demands = [e for e in events if e[0] == "demand"]
    assert len(demands) == 1
    assert sorted(demands[0][1]) == [("Daniel", "object"), ("Graham Greene", "subject"), ("Sinyavsky", "object")]



def test_i_in_an_affidavit_is_the_deponent_who_names_himself_after_i(analyse):
    events = analyse("SWORN STATEMENT\n\nI, Hernán Rodrigo FUENTES SALINAS, schoolteacher, make oath and say as follows:\n\n"
                     "1. On 19 September 1973 I was arrested with some forty others.\n\n"
                     "2. In November 1973 I was dismissed from my post at the liceo.")
    assert ("arrest", ("Hernán Rodrigo FUENTES SALINAS",)) in {(e[0], tuple(n for n, _ in e[1])) for e in events}
    assert ("removal", ("Hernán Rodrigo FUENTES SALINAS",)) in {(e[0], tuple(n for n, _ in e[1])) for e in events}


def test_placed_under_house_arrest_dated_by_its_clause_not_by_a_law(analyse):
    events = analyse("On 19 July 1989 Daw Aung San Suu Kyi called off a march. The next day, 20 July 1989, she was placed "
                     "under house arrest at her home, under the State Protection Law of 1975.")
    assert [(e[0], e[1], e[2]) for e in events if e[0] == "arrest"] == [
        ("arrest", [("Aung San Suu Kyi", "subject")], "1989-07-20")]


def test_deposing_a_man_removes_him_and_him_is_not_the_one_who_deposed(analyse):
    events = analyse("In November 1973 Brigadier Dimitrios Ioannidis deposed George Papadopoulos and placed him under "
                     "house arrest.")
    got = {(e[0], tuple(sorted(e[1])), e[3], e[4]) for e in events}
    pair = (("Dimitrios Ioannidis", "agent"), ("George Papadopoulos", "subject"))
    assert got == {("removal", pair, "asserted", None), ("arrest", pair, "asserted", None)}


def test_a_pair_swallowed_into_a_date_phrase_and_terms_being_served(analyse):
    events = analyse("In the summer of 1950 Ivanov and Petrov were sent to a camp near Karaganda. Václav Havel and Petr "
                     "Uhl are now serving their sentences. Václav Benda spent four months in custody in 1977.")
    assert {("arrest", ("Ivanov", "Petrov")), ("arrest", ("Petr Uhl", "Václav Havel")),
            ("arrest", ("Václav Benda",))} <= typed_people(events)


def test_a_hungarian_man_named_bela_is_him(analyse):
    events = analyse("Béla Kun is gone. At a session of the Executive some weeks ago Manuilsky rose and accused him of espionage.")
    assert [sorted(e[1]) for e in events if e[0] == "accusation"] == [[("Béla Kun", "accused"), ("Manuilsky", "accuser")]]


def test_denying_is_a_statement_and_what_is_denied_is_denied(analyse):
    events = analyse("Bukharin denied that he had met Trotsky in Berlin.")
    assert ("statement", [("Bukharin", "subject")]) in [(e[0], e[1]) for e in events]
    assert [e[3] for e in events if e[0] == "meeting"] == ["denied"]


def test_admitting_one_s_own_deed_is_a_confession_and_denying_clemency_is_no_statement(analyse):
    events = analyse("Milada Horáková admitted that she had sent reports to Zenkl. Radek admitted that the trial had been a "
                     "provocation. On February 11, 1953, President Eisenhower denied clemency.")
    got = {(e[0], e[1][0][0]) for e in events}
    assert ("confession", "Milada Horáková") in got and ("statement", "Radek") in got
    assert not [e for e in events if "Eisenhower" in str(e[1])]


def test_a_counted_crowd_including_named_people_is_about_those_named(analyse):
    events = analyse("Eighteen defendants, including Bukharin, Rykov and Yagoda, were sentenced to be shot. Several "
                     "writers, among them Babel and Koltsov, were arrested.")
    assert {("sentence", ("Bukharin", "Rykov", "Yagoda")), ("arrest", ("Babel", "Koltsov"))} <= typed_people(events)


def test_a_day_after_of_last_year_takes_the_year_before_the_despatch(analyse):
    events = analyse("TOKYO, January 25, 1911.\n\nThe affair came to light in May of last year. Miyashita was arrested on "
                     "May 25, and on June 1 Kotoku Shusui was arrested at Yugawara.\n\nOn January 18 Kotoku Shusui was "
                     "sentenced to death.")
    assert sorted(e[2] for e in events if e[0] == "arrest") == ["1910-05-25", "1910-06-01"]
    assert [e[2] for e in events if e[0] == "sentence"] == ["1911-01-18"]


def test_the_one_who_replaces_or_succeeds_takes_the_post(analyse):
    events = analyse("Ne Win resigned in July 1988. His successor, U Sein Lwin, was widely held responsible for the "
                     "killings. U Sein Lwin resigned on 12 August and was replaced by Dr Maung Maung. Yagoda was replaced.")
    appointments = [sorted(e[1]) for e in events if e[0] == "appointment"]
    assert [("Ne Win", "object"), ("Sein Lwin", "subject")] in appointments
    assert [("Maung Maung", "subject"), ("Sein Lwin", "object")] in appointments
    assert ("removal", [("Yagoda", "subject")]) in [(e[0], e[1]) for e in events]


def test_naming_someone_is_testimony_naming_to_an_office_is_not(analyse):
    events = analyse("Arkady Grinberg had already named Ivanov as a member of a Trotskyist group. The meeting named "
                     "Jiang Zemin as general secretary.")
    got = typed_people(events)
    assert ("testimony", ("Arkady Grinberg", "Ivanov")) in got
    assert ("appointment", ("Jiang Zemin",)) in got and not any(t == "testimony" and "Jiang Zemin" in p for t, p in got)


def test_a_superscript_note_number_after_a_full_stop_ends_the_sentence(analyse):
    events = analyse("Mikhail Borisov dies the same day when the lorry taking him to be interrogated crashes into a wall.³ "
                     "Filipp Medved, head of the Leningrad NKVD, is relieved of his post.")
    assert ("removal", [("Filipp Medved", "subject")]) in [(e[0], e[1]) for e in events]
    assert not [e for e in events if e[0] == "removal" and ("Mikhail Borisov", "subject") in e[1]]


VERDICT = ("In the criminal proceedings against\n\n"
           "1. Hans Fritz Scholl, of Munich, born at Ingersheim on 22 September 1918,\n"
           "2. Sophia Magdalena Scholl, of Munich, born at Forchtenberg on 9 May 1921,\n"
           "3. Christoph Hermann Probst, of Aldrans, born at Murnau on 6 November 1919,\n\n"
           "the accused have, in leaflets, called for the overthrow of the state. They are therefore punished with death.\n\n"
           "The accused Probst wrote the draft of a leaflet. The draft was found on Hans Scholl when he was arrested.\n\n"
           "All three accused have admitted these facts.\n\n"
           "Robert and Magdalena Scholl, the parents of Hans and Sophie, reached the courtroom.")


def test_a_verdicts_numbered_defendants_their_births_sentence_and_confession(analyse):
    events = analyse(VERDICT)
    births = {(e[1][0][0], e[2]) for e in events if e[0] == "birth"}
    assert ("Hans Fritz Scholl", "1918-09-22") in births and ("Sophia Magdalena Scholl", "1921-05-09") in births
    three = ("Christoph Hermann Probst", "Hans Fritz Scholl", "Sophia Magdalena Scholl")
    assert ("sentence", three) in typed_people(events)  # "They are therefore punished with death"
    assert ("confession", three) in typed_people(events)  # "All three accused": the three the list names
    assert not [e for e in events if e[0] == "accusation" and "admitted" in str(e[5].evidence)]
    assert ("arrest", ("Hans Fritz Scholl",)) in typed_people(events)  # "found on Hans Scholl when he was arrested"


def test_a_middle_name_shared_with_a_parent_does_not_join_them(analyse):
    events = analyse("Sophia Magdalena Scholl was born in 1921. Magdalena Scholl, her mother, was arrested in 1943.")
    assert ("arrest", ("Magdalena Scholl",)) in typed_people(events)


def test_a_stated_sentence_the_parser_hangs_from_another_is_asserted_but_a_question_is_not(analyse):
    events = analyse("Schmorell, Huber and Graf were sentenced to death; the others were sentenced to terms of "
                     "imprisonment, except Falk Harnack, who was acquitted. When I asked the officer what my husband "
                     "Nikolai Petrov was accused of, he answered nothing.")
    sentences = [e for e in events if e[0] == "sentence" and len(e[1]) == 3]
    assert sentences and sentences[0][3] == "asserted"
    assert not [e for e in events if e[0] == "accusation" and e[3] == "asserted"]


def test_the_remaining_accused_are_not_the_whole_list(analyse):
    events = analyse("The sentences:\n 1. Milada Horakova: death.\n 2. Jan Buchal: death.\n 3. Jiri Hejda: life.\n"
                     " 4. Antonie Kleinerova: life.\n\nThe radio said that the remaining accused, among them Hejda and "
                     "Kleinerova, had also confessed.")
    confessions = [e for e in events if e[0] == "confession"]
    assert confessions and all("Milada Horakova" not in str(e[1]) for e in confessions)
    events = analyse("The sentences:\n 1. Milada Horakova: death.\n 2. Jan Buchal: death.\n 3. Jiri Hejda: life.\n"
                     " 4. Antonie Kleinerova: life.\n\nThe radio said that the remaining accused had also confessed.")
    assert not [e for e in events if e[0] == "confession" and "Milada Horakova" in str(e[1])]  # no list to fall back on


def test_a_list_announced_by_among_those_interned_are_gives_each_line_its_arrest(analyse):
    events = analyse("Martial law was declared on 13 December. Among those interned since 13 December are:\n\n"
                     "1. Lech Walesa, chairman of the National Commission. He was taken to Warsaw on the first night.\n"
                     "2. Andrzej Gwiazda and Anna Walentynowicz, veterans of the August strike at the Lenin Shipyard.\n"
                     "3. Karol Modzelewski of Wroclaw, the man who gave our union its name.\n\n"
                     "Jan Rulewski spoke at the meeting.")
    arrests = typed_people([e for e in events if e[0] == "arrest"])
    assert {("arrest", ("Lech Walesa",)), ("arrest", ("Andrzej Gwiazda", "Anna Walentynowicz")),
            ("arrest", ("Karol Modzelewski",))} <= arrests
    assert not [e for e in events if e[0] == "arrest" and "Jan Rulewski" in str(e[1])]


def test_confinement_in_a_psychiatric_hospital_or_prison_is_custody_not_a_transfer_of_office(analyse):
    events = analyse("Gorbanevskaya is now in Butyrka Prison awaiting transfer. Grigorenko has now been transferred to the "
                     "Chernyakhovsk Special Psychiatric Hospital. Viktor Fainberg and Vladimir Borisov, held in the "
                     "Leningrad Special Psychiatric Hospital, have written to the procurator. On 29 May 1970 Zhores "
                     "Medvedev was forcibly placed in a psychiatric hospital in Kaluga. Genrikh Yagoda was transferred "
                     "to the Commissariat of Posts in September 1936.")
    people = typed_people(events)
    assert {("arrest", ("Gorbanevskaya",)), ("arrest", ("Grigorenko",)), ("arrest", ("Viktor Fainberg", "Vladimir Borisov")),
            ("arrest", ("Zhores Medvedev",)), ("removal", ("Genrikh Yagoda",))} <= people
    assert ("removal", ("Gorbanevskaya",)) not in people and ("removal", ("Grigorenko",)) not in people


def test_each_after_a_pair_and_in_prison_after_adverbs(analyse):
    events = analyse("Jomo Kenyatta and Paul Ngei were today found guilty by the magistrate. Each was sentenced to seven "
                     "years' imprisonment with hard labour. Kotoku was arrested in June; Suga Kanno was at that time "
                     "already in prison.")
    people = typed_people(events)
    assert ("sentence", ("Jomo Kenyatta", "Paul Ngei")) in people
    assert ("arrest", ("Suga Kanno",)) in people


def test_the_person_a_description_is_said_to_be_goes_on_as_he_and_a_sentence_never_carried_out(analyse):
    events = analyse("The regime's most celebrated prisoner was Alexandros Panagoulis, a young army deserter who tried to "
                     "kill Mr Papadopoulos with a bomb in August 1968. He was sentenced to death by a military court; the "
                     "sentence was never carried out.")
    people = typed_people(events)
    assert ("sentence", ("Alexandros Panagoulis",)) in people
    assert not [e for e in events if e[0] == "execution"]


def test_placed_him_under_arrest_never_falls_back_on_the_one_who_placed_him(analyse):
    events = analyse("Mr Papadopoulos made himself Prime Minister. His attempt at a liberalisation, with Mr Spyros Markezinis as Prime Minister, ended in November 1973. "
                     "A week later Brigadier Ioannidis deposed him and placed him under house arrest.")
    assert not [e for e in events if e[0] == "arrest" and "Ioannidis" in str(e[1])]


def test_declaring_a_state_of_emergency_accuses_nobody_and_senior_chief_is_a_title(analyse):
    events = analyse("The men were seized on October 20, when the Governor, Sir Evelyn Baring, declared a state of "
                     "emergency. It followed the killing of Senior Chief Waruhiu, who was shot dead in his car. "
                     "Bukharin was declared an enemy of the people.")
    people = typed_people(events)
    assert ("accusation", ("Evelyn Baring",)) not in people and ("accusation", ("Bukharin",)) in people
    assert ("death", ("Waruhiu",)) in people


def test_facing_charges_and_being_held_responsible_are_accusations(analyse):
    events = analyse("Kim Chi-ha now faces charges under the Anti-Communist Law. Sein Lwin was widely held responsible "
                     "for the shootings of August 1988. Ne Win held a meeting.")
    people = typed_people(events)
    assert ("accusation", ("Kim Chi-ha",)) in people and ("accusation", ("Sein Lwin",)) in people
    assert not [e for e in events if "Ne Win" in str(e[1])]


def test_protesting_that_something_is_so_is_a_statement(analyse):
    events = analyse("Mr. D. N. Pritt defended the accused. He protested more than once that his clients were being "
                     "tried in a closed district.")
    assert ("statement", ("D. N. Pritt",)) in typed_people(events)


def test_a_name_and_his_companions_before_the_verb_are_its_subject_when_the_parser_hangs_them_elsewhere(analyse):
    events = analyse("On the testimony of the members of his group, Lapin P.S. and four of his accomplices were "
                     "sentenced by the Troika on 19.II.1930 to be shot.")
    assert ("sentence", ("Lapin P.S.",)) in typed_people(events)


def test_a_verdict_s_operative_lines_closed_by_semicolons_are_each_about_their_own_man(analyse):
    events = analyse("II. THE ACCUSED\n\n1. NZABONIMPA Faustin, born in 1961, farmer.\n2. MUNYANEZA Callixte, born in "
                     "1958, trader.\n\nVII. DECISION\n\nThe court, deciding in public:\n"
                     "Declares NZABONIMPA Faustin guilty of charges a), b) and c), and sentences him to twelve years of "
                     "imprisonment;\nDeclares MUNYANEZA Callixte guilty of charges a) and c), acquits him of charge d), "
                     "and sentences him to twenty-five years of imprisonment;\n")
    assert {("sentence", ("NZABONIMPA Faustin",)), ("sentence", ("MUNYANEZA Callixte",))} <= typed_people(events)


def test_a_loose_conjunct_after_then_keeps_the_first_verb_s_subject(analyse):
    events = analyse("Confronted with this testimony, Nzabonimpa remained silent for a long time, then admitted that he "
                     "had held Ruzindana while Gasana struck him.")
    assert ("confession", ("Nzabonimpa",)) in typed_people(events)


def test_a_father_s_name_ending_in_a_does_not_make_a_man_a_woman(analyse):
    events = analyse("2. Information reached us from our source (H.K.) that the party supporter Karim Hama Sur Mahmud, "
                     "an employee of Sulaimaniya Municipality, passed information to saboteurs. He was arrested on "
                     "15/5/1988 at his place of work.")
    assert ("arrest", ("Karim Hama Sur Mahmud",)) in typed_people(events)
