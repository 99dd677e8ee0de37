"""Events from prose: types, participants, dates, modality, attribution — and no guessed participant."""


def people_in(events, type_):
    """Everyone named in the events of one type, sorted."""
    return sorted(name for e in events if e[0] == type_ for name, _ in e[1])


def typed_people(events) -> set:
    """(type, names sorted) of each event: what a test of several events compares."""
    return {(e[0], tuple(sorted(name for name, _ in e[1]))) for e in events}


def only(events, type_):
    found = [e for e in events if e[0] == type_]
    assert found, f"no {type_} in {events}"
    return found[0]


def test_passive_arrest_with_date_and_place(analyse):
    ev = only(analyse("Smilga was arrested in Moscow on January 1, 1935."), "arrest")
    assert ev[1] == [("Smilga", "subject")] and ev[2] == "1935-01-01"
    assert ev[5].place_id is not None


def test_active_removal_has_agent_and_subject(analyse):
    ev = only(analyse("In September 1936 Stalin removed Yagoda from the head of the NKVD."), "removal")
    assert ev[1] == [("Stalin", "agent"), ("Yagoda", "subject")] and ev[2] == "1936-09-01"


def test_list_of_people_arrested_together(analyse):
    ev = only(analyse("Muralov, Drobnis and Boguslavsky were arrested in 1936."), "arrest")
    assert [n for n, _ in ev[1]] == ["Boguslavsky", "Drobnis", "Muralov"]


def test_testimony_with_witness_and_reported_claim(analyse):
    events = analyse("Olberg testified that he met Sedov in Berlin in 1932.")
    testimony = only(events, "testimony")
    assert ("Olberg", "witness") in testimony[1]
    meeting = only(events, "meeting")
    assert meeting[3] == "alleged" and meeting[4] == "Olberg" and meeting[2] == "1932-01-01"


def test_denial_prediction_and_hypothesis(analyse):
    assert only(analyse("Sedov did not meet Olberg in Berlin in 1932."), "meeting")[3] == "denied"
    assert only(analyse("Bukharin will be tried in the spring of 1938, the emigre press says."), "trial")[3] == "predicted"
    assert only(analyse("If Rykov had been arrested in 1936, the plan would have failed."), "arrest")[3] == "hypothetical"


def test_alleged_by_hedge(analyse):
    ev = only(analyse("Holtzman is supposed to have met Sedov in Copenhagen in 1932."), "meeting")
    assert ev[3] == "alleged"


def test_according_to_a_newspaper(analyse):
    ev = only(analyse("According to Pravda, Sokolnikov was arrested in July 1936."), "arrest")
    assert ev[4] == "Pravda"


def test_charges_on_accusations(analyse):
    ev = only(analyse("In January 1937 Radek was accused of espionage and sabotage."), "accusation")
    assert set(ev[5].charges) == {"espionage", "sabotage"}


def test_pronoun_resolved_only_when_one_person_can_be_meant(analyse):
    ev = only(analyse("Rykov spoke at the plenum in 1936. He was arrested in February 1937."), "arrest")
    assert ev[1] == [("Rykov", "subject")]
    both = analyse("Rykov and Bukharin spoke at the plenum. He was arrested in February 1937.")
    assert not [e for e in both if e[0] == "arrest"]  # "he" could be either: no event, no guess


def test_suicide_and_whose(analyse):
    ev = only(analyse("The death of Tomsky, whose suicide shocked the country, came on August 22, 1936."), "suicide")
    assert ev[1] == [("Tomsky", "subject")]
    assert not [e for e in analyse("The death of Tomsky, whose suicide shocked the country.") if e[0] == "death"]


def test_biographical_footnote_carries_its_subject(analyse):
    text = ("Uglanov was named at the trial.[1]\n\n[1] N. A. Uglanov (born in 1886) joined the party in 1907; "
            "was arrested in 1932; was exiled in 1933.\n")
    events = analyse(text)
    assert only(events, "birth")[2] == "1886-01-01"
    assert only(events, "arrest")[1] == [("N. A. Uglanov", "subject")] and only(events, "arrest")[2] == "1932-01-01"
    assert only(events, "exile")[2] == "1933-01-01"


def test_founding_text_events_against_the_gold(founding_path, founding_gold):
    from dossier.evaluate import evaluate
    report = evaluate([founding_path.parent.parent / "gold" / "red-book-after-the-trial.gold.json"])
    assert report.events.overall.recall >= 0.9
    assert report.events.overall.f1 >= 0.74
    assert report.events.modality_accuracy >= 0.9 and report.events.attribution_accuracy >= 0.9


def test_dates_relative_to_another_event(analyse):
    events = analyse("Gamarnik shot himself on May 31, 1937, the day after his removal.")
    removal = only(events, "removal")
    assert removal[1] == [("Gamarnik", "subject")] and removal[2] == "1937-05-30"
    assert "the day after" in removal[5].date.inferred
    events = analyse("Bukharin was arrested on February 27, 1937. Rykov was arrested the next day.")
    assert [e for e in events if e[0] == "arrest" and e[1] == [("Rykov", "subject")]][0][2] == "1937-02-28"


def test_a_duration_counts_from_the_persons_last_dated_event(analyse):
    events = analyse("Ivan Smirnov was arrested on March 1, 1937. After a three-week investigation he was shot.")
    shot = only(events, "execution")
    assert (shot[5].date.earliest, shot[5].date.latest) == ("1937-03-22", "1937-03-29")
    assert "arrest of March 1, 1937" in shot[5].date.inferred
    events = analyse("Karl Radek wrote in Izvestia. After a three-week investigation Ivan Smirnov was shot.")
    assert only(events, "execution")[5].date is None  # nothing dated to count from: no date


def test_again_later_and_a_marker_glued_to_a_word(analyse):
    events = analyse("Evgenia Ginzburg was arrested in February 1937. Released in 1947, she was arrested again two years "
                     "later. On 26 January 1940 the court sentenced Isaak Babel to death, and on the following day he was "
                     "shot.[1] Vsevolod Meyerhold was sentenced on 1 February and shot on February 2, 1940.\n\n[1] A note.\n")
    arrests = sorted(e[2] for e in events if e[0] == "arrest")
    assert arrests == ["1937-02-01", "1949-01-01"]  # a second arrest, dated from the release
    shot = {e[1][0][0]: e[2] for e in events if e[0] == "execution"}
    assert shot == {"Isaak Babel": "1940-01-27", "Vsevolod Meyerhold": "1940-02-02"}
    assert [e[2] for e in events if e[0] == "sentence" and e[1][0][0] == "Vsevolod Meyerhold"] == ["1940-02-01"]


def test_the_day_after_a_clause_and_sent_to_a_camp(analyse):
    events = analyse("On 31 May 1937, the day after he had been relieved of his post, Jan Gamarnik shot himself. "
                     "His wife, Blyuma Varshavskaya, was sent to a camp near Akmolinsk.")
    assert only(events, "suicide")[2] == "1937-05-31"
    removal = only(events, "removal")
    assert removal[2] == "1937-05-30" and "the day after" in removal[5].date.inferred
    assert only(events, "arrest")[1] == [("Blyuma Varshavskaya", "subject")]


def test_a_diary_says_arrested_without_the_word(analyse):
    events = analyse("28 April 1937. They came for Heinz Neumann last night. Yesterday they took Margarete Buber-Neumann. "
                     "Julian Lenski was taken in June. Viktoria Gamarnik was taken to a children's home. Stanislav Kosior "
                     "took part in the plenum. Jan Gamarnik did not live to be arrested.")
    arrested = sorted(e[1][0][0] for e in events if e[0] == "arrest" and e[3] == "asserted")
    assert arrested == ["Heinz Neumann", "Julian Lenski", "Margarete Buber-Neumann"]
    lenski = [e for e in events if e[0] == "arrest" and e[1][0][0] == "Julian Lenski"][0]
    assert lenski[2] == "1937-06-01"  # "in June", the year from the diary's heading
    assert [e[3] for e in events if e[0] == "arrest" and e[1][0][0] == "Jan Gamarnik"] == ["denied"]


def test_taken_again_is_not_the_first_arrest(analyse):
    events = analyse("Zenzl Muehsam has been arrested again. The NKVD arrested Zenzl Muehsam the first time in April 1936.")
    assert sorted(str(e[2]) for e in events if e[0] == "arrest") == ["1936-04-01", "None"]


def test_subject_lost_in_an_inserted_clause(analyse):
    events = analyse("In April 1937 Yagoda, who had staged the trial of Zinoviev and Kamenev, was himself arrested. "
                     "On February 18, 1937, Ordzhonikidze, Pyatakov's chief and for years his protector, died suddenly.")
    assert only(events, "arrest")[1] == [("Yagoda", "subject")]
    assert only(events, "death")[1] == [("Ordzhonikidze", "subject")] and only(events, "death")[2] == "1937-02-18"


def test_people_listed_after_the_verb_and_among_them(analyse):
    events = analyse("On August 24, 1936, the Military Collegium found all the accused guilty and sentenced Zinoviev, "
                     "Grigori Evseyevich; Kamenev, Lev Borisovich; and Smirnov, Ivan Nikitich to the supreme penalty, to "
                     "be shot. On 30 January 1937 the court condemned thirteen of the accused to death, among them "
                     "Piatakov, Serebriakov and Muralov.")
    sentences = [e for e in events if e[0] == "sentence"]
    assert [n.split(",")[0] for n, _ in sentences[0][1]] == ["Kamenev", "Smirnov", "Zinoviev"]
    assert sentences[0][2] == "1936-08-24"
    assert [n for n, _ in sentences[1][1]] == ["Muralov", "Piatakov", "Serebriakov"]
    assert all(e[3] == "hypothetical" for e in events if e[0] == "execution")  # "to be shot" is the penalty


def test_gapped_clauses_give_each_person_the_event(analyse):
    events = analyse("Radek was arrested in September 1936, Sokolnikov some weeks earlier, and Walecki in 1937.")
    arrests = {e[1][0][0]: e[2] for e in events if e[0] == "arrest"}
    assert arrests == {"Radek": "1936-09-01", "Sokolnikov": None, "Walecki": "1937-01-01"}


def test_detention_is_an_arrest_and_a_first_arrest_is_another_one(analyse):
    events = analyse("On 21 June 1972 Pyotr Yakir was detained in Moscow. Yakir himself was first arrested at the "
                     "age of fourteen and spent the next seventeen years in camps, prisons and exile.")
    assert len([e for e in events if e[0] == "arrest"]) == 2 and only(events, "exile")[1] == [("Pyotr Yakir", "subject")]


def test_a_killing_by_a_man_is_a_death_and_a_demand_is_not_done(analyse):
    events = analyse("Kirov, who was shot in Leningrad on December 1, 1934, by Nikolayev, was buried. "
                     "Vyshinsky demanded that Zinoviev be shot. Trotsky said that Stalin must be killed.")
    assert only(events, "death")[1] == [("Kirov", "subject"), ("Nikolayev", "agent")]
    assert all(e[3] == "hypothetical" for e in events if e[0] in ("execution", "death") and "Kirov" not in str(e[1]))


def test_lifespan_death_only_when_the_text_does_not_tell_the_death(analyse):
    events = analyse("BABEL, Isaak Emmanuilovich (1894–1940). Writer. Babel was shot on 27 January 1940.\n\n"
                     "GINZBURG, Evgenia Semyonovna (1904–1977). Writer.")
    assert {e[1][0][0] for e in events if e[0] == "death"} == {"GINZBURG, Evgenia Semyonovna"}
    assert len([e for e in events if e[0] == "birth"]) == 2


def test_the_next_day_counts_from_a_session_heading(analyse):
    events = analyse("MORNING SESSION, AUGUST 21, 1936\n\nThe Prosecutor ordered an investigation into Tomsky's "
                     "conduct. Tomsky shot himself the next day at his dacha.\n")
    assert only(events, "suicide")[2] == "1936-08-22"


def test_succeeding_and_replacing_and_a_death_told_as_suicide(analyse):
    events = analyse("Balitsky was transferred to the Far East, and Leplevsky came down from Moscow to replace him. "
                     "Stalin replaced Yagoda with Yezhov. Lyubchenko committed suicide on August 30, 1937. The notice "
                     "does not say where he died.")
    appointments = sorted(e[1] for e in events if e[0] == "appointment")
    assert appointments == [[("Leplevsky", "subject")], [("Stalin", "agent"), ("Yagoda", "object"), ("Yezhov", "subject")]]
    assert not [e for e in events if e[0] == "death"] and only(events, "suicide")[2] == "1937-08-30"


def test_belonging_to_a_group_is_membership(analyse):
    events = analyse("In his youth Lyubchenko belonged to the Borotbists. Krestinsky answered that he had never belonged "
                     "to any bloc. The alleged meeting at Meran belongs in the same museum.")
    memberships = sorted((e[1][0][0], e[3]) for e in events if e[0] == "membership")
    assert memberships == [("Krestinsky", "denied"), ("Lyubchenko", "asserted")]


def test_the_one_sent_somewhere_travels(analyse):
    events = analyse("In the summer of 1934 Zinoviev had sent Bakayev to Leningrad. Leński was summoned to Moscow in "
                     "May 1937. Medved was removed from his post and sent to Kolyma. Sedov had sent him.")
    travels = sorted(tuple(e[1]) for e in events if e[0] == "travel")
    assert travels == [(("Bakayev", "subject"), ("Zinoviev", "agent")), (("Leński", "subject"),)]


def test_of_two_statements_of_one_arrest_the_dated_one_is_kept(analyse):
    events = analyse("Mikhail Gorelik was a member of the party until his arrest.\n\nGorelik was arrested on "
                     "February 19, 1937.\n")
    assert [e[2] for e in events if e[0] == "arrest"] == ["1937-02-19"]  # one arrest, and its date


def test_custody_said_without_arrest_transfers_to_prison_and_being_held(analyse):
    events = analyse("He was transferred in March 1977 to the prison of Villa Devoto. In 1936 Tomsky was transferred "
                     "to the Post Office. Carmen Figueroa was held at Villa Grimaldi. A meeting was held at Gorelik's flat. "
                     "Gorelik was held responsible for the fire.")
    arrests = sorted(e[1][0][0] for e in events if e[0] == "arrest" and e[1])
    assert "Carmen Figueroa" in arrests and "Gorelik" not in arrests  # held in custody; not a meeting, not "held responsible"
    assert only(events, "removal")[1] == [("Tomsky", "subject")]  # the Post Office is no prison
    prison = analyse("Ricardo Bermúdez was arrested in 1976. In March 1977 he was transferred to the prison of Villa Devoto.")
    assert [e[2] for e in prison if e[0] == "arrest"] == ["1976-01-01", "1977-03-01"] and not [e for e in prison if e[0] == "removal"]


def test_petitions_and_appeals_are_demands_and_what_they_ask_for_did_not_happen(analyse):
    events = analyse("Two days later Silvia's mother, Elsa Lanusse de Aráoz, filed a petition of habeas corpus on behalf "
                     "of Silvia. A petition of amparo filed in December 1974 by her mother, Rosa Valdivieso Ibáñez, was "
                     "rejected. The same year Andrei Sakharov appealed publicly for the release of Yuri Korshunov.")
    demands = [sorted(e[1]) for e in events if e[0] == "demand"]
    assert [("Elsa Lanusse de Aráoz", "agent"), ("Silvia", "object")] in demands
    assert [("Rosa Valdivieso Ibáñez", "agent")] in demands
    assert not [e for e in events if e[0] == "release" and e[3] == "asserted"]  # asked for, not done


def test_a_noun_event_takes_the_date_of_its_own_phrase(analyse):
    events = analyse("A petition filed in December 1974 by her mother, Rosa Valdivieso Ibáñez, was rejected in March 1975.")
    assert only(events, "demand")[2] == "1974-12-01"
    plea = analyse("Smirnov admitted that he had belonged to the centre; Holtzman, too, pleaded guilty only in part.")
    assert only(plea, "confession")[3] == "asserted"  # pleading guilty is no wish


def test_prison_terms_said_in_other_words(analyse):
    events = analyse("Vera Gurevich was given eight years and served them in a women's camp near Akmolinsk. Boris "
                     "Vainshtein received the same term. Yuri Korshunov spent six years in the Gulag; in 1951 Korshunov "
                     "was transferred north to Vorkuta. Korshunov was discharged in March 1978. Korshunov belonged "
                     "to the generation that went into the camps as students.")
    assert sorted(e[1][0][0] for e in events if e[0] == "sentence") == ["Boris Vainshtein", "Vera Gurevich"]
    assert {e[1][0][0] for e in events if e[0] == "arrest"} == {"Vera Gurevich", "Yuri Korshunov"}
    assert only(events, "release")[2] == "1978-03-01"
    assert not [e for e in events if e[0] in ("membership", "removal")]  # a generation is no body; Vorkuta is a camp


def test_meetings_said_as_receiving_seeing_visiting_and_trials_and_confirmations(analyse):
    events = analyse("In March 1933 Stanislav Ratajczak received Pavel Dubrovin in his office. Smirnov went to Berlin in "
                     "1931 and there he saw Trotsky's son, Sedov. Stalin saw Yagoda as a rival. Yakir saw Tukhachevsky "
                     "shot. Pyatnitsky saw Eberlein off. Zinaida Grigorenko was allowed to visit Pyotr Grigorenko in August. "
                     "Kamenev confirmed Zinoviev's statements in every particular. Kronid Lyubarsky has been committed for trial.")
    meetings = sorted(tuple(sorted(n for n, _ in e[1])) for e in events if e[0] == "meeting")
    assert meetings == [("Pavel Dubrovin", "Stanislav Ratajczak"), ("Pyotr Grigorenko", "Zinaida Grigorenko"), ("Sedov", "Smirnov")]
    assert only(events, "confession")[1] == [("Kamenev", "subject")]
    assert only(events, "trial")[1] == [("Kronid Lyubarsky", "subject")]


def test_recruitment_and_the_accused_of_a_charge_sheet(analyse):
    events = analyse("The following persons are accused:\n\n1. GORELIK, Mikhail Semyonovich, born 1894;\n\n2. KOSTROV, "
                     "Pavel Ignatyevich, born 1899;\n\n3. LUKASHUK, S. A., born 1897.\n\nThe accused were arrested in "
                     "the course of 1937. Lukashuk was drawn into the plot in March 1935 by V. M. Primakov. Gorelik "
                     "recruited Kostrov in May 1934.\n")
    arrest = only(events, "arrest")
    assert len(arrest[1]) == 3 and arrest[2] == "1937-01-01"  # the three listed men
    members = sorted((e[1], e[2]) for e in events if e[0] == "membership")
    assert ([("GORELIK, Mikhail Semyonovich", "agent"), ("KOSTROV, Pavel Ignatyevich", "subject")], "1934-05-01") in members
    assert ([("LUKASHUK, S. A.", "subject"), ("V. M. Primakov", "agent")], "1935-03-01") in members


def test_terms_given_and_served(analyse):
    events = analyse("Pavel Florensky was arrested in 1933. An OGPU troika gave him ten years in the camps. The Military "
                     "Collegium gave Alexander Zotov fifteen years. Stalin gave Yezhov his orders. Svyatoslav Karavansky "
                     "is serving his sentence in Vladimir prison. Iryna Stasiv has been in custody since 1972.")
    assert sorted(e[1][0][0] for e in events if e[0] == "sentence") == ["Alexander Zotov", "Pavel Florensky"]
    assert {e[1][0][0] for e in events if e[0] == "arrest"} == {"Pavel Florensky", "Svyatoslav Karavansky", "Iryna Stasiv"}


def test_later_counts_from_what_was_told_before_it(analyse):
    events = analyse("Feldman was arrested a month later and died in a Kolyma camp in 1942.")
    assert only(events, "arrest")[2] is None  # not a month after a death told after it
    dated = analyse("Feldman was released in 1940. He was arrested again two years later.")
    assert [e[2] for e in dated if e[0] == "arrest"] == ["1942-01-01"]


def test_posts_held_and_taken_without_appointed(analyse):
    events = analyse("Berzin headed the intelligence directorate of the Red Army from 1924 to 1935. In 1937 he was briefly "
                     "restored to his old post. Muralov afterwards commanded the Moscow Military District. In September "
                     "1936 Stalin removed Yagoda and put Nikolai Yezhov in his place. Stalin put the paper in his pocket.")
    posts = sorted((e[1], e[2]) for e in events if e[0] == "appointment")
    assert posts == [([("Berzin", "subject")], "1924-01-01"), ([("Berzin", "subject")], "1937-01-01"),
                     ([("Muralov", "subject")], None), ([("Nikolai Yezhov", "subject"), ("Stalin", "agent")], "1936-09-01")]


def test_membership_since_a_year_and_a_conjoined_event_keeps_its_own_date(analyse):
    events = analyse("Pyotr Kalinin, a party member since 1912, was shot. Stanislav Kosior had been a Bolshevik since 1907.")
    assert sorted((e[1][0][0], e[2]) for e in events if e[0] == "membership") == [
        ("Pyotr Kalinin", "1912-01-01"), ("Stanislav Kosior", "1907-01-01")]
    tried = analyse("Ieronim Uborevich was arrested at the end of May 1937 and was tried in the same closed session as Yakir.")
    assert only(tried, "arrest")[2] == "1937-05-01" and only(tried, "trial")[2] is None  # May is the arrest's
    both = analyse("In May 1937 Uborevich was arrested and tried.")
    assert only(both, "trial")[2] == "1937-05-01"  # a date that opens the sentence dates both


def test_a_journey_goes_to_or_from_a_place(analyse):
    events = analyse("Grigory Lavrentiev travelled for weeks in the Kurgan district. Anatoly Bykov went further and alleged "
                     "nothing in Kaluga. From 1968 Yuri Korshunov sent reports from Kaluga to the Chronicle. Ivan Smirnov "
                     "went to Berlin in 1931.")
    assert sorted(e[1][0][0] for e in events if e[0] == "travel") == ["Grigory Lavrentiev", "Ivan Smirnov"]


def test_trips_protocols_and_a_trial_named_after_its_defendant(analyse):
    events = analyse("Ordzhonikidze planned his visit to the Donbass. His first trip to Germany was in February 1934. "
                     "Eleven days later, Pavel Dubrovin signed a second protocol repeating the same story. The testimony "
                     "given at the Pyatakov trial was false. The Moscow trial ended.")
    assert sorted(e[2] or "" for e in events if e[0] == "travel") == ["", "1934-02-01"]
    assert only(events, "confession")[1] == [("Pavel Dubrovin", "subject")]
    assert [e[1] for e in events if e[0] == "trial"] == [[("Pyatakov", "subject")]]  # Moscow is no defendant


def test_letters_that_say_something_and_retractions_are_statements(analyse):
    events = analyse("From prison Meyerhold wrote to Molotov that he had been beaten. On 17 July 1937 Ignace Reiss wrote to "
                     "the Central Committee that he was returning his decoration. Later Krestinsky retracted his confession. "
                     "Babel wrote stories.")
    assert sorted(e[1][0][0] for e in events if e[0] == "statement") == ["Ignace Reiss", "Krestinsky", "Meyerhold"]


def test_an_article_s_fact_box_is_about_its_subject(analyse):
    events = analyse("Mikhail Tukhachevsky\n\nBorn: 16 February 1893, Alexandrovskoye, Smolensk Governorate\n"
                     "Died: 12 June 1937 (aged 44), Moscow, Soviet Union\n\nMikhail Nikolayevich Tukhachevsky was a Soviet "
                     "military commander.\n")
    birth, death = only(events, "birth"), only(events, "death")
    assert birth[1] == [("Mikhail Nikolayevich Tukhachevsky", "subject")] and birth[2] == "1893-02-16"
    assert birth[5].place_id is not None  # Alexandrovskoye
    assert death[1][0] == ("Mikhail Nikolayevich Tukhachevsky", "subject") and death[2] == "1937-06-12"


def test_a_named_sentence_carried_out_confinement_and_said_of_not_by(analyse):
    events = analyse("The sentence in respect of Mikhail Kalinovsky and Boris Gertsenberg was carried out in Moscow on "
                     "29.IX.1937. Major-General Pyotr Grigorenko was declared insane in 1964 and confined to a special "
                     "psychiatric hospital in Leningrad.")
    assert sorted(n for n, _ in only(events, "execution")[1]) == ["Boris Gertsenberg", "Mikhail Kalinovsky"]
    arrest = only(events, "arrest")
    assert arrest[1] == [("Pyotr Grigorenko", "subject")] and arrest[3] == "asserted" and arrest[4] is None


def test_instructions_and_directives_are_demands(analyse):
    events = analyse("In March 1933 Stanislav Ratajczak received Pavel Dubrovin and instructed him to hold back the works. "
                     "Leon Trotsky had sent a directive to go over to wrecking.")
    askers = sorted(name for e in events if e[0] == "demand" for name, role in e[1] if role in ("subject", "agent"))
    assert askers == ["Leon Trotsky", "Stanislav Ratajczak"]
    assert ("Pavel Dubrovin", "object") in only(events, "demand")[1]  # "him" is the one received, not the one instructing


def test_hangings_life_terms_and_only_a_death_sentence_carried_out_as_an_execution(analyse):
    events = analyse("In September 1951 Rudolf Slánský was made a Deputy Premier. Artur London and Eugen Löbl received "
                     "life imprisonment. The sentences were carried out on December 3. Rudolf Slánský was hanged first.")
    assert only(events, "appointment")[1] == [("Rudolf Slánský", "subject")]
    assert people_in(events, "sentence") == ["Artur London", "Eugen Löbl"]
    assert [e[1] for e in events if e[0] == "execution"] == [[("Rudolf Slánský", "subject")]]  # not the men spared


def test_a_verdicts_list_gives_each_defendant_his_sentence(analyse):
    events = analyse("II. The Military Tribunal therefore sentences\n\nIvan Petrov to death;\nDr. Pavel Sidorov to death;\n"
                     "Oleg Kuznetsov to penal servitude for life;\nAnna Lebedeva to eight years' imprisonment,\n\n"
                     "together with the accessory penalties prescribed by law.")
    assert sorted(e[1][0][0] for e in events if e[0] == "sentence") == ["Anna Lebedeva", "Ivan Petrov", "Oleg Kuznetsov",
                                                                         "Pavel Sidorov"]


def test_the_court_finds_the_defendants_guilty(analyse):
    events = analyse("The Court finds the defendants Horvath, Kovacs and Nagy guilty of espionage. He found it hard.")
    accusation = [e for e in events if e[0] == "accusation"]
    assert len(accusation) == 1 and [n for n, _ in accusation[0][1]] == ["Horvath", "Kovacs", "Nagy"]
    assert accusation[0][5].charges == ["espionage"]


def test_sentences_passed_on_named_people_were_carried_out(analyse):
    events = analyse("The death sentences passed on Ivan Petrov and Pavel Sidorov were carried out in Kiev on 15 October 1949.")
    assert people_in(events, "execution") == ["Ivan Petrov", "Pavel Sidorov"]


def test_an_event_told_twice_is_two_statements_but_a_naming_of_it_joins_one(analyse):
    events = analyse("Kovalenko died in Kiev. He was buried at the Baikove cemetery. Kovalenko died of typhus, his "
                     "daughter remembers. After Kovalenko's death the family was exiled.")
    deaths = [e for e in events if e[0] == "death"]
    assert len(deaths) == 2 and all(e[1] == [("Kovalenko", "subject")] for e in deaths)


def test_a_relative_clause_describes_the_subject_the_parser_lost(analyse):
    events = analyse("The notes cover the months when Lebedev was confined to his flat and Boris Orlov, who had lived on "
                     "Lebedev's estate since his expulsion from the university in Tartu, was arrested.")
    assert ("expulsion", [("Boris Orlov", "subject")]) in [(e[0], e[1]) for e in events]
    assert ("arrest", [("Boris Orlov", "subject")]) in [(e[0], e[1]) for e in events]


def test_serving_in_a_military_unit_is_membership(analyse):
    events = analyse("In 1937 Ferenc Kis went to Spain, where he served in the Dombrowski Battalion of the International "
                     "Brigades. After his return in 1945 Kis was arrested.")
    assert ("membership", [("Ferenc Kis", "subject")]) in [(e[0], e[1]) for e in events]
    assert not [e for e in analyse("Kis served in the camp at Recsk until 1953.") if e[0] == "membership"]


def test_a_killing_is_a_death_not_an_execution_and_not_until_means_it_happened(analyse):
    events = analyse("Muravyov was shot dead at a meeting of the party committee. The guards beat Ivan Sokolov to death "
                     "in 1938. Pyotr Kravets did not return to Moscow until 1954.")
    assert people_in(events, "death") == ["Ivan Sokolov", "Muravyov"]
    assert not [e for e in events if e[0] == "execution"]
    assert only(events, "travel")[2:4] == ("1954-01-01", "asserted")


def test_they_let_her_out_is_a_release(analyse):
    events = analyse("Anna Sokolova was arrested in 1937. They let her out in 1946, in the summer. They let out a cry.")
    assert [(e[1], e[2]) for e in events if e[0] == "release"] == [([("Anna Sokolova", "subject")], "1946-01-01")]


def test_pleading_not_guilty_or_admitting_what_is_no_crime_is_a_statement(analyse):
    events = analyse("Ivan Lebedev was arrested in 1937. Lebedev pleaded not guilty at the trial. In March 1956 Pavel "
                     "Orlov admitted in public that the trial had been based on provocation. Sokolov admitted that he "
                     "had been a German spy since 1921.")
    assert sorted(e[1][0][0] for e in events if e[0] == "statement") == ["Ivan Lebedev", "Pavel Orlov"]
    assert [e[1][0][0] for e in events if e[0] == "confession"] == ["Sokolov"]
    assert not [e for e in events if e[0] == "rehabilitation"]


def test_what_the_signatories_demand_is_about_the_people_it_names(analyse):
    events = analyse("Yuri Belenky was taken to the psychiatric hospital in Kazan on 12 October 1967.\n\n"
                     "We demand the release of Yuri Belenky from the hospital in Kazan. We demand that the "
                     "Procurator-General review the case of Arkhipov and Vorontsova.")
    demands = sorted(sorted(n for n, _ in e[1]) for e in events if e[0] == "demand")
    assert demands == [["Arkhipov", "Vorontsova"], ["Yuri Belenky"]]


def test_received_months_or_long_terms_is_a_sentence(analyse):
    events = analyse("Edward Dmytryk and Herbert Biberman received six months. Iosif Turko and Filipp Mikheev received "
                     "long terms of imprisonment.")
    assert people_in(events, "sentence") == ["Edward Dmytryk", "Filipp Mikheev", "Herbert Biberman", "Iosif Turko"]


def test_was_a_member_at_the_end_of_a_clause_is_membership(analyse):
    events = analyse("Collins named the others. Ring Lardner, Jr., was a member. Paul Jarrico was a member; the "
                     "committee thanked him.")
    assert people_in(events, "membership") == ["Paul Jarrico", "Ring Lardner, Jr."]


def test_serving_a_sentence_somewhere_is_imprisonment(analyse):
    events = analyse("Ring Lardner and Lester Cole served their sentences at the federal correctional institution at "
                     "Danbury. John Lawson served his at Ashland. Pavlov served his country in the war.")
    assert people_in(events, "arrest") == ["John Lawson", "Lester Cole", "Ring Lardner"]


def test_a_chronology_in_the_present_tense(analyse):
    events = analyse("Bukharin, Rykov and Tomsky were named.\n\n22 August. Tomsky shoots himself at his dacha. "
                     "Kamenev receives a new term of ten years.\n")
    assert [n for n, _ in only(events, "suicide")[1]] == ["Tomsky"]
    assert only(events, "sentence")[1] == [("Kamenev", "subject")]


def test_what_one_admitted_to_is_told_for_others_after_semicolons(analyse):
    events = analyse("Rakovsky admitted having been an agent of British intelligence; Rosengolts, former Commissar for "
                     "Foreign Trade, to passing information to German agents; Grinko and Chernov to wrecking in finance; "
                     "Zelensky, formerly head of Centrosoyus, to sabotage of food distribution.")
    confessed = [sorted(n for n, _ in e[1]) for e in events if e[0] == "confession"]
    assert ["Chernov", "Grinko"] in confessed and ["Zelensky"] in confessed
    verbs = analyse("Rakovsky admitted having been an agent; Grinko and Chernov went to Kiev.")
    assert [sorted(n for n, _ in e[1]) for e in verbs if e[0] == "confession"] == [["Rakovsky"]]  # a verb of its own


def test_branded_exposed_blamed_are_accusations_and_evidence_given_is_testimony(analyse):
    events = analyse("In 1968 the plenum branded Liu Shaoqi a renegade. Bukharin and Rykov were exposed at the plenum in "
                     "February 1937. Khrushchev blamed Beria and Abakumov. Alan Paton, the national president of the "
                     "Liberal Party, gave evidence on behalf of the accused.")
    accused = [sorted(n for n, role in e[1] if role == "accused") for e in events if e[0] == "accusation"]
    assert ["Liu Shaoqi"] in accused and ["Bukharin", "Rykov"] in accused and ["Abakumov", "Beria"] in accused
    assert only(events, "testimony")[1] == [("Alan Paton", "witness")]  # a party's president is no court officer
    guards = analyse("Yagoda was exposed to the cold. A note in the Bulletin appeared, exposing Mill's behaviour.")
    assert not [e for e in guards if e[0] == "accusation"]


def test_a_numbered_list_of_sentences_after_a_colon(analyse):
    events = analyse("The People's Court Council found the defendants guilty and passed the following sentences:\n\n"
                     "1. Imre Nagy: death;\n2. Ferenc Donáth: twelve years' imprisonment;\n3. Zoltán Tildy: six years' "
                     "imprisonment;\n4. Sándor Kopácsi: imprisonment for life.\n\nAfter lengthy deliberation the court "
                     "pronounced its sentence:\n\nLebedev and Kurochkin to the supreme measure of punishment, to be shot;\n"
                     "Zuev to ten years' deprivation of liberty.\n")
    sentenced = sorted(n for e in events if e[0] == "sentence" for n, _ in e[1])
    assert sentenced == ["Ferenc Donáth", "Imre Nagy", "Kurochkin", "Lebedev", "Sándor Kopácsi", "Zoltán Tildy", "Zuev"]


def test_a_lettered_list_of_sentences_after_as_follows_with_dashes(analyse):
    events = analyse("1. The Revolutionary Court tried the accused named below and sentenced them under Article 156 of "
                     "the Penal Code as follows:\n   a. Rashid Hama Amin Qadir - death by hanging.\n"
                     "   b. Kamal Rashid Hama Amin - imprisonment for fifteen years.\n   c. Karim Hama Sur Mahmud - life "
                     "imprisonment.\n")
    sentenced = sorted(n for e in events if e[0] == "sentence" for n, _ in e[1])
    assert sentenced == ["Kamal Rashid Hama Amin", "Karim Hama Sur Mahmud", "Rashid Hama Amin Qadir"]
    assert not [e for e in events if e[0] == "arrest"]  # a line's "imprisonment for fifteen years" is the sentence, read once


def test_the_penalties_a_prosecutor_asks_for_in_a_dashed_list_are_demands(analyse):
    events = analyse("For the reasons set out above, it is requested that the accused be tried before your Court and "
                     "punished as follows:\n- Hasan KARADAG and Mehmet DURSUN: the DEATH PENALTY under Article 146/1;\n"
                     "- Necati OZBEK: heavy imprisonment of not less than five years under Article 168/2.\n")
    demanded = sorted(n for e in events if e[0] == "demand" for n, _ in e[1])
    assert demanded == ["Hasan KARADAG", "Mehmet DURSUN", "Necati OZBEK"]
    assert not [e for e in events if e[0] == "sentence"]


def test_a_chronology_s_dated_lines_are_about_its_heading_s_person(analyse):
    events = analyse("LIU SHAOQI: A CHRONOLOGY\n\n1898 — Born in Hunan.\n1921 — Joins the Chinese Communist Party.\n"
                     "1968 — Expelled from the party.\n1979 — Wang Guangmei released.\n")
    assert only(events, "birth")[1:3] == ([("Liu Shaoqi", "subject")], "1898-01-01")
    assert only(events, "membership")[1:3] == ([("Liu Shaoqi", "subject")], "1921-01-01")
    assert only(events, "expulsion")[1:3] == ([("Liu Shaoqi", "subject")], "1968-01-01")
    assert only(events, "release")[1:3] == ([("Wang Guangmei", "subject")], "1979-01-01")  # a note's bare participle
    prose = analyse("The years passed.\n\n1898 was a hard year. Born in Hunan, he went to Moscow.\n")
    assert not [e for e in prose if e[0] == "birth" and e[1]]  # no heading names anyone: nobody is guessed


def test_a_register_s_chronology_table_is_about_the_person_the_text_is_about(analyse):
    events = analyse("THE PAVEL ORLOVSKY PAPERS\n\nPavel Orlovsky was an engineer. The papers of Orlovsky came from his "
                     "granddaughter. Orlovsky wrote to Semen Kogan. Letters of Orlovsky to his wife.\n\nChronology\n\n"
                     "1894, March 3    Born in Ekaterinoslav.\n"
                     "1937, August 14  Orlovsky arrested in Kharkov by the NKVD.\n"
                     "1947, August     Released on completion of sentence.\n"
                     "1948-1949        Orlovsky held in Sevvostlag.\n"
                     "1949, March 3    Rearrested in Aleksandrov as a repeat offender.\n")
    assert only(events, "birth")[1:3] == ([("Pavel Orlovsky", "subject")], "1894-03-03")
    assert [e[1:3] for e in events if e[0] == "arrest"][0] == ([("Pavel Orlovsky", "subject")], "1937-08-14")
    assert only(events, "release")[1:3] == ([("Pavel Orlovsky", "subject")], "1947-08-01")
    held = [e[1:3] for e in events if e[0] == "arrest" and e[2] >= "1948"]
    assert held == [([("Pavel Orlovsky", "subject")], "1948-01-01"), ([("Pavel Orlovsky", "subject")], "1949-03-03")]


def test_emigrating_and_crossing_into_a_country_are_journeys(analyse):
    events = analyse("In 1972 the mathematician Yuri Glazov emigrated with his family. Stanislaw Mrozek, who had crossed "
                     "into the Soviet Union in 1932, was arrested in 1937. The troops crossed the river.")
    travelled = sorted(n for e in events if e[0] == "travel" for n, role in e[1] if role == "subject")
    assert travelled == ["Stanislaw Mrozek", "Yuri Glazov"]


def test_those_arrested_included_a_list_of_people(analyse):
    events = analyse("Those arrested at the farm that afternoon included Walter Sisulu, Govan Mbeki and Ahmed Kathrada. "
                     "The men sentenced were Raymond Mhlaba and Denis Goldberg.")
    assert sorted(n for n, _ in only(events, "arrest")[1]) == ["Ahmed Kathrada", "Govan Mbeki", "Walter Sisulu"]
    assert sorted(n for n, _ in only(events, "sentence")[1]) == ["Denis Goldberg", "Raymond Mhlaba"]


def test_a_chronology_s_entries_take_the_day_and_the_year_heading_above_them(analyse):
    events = analyse("CHRONOLOGY\n\n1935\n\n15–16 January. The Moscow Centre trial. Zinoviev is sentenced to ten years.\n\n"
                     "1936\n\n4–7 December. At a plenum Yezhov accuses Bukharin and Rykov of complicity.\n")
    assert only(events, "sentence")[2] == "1935-01-15"
    assert only(events, "accusation")[2] == "1936-12-04"


def test_a_chronology_s_lines_dated_by_day_and_month_are_each_one_entry(analyse):
    events = analyse("I. The universities\n\nII. The chronology\n\n30 I 1968 — last performance of the play.\n4 III — "
                     "Michnik and Szlajfer expelled from the University by order of the Minister.\n6 May — Prof. "
                     "Wiśniewski removed as dean in Kraków.\nJune 1968 — Z. Bauman leaves for Israel.\n12.VII.1968 — "
                     "E. Rosner released.\n")
    assert only(events, "expulsion")[1:3] == ([("Michnik", "subject"), ("Szlajfer", "subject")], "1968-03-04")
    removal, release = only(events, "removal"), only(events, "release")
    assert removal[2] == "1968-05-06" and removal[5].evidence.end <= removal[5].evidence.start + 60
    assert release[1:3] == ([("E. Rosner", "subject")], "1968-07-12")


def test_captured_is_an_arrest_of_a_person_not_of_a_town(analyse):
    events = analyse("D.N. Aidit, the chairman of the PKI, was captured in Central Java in November 1965. "
                     "The army captured the town of Madiun.")
    assert [e[1] for e in events if e[0] == "arrest"] == [[("D.N. Aidit", "subject")]]


def test_a_described_and_named_person_was_held(analyse):
    events = analyse("The composer Mikis Theodorakis, then a young conscript, was held in the soldiers' battalion on "
                     "Makronisos and survived it. The meeting was held in Paris.")
    assert [e[1] for e in events if e[0] == "arrest"] == [[("Mikis Theodorakis", "subject")]]


def test_the_accused_are_the_longest_list_of_people_named_just_before(analyse):
    events = analyse("The court heard the case of Tukhachevsky, Yakir, Uborevich and Kork. Blyukher and Budyonny sat "
                     "among the judges. The accused were charged with espionage.")
    charged = [e for e in events if e[0] == "accusation"]
    assert [sorted(name for name, _ in e[1]) for e in charged] == [["Kork", "Tukhachevsky", "Uborevich", "Yakir"]]


def test_resigning_pardons_arrest_idioms_and_a_cut_throat(analyse):
    events = analyse("Colonel Georges Picquart was placed under arrest at the fortress. General Boisdeffre resigned at "
                     "once. Picquart had been struck off the army lists. Lucie Dreyfus had asked for a revision of the "
                     "trial. Henry was found in his cell; he had cut his throat with a razor. President Loubet pardoned "
                     "Alfred Dreyfus.")
    found = typed_people(events)
    assert {("arrest", ("Georges Picquart",)), ("removal", ("Boisdeffre",)), ("removal", ("Georges Picquart",)),
            ("demand", ("Lucie Dreyfus",)), ("suicide", ("Henry",))} <= found
    assert any(t == "release" and "Alfred Dreyfus" in names for t, names in found)


def test_a_large_count_is_the_last_sentence_naming_that_many_and_other_leaves_the_named_out(analyse):
    events = analyse("In July the court sentenced Do Ye-jong, Suh Do-won, Ha Jae-wan and Lee Soo-byung to death.\n\n"
                     "On 8 April 1975 the Supreme Court, with Chief Justice Min Bok-ki presiding, heard the appeals. Early on "
                     "9 April 1975 the four were hanged. In June 1937 Marshal Tukhachevsky and seven other commanders were shot.")
    hanged = [sorted(name for name, _ in e[1]) for e in events if e[0] == "execution" and "-04-" in str(e[2])]
    assert hanged == [["Do Ye-jong", "Ha Jae-wan", "Lee Soo-byung", "Suh Do-won"]]
    shot = [sorted(name for name, _ in e[1]) for e in events if e[0] == "execution" and "-06-" in str(e[2])]
    assert shot == [["Tukhachevsky"]]


def test_the_two_are_the_pair_of_the_sentence_before_with_its_pronoun(analyse):
    events = analyse("In 1890 Kōtoku Shūsui was a pupil of Nakae Chōmin. He left the paper in 1903 together with Sakai "
                     "Toshihiko, and the two founded the Heimin Shimbun.")
    founded = [sorted(name for name, _ in e[1]) for e in events if e[0] == "membership"]
    assert ["Kōtoku Shūsui", "Sakai Toshihiko"] in founded and not any("Nakae Chōmin" in f for f in founded)


def test_a_list_of_romanised_names_is_one_list_and_a_described_pair_is_sentenced(analyse):
    events = analyse("In July 1974 the court sentenced Do Ye-jong, Suh Do-won, Ha Jae-wan, Lee Soo-byung, Kim Yong-won, "
                     "Woo Hong-sun and Song Sang-jin to death. Lee Chul and Yoo In-tae, student leaders sentenced to "
                     "death in July 1974, were freed in February 1975. Kim Chi-ha was re-arrested in March 1975.")
    sentenced = [sorted(name for name, _ in e[1]) for e in events if e[0] == "sentence"]
    assert ["Do Ye-jong", "Ha Jae-wan", "Kim Yong-won", "Lee Soo-byung", "Song Sang-jin", "Suh Do-won",
            "Woo Hong-sun"] in sentenced
    assert ["Lee Chul", "Yoo In-tae"] in sentenced
    assert ("arrest", [("Kim Chi-ha", "subject")]) in [(e[0], e[1]) for e in events]


def test_a_numbered_list_of_defendants_with_their_verdicts_after_a_colon(analyse):
    events = analyse("THE NINE DEFENDANTS\n\n1. Jorge Rafael Videla, army commander 1975-78: life imprisonment.\n"
                     "2. Roberto Eduardo Viola, army commander 1978-79 and President 1981: 17 years.\n"
                     "3. Omar Graffigna, air force commander 1979-81: acquitted.\n")
    found = typed_people(events)
    assert {("sentence", ("Jorge Rafael Videla",)), ("sentence", ("Roberto Eduardo Viola",)),
            ("trial", ("Omar Graffigna",))} <= found
    # the lines are read as a list, not as clauses; the offices with their years are appointments from the first year
    assert sorted((e[1][0][0], e[2]) for e in events if e[0] == "appointment") == [
        ("Jorge Rafael Videla", "1975-01-01"), ("Omar Graffigna", "1979-01-01"), ("Roberto Eduardo Viola", "1978-01-01")]


def test_the_following_were_shot_announces_a_list_of_dated_lines(analyse):
    events = analyse("Dublin, September 1916.\n\nThe following were shot at dawn in Kilmainham Gaol:—\n\n"
                     "    May 3rd.—Patrick Pearse; Thomas Clarke; Thomas MacDonagh.\n"
                     "    May 12th.—James Connolly; Seán Mac Diarmada.\n\nThey died for Ireland.")
    shot = [(sorted(name for name, _ in e[1]), e[2]) for e in events if e[0] == "execution"]
    assert (["Patrick Pearse", "Thomas Clarke", "Thomas MacDonagh"], "1916-05-03") in shot
    assert (["James Connolly", "Seán Mac Diarmada"], "1916-05-12") in shot


def test_among_those_detained_all_of_them_dashed_penalties_and_a_birth_year(analyse):
    events = analyse("On 29 May 1979 officers searched the homes. Among those detained were Otta Bednářová, Václav "
                     "Benda and Petr Uhl. All of them were charged with subversion.\n\nOn 23 October 1979 the court "
                     "passed the following sentences:\n\n1. Petr Uhl — five years' imprisonment;\n2. Václav Havel — "
                     "four and a half years' imprisonment;\n\nPetr Uhl (b. 1941), engineer, signed Charter 77.")
    found = typed_people(events)
    trio = ("Otta Bednářová", "Petr Uhl", "Václav Benda")
    assert {("arrest", trio), ("accusation", trio), ("sentence", ("Petr Uhl",)), ("sentence", ("Václav Havel",)),
            ("birth", ("Petr Uhl",))} <= found
    assert [e[2] for e in events if e[0] == "birth"] == ["1941-01-01"]


def test_named_as_the_leader_or_a_member_of_the_plot_is_an_accusation(analyse):
    events = analyse("Ivan Kotolynov, named by the prosecution as one of the leaders of the Centre, was shot in 1934. "
                     "Yan Gamarnik was named as a member of the conspiracy in the indictment of 11 June 1937. The city "
                     "was named as the capital.")
    accused = {(tuple(name for name, _ in e[1]), e[3]) for e in events if e[0] == "accusation"}
    assert accused == {(("Ivan Kotolynov",), "alleged"), (("Yan Gamarnik",), "alleged")}
    assert not any(e[0] == "membership" for e in events)  # the membership is what is alleged, not a fact


def test_a_footnote_number_in_brackets_glued_to_a_name_does_not_hide_it(analyse):
    events = analyse("On June 16, 1937, Andrés Nin,(2) political secretary of the party, was arrested in Barcelona. "
                     "Thousands were killed.(1) Hundreds of thousands more were arrested.")
    assert [(e[0], e[1]) for e in events if e[0] == "arrest"] == [("arrest", [("Andrés Nin", "subject")])]


def test_the_two_men_at_a_section_head_are_the_pair_the_document_keeps_naming(analyse):
    events = analyse("Nicola Sacco and Bartolomeo Vanzetti were anarchists. Sacco and Vanzetti were taken off a street "
                     "car in Brockton on May 5, 1920. Judge Webster Thayer sentenced Vanzetti to twelve years. Italian "
                     "witnesses swore that Vanzetti was selling eels. Friends of Sacco and Vanzetti protested.\n\nII. THE TRIAL\n\n"
                     "On May 31, 1921, the two men were placed on trial at Dedham.")
    found = typed_people(events)
    pair = ("Bartolomeo Vanzetti", "Nicola Sacco")
    assert {("arrest", pair), ("trial", pair)} <= found
    assert any(t == "testimony" for t, _ in found)


def test_a_census_given_name_tells_she_from_he(analyse):
    events = analyse("Among the survivors is Graciela Geuna, abducted in Córdoba in June 1976; her husband, Jorge Omar "
                     "Cazorla, was killed during the operation. She was held at La Perla for almost two years. Iona "
                     "Yakir was a commander. In 1937 he was arrested.")
    held = [(e[1], e[2]) for e in events if e[0] == "arrest"]
    assert ([("Graciela Geuna", "subject")], None) in held  # "She was held …", not only "abducted in June 1976"
    assert ([("Iona Yakir", "subject")], "1937-01-01") in held


def test_the_election_of_someone_as_an_office_is_an_appointment(analyse):
    events = analyse("The election of Yuri Andropov as General Secretary followed in November 1982.")
    assert [(e[0], e[1]) for e in events] == [("appointment", [("Yuri Andropov", "subject")])]


def test_taking_office_and_being_sworn_in_are_appointments_not_testimony(analyse):
    events = analyse("Mr. Raúl Alfonsín, who took office in December 1983, ordered the trial. Emilio Massera was sworn "
                     "in as commander.")
    assert sorted((e[0], e[1][0][0]) for e in events) == [("appointment", "Emilio Massera"),
                                                         ("appointment", "Raúl Alfonsín")]


def test_the_three_men_are_a_list_of_three_with_descriptions_between_and_them_goes_on(analyse):
    events = analyse("The Cabinet of Mr Constantine Karamanlis has decided to commute the death sentences passed on "
                     "George Papadopoulos, the former dictator, Stylianos Pattakos, his deputy, and Nikolaos Makarezos, "
                     "who ran the economy.\n\nThe three men were condemned to death on August 23, 1975, by the Court "
                     "of Appeal. The trial had opened on July 28. The court found them guilty of high treason.")
    trio = ["George Papadopoulos", "Nikolaos Makarezos", "Stylianos Pattakos"]
    assert trio in [sorted(name for name, _ in e[1]) for e in events if e[0] == "sentence"]
    assert trio in [sorted(name for name, _ in e[1]) for e in events if e[0] == "accusation"]


def test_surrender_refuge_smuggling_out_and_naming_to_an_office(analyse):
    events = analyse("Ma Shaofang surrendered to police. Han Dongfang went to the police and gave himself up. Fang "
                     "Lizhi and Li Shuxian took refuge in the embassy on June 5, 1989. Wuer Kaixi had been smuggled out "
                     "of China. The meeting named Jiang Zemin as general secretary.")
    assert {("arrest", ("Ma Shaofang",)), ("arrest", ("Han Dongfang",)), ("escape", ("Fang Lizhi", "Li Shuxian")),
            ("escape", ("Wuer Kaixi",)), ("appointment", ("Jiang Zemin",))} <= typed_people(events)


def test_the_named_among_a_crowd_the_event_happened_to(analyse):
    events = analyse("Within hours thousands of people had been arrested, among them the Prime Minister, Mr Panayotis "
                     "Kanellopoulos, and Mr Andreas Papandreou.")
    assert typed_people(events) == {("arrest", ("Andreas Papandreou", "Panayotis Kanellopoulos"))}


def test_a_term_said_short_after_the_first_and_asking_the_court_for_leniency(analyse):
    events = analyse("Morton Sobell received thirty years. Harry Gold, who carried them, received thirty. O. John Rogge "
                     "asked the court for leniency. Gold received one letter.")
    assert typed_people(events) == {("sentence", ("Morton Sobell",)), ("sentence", ("Harry Gold",)),
                                    ("demand", ("O. John Rogge",))}


def test_detained_then_arrested_is_custody_before_the_arrest(analyse):
    events = analyse("1- Hasan KARADAĞ: son of Mustafa, born 1946 in Malatya, foundry worker. Detained 14.10.1980; "
                     "arrested 27.10.1980. Held in Metris Military Prison. Ali Demir was detained on 3 May 1981.")
    assert sorted((e[0], e[1][0][0]) for e in events if e[0] in ("arrest", "detention")) == [
        ("arrest", "Ali Demir"), ("arrest", "Hasan KARADAĞ"), ("detention", "Hasan KARADAĞ")]
