"""How newer genres tell events: wire dispatches (datelines, ranks, "under arrest"), petitions and decisions (numbered
parties, "took him away"), posters and notes (undone verdicts, "sent down"), and what is only conspired or attempted."""

from dossier.extract.names import NameRecognizer
from tests.extract.test_events import only, typed_people
from tests.extract.test_names import doc_of

DISPATCH = ("SOUTH AFRICA TRIALS\n\n"
            "PRETORIA, South Africa, March 3, 1961 (Reuters) — The police announced that Joe Slovo and Hilda Bernstein "
            "are under arrest. Ben Turok and scores of union organisers were also rounded up in Johannesburg. "
            "Foreign Minister Eric Louw Pienaar said that Gen. Charles Rademeyer had ordered the raids.\n\n"
            "PRETORIA, South Africa, March 9, 1961 (AP) — The court confirmed the death sentences passed on Vuyisile "
            "Mini and Wilson Khayinga. Ben Turok was among those whose sentences were commuted. Vuyisile Mini went "
            "to the gallows in Pretoria. Hendrik Verwoerd came to power in 1958 and was returned to office in 1961.\n")


def test_a_dateline_names_a_place_and_ranks_are_not_names():
    found = {(m.text, m.label) for m in NameRecognizer().process(doc_of(DISPATCH))[0]}
    assert ("PRETORIA", "PLACE") in found
    assert {("Charles Rademeyer", "PERSON"), ("Eric Louw Pienaar", "PERSON")} <= found
    assert not any(text.startswith(("Gen.", "Foreign Minister")) for text, _ in found)


def test_under_arrest_and_rounded_up_are_arrests(analyse):
    arrests = [e for e in analyse(DISPATCH) if e[0] == "arrest"]
    named = sorted(name for e in arrests for name, _ in e[1])
    assert named == ["Ben Turok", "Hilda Bernstein", "Joe Slovo"]


def test_sentences_passed_on_people_and_those_whose_sentences_were_commuted(analyse):
    sentences = [e for e in analyse(DISPATCH) if e[0] == "sentence"]
    passed = next(e for e in sentences if "passed on" in str(e[5].evidence) or len(e[1]) == 2)
    assert sorted(n for n, _ in passed[1]) == ["Vuyisile Mini", "Wilson Khayinga"]
    commuted = [e for e in sentences if e[1] == [("Ben Turok", "subject")]]
    assert commuted and not any(("Vuyisile Mini", "subject") in e[1] for e in sentences if e is not passed)


def test_gallows_and_coming_to_power(analyse):
    events = analyse(DISPATCH)
    assert only(events, "execution")[1] == [("Vuyisile Mini", "subject")]
    appointments = sorted(e[2] for e in events if e[0] == "appointment" and e[1] == [("Hendrik Verwoerd", "subject")])
    assert appointments == ["1958-01-01", "1961-01-01"]


def test_restoring_someone_s_honour_is_a_rehabilitation_of_the_whole_list(analyse):
    events = analyse("In 1990 the Assembly passed a law restoring the honour of Imre Nagy, Pál Maléter and Miklós "
                     "Gimes, and on June 16, 1989, their remains were reburied in Budapest.")
    rehabilitation = only(events, "rehabilitation")
    assert sorted(n for n, _ in rehabilitation[1]) == ["Imre Nagy", "Miklós Gimes", "Pál Maléter"]


def test_armed_men_who_take_someone_away_arrest_them(analyse):
    events = analyse("Daniel Sosa is a student. At about 3 a.m. on 21 August 1976, some eight armed men in civilian "
                     "clothes broke into the family home and took him away hooded. On 12 January 1977 a group of armed "
                     "men in Army uniform entered the plant and took away Jorge Paredes and his workmate Miguel Rinaldi. "
                     "Vann Nath was kept alive until he was taken out to paint portraits.")
    arrests = sorted((e[2], [n for n, _ in e[1]]) for e in events if e[0] == "arrest")
    assert arrests == [("1976-08-21", ["Daniel Sosa"]), ("1977-01-12", ["Jorge Paredes", "Miguel Rinaldi"])]


def test_a_party_numbered_by_the_court_is_that_person(analyse):
    events = analyse("DECISION\n\nPieter Johannes Kruger        AM 3712/96    First Applicant\n"
                     "Thabo Alfred Molefe            AM 5533/97    Second Applicant\n\n"
                     "[1] The First Applicant joined the police in 1971. The Second Applicant was arrested in 1986. "
                     "Anna Dlamini (the third petitioner) was detained in 1987. The Third Petitioner was released in 1988.\n\n"
                     "[2] Kruger and Molefe gave evidence in Cape Town.")
    found = sorted((e[0], e[2][:4], [n for n, _ in e[1]]) for e in events if e[0] in ("membership", "arrest", "release"))
    assert found == [("arrest", "1986", ["Thabo Alfred Molefe"]), ("arrest", "1987", ["Anna Dlamini"]),
                     ("membership", "1971", ["Pieter Johannes Kruger"]), ("release", "1988", ["Anna Dlamini"])]


def test_a_party_numbered_before_the_name_is_that_person(analyse):
    events = analyse("The 1st defendant, Col. Mengistu Hailemariam, left the country on 21 May 1991. The 6th defendant "
                     "Debebe Wolde-Giorgis denied it. On 12 September 1974 the 1st defendant became chairman. The 6th "
                     "defendant was arrested in 1991.")
    found = sorted((e[0], e[2][:4], [n for n, _ in e[1]]) for e in events if e[0] in ("appointment", "arrest"))
    assert found == [("appointment", "1974", ["Mengistu Hailemariam"]), ("arrest", "1991", ["Debebe Wolde-Giorgis"])]


def test_placed_at_the_disposal_of_the_executive_power_is_a_detention(analyse):
    events = analyse("Ricardo Bermúdez was a student. In December 1976 a decree placed him at the disposal of the "
                     "National Executive Power.")
    assert [(e[1], e[2]) for e in events if e[0] == "arrest"] == [([("Ricardo Bermúdez", "subject")], "1976-12-01")]


def test_an_arrest_conspired_or_attempted_is_not_one_done(analyse):
    events = analyse("In 1918 Bukharin conspired with the Left Socialist-Revolutionaries to arrest Lenin. "
                     "Kamenev attempted to kill Kirov.")
    assert {e[0]: e[3] for e in events if e[0] in ("arrest", "death")} == {"arrest": "hypothetical", "death": "hypothetical"}


def test_a_founder_or_founding_member_or_veteran_is_a_member(analyse):
    events = analyse("Petr Uhl, a signatory of Charter 77 and a founding member of VONS, was arrested in 1979. Steve Biko "
                     "was a founder of the South African Students' Organisation. Todor Gerov, a veteran of the "
                     "International Brigades, was shot.")
    assert sorted(e[1][0][0] for e in events if e[0] == "membership") == ["Petr Uhl", "Steve Biko", "Todor Gerov"]


def test_a_sentence_commuted_is_a_new_sentence_of_its_owner(analyse):
    events = analyse("Eamon de Valera had his sentence commuted to penal servitude for life. Lee Chul and Yoo In-tae had "
                     "their sentences commuted. The Presidium commuted the sentence to twenty years.")
    assert sorted(sorted(n for n, _ in e[1]) for e in events if e[0] == "sentence") == [
        ["Eamon de Valera"], ["Lee Chul", "Yoo In-tae"]]


def test_stripped_of_posts_hounded_from_power_and_sent_down(analyse):
    events = analyse("Liu Shaoqi was head of state. He was expelled from the party and stripped of every post he held. "
                     "In 1959 Zhou Mingyuan was sent down to labour in Xinyang. Peng Zhen was hounded from power in 1966.")
    found = sorted((e[0], e[1][0][0]) for e in events if e[0] in ("removal", "exile"))
    assert found == [("exile", "Zhou Mingyuan"), ("removal", "Liu Shaoqi"), ("removal", "Peng Zhen")]


def test_locked_up_is_an_arrest_of_a_person_only(analyse):
    events = analyse("Li Wei studied physics. On July 3, 1966 the work team locked up Li Wei for eleven days. Later they "
                     "locked up the files.")
    assert [(e[1], e[2]) for e in events if e[0] == "arrest"] == [([("Li Wei", "subject")], "1966-07-03")]


def test_a_verdict_reversed_or_annulled_and_a_person_cleared_are_rehabilitations(analyse):
    events = analyse("Lin Zhiyuan died in prison in 1971. His rightist verdict was reversed in 1979. Peng Dehuai was "
                     "posthumously cleared in 1978. The police cleared the square.")
    assert sorted((e[1][0][0], e[2][:4]) for e in events if e[0] == "rehabilitation") == [
        ("Lin Zhiyuan", "1979"), ("Peng Dehuai", "1978")]


def test_a_fronted_participle_s_day_is_not_the_main_clause_s(analyse):
    events = analyse("Nikola Bakalov was a director. Arrested on 2 May 1951, he was sentenced to death for sabotage. "
                     "Recalled to Moscow in 1937, Yan Berzin was restored to his old post.")
    dated = {e[0]: e[2] for e in events}
    assert dated["arrest"] == "1951-05-02" and dated["sentence"] is None and dated["appointment"] == "1937-01-01"


def test_a_charge_that_names_someone_accuses_him_a_witness_who_names_him_testifies(analyse):
    events = analyse("Stoyan Angelov was a colonel. In 1951 the indictment named him the military head of the centre.\n\n"
                     "Question: Who recruited you? Answer: Grinberg had named me.")
    assert sorted(e[0] for e in events if e[0] in ("accusation", "testimony")) == ["accusation", "testimony"]


def test_restoring_someone_s_party_membership_is_a_rehabilitation(analyse):
    events = analyse("Todor Gerov was shot in 1952. In 1956 the party commission restored his membership posthumously.")
    assert [(e[1], e[2]) for e in events if e[0] == "rehabilitation"] == [([("Todor Gerov", "subject")], "1956-01-01")]


def test_filing_a_habeas_corpus_is_a_demand_of_the_one_who_files_it(analyse):
    events = analyse("Daniel Sosa was taken away on 21 August 1976. On 25 August 1976 his mother, María Correa, filed a "
                     "habeas corpus before Federal Court No. 2.")
    assert [(e[1], e[2]) for e in events if e[0] == "demand"] == [([("María Correa", "agent")], "1976-08-25")]


def test_sitting_in_a_parliament_and_serving_with_a_regiment_are_memberships(analyse):
    events = analyse("Denis Pritt, who sat in the House of Commons from 1935 to 1950, defended him. Paul Ngei, who served "
                     "with the King's African Rifles in Burma, was convicted.")
    assert sorted(e[1][0][0] for e in events if e[0] == "membership") == ["Denis Pritt", "Paul Ngei"]


def test_a_book_published_is_its_author_s_publication(analyse):
    events = analyse("Jomo Kenyatta was born in Kiambu. His book, Facing Mount Kenya, was published in 1938.")
    assert [(e[1], e[2]) for e in events if e[0] == "publication"] == [([("Jomo Kenyatta", "subject")], "1938-01-01")]


def test_who_after_an_office_s_body_is_the_person_who_holds_the_office(analyse):
    events = analyse("The four applicants were members of the Security Branch of the South African Police. Van Rooyen "
                     "testified that the operation was ordered by Colonel Pieter Lourens, then divisional commander of the "
                     "Security Branch, who died in 1993.")
    assert [e[1] for e in events if e[0] == "death"] == [[("Pieter Lourens", "subject")]]


def test_passing_information_as_the_prosecution_claims_is_an_accusation(analyse):
    events = analyse("Hristo Stamenov was a deputy director. The prosecution claimed that he had sold tobacco below cost "
                     "and passed information to Edward Hallam, a British trade representative.")
    accusations = [e for e in events if e[0] == "accusation"]
    assert [e[3] for e in accusations] == ["alleged"] and ("Hristo Stamenov", "accused") in accusations[0][1]


def test_begging_an_authority_for_something_is_a_demand(analyse):
    events = analyse("Zhou Mingyuan was secretary. In June 1966 Zhou begged the Provincial Party Committee for a work team.")
    assert [(e[1], e[2]) for e in events if e[0] == "demand"] == [([("Zhou Mingyuan", "subject")], "1966-06-01")]


def test_writing_in_a_newspaper_or_composing_leaflets_is_a_publication_a_letter_is_not(analyse):
    events = analyse("Lin Zhiyuan taught physics. In May 1957 he wrote in the Henan Daily that laymen cannot lead science. "
                     "In 1942 Hans Scholl composed leaflets. Karl Radek wrote a letter to his wife.")
    assert sorted(e[1][0][0] for e in events if e[0] == "publication") == ["Hans Scholl", "Lin Zhiyuan"]


def test_recommending_that_people_be_deported_is_a_demand_about_them(analyse):
    events = analyse("Matvei Kovalenko and Sophie Gradowska were heard. It is recommended that all four aliens be "
                     "deported, Kovalenko and Gradowska to Russia.")
    demands = [e for e in events if e[0] == "demand"]
    assert [sorted(d[1]) for d in demands] == [[("Matvei Kovalenko", "object"), ("Sophie Gradowska", "object")]]


def test_a_warrant_against_someone_cancelled_frees_them_a_request_to_drop_charges_does_not(analyse):
    events = analyse("Sophie Gradowska was arrested in 1919. The warrant against Gradowska was cancelled on April 14, "
                     "1920. Amnesty asked that the charges against Valery Marchenko be dropped. The charge against "
                     "Ivan Petrov has not been withdrawn.")
    assert [(e[1], e[2]) for e in events if e[0] == "release"] == [([("Sophie Gradowska", "subject")], "1920-04-14")]


def test_counsel_appearing_for_both_accused_accuses_nobody(analyse):
    events = analyse("Mr. Vishnu Phadke was tried. Mr. Ganpatrao Khare appeared for both accused.")
    assert not [e for e in events if e[0] == "accusation"]


def test_a_date_in_what_a_witness_says_does_not_date_the_testimony(analyse):
    events = analyse("Frank Carrigan, special agent, testified that he had attended meetings at the People's House "
                     "since February 1919. On 5 March 1920 Joseph Healey testified that he had found a tin.")
    dates = sorted((e[1][0][0], e[2]) for e in events if e[0] == "testimony")
    assert dates == [("Frank Carrigan", None), ("Joseph Healey", "1920-03-05")]


def test_telling_a_hearing_what_one_saw_is_testimony_telling_a_party_body_is_not(analyse):
    events = analyse("Thandeka Sodladla told the Committee that Gerhardus Marais had threatened her brother. "
                     "In 1956 Petko Zlatev told the party commission that Asen Marinov was innocent.")
    testimonies = [e[1] for e in events if e[0] == "testimony"]
    assert len(testimonies) == 1 and ("Thandeka Sodladla", "witness") in testimonies[0]


def test_what_a_witness_named_as_such_admits_is_testimony(analyse):
    events = analyse("Andrei Sinyavsky was tried. The witness Igor Golomshtok admitted that he had been given a "
                     "manuscript of Tertz to read. Vera Ostroumova, a witness, was heard. She retracted her statement.")
    types = {(e[0], e[1][0][0]) for e in events if e[1]}
    assert ("testimony", "Igor Golomshtok") in types and ("statement", "Igor Golomshtok") not in types
    assert ("testimony", "Vera Ostroumova") not in types  # "she" retracts: named a witness only in another sentence


def test_a_transfer_to_a_detention_centre_or_a_stockade_is_imprisonment(analyse):
    events = analyse("Ramon Esguerra was held at Camp Crame. On 2 March 1974 he was transferred to the Ipil Reception "
                     "Center. In May Rogelio Lacsamana was returned to the stockade.")
    assert [(e[0], e[2]) for e in events if e[1] == [("Ramon Esguerra", "subject")] and e[2]] == [("arrest", "1974-03-02")]
    assert not [e for e in events if e[0] in ("removal", "travel")]


def test_making_or_reading_a_statement_is_a_statement_being_invited_to_is_not(analyse):
    events = analyse("Mr. Vishnu Phadke read a written statement on September 18, 1908. Nelson Mandela made a long "
                     "statement from the dock. Mario Onaindia was invited to make a last statement.")
    assert sorted(e[1][0][0] for e in events if e[0] == "statement") == ["Nelson Mandela", "Vishnu Phadke"]


def test_describing_someone_as_a_culprit_accuses_him_describing_him_as_a_teacher_does_not(analyse):
    events = analyse("An Army communiqué described Miguel Rinaldi as \"a subversive delinquent\". The report described "
                     "Pedro Salonga as a gifted teacher.")
    accused = [p for e in events if e[0] == "accusation" for p in e[1]]
    assert accused == [("Miguel Rinaldi", "accused")]


def test_refusing_or_declining_to_do_something_is_not_doing_it(analyse):
    events = analyse("Igor Golomshtok refused to testify. Anna Petrova declined to give evidence. Boris Lebedev testified.")
    assert sorted((e[1][0][0], e[3]) for e in events if e[0] == "testimony") == [
        ("Anna Petrova", "denied"), ("Boris Lebedev", "asserted"), ("Igor Golomshtok", "denied")]


def test_working_somewhere_is_a_job_not_a_whereabouts_living_there_is(analyse):
    events = analyse("Georgi Dimitrov had worked in Berlin for the Communist International. In 1969 Larisa Bogoraz "
                     "lived in Chuna.")
    assert [e[1][0][0] for e in events if e[0] == "presence"] == ["Larisa Bogoraz"]


def test_a_sentence_or_an_order_executed_is_no_execution(analyse):
    events = analyse("Madrid, 27 May 1940. I approve the foregoing sentence on Julián Escobar, which shall be executed. "
                     "The order was executed at once. Pedro Gil was executed at dawn.")
    assert [e[1] for e in events if e[0] == "execution"] == [[("Pedro Gil", "subject")]]


def test_suspected_of_a_deed_is_an_accusation(analyse):
    events = analyse("Belaïd Cherifi was arrested on 14 March 1957. He was suspected, it was later said, of supplying "
                     "medicines to the rebels. The police suspected that the bomb was old.")
    assert [e[1] for e in events if e[0] == "accusation"] == [[("Belaïd Cherifi", "accused")]]


def test_leaving_a_prison_or_camp_is_a_release_and_leaving_a_town_a_journey(analyse):
    events = analyse("Amparo Salcedo was held in Ventas prison. She was sentenced to six years, and she left Ventas on "
                     "9 October 1943. Pedro Gil left the camp in 1956. Luis Ruiz left Madrid in 1939. In 1916 Mikhail "
                     "Tomsky left prison for eternal exile in Siberia.")
    released = sorted((e[1][0][0], e[2]) for e in events if e[0] == "release")
    assert released == [("Amparo Salcedo", "1943-10-09"), ("Pedro Gil", "1956-01-01")]
    assert [e[1] for e in events if e[0] == "travel"] == [[("Luis Ruiz", "subject")]]


def test_a_soldier_who_surrendered_somewhere_was_taken_prisoner(analyse):
    events = analyse("Luis Ruiz surrendered at Alicante on 1 April 1939. Pedro Gil surrendered the city to the rebels. "
                     "The garrison surrendered in Madrid.")
    assert [(e[1], e[2]) for e in events if e[0] == "arrest"] == [([("Luis Ruiz", "subject")], "1939-04-01")]


def test_affiliated_to_a_body_is_membership(analyse):
    events = analyse("Francisco Nieto, 24, mechanic, affiliated to the C.N.T., is accused of driving the car. Pedro Gil "
                     "was affiliated with the Communist Party from 1934. The union was affiliated to the CNT.")
    assert sorted(e[1][0][0] for e in events if e[0] == "membership") == ["Francisco Nieto", "Pedro Gil"]


def test_serving_a_stated_term_is_the_sentence_and_serving_it_somewhere_the_imprisonment(analyse):
    events = analyse("Uladzimir Haurylchyk, a retired bus driver, is serving four years for creating an extremist group. "
                     "Daniel Coetser is serving a sentence of eighteen years' imprisonment imposed on 4 March 1997. "
                     "Kanno was in prison, serving a term for offences against the press laws.")
    assert {(e[0], e[1][0][0]) for e in events} == {
        ("sentence", "Uladzimir Haurylchyk"), ("sentence", "Daniel Coetser"), ("arrest", "Kanno")}


def test_a_woman_whose_surname_ends_in_ich_is_she(analyse):
    events = analyse("Vera Gurevich was arrested in December 1937. She was given eight years.")
    assert only(events, "sentence")[1] == [("Vera Gurevich", "subject")]


def test_an_office_written_after_a_name_with_its_years_is_an_appointment_from_its_first_year(analyse):
    events = analyse("[4] Genrikh Yagoda (1891–1938), People's Commissar of Internal Affairs from July 1934; shot in "
                     "1938.\n\n2. Emilio Massera, navy commander 1976-78 and member of the junta: life imprisonment.\n\n"
                     "Ivan Petrov, a member of the party from 1920, was shot.")
    appointments = {(e[1][0][0], e[2], e[5].evidence.start) for e in events if e[0] == "appointment"}  # no party member
    assert {(name, date) for name, date, _ in appointments} == {("Genrikh Yagoda", "1934-07-01"), ("Emilio Massera", "1976-01-01")}


def test_a_date_in_the_subject_s_apposition_dates_the_apposition_not_the_verb(analyse):
    events = analyse("Ivan Petrov, a member of the party from 1920, was shot. Mikhail Tomsky, arrested in 1907, was "
                     "shot in 1937.")
    shot = {e[1][0][0]: e[2] for e in events if e[0] == "execution"}
    assert shot == {"Ivan Petrov": None, "Mikhail Tomsky": "1937-01-01"}


def test_a_confession_cited_by_its_owner_is_no_new_confession_but_one_confirmed_is(analyse):
    events = analyse("In court Nikolai Krestinsky retracted his confession. The next evening Arkady Rosengolts confirmed "
                     "his earlier confession.")
    assert [e[1][0][0] for e in events if e[0] == "confession"] == ["Arkady Rosengolts"]


def test_a_participle_the_parser_makes_the_complement_of_was_is_still_passive(analyse):
    events = analyse("Stanisław Mrozek was sentenced to ten years. Released in 1946, he was exiled to the Krasnoyarsk "
                     "region and allowed to return to Poland only in 1955.")
    assert only(events, "exile")[1] == [("Stanisław Mrozek", "subject")]


def test_a_participle_coordinated_with_one_that_describes_a_person_is_that_person_s(analyse):
    events = analyse("Among them is Pedro Kilamba Fragoso, an Angolan male nurse arrested in Luanda in 1961 and deported "
                     "to Cape Verde without trial.")
    assert only(events, "exile")[1] == [("Pedro Kilamba Fragoso", "subject")]


def test_he_is_dead_heard_by_the_one_who_says_i_is_someone_else_s_death(analyse):
    events = analyse("My name is Hernán Fuentes. The officer in charge of the foreign prisoners was a Major Lavanderos, who "
                     "was correct with us. I have since heard in London that he is dead. Of the accused, Imre Nagy and "
                     "Pál Maléter were already dead.")
    dead = {tuple(sorted(name for name, _ in e[1])) for e in events if e[0] == "death"}
    assert dead == {("Lavanderos",), ("Imre Nagy", "Pál Maléter")}


def test_leaving_one_s_country_is_exile_and_leaving_a_city_a_journey(analyse):
    events = analyse("In November 1979 Julio Ajú went into exile in Mexico. In April 1982 Gloria Pérez left the country "
                     "for Mexico. On 9 February 1974 Hernán Fuentes left Chile from Pudahuel airport for Buenos Aires. "
                     "In 1920 Andrés Nin left Barcelona for Moscow.")
    assert {(e[0], e[1][0][0]) for e in events} == {("exile", "Julio Ajú"), ("exile", "Gloria Pérez"),
                                                    ("exile", "Hernán Fuentes"), ("travel", "Andrés Nin")}


def test_terms_given_as_a_bare_number_or_two_and_custody_since_a_date(analyse):
    events = analyse("The physician Oscar Elías Biscet, in jail since December 2002, was given 25. Reinaldo Bacallao and "
                     "Osvaldo Tápanes received 12 and 14 years respectively.")
    assert only(events, "arrest")[1:3] == ([("Oscar Elías Biscet", "subject")], "2002-12-01")
    assert {tuple(n for n, _ in e[1]) for e in events if e[0] == "sentence"} == {
        ("Oscar Elías Biscet",), ("Osvaldo Tápanes", "Reinaldo Bacallao")}


def test_a_verdict_read_out_as_names_and_terms_after_commas_is_a_sentence_each(analyse):
    events = analyse("Dr. Joaquín Murguía and Rodolfo Benítez Arriaga were tried with Ernesto Villaseñor. On 14 November "
                     "1970 the judge pronounced the sentences: Villaseñor, sixteen years; Murguía, eight years; Benítez "
                     "Arriaga, seven years and three months.")
    terms = {e[1][0][0]: e[5].evidence for e in events if e[0] == "sentence" and len(e[1]) == 1}
    assert set(terms) == {"Ernesto Villaseñor", "Joaquín Murguía", "Rodolfo Benítez Arriaga"}


def test_it_that_finds_is_the_body_that_spoke_before(analyse):
    events = analyse("Findings. The Commission accepts the evidence of Mrs. Naome Ssekitoleko. It finds that Joseph Kato "
                     "Ssekitoleko was arrested at Kitovu on 12th February, 1973 by officers of the Bureau.")
    assert only(events, "arrest")[4] == "Commission"


def test_a_court_that_hears_the_appeals_of_people_tries_them_and_one_that_dismisses_them_dismisses_no_one(analyse):
    events = analyse("On 22 November 1976 the Supreme Court heard the appeals of Stanisław Kępa and Marian Głowacki. On 8 "
                     "April 1975 the Supreme Court dismissed the appeals of Do Ye-jong and Woo Hong-seon.")
    found = {(e[0], tuple(n for n, _ in e[1])) for e in events}
    assert ("trial", ("Marian Głowacki", "Stanisław Kępa")) in found
    assert not any(kind in ("removal", "trial") and "Do Ye-jong" in names for kind, names in found)


def test_among_the_first_detained_was_is_an_arrest_but_among_the_accused_is_not_an_accusation(analyse):
    events = analyse("Among the first detained was the independent journalist Rodolfo Arencibia Llanes, 48. Amadeo "
                     "Bordiga, who was moved from Ustica, was not among the accused.")
    assert [(e[0], e[1]) for e in events if e[0] != "travel"] == [("arrest", [("Rodolfo Arencibia Llanes", "subject")])]


def test_a_claim_a_body_rejects_or_finds_untrue_is_denied_by_that_body(analyse):
    events = analyse("Findings. The Commission rejects the claim that Dr. Ezra Kabaireho was released from Naguru on 4th "
                     "May, 1973. It finds the statement that Major Patrick Okumu fled to Tanzania to be untrue.")
    assert {(e[0], e[3], e[4]) for e in events} == {("release", "denied", "Commission"), ("escape", "denied", "Commission")}


def test_among_those_still_held_is_custody_of_everyone_listed(analyse):
    events = analyse("Among those still held are Chun Chang-il and Lee Sung-jae. Among those detained are Kim Ji-ha and "
                     "Park Hyung-kyu.")
    assert sorted(tuple(sorted(n for n, _ in e[1])) for e in events if e[0] == "arrest") == [
        ("Chun Chang-il", "Lee Sung-jae"), ("Kim Ji-ha", "Park Hyung-kyu")]


def test_a_participle_set_off_by_commas_is_done_to_the_name_before_it(analyse):
    events = analyse("Ilya Gabai was released in May. Bishop Daniel Tji Hak-soun of Wonju, sentenced to fifteen years for "
                     "giving money to the students, is ill. Anatoly Marchenko, tried in Vladimir in 1981, died in "
                     "Chistopol. Marchenko, however, tried to escape.")
    assert only(events, "sentence")[1] == [("Daniel Tji Hak-soun", "subject")]
    assert [(e[1], e[2]) for e in events if e[0] == "trial"] == [([("Anatoly Marchenko", "subject")], "1981-01-01")]


def test_shot_in_the_back_or_while_fleeing_is_a_killing_not_an_execution(analyse):
    events = analyse("In the afternoon Sergei Kirov is shot in the back of the head in a corridor. Héctor Manzanares "
                     "Ruiz was shot in the back as he ran toward the church. Pavel Ivanov was shot on 2 August 1952. "
                     "Rodolfo Walsh resisted and was shot.")
    assert {(e[0], e[1][0][0]) for e in events} == {("death", "Sergei Kirov"), ("death", "Héctor Manzanares Ruiz"),
                                                    ("execution", "Pavel Ivanov"), ("death", "Rodolfo Walsh")}


def test_a_post_in_a_named_body_stated_with_was_is_membership(analyse):
    events = analyse("Dr. Ezra Kabaireho was a lecturer in chemistry at Makerere University. Maria Ivanova was the daughter "
                     "of Ivan Petrov. Nikolai Krestinsky was People's Commissar of Finance. Li Wei, whose uncle was a "
                     "district cadre of the National Liberation Front, was silent.")
    assert [(e[0], e[1]) for e in events if e[0] == "membership"] == [("membership", [("Ezra Kabaireho", "subject")])]


def test_serving_as_an_officer_is_taking_the_office(analyse):
    events = analyse("Tomás Rivas later served as political commissar of the 46th Division.")
    assert [(e[0], e[1]) for e in events] == [("appointment", [("Tomás Rivas", "subject")])]


def test_a_hold_bounded_in_hours_or_days_is_a_detention(analyse):
    kinds = {text: sorted({e[0] for e in analyse(text) if e[0] in ("arrest", "detention")}) for text in (
        "On 20 November 1979 Professor Antonin Rezek was detained at his flat in Prague and held for 48 hours.",
        "B. T. Ranadive and S. H. Jhabvala were detained on 25 June 1929 at Lalbaug, and were released on the following day.",
        "Ivan Petrov was arrested and held for two days.",
        "Lev Gurvich was detained in Moscow and held for three weeks.",
        "Carmen Figueroa was detained in Santiago, in the presence of her brother, Tomás Figueroa, who was himself "
        "held for two days.")}
    assert [kinds[text] for text in kinds] == [["detention"], ["detention"], ["arrest"], ["arrest"], ["arrest"]]


def test_an_escape_tried_is_an_escape_and_the_men_caught_are_arrested(analyse):
    events = analyse("Two young men, Kang Yong-ho and Yun Chol-jin, had tried to escape from the camp, and they were "
                     "caught in the mountains after three days. Ivan Petrov was caught in the crossfire.")
    kinds = {(kind, modality, tuple(name for name, _ in people)) for kind, people, _, modality, *_ in events}
    assert ("escape", "asserted", ("Kang Yong-ho", "Yun Chol-jin")) in kinds
    assert ("arrest", "asserted", ("Kang Yong-ho", "Yun Chol-jin")) in kinds
    assert not any(kind == "arrest" and "Ivan Petrov" in people for kind, people, *_ in kinds)


def test_a_man_made_or_chosen_to_a_post_is_appointed(analyse):
    events = analyse("Pavel Orlov was made secretary of the committee in 1931. The men were made to lie all night on "
                     "the grass.")
    assert [(kind, people) for kind, people, *_ in events] == [("appointment", [("Pavel Orlov", "subject")])]


def test_men_who_came_and_took_a_man_away_arrested_him(analyse):
    events = analyse("MR. RI: My father, Ri Hyong-chol, was a member of the Workers' Party of Korea. On the night of "
                     "11 March 1997 men of the State Security Department came to our apartment and took my father away.")
    assert ("arrest", [("Ri Hyong-chol", "subject")], "1997-03-11") in [e[:3] for e in events]


def test_a_leader_of_a_named_body_is_a_member_of_it(analyse):
    events = analyse("Roberto Prado, a leader of the MR-8, was arrested in 1970. Maria Kalesnikava and Maksim Znak, two "
                     "leaders of the opposition Coordination Council, were arrested. The leader of the delegation spoke.")
    members = [people for kind, people, *_ in events if kind == "membership"]
    assert members == [[("Roberto Prado", "subject")], [("Maksim Znak", "subject"), ("Maria Kalesnikava", "subject")]]


def test_the_judge_who_presides_takes_part_in_the_trial(analyse):
    events = analyse("The court of army officers, presided over by Col. Manuel Ordovas, sits in a hall of the military "
                     "government building. Two years later Vasily Ulrikh presided over the trial of Nikolai Bukharin. "
                     "On 22-23 October 1979 the Municipal Court in Prague, with Dr. Miloslav Kašpar presiding, tried five "
                     "members of the Committee. The Committee is presided over by Bishop Fernando Ariztía.")
    trials = [sorted(name for name, _ in people) for kind, people, *_ in events if kind == "trial"]
    assert trials == [["Manuel Ordovas"], ["Nikolai Bukharin", "Vasily Ulrikh"], ["Miloslav Kašpar"]]


def test_a_man_reinstated_or_restored_to_his_post_is_appointed(analyse):
    events = analyse("Liang Shiwen returned to the university in February 1979 and has been reinstated as lecturer. In "
                     "1956 Ivan Petrov was briefly restored to his old post. The factory was reinstated.")
    assert [(kind, people) for kind, people, *_ in events if kind == "appointment"] == [
        ("appointment", [("Liang Shiwen", "subject")]), ("appointment", [("Ivan Petrov", "subject")])]


def test_taking_charge_or_accepting_a_presidency_is_an_appointment(analyse):
    events = analyse("Abdul Halim, who took charge of the office of the Workers' Party, was arrested on 21st June 1929. "
                     "Pandit Motilal Nehru has accepted its presidentship. The army took over the city.")
    assert [people for kind, people, *_ in events if kind == "appointment"] == [
        [("Abdul Halim", "subject")], [("Motilal Nehru", "subject")]]


def test_a_writ_of_habeas_corpus_or_representations_are_a_demand(analyse):
    events = analyse("Her father, Ragnar Hagelin, presented successive writs of habeas corpus, all of which were rejected. "
                     "The Armenian Patriarch, Archbishop Zaven, has made repeated representations to the Grand Vizier.")
    assert [people for kind, people, *_ in events if kind == "demand"] == [[("Ragnar Hagelin", "agent")],
                                                                           [("Zaven", "agent")]]


def test_recaptured_remained_until_and_joined_as_an_office(analyse):
    events = analyse("On the night of 20 February 1984 Mthandazo Moyo escaped through the fence. Moyo was recaptured "
                     "two days later. Dumiso Dabengwa was arrested in March 1982. Dabengwa remained in detention until "
                     "December 1986. In 1988 Joshua Nkomo joined the Government as a Senior Minister. Nkomo had joined "
                     "the party in 1948.")
    found = sorted((e[0], e[2][:7] if e[2] else None, [n for n, _ in e[1]]) for e in events)
    assert ("arrest", "1984-02", ["Mthandazo Moyo"]) in found or ("arrest", None, ["Mthandazo Moyo"]) in found
    assert ("release", "1986-12", ["Dumiso Dabengwa"]) in found
    assert not any(t == "arrest" and d == "1986-12" for t, d, _ in found)  # the end of his custody, not an arrest
    assert ("appointment", "1988-01", ["Joshua Nkomo"]) in found and ("membership", "1948-01", ["Joshua Nkomo"]) in found


def test_held_for_a_spell_in_a_prison_is_custody(analyse):
    events = analyse("Grigory Shulga was held a fortnight in the Lukyanovka Prison. The committee held a meeting in May.")
    assert [(e[0], e[1]) for e in events if e[0] == "arrest"] == [("arrest", [("Grigory Shulga", "subject")])]


def test_given_the_command_shut_up_in_and_set_at_liberty(analyse):
    events = analyse("Charles Lullier was given the command of the National Guard on 18 March 1871. On 30 April 1871 "
                     "the Commune arrested Gustave Cluseret's aide and shut Cluseret up in Mazas. Descamps and Parent "
                     "were acquitted and set at liberty within the hour. The witness was given evidence to read.")
    found = {(e[0], tuple(n for n, r in e[1] if r == "subject")) for e in events}
    assert ("appointment", ("Charles Lullier",)) in found
    assert ("arrest", ("Cluseret",)) in found or ("arrest", ("Gustave Cluseret",)) in found
    assert ("release", ("Descamps", "Parent")) in found


def test_re_detained_and_re_imprisoned_are_arrests(analyse):
    events = analyse("Dumiso Dabengwa and Lookout Masuku were acquitted in 1983, but both were immediately re-detained. "
                     "Ivan Petrov was released in 1956 and re-imprisoned in 1958.")
    arrests = [(e[1], e[2]) for e in events if e[0] == "arrest"]
    assert ([("Dumiso Dabengwa", "subject"), ("Lookout Masuku", "subject")], None) in arrests
    assert ([("Ivan Petrov", "subject")], "1958-01-01") in arrests


def test_put_to_death_is_an_execution(analyse):
    events = analyse("Getahun Wolde-Mariam was put to death in custody in Gondar in 1978. The SS beat Anton Ruh to death.")
    assert [(e[0], e[1]) for e in events] == [("execution", [("Getahun Wolde-Mariam", "subject")]),
                                              ("death", [("Anton Ruh", "subject")])]


def test_counsel_defending_the_accused_takes_part_in_the_trial(analyse):
    events = analyse("Jomo Kenyatta and Bildad Kaggia were tried at Kapenguria in 1953. The accused were defended by "
                     "Mr. D. N. Pritt, Q.C., of the English bar. Dr. Meira Calado, who had defended prisoners before "
                     "the military courts, was arrested. Manuilsky defended it before the Congress.")
    trials = [e[1] for e in events if e[0] == "trial"]
    assert [("Bildad Kaggia", "accused"), ("D. N. Pritt", "participant"), ("Jomo Kenyatta", "accused")] in trials
    assert len(trials) == 2  # not the lawyer who defended prisoners in general, nor a defence of "it"


def test_a_prosecution_conducted_by_a_named_man_is_a_trial_he_prosecutes(analyse):
    events = analyse("The prosecution was conducted by Mr. Anthony Somerhough. The survey was conducted by Ivan Petrov.")
    assert [(e[0], e[1]) for e in events] == [("trial", [("Anthony Somerhough", "prosecutor")])]


def test_picked_up_by_the_police_is_an_arrest_but_not_picking_up_a_thing(analyse):
    events = analyse("Shri Balraj Chawla was picked up from his house at 11.40 p.m. on 25th June 1975. "
                     "Ivan Petrov picked up the telephone.")
    assert [(e[0], e[1], e[2]) for e in events] == [("arrest", [("Balraj Chawla", "subject")], "1975-06-25")]


def test_where_a_defendant_resides_is_no_event_but_where_he_stayed_is(analyse):
    events = analyse("(4) CH'EN Yü-lan, female, aged 24, native of Taipei City; nurse; residing in Taipei. "
                     "In 1949 Ivan Petrov stayed in Keelung.")
    assert [(e[0], e[1]) for e in events] == [("presence", [("Ivan Petrov", "subject")])]


def test_people_named_after_a_plural_description_are_the_ones_tried_and_a_birth_year_dates_no_trial(analyse):
    events = analyse("On 8.10.1941 the 2nd Criminal Senate of the Higher Regional Court Hamm tried the communists Otto "
                     "Remmert, b. 1896, of Solingen, and Fritz Schüller, b. 1904, of Solingen.")
    trial = [(e[1], e[2]) for e in events if e[0] == "trial"]
    assert trial == [([("Fritz Schüller", "subject"), ("Otto Remmert", "subject")], "1941-10-08")]


def test_a_party_in_brackets_after_a_name_is_a_membership_but_a_firm_is_not(analyse):
    events = analyse("The delegation: Mr. Józef Chaciński (Party of Labour) and Mr. Stanisław Mierzwa (Peasant Party). "
                     "The applicant was represented by Mr. B. Nyathi (Legal Resources Centre).")
    assert sorted(e[1][0][0] for e in events if e[0] == "membership") == ["Józef Chaciński", "Stanisław Mierzwa"]


def test_an_allegation_in_the_present_tense_is_an_accusation(analyse):
    events = analyse("The prosecution alleges that the defendant Yang Shao-tsung harboured Li Wen-pin knowing him to "
                     "be a Communist agent.")
    accused = [(e[1], e[3]) for e in events if e[0] == "accusation"]
    assert accused == [([("Li Wen-pin", "object"), ("Yang Shao-tsung", "accused")], "alleged")]


def test_apprehended_is_an_arrest_and_a_flight_before_a_semicolon_is_told_not_wished(analyse):
    events = analyse("Li Wen-pin was apprehended on 11 April 1950 at Hsinchu. When the net began to close, Chang "
                     "Yao-tsu fled to the mainland in December 1949; he is being sought separately.")
    assert [(e[0], e[1], e[3]) for e in events] == [("arrest", [("Li Wen-pin", "subject")], "asserted"),
                                                     ("escape", [("Chang Yao-tsu", "subject")], "asserted")]


def test_a_reports_paragraph_number_stands_apart_from_its_first_sentence(analyse):
    events = analyse("7.5  Among those arrested on the morning of 28th June 1975 were Kumari Anjali Deshpande, a "
                     "final-year law student of the University of Delhi, and Shri Satish Chandra Tyagi, general "
                     "secretary of the Delhi University Students' Union.")
    assert [(e[0], e[1]) for e in events] == [("arrest", [("Anjali Deshpande", "subject"),
                                                         ("Satish Chandra Tyagi", "subject")])]


def test_a_sentence_passed_by_a_court_on_a_named_man_and_carried_out_is_his_execution(analyse):
    events = analyse("The death sentence passed by the Special Court Düsseldorf on 12 August 1941 on the Polish farm "
                     "worker Józef Kaczmarek for setting fire to a barn at Kaarst was carried out on 10.10.1941 in Cologne.")
    assert ("execution", [("Józef Kaczmarek", "subject")], "1941-10-10") in [(e[0], e[1], e[2]) for e in events]


def test_a_prosecutor_who_conducted_the_prosecution_takes_part_in_the_trial(analyse):
    events = analyse("Military Prosecutor Chou Hsien-chang conducted the prosecution at the hearings held on 18 and 25 "
                     "May 1950. Ivan Petrov conducted the orchestra.")
    assert [(e[0], e[1]) for e in events] == [("trial", [("Chou Hsien-chang", "prosecutor")])]


def test_a_body_s_name_before_member_in_apposition_is_a_membership(analyse):
    events = analyse("DAVID LEE HARMON, age 20, a CRJP member, returned his registration certificate on 10/16/67.")
    assert [e[1][0][0] for e in events if e[0] == "membership"] == ["DAVID LEE HARMON"]


def test_dispatched_to_a_camp_the_text_names_is_an_arrest(analyse):
    events = analyse("Tkachenko I.F. was sentenced by the Troika to ten years in a concentration camp; he has been "
                     "dispatched to Solovki.")
    assert ("arrest", ("Tkachenko I.F.",)) in typed_people(events)


def test_naming_a_man_as_the_courier_of_a_band_accuses_him(analyse):
    events = analyse("Under interrogation the accused Rashid Qadir confessed. He named the accused Omar Mahmud as the "
                     "courier between the village and the saboteurs' headquarters at Sewsenan.")
    assert ("accusation", ("Omar Mahmud",)) in typed_people(events)


def test_entering_a_plea_of_guilty_is_a_confession(analyse):
    events = analyse("Gary Lindquist entered a plea of guilty on 7/19/68 and on 8/23/68 was sentenced to two years' "
                     "probation.")
    assert ("confession", ("Gary Lindquist",)) in typed_people(events)


def test_one_ordered_interned_is_interned_and_those_picked_up_by_they_arrested(analyse):
    events = analyse("Kiyoshi Okada farmed in Stockton until 1941. In March 1942 the Attorney General Francis Biddle "
                     "ordered him interned for the duration. The same night they picked up Mr. Goro Sakai, the principal "
                     "of the language school. Mary Okada picked up the children from school.")
    arrests = [(tuple(sorted(e[1]))) for e in events if e[0] == "arrest"]
    assert (("Francis Biddle", "agent"), ("Kiyoshi Okada", "subject")) in arrests
    assert (("Goro Sakai", "subject"),) in arrests
    assert not [a for a in arrests if ("Mary Okada", "agent") in a or any("children" in n for n, _ in a)]


def test_a_counted_crowd_is_the_people_named_after_the_colon_and_what_nobody_did_is_denied(analyse):
    events = analyse("THE ESCAPE\n\nOn the night of May 2 two prisoners escaped from the camp at La Jagua: Raúl Ibáñez "
                     "Soto, 19, of Regla; and Tomás Fuentes Díaz, 20, a student from Matanzas. They walked south.\n\n"
                     "Ramón Lugo denounced them. Nobody arrested Lugo.")
    escapes = [names for kind, names in typed_people(events) if kind == "escape"]
    assert ("Raúl Ibáñez Soto", "Tomás Fuentes Díaz") in escapes
    assert [e[3] for e in events if e[0] == "arrest" and ("Ramón Lugo", "subject") in e[1]] == ["denied"]


def test_a_sentenced_prisoner_moved_to_a_camp_is_held_there(analyse):
    events = analyse("Nikola Vuksan was sentenced to ten years in 1949. Vuksan was moved to Stara Gradiška in the autumn "
                     "of 1951. In 1960 Vuksan moved to Paris of his own accord.")
    arrests = [e for e in events if e[0] == "arrest"]
    assert [(e[1], e[2]) for e in arrests] == [([("Nikola Vuksan", "subject")], "1951-09-01")]
    assert only(events, "travel")[2] == "1960-01-01"  # a free man who moves travels


def test_days_later_counts_from_the_dated_clause_it_is_joined_to(analyse):
    events = analyse("Xhemal Daci was arrested on 14 April 1975 at the mine. Qazim Sula was removed from his post on 2 May "
                     "1975 and three days later the State Security arrested Daci again.")
    arrests = sorted(e[2] for e in events if e[0] == "arrest")
    assert arrests == ["1975-04-14", "1975-05-05"]  # from Sula's removal, not from Daci's own first arrest


def test_internment_in_a_village_is_an_exile_and_in_a_camp_an_arrest(analyse):
    events = analyse("In 1976 Bukurie Daci was interned in the village of Gradishtë with her children. In 1977 Petrit Bregu "
                     "was interned in the Tepelenë camp.")
    assert only(events, "exile")[1:3] == ([("Bukurie Daci", "subject")], "1976-01-01")
    assert only(events, "arrest")[1:3] == ([("Petrit Bregu", "subject")], "1977-01-01")


def test_a_day_without_its_year_takes_the_year_its_count_from_an_earlier_event_gives(analyse):
    events = analyse("Milan Radonjić was arrested on the night of 14–15 October 1948. He had worked at the Ministry since "
                     "1946. On the 21st of October, six days after his arrest, the cell expelled Radonjić from the Party.")
    assert only(events, "expulsion")[1:3] == ([("Milan Radonjić", "subject")], "1948-10-21")  # not 1946, the year just before
