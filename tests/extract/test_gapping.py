"""Events told once for several people, the verb left out or only pointing back."""


def by_subject(events, type_):
    return {tuple(n for n, _ in e[1]): e[2] for e in events if e[0] == type_}


def test_gapped_parts_joined_by_and_each_get_the_event(analyse):
    events = analyse("Ivan Petrov was arrested on 3 March 1938, Pavel Sidorov on 9 March and Oleg Kuznetsov on 30 March.")
    assert by_subject(events, "arrest") == {("Ivan Petrov",): "1938-03-03", ("Pavel Sidorov",): "1938-03-09",
                                            ("Oleg Kuznetsov",): "1938-03-30"}


def test_a_gapped_person_keeps_the_event_across_an_apposition(analyse):
    events = analyse("Anna Lebedeva, a nurse, was detained on May 4, 1951, and Boris Orlov, a lecturer at the "
                     "Pedagogical Institute, on June 2.")
    assert by_subject(events, "arrest") == {("Anna Lebedeva",): "1951-05-04", ("Boris Orlov",): "1951-06-02"}


def test_two_gapped_people_share_one_time(analyse):
    events = analyse("Kovalenko was rehabilitated in 1956, Marchenko and Bondar the following year.")
    assert by_subject(events, "rehabilitation")[("Kovalenko",)] == "1956-01-01"
    assert ("Bondar", "Marchenko") in by_subject(events, "rehabilitation")


def test_a_list_without_times_is_not_gapped(analyse):
    events = analyse("Radek was arrested in 1936, a man whom Sokolnikov, Serebryakov and Muralov knew well.")
    assert set(by_subject(events, "arrest")) == {("Radek",)}


def test_people_who_followed_undergo_the_event_before(analyse):
    events = analyse("Horvath was arrested in Budapest in June 1949. Kovacs and Nagy followed him within weeks.")
    assert ("Kovacs", "Nagy") in by_subject(events, "arrest")


def test_following_instructions_is_no_event(analyse):
    events = analyse("Horvath was arrested in Budapest in June 1949. Kovacs followed the instructions of the Centre.")
    assert set(by_subject(events, "arrest")) == {("Horvath",)}


def test_a_gapped_time_counts_from_the_event_it_repeats(analyse):
    events = analyse("Marchenko was arrested on 3 June 1937, and Bondar two days later. "
                     "Kovalenko was rehabilitated in 1956, Lysenko the following year.")
    assert by_subject(events, "arrest") == {("Marchenko",): "1937-06-03", ("Bondar",): "1937-06-05"}
    assert by_subject(events, "rehabilitation")[("Lysenko",)] == "1957-01-01"


def test_a_verdict_s_penalties_after_semicolons_are_sentences_of_their_own(analyse):
    events = analyse("VERDICT\n\nWe condemn Julián Escobar and Tomás Rivas, as authors of a crime of adherence to the "
                     "rebellion, to the penalty of DEATH; Ricardo Méndez, as author of the same crime, to THIRTY YEARS of "
                     "reclusión mayor; and Amparo Salcedo, as author of a crime of aid to the rebellion, to TWELVE YEARS; "
                     "and we acquit Eusebio Carrasco.\n")
    sentenced = sorted(name for e in events if e[0] == "sentence" for name, _ in e[1])
    assert sentenced == ["Amparo Salcedo", "Julián Escobar", "Ricardo Méndez", "Tomás Rivas"]


def test_the_people_named_among_them_undergo_what_the_sentence_before_did_to_the_group(analyse):
    events = analyse("On 17 July 1976 the court in Warsaw sentenced seven workers of Ursus to between three and five "
                     "years' imprisonment. Among them were Ryszard Maj (five years), Czesław Mazurek (four years) and "
                     "Roman Filipiak (three years).")
    assert by_subject(events, "sentence") == {("Czesław Mazurek", "Roman Filipiak", "Ryszard Maj"): "1976-07-17"}


def test_among_them_takes_the_main_verb_and_not_a_name_behind_a_preposition(analyse):
    events = analyse("Eleven of the fourteen men condemned by the State Court were hanged early yesterday morning. Among "
                     "them was Rudolf Slánský, until last year the most powerful man in the country after President "
                     "Klement Gottwald.")
    assert {e[0] for e in events if e[1]} == {"execution"}
    assert by_subject(events, "execution") == {("Rudolf Slánský",): None}
