"""He, him, they across a paragraph: resolved when the text leaves one choice, left empty when it does not."""

from tests.extract.test_events import only


def subjects(ev):
    return sorted(name for name, role in ev[1] if role == "subject")


def test_a_chain_of_he_through_a_paragraph(analyse):
    events = analyse("Lev Karakhan I knew from the Narkomindel. He had signed the treaty with China in 1924 and served in "
                     "Ankara. He was recalled in 1937 and arrested in May 1937.")
    assert subjects(only(events, "arrest")) == ["Lev Karakhan"]
    assert only(events, "arrest")[2] == "1937-05-01"
    assert subjects(only(events, "removal")) == ["Lev Karakhan"]


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(analyse):
    events = analyse("For two years the NKVD was run by Genrikh Yagoda. In September 1936 Stalin removed him.")
    ev = only(events, "removal")
    assert ("Genrikh Yagoda", "subject") in ev[1] and ("Stalin", "subject") not in ev[1]


def test_two_possible_men_leave_the_participant_empty(analyse):
    events = analyse("Radek and Pyatakov met the correspondent in Moscow. He was arrested in 1937.")
    assert not [e for e in events if e[0] == "arrest"]  # no guessed participant, so no event


def test_she_is_not_a_man(analyse):
    events = analyse("Yakovleva testified against Bukharin in March 1938. She was shot in 1941.")
    assert subjects(only(events, "execution")) == ["Yakovleva"]


def test_both_and_they_stand_for_a_named_pair(analyse):
    events = analyse("In August 1936 Zinoviev and Kamenev were tried by the Military Collegium. "
                     "Both confessed, and both were shot on 25 August 1936.")
    assert subjects(only(events, "execution")) == ["Kamenev", "Zinoviev"]


def test_both_after_a_pair_named_with_their_offices(analyse):
    events = analyse("Krikor Zohrab Effendi, Deputy for Constantinople in the Chamber of Deputies, and Vartkes Effendi, "
                     "Deputy for Erzerum, were not included in the arrests of April 24. Both were taken into custody in June.")
    assert subjects(only(events, "arrest")) == ["Krikor Zohrab", "Vartkes"]


def test_a_biographical_note_is_about_the_person_it_opens_with(analyse):
    events = analyse("Krylenko was arrested.[1]\n\n[1] Nikolai Vasilyevich Krylenko, born in 1885 in Smolensk. "
                     "Freed from prison in 1907. A member of the Central Committee from 1927 to 1934. "
                     "He was shot on 29 July 1938, the same day as Jan Rudzutak. He was rehabilitated in 1956.\n")
    assert subjects(only(events, "execution")) == ["Nikolai Vasilyevich Krylenko"]
    assert subjects(only(events, "rehabilitation")) == ["Nikolai Vasilyevich Krylenko"]


def test_died_is_about_its_subject_and_coordinated_participles_count(analyse):
    events = analyse("Kuibyshev died of heart failure in January 1935. In June 1937 Tukhachevsky, Yakir and Uborevich "
                     "were tried in secret and shot. A few days earlier Gamarnik had taken his own life.")
    assert subjects(only(events, "death")) == ["Kuibyshev"]
    assert subjects(only(events, "execution")) == ["Tukhachevsky", "Uborevich", "Yakir"]
    assert subjects(only(events, "suicide")) == ["Gamarnik"]


def test_a_description_the_text_tied_to_a_name(analyse):
    events = analyse("Nikolai Yezhov, the new head of the NKVD, signed the order. In 1938 the head of the NKVD was removed. "
                     "Georgy Piatakov, Ordzhonikidze's deputy, spoke in Moscow. In September 1936 Ordzhonikidze's deputy "
                     "was arrested. Karl Radek and Nikolai Bukharin worked at Izvestia. In 1937 the editor of Izvestia was arrested.")
    assert subjects(only(events, "removal")) == ["Nikolai Yezhov"]
    arrests = [subjects(e) for e in events if e[0] == "arrest"]
    assert arrests == [["Georgy Piatakov"]]  # "the editor of Izvestia" was never tied to a name: no arrest


def test_both_men_and_them_within_one_sentence(analyse):
    events = analyse("On 27 February the plenum expelled Nikolai Bukharin and Alexei Rykov from the party, and both men "
                     "were arrested the same day. Genrikh Yagoda staged the trial of Grigory Zinoviev and Lev Kamenev and "
                     "saw them shot in August 1936.")
    assert subjects(only(events, "arrest")) == ["Alexei Rykov", "Nikolai Bukharin"]
    assert subjects(only(events, "execution")) == ["Grigory Zinoviev", "Lev Kamenev"]


def test_a_subject_named_by_apposition_and_a_broken_chain(analyse):
    events = analyse("Genrikh Yagoda and Nikolai Krestinsky sat in the dock. According to the indictment he had tried to "
                     "poison the walls of Nikolai Yezhov's office. Yagoda's secretary, Pavel Bulanov, testified that he "
                     "had mixed the poison with his own hands.")
    testimony = only(events, "testimony")
    assert ("Pavel Bulanov", "witness") in testimony[1]
    assert "Nikolai Yezhov" not in [name for name, _ in testimony[1]]


def test_a_dictionary_entry_is_about_its_headword(analyse):
    events = analyse("BABEL, Isaak Emmanuilovich (1894–1940). The author of Red Cavalry had been a visitor to the "
                     "household of Nikolai Yezhov. He was arrested at his dacha on 15 May 1939.\n\n"
                     "MANDELSTAM, Osip Emilievich (1891–1938). In May 1934 the poet was exiled. Owing to the "
                     "intercession of Nikolai Bukharin, the sentence was mild. Arrested again in 1938, he died in a camp.\n")
    assert subjects(only(events, "arrest")) == ["BABEL, Isaak Emmanuilovich"]
    births = {tuple(subjects(e)): e[2] for e in events if e[0] == "birth"}
    assert births == {("BABEL, Isaak Emmanuilovich",): "1894-01-01", ("MANDELSTAM, Osip Emilievich",): "1891-01-01"}
    deaths = [subjects(e) for e in events if e[0] == "death"]
    assert ["Nikolai Bukharin"] not in deaths and ["MANDELSTAM, Osip Emilievich"] in deaths


def test_an_entry_calls_its_subject_the_poet(analyse):
    events = analyse("MANDELSTAM, Osip Emilievich (1891–1938). In May 1934 the poet was arrested for sixteen lines.\n\n"
                     "Karl Radek wrote in 1934. In May 1934 the poet was arrested.\n")
    arrests = [subjects(e) for e in events if e[0] == "arrest"]
    assert arrests == [["MANDELSTAM, Osip Emilievich"]]  # in an ordinary paragraph "the poet" is nobody we know


def test_i_and_you_in_a_transcript_and_a_signed_letter(analyse):
    events = analyse("Examination of the accused Mrachkovsky.\n\nVYSHINSKY: You were expelled from the Party in 1927?\n\n"
                     "MRACHKOVSKY: Yes. I was sent into exile.\n")
    expulsion, exile = only(events, "expulsion"), only(events, "exile")
    assert expulsion[1] == [("Mrachkovsky", "subject")] and expulsion[3] == "asserted"  # the answer confirms it
    assert exile[1] == [("Mrachkovsky", "subject")] and exile[4] == "Mrachkovsky"  # his word
    letter = analyse("Citizen Procurator,\n\nMy husband, Grigory Ivanovich Lavrentiev, was born in 1894. In June 1937 "
                     "my husband was arrested. I myself was arrested on 9 October 1937.\n\n14 November 1939\nA. Lavrentieva\n")
    arrests = sorted((e[1][0][0], e[2]) for e in letter if e[0] == "arrest")
    assert arrests == [("A. Lavrentieva", "1937-10-09"), ("Grigory Ivanovich Lavrentiev", "1937-06-01")]


def test_first_person_without_a_named_author_stays_empty(analyse):
    assert not [e for e in analyse("I was arrested in 1937 and sent to Kolyma.") if e[0] == "arrest"]


def test_a_possessor_of_the_speaker_is_the_he_of_the_report(analyse):
    events = analyse("My husband could not stand Solovyov. Solovyov's wife, whom I met later in prison, told me that "
                     "he himself was shot in the autumn of 1937.")
    assert only(events, "execution")[1] == [("Solovyov", "subject")]


def test_answers_in_an_interrogation_record_are_the_questioned_person_s(analyse):
    events = analyse("PROTOCOL OF INTERROGATION\n\nof the accused DUBROVIN, Pavel Nikolaevich\n\n"
                     "Dubrovin, P. N., born in 1894 in Tula, Russian. Arrested on 2 July 1937.\n\n"
                     "Question: Were you expelled from the party in June 1937?\n\nAnswer: Yes. I was recruited by "
                     "Pyatakov in 1931 and I was sent to Berlin.\n")
    assert only(events, "arrest")[1] == [("DUBROVIN, Pavel Nikolaevich", "subject")] and only(events, "arrest")[2] == "1937-07-02"
    expulsion = only(events, "expulsion")
    assert expulsion[1] == [("DUBROVIN, Pavel Nikolaevich", "subject")] and expulsion[3] == "asserted"
    travel = only(events, "travel")
    assert travel[1][0] == ("DUBROVIN, Pavel Nikolaevich", "subject") and travel[4] == "DUBROVIN, Pavel Nikolaevich"
    assert not any(name == "Russian" for e in events for name, _ in e[1])


def test_a_memorial_book_entry_is_about_its_headword(analyse):
    events = analyse("ADAMOVICH Ivan Stepanovich, born 1896 in Mogilev province; Belarusian; non-party. Arrested on "
                     "14 August 1937. Rehabilitated in 1958.\n\nStalin took revenge on Tomsky. After having "
                     "half-condemned Rykov, he said nothing.\n")
    assert only(events, "arrest")[1] == [("ADAMOVICH Ivan Stepanovich", "subject")]
    assert only(events, "rehabilitation")[1] == [("ADAMOVICH Ivan Stepanovich", "subject")]
    assert not [e for e in events if e[0] == "sentence" and ("Stalin", "subject") in e[1]]  # prose is no entry


def test_a_reprinted_newspaper_piece_is_the_paper_s_word_up_to_the_editor_s_note(analyse):
    events = analyse("PRAVDA\n\n14 March 1938\n\nThe traitor Bukharin was arrested in February 1937. Rykov was shot "
                     "on 15 March 1938.\n\nEditor's note: Bukharin was rehabilitated in 1988.\n")
    assert only(events, "arrest")[4].lower() == only(events, "execution")[4].lower() == "pravda"
    assert only(events, "rehabilitation")[4] is None  # the editor, after the paper's words end
    plain = analyse("The traitor Bukharin was arrested in February 1937.\n")
    assert only(plain, "arrest")[4] is None  # no masthead, no paper


def test_a_paragraph_that_opens_with_a_pronoun_goes_on_with_the_paragraph_before(analyse):
    events = analyse("Eleven days later, Dubrovin signed a second protocol.\n\nOn 29 October 1937 the Military Collegium "
                     "sentenced him to death. He was shot the same day.\n")
    assert only(events, "sentence")[1] == [("Dubrovin", "subject")] and only(events, "execution")[1] == [("Dubrovin", "subject")]
    two = analyse("Eleven days later, Dubrovin and Frolov signed a second protocol.\n\nOn 29 October 1937 the Military "
                  "Collegium sentenced him to death.\n")
    assert not [e for e in two if e[0] == "sentence" and e[1]]  # two men before: nobody is guessed


def test_a_name_in_quotation_marks_is_no_antecedent_outside_them(analyse):
    events = analyse('Yuri Korshunov: the student who came back\n\nYuri Korshunov died in Munich.\n\nThe boy was sent to '
                     'a children\'s home. "We thanked Comrade Stalin for it," he wrote.\n\nIn 1949 he was arrested.\n')
    assert only(events, "arrest")[1] == [("Yuri Korshunov", "subject")]  # not Stalin, who is only quoted
    letter = analyse('Citizen Procurator,\n\nMy husband, Grigory Lavrentiev, was shot. Our neighbour told me: "I was '
                     'arrested in 1937 and sent to Kolyma."\n\n14 November 1939\nA. Lavrentieva\n')
    assert not [e for e in letter if e[0] == "arrest" and e[1]]  # a quoted "I" is not the letter's signer


def test_a_biography_s_pronoun_with_no_nearer_person_is_its_protagonist(analyse):
    events = analyse("Yuri Korshunov: the student who came back\n\nYuri Korshunov, who died in Munich on Wednesday, was "
                     "a historian.\n\nThe old zek said little about the camps. He was released in April 1956.\n")
    assert only(events, "release")[1] == [("Yuri Korshunov", "subject")]
    plain = analyse("The camps were full.\n\nThe old zek said little about them. He was released in April 1956.\n")
    assert not [e for e in plain if e[0] == "release" and e[1]]  # nobody the text is about: left empty


def test_a_news_report_is_about_the_man_after_its_dateline_not_its_byline(analyse):
    report = ("BOOK OF THE DEAD\n\nBy Martin Hale\n\nBEIJING, May 17 — Liu Shaoqi, the former head of state, was "
              "honoured today.\n\nThe old man had many enemies. He was rehabilitated in February.\n")
    assert only(analyse(report), "rehabilitation")[1] == [("Liu Shaoqi", "subject")]
    bylined = "BOOK OF THE DEAD\n\nBy Martin Hale\n\nThe old man had many enemies. He was rehabilitated in February.\n"
    assert not [e for e in analyse(bylined) if e[0] == "rehabilitation" and e[1]]  # the writer is not whom it is about


def test_an_obituary_calls_its_subject_the_old_zek(analyse):
    events = analyse("Yuri Korshunov: the student who came back\n\nYuri Korshunov, who died in Munich on Wednesday, was a "
                     "historian.\n\nThe KGB came for the old zek on 4 November 1973.\n")
    assert only(events, "arrest")[1] == [("Yuri Korshunov", "subject")]
    plain = analyse("The camps were full.\n\nThe KGB came for the old zek on 4 November 1973.\n")
    assert not [e for e in plain if e[0] == "arrest" and e[1]]


def test_after_reported_speech_the_speaker_goes_on(analyse):
    events = analyse("Olberg, who came from Berlin in 1935, stated that Sedov had sent him. He was arrested in January 1936.")
    assert only(events, "arrest")[1] == [("Olberg", "subject")]
    two = analyse("Olberg and Sedov came from Berlin in 1935. He was arrested in January 1936.")
    assert not [e for e in two if e[0] == "arrest" and e[1]]  # two men, neither reported: nobody is guessed


def test_a_counted_group_is_the_last_list_of_that_many_people(analyse):
    events = analyse("Yakir, Tukhachevsky and Uborevich were tried on 11 June 1937. All three were shot the next day. "
                     "Boris Vainshtein and Yuri Korshunov read Herzen. In 1950 the two friends were sent to a camp.")
    assert sorted(n for n, _ in only(events, "execution")[1]) == ["Tukhachevsky", "Uborevich", "Yakir"]
    assert sorted(n for n, _ in [e for e in events if e[0] == "arrest"][0][1]) == ["Boris Vainshtein", "Yuri Korshunov"]
    wrong = analyse("Yakir and Uborevich were tried on 11 June 1937. All three were shot the next day.")
    assert not [e for e in wrong if e[0] == "execution" and e[1]]  # two named, three counted: nobody is guessed


def test_mama_and_papa_of_an_interview_are_the_parents_it_named(analyse):
    events = analyse("Interview with Lidia Petrovna Ushakova, born 1931.\n\nQ: Your father, Pyotr Ivanovich Ushakov, was an "
                     "engineer?\n\nA: Yes. Mama, Anna Sergeyevna, taught at a school.\n\nQ: And then?\n\nA: Mama was arrested "
                     "in December 1937. Papa was shot in 1938.\n")
    assert only(events, "arrest")[1] == [("Anna Sergeyevna", "subject")]
    assert only(events, "execution")[1] == [("Pyotr Ivanovich Ushakov", "subject")]
    untied = analyse("Papa was shot in 1938.\n")
    assert not [e for e in untied if e[0] == "execution" and e[1]]  # a father the text never named stays empty


def test_of_two_people_a_biography_s_he_is_its_protagonist_and_elsewhere_nobody(analyse):
    biography = ("Vasily Orlov (1890–1938) was a Soviet commander. Orlov was born in Tver. Orlov joined the army in 1914."
                 "\n\nIn 1918 the front commander, Pavel Sokolov, rose against the Bolsheviks and had Orlov arrested; he was "
                 "freed the next day.\n\nHe then commanded the 8th Army. Orlov was shot in 1938.")
    events = analyse(biography)
    assert only(events, "release")[1] == [("Vasily Orlov", "subject")]
    assert only(events, "appointment")[1] == [("Vasily Orlov", "subject")]
    report = "In 1918 Pavel Sokolov rose against the Bolsheviks and had Vasily Orlov arrested; he was freed the next day."
    assert not [e for e in analyse(report) if e[0] == "release"]


def test_a_register_entry_s_he_is_its_headword_even_beside_other_names(analyse):
    entry = ("KOVALEV Ivan Petrovich, born 1898 in Tula; member of the VKP(b) from 1920; editor of the magazines Ezh "
             "and Chizh. Arrested in Leningrad on 3 July 1937. He was charged with espionage for Japan.")
    assert only(analyse(entry), "accusation")[1] == [("KOVALEV Ivan Petrovich", "accused")]
    turn = "VYSHINSKY: Who brought you the instruction?\n\nMRACHKOVSKY: Smirnov, and Ezh. He went to Berlin in 1931."
    assert not [e for e in analyse(turn) if e[0] == "travel" and e[1] == [("MRACHKOVSKY", "subject")]]


def test_they_after_a_counted_group_are_that_group(analyse):
    events = analyse("The court tried Adamov, Belov, Chernov and Dmitriev in June. All four defendants were sentenced to "
                     "death. They were shot the same night.")
    assert subjects(only(events, "execution")) == ["Adamov", "Belov", "Chernov", "Dmitriev"]


def test_a_hearing_s_speaker_labels_with_titles_are_its_turns(analyse):
    hearing = ("Testimony of Richard Collins\n\nMR. TAVENNER: What is your occupation, Mr. Collins?\n\n"
               "MR. COLLINS: I am a writer. I came out to Hollywood in 1935 and joined the Communist Party in 1936.\n\n"
               "MR. TAVENNER: Who was the organizer?\n\nMR. COLLINS: Stanley Lawrence.")
    events = analyse(hearing)
    assert [(e[1], e[4]) for e in events if e[0] == "membership"] == [([("Richard Collins", "subject")], "Richard Collins")]


def test_a_question_answered_yes_is_the_answerer_s_word(analyse):
    events = analyse("Examination of the accused Mrachkovsky.\n\nVYSHINSKY: You were expelled from the Party in 1927?\n\n"
                     "MRACHKOVSKY: Yes, with the other leaders of the opposition.")
    expulsion = only(events, "expulsion")
    assert expulsion[3] == "asserted" and expulsion[4] == "Mrachkovsky"


def test_a_memoir_s_name_line_is_its_i_and_he_is_never_the_i(analyse):
    memoir = ("S. A. Dubrovin\n\nTHE ROAD TO NAGAEVO\n\nThey arrested me on 14 September 1937. In the camp I met Arkady "
              "Grinberg, a teacher. I saw him again in May. He was shot at Serpantinka in 1938. I was released in 1946.\n")
    events = analyse(memoir)
    assert only(events, "release")[1] == [("S. A. Dubrovin", "subject")]
    assert only(events, "execution")[1] == [("Arkady Grinberg", "subject")]


def test_the_accused_of_a_judgment_is_the_one_its_caption_names(analyse):
    judgment = ("Co-Prosecutors v. Kaing Guek Eav alias Duch\n\n1. Today the Chamber pronounced its Judgement in the case "
                "against Kaing Guek Eav.\n\n2. The Accused was arrested in May 1999.\n")
    assert only(analyse(judgment), "arrest")[1] == [("Kaing Guek Eav", "subject")]
    two = ("The case against Ieng Sary and the case against Nuon Chea were heard.\n\n2. The Accused was arrested in 2007.\n")
    assert not [e for e in analyse(two) if e[0] == "arrest" and e[1]]  # two people it is against: nobody is guessed


def test_the_one_person_a_short_heading_names_is_he_in_the_paragraph_under_it(tmp_path):
    from dossier.analysis import Analyzer
    from dossier.ingest import read_document
    path = tmp_path / "cases.txt"
    path.write_text("5. The case of the nuns\n\nTwo French nuns were taken in December.\n\n"
                    "6. Tomás Di Toffino, and the testimony from La Perla\n\nTrade unionist, deputy secretary of the "
                    "Luz y Fuerza union. He was abducted in Córdoba in November 1976.\n", encoding="utf-8")
    analyzer = Analyzer()
    result = analyzer.analyze_all([read_document(path)])[0]
    names = {e.id: e.name for e in analyzer.entities()}
    arrests = [[names.get(p.entity_id) for p in ev.participants if p.role == "subject"] for ev in result.events
               if ev.type == "arrest"]
    assert arrests == [["Tomás Di Toffino"]]


def test_a_name_the_parser_took_into_a_date_s_phrase_is_still_the_subject(analyse):
    events = analyse("Captain Cuignet examined the document. On August 30 Lieutenant-Colonel Henry, who had succeeded "
                     "Picquart at the Statistical Section, was questioned by the Minister, and confessed that he had "
                     "fabricated the letter. He was arrested and taken to Mont-Valérien.")
    assert [e[1] for e in events if e[0] == "arrest"] == [[("Henry", "subject")]]


def test_a_note_that_opens_on_a_pronoun_is_about_the_person_of_its_marker_s_sentence(analyse):
    events = analyse("Yesterday they took Grete. Margarete Buber-Neumann had lived fourteen months alone in that room. They "
                     "say she will be sent to Karaganda.[1]\n\n[1] Added in 1940: She was sentenced to five years of camp.\n")
    assert subjects(only(events, "sentence")) == ["Margarete Buber-Neumann"]


def test_both_men_are_the_pair_named_before(analyse):
    events = analyse("Mr Biko and a companion, Mr Peter Jones, were stopped at a roadblock near Grahamstown. "
                     "Both men were detained under Section 6 of the Terrorism Act.")
    assert subjects(only(events, "arrest")) == ["Biko", "Peter Jones"]


def test_him_after_a_participle_is_not_the_one_who_signed(analyse):
    events = analyse("On 10 May the Politburo removed Marshal Ivan Dubov from his post. The next day Kliment Orlov "
                     "signed the order appointing him to command the Volga Military District.")
    appointment = only(events, "appointment")
    assert ("Ivan Dubov", "object") in appointment[1] or ("Ivan Dubov", "subject") in appointment[1]


TOPIC_ARTICLE = ("Ivan Dubov (1893–1937) was a Soviet marshal.\n\n"
                 "Dubov rose in the Civil War. In 1931 Dubov was made deputy commissar, and in 1935 Dubov became a "
                 "marshal. Dubov wrote on tactics.\n\n"
                 "Dubov's last public appearance was on 1 May 1937. On 10 May the Politburo relieved him of his post, "
                 "and the next day Kliment Orlov signed the order that sent him to the Volga. He travelled to Kuibyshev, "
                 "but on 22 May 1937 he was arrested there.")


def test_he_goes_on_about_the_article_subject_the_sentence_before_referred_to(analyse):
    arrest = only(analyse(TOPIC_ARTICLE), "arrest")
    assert subjects(arrest) == ["Ivan Dubov"]


OBITUARY = ("Yuri Dubov, who spent twenty years in camps, died on Monday in Moscow.\n\n"
            "Mr. Dubov was born in 1920. Dubov studied in Leningrad, and Dubov wrote poems. In 1944 Dubov was "
            "arrested for them.\n\n"
            "His teacher, Boris Orlov, had been shot in 1938. Orlov was the first to read the poems.\n\n"
            "He was released in 1956 and rehabilitated in 1957. Dubov never wrote poems again.")


def test_a_paragraph_that_opens_on_he_is_about_the_obituarys_subject(analyse):
    release = only(analyse(OBITUARY), "release")
    assert subjects(release) == ["Yuri Dubov"]


def test_a_group_noun_the_text_defined_by_a_list_stands_for_that_list(analyse):
    events = analyse("The court acquitted the four Communists: Ernst Torgler and the three Bulgarians, Georgi Dimitrov, "
                     "Blagoi Popov and Vasil Tanev.\n\nThe case against the Bulgarians had collapsed long before. They "
                     "were arrested in a Berlin restaurant in March.")
    assert subjects(only(events, "arrest")) == ["Blagoi Popov", "Georgi Dimitrov", "Vasil Tanev"]


def test_a_title_abbreviation_ends_no_sentence_and_a_name_in_aya_may_be_a_man(analyse):
    events = analyse("5. FR. FLORENCIO MAGLAYA, parish priest of Kapalong\n\n"
                     "On 30 May 1974 Lt. Col. Benjamin Robles announced that Fr. Maglaya had confessed. The confession "
                     "was signed in detention, and Fr. Maglaya repudiated it before his bishop. He was released on "
                     "14 October 1974.")
    released = [e[1] for e in events if e[0] == "release"]
    assert released == [[("FLORENCIO MAGLAYA", "subject")]]  # not Robles, the last man a "he" could be before the split


def test_a_passive_after_a_report_in_writing_is_the_reported_persons_and_the_reporters_word(analyse):
    events = analyse("Eduardo Manalastas was taken from his house on 17 June 1974. On 25 July 1974 Capt. Renato Sison "
                     "informed the family in writing that Manalastas had only been invited for questioning and was "
                     "released the following morning, 18 June 1974.")
    released = [e for e in events if e[0] == "release"]
    assert [(e[1], e[3], e[4]) for e in released] == [([("Eduardo Manalastas", "subject")], "alleged", "Renato Sison")]


def test_a_recital_s_later_that_clauses_go_on_about_its_first_subject(analyse):
    events = analyse("1. RESULTING that the accused Julián Escobar, tram driver, joined the militias in 1936 and took part "
                     "in the removal of prisoners, among them Ignacio Bermejo, as his widow, Pilar Ocaña, has testified; "
                     "that he was detained in Madrid on 3 April 1939; and that in his statement he admits having served "
                     "in the checa.")
    arrest = only(events, "arrest")
    assert subjects(arrest) == ["Julián Escobar"]
    assert (arrest[3], arrest[4]) == ("asserted", None)  # the recital's own word, not the widow's


def test_she_across_a_semicolon_is_the_one_woman_named_before_it(analyse):
    events = analyse("Tomás Rivas died in 1950. The sentence on Amparo Salcedo was annulled on 11 March 1941; at the "
                     "second trial, on 2 June 1941, she was sentenced to six years. Unlike Carmen Vidal, she never "
                     "appealed; Rivas was then shot.")
    assert subjects(only(events, "sentence")) == ["Amparo Salcedo"]


def test_granted_a_release_or_an_amnesty_is_a_release(analyse):
    events = analyse("Tomás Rivas was sentenced to thirty years in 1940. After review by the Commission he was granted "
                     "conditional release on 6 March 1946. Pedro Gil was granted an amnesty in 1947. The Commission "
                     "granted a review.")
    assert sorted(subjects(e) for e in events if e[0] == "release") == [["Pedro Gil"], ["Tomás Rivas"]]


def test_both_is_the_pair_written_x_and_y_before_it_whatever_the_parse(analyse):
    events = analyse("We condemn Julián ESCOBAR RUIZ, Tomás RIVAS OLMEDO and Francisco NIETO GIL to DEATH.\n\nThus by "
                     "this our sentence we pronounce, order and sign.\n\nARCHIVIST'S NOTE (AGHD, 12 September 2006)\n\n"
                     "The «enterado» of General Franco for ESCOBAR RUIZ and NIETO GIL was received on 28 June "
                     "1940; both were shot against the wall of the Cementerio del Este in Madrid at dawn on 2 July 1940.")
    assert subjects(only(events, "execution")) == ["Francisco NIETO GIL", "Julián ESCOBAR RUIZ"]


def test_a_counted_group_under_a_heading_naming_it_and_held_somewhere(analyse):
    events = analyse("IV. LARBI and AMAR TOUATI, dockers\n\nThe two brothers were arrested on 29 January 1957 at their "
                     "home in Belcourt. Larbi Touati was released on 5 February 1957.\n\nMouloud Kaci was arrested on 22 "
                     "February 1957 in a café, together with his cousin Hamid Boukhari. The soldiers were led by Captain "
                     "Lefort. The two young men were held at the Villa Sésini.\n")
    arrests = sorted(subjects(e) for e in events if e[0] == "arrest")
    assert ["AMAR TOUATI", "Larbi Touati"] in arrests and ["Hamid Boukhari", "Mouloud Kaci"] in arrests


def test_she_in_a_witness_turn_is_not_the_witness_but_the_sister_he_named(analyse):
    events = analyse("JUSTICE KIRBY: What happened then?\n\nMR. RI: Two days later they came back for the rest of us: my "
                     "mother, my sister Myong-hui, who was nine, and me.\n\nJUSTICE KIRBY: And after your release?\n\n"
                     "MR. RI: My sister followed in 2008, but in June 2008 the Chinese police arrested her in Yanji and sent "
                     "her back.\n")
    assert [people for kind, people, *_ in events if kind == "arrest"] == [[("Myong-hui", "subject")]]


def test_a_case_files_trade_word_is_the_person_its_numbered_heading_names(analyse):
    events = analyse("4. INDIVIDUAL CASES\n\n(1) Víctor Jara. The singer was arrested with students at the Universidad "
                     "Técnica del Estado on 12 September 1973.\n\n(2) José Tohá. The lawyer was transferred to Santiago.\n")
    assert [(people, date) for kind, people, date, *_ in events if kind == "arrest"] == [
        ([("Víctor Jara", "subject")], "1973-09-12")]


def test_the_office_alone_is_the_one_person_named_with_it(analyse):
    events = analyse("Emperor Haile Selassie was deposed on 12 September 1974. On 27 August 1975 the Emperor was killed "
                     "in his room. Colonel Aristov presided over the court. The next day the Colonel was arrested.")
    found = [(e[0], e[1]) for e in events if e[0] in ("death", "arrest")]
    assert ("death", [("Haile Selassie", "subject")]) in found and ("arrest", [("Aristov", "subject")]) in found
    events = analyse("Colonel Aristov presided over the court. Colonel Petrov was there too. The next day the Colonel "
                     "was arrested.")
    assert not any(e[0] == "arrest" and e[1] for e in events)  # two colonels: "the Colonel" is no one


def test_indian_titles_and_mens_names_in_ndra_tell_he_from_she(analyse):
    events = analyse("Shri Virendra Kumar Saxena, editor of the Hindi weekly Janvani, published an account of the "
                     "arrests. He was arrested at his press in Daryaganj on 3.7.75.")
    assert ("arrest", [("Virendra Kumar Saxena", "subject")], "1975-07-03") in [(e[0], e[1], e[2]) for e in events]


def test_the_latter_is_the_person_named_last_unless_a_place_or_an_unread_name_comes_after(analyse):
    events = analyse("The circle was made up of Sorin Marinescu, Gheorghe Balan and, until his death, Pavel Ionescu, "
                     "a former political convict. The latter was arrested in 1958 and sentenced in 1959.")
    assert [e[1] for e in events if e[0] == "arrest"] == [[("Pavel Ionescu", "subject")]]
    events = analyse("Gheorghe Balan had lived for years in Cluj and then in Sibiu. The latter was bombed in 1944.")
    assert not [e for e in events if e[1] and e[0] in ("arrest", "death")]


def test_as_for_sets_up_the_person_its_pronoun_means(analyse):
    events = analyse("Vuksan was released in 1956. As for Stevan Lalić, he was appointed deputy director of a trading "
                     "enterprise in 1953.")
    assert only(events, "appointment")[1] == [("Stevan Lalić", "subject")]
