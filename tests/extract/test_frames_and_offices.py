"""Accusations reported through a frame, and offices taken up without the word "appointed"."""

from tests.extract.test_events import only


def people(ev, role):
    return sorted(name for name, r in ev[1] if r == role)


def test_supposed_to_have_is_an_alleged_accusation_not_a_killing(analyse):
    events = analyse("In August 1936 Zinoviev and Kamenev were tried in Moscow. They were supposed to have directed a "
                     "terrorist centre which killed Sergei Kirov.")
    ev = only(events, "accusation")
    assert people(ev, "accused") == ["Kamenev", "Zinoviev"] and ev[3] == "alleged"
    assert "terrorism" in ev[5].charges and people(ev, "object") == ["Sergei Kirov"]
    assert not [e for e in events if e[0] == "death"]  # the killing is what is alleged, not a second event


def test_it_was_said_that_he_had_been_a_spy(analyse):
    events = analyse("Jan Rudzutak was arrested on 24 May 1937. It was said that he had been a German spy since the 1920s.")
    ev = only(events, "accusation")
    assert people(ev, "accused") == ["Jan Rudzutak"] and "espionage" in ev[5].charges and ev[3] == "alleged"


def test_a_denial_of_a_crime_reports_the_accusation(analyse):
    events = analyse("Nikolai Bukharin fought hard. He denied point-blank that he had ever been a spy.")
    assert people(only(events, "accusation"), "accused") == ["Nikolai Bukharin"]


def test_no_frame_no_crime_no_accusation(analyse):
    events = analyse("It was said that Nikolai Bukharin loved birds. Karl Radek was supposed to have written the article.")
    assert not [e for e in events if e[0] == "accusation"]


def test_offices_taken_up(analyse):
    events = analyse("In 1936 Nikolai Krylenko became People's Commissar of Justice. Christian Rakovsky was head of the "
                     "Soviet government of the Ukraine in 1919. Vlas Chubar came to Moscow in 1934 as deputy chairman of "
                     "the Council of People's Commissars.")
    found = {tuple(people(e, "subject")): e for e in events if e[0] == "appointment"}
    assert set(found) == {("Nikolai Krylenko",), ("Christian Rakovsky",), ("Vlas Chubar",)}
    assert found[("Nikolai Krylenko",)][2] == "1936-01-01" and found[("Christian Rakovsky",)][2] == "1919-01-01"
    assert not [e for e in events if e[0] in ("presence", "travel")]


def test_a_date_of_another_clause_is_not_the_event_date(analyse):
    events = analyse("In 1921 Nikolai Krestinsky was appointed envoy in Berlin, where he remained until 1930.")
    assert only(events, "appointment")[2] == "1921-01-01"


def test_a_claim_still_to_come_is_predicted(analyse):
    events = analyse("Soon we will learn that Nikolai Bukharin personally went to Leningrad in 1934 to organize the murder.")
    assert [e[3] for e in events if e[0] == "travel"] == ["predicted"]


def test_a_question_states_nothing(analyse):
    events = analyse("Did anything hinder the bringing to trial of Valentin Olberg in 1936?")
    assert {e[3] for e in events if e[0] == "trial"} == {"hypothetical"}


def test_more_ways_of_saying_it(analyse):
    events = analyse("Seven weeks later Ignace Reiss was dead. In September 1937 Kurt Landau was seized in Barcelona. "
                     "Karl Radek and Grigori Sokolnikov escaped with ten years of prison each. Vladimir Romm told the court "
                     "that he had met Trotsky in Paris. In 1935 Andrés Nin founded the POUM. Nikolai Muralov held out for "
                     "eight months before he signed a confession.")
    kinds = {e[0]: people(e, "subject") or people(e, "witness") for e in events}
    assert kinds["death"] == ["Ignace Reiss"] and kinds["arrest"] == ["Kurt Landau"]
    assert kinds["sentence"] == ["Grigori Sokolnikov", "Karl Radek"] and "escape" not in kinds
    assert kinds["testimony"] == ["Vladimir Romm"] and kinds["membership"] == ["Andrés Nin"]
    assert kinds["confession"] == ["Nikolai Muralov"]


def test_the_prosecutor_addressing_the_court_is_not_a_witness(analyse):
    events = analyse("The prosecutor, Andrei Vyshinsky, told the court that the traitors must be crushed.")
    assert [e[0] for e in events] == ["statement"]


def test_what_happened_to_a_sentence(analyse):
    events = analyse("On June 11, 1937 the court sentenced Iona Yakir and Ieronim Uborevich to death. The sentence was "
                     "carried out on June 12, 1937. In 1941 Nikolai Vavilov was sentenced to death; in 1942 the sentence "
                     "was commuted to twenty years' imprisonment.")
    ex = only(events, "execution")
    assert people(ex, "subject") == ["Ieronim Uborevich", "Iona Yakir"] and ex[2] == "1937-06-12"
    assert sorted(e[2] for e in events if e[0] == "sentence" and people(e, "subject") == ["Nikolai Vavilov"]) == [
        "1941-01-01", "1942-01-01"]
    assert len(analyse("The sentence was carried out on June 12, 1937.")) == 0  # whose sentence? nobody's: no event


def test_named_as_and_investigators_claimed(analyse):
    events = analyse("The verdict of 11 June named Jan Gamarnik as a member of the conspiracy. Nikolai Krylenko was "
                     "arrested in 1938. The investigators claimed that he had headed a wrecking organisation.")
    accused = sorted(people(e, "accused")[0] for e in events if e[0] == "accusation")
    assert accused == ["Jan Gamarnik", "Nikolai Krylenko"]


def test_more_frames_of_report_and_the_words_of_soviet_charges(analyse):
    events = analyse("Yan Berzin was supposedly the head of a Latvian nationalist plot. According to his own confession, "
                     "Iosif Berezin organised the wrecking of trains. Now Pravda calls Hugo Eberlein a double-dealer. "
                     "The prosecution claimed that Semyon Gluzman had circulated anti-Soviet literature.")
    accused = sorted(people(e, "accused")[0] for e in events if e[0] == "accusation" and e[3] == "alleged")
    assert accused == ["Hugo Eberlein", "Iosif Berezin", "Semyon Gluzman", "Yan Berzin"]


def test_a_pronoun_is_never_the_name_that_follows_it(analyse):
    events = analyse("When Nikolai Skrypnik killed himself in July 1933, he too was said to have fallen among "
                     "nationalist enemies; the writer Khvylovy had shot himself two months before.")
    assert people(only(events, "accusation"), "accused") == ["Nikolai Skrypnik"]


def test_a_reported_accusation_is_the_reporter_s_word(analyse):
    events = analyse("Now Pravda calls Hugo Eberlein a double-dealer. It was said that Jan Rudzutak had been a German spy. "
                     "Within days the newspapers announced that Avel Yenukidze had been a German spy.")
    by = {people(e, "accused")[0]: e[4] for e in events if e[0] == "accusation"}
    assert by["Hugo Eberlein"].lower() == "pravda" and by["Jan Rudzutak"] is None and by["Avel Yenukidze"] == "newspapers"


def test_a_deed_that_is_a_crime_in_the_charge_s_words_is_an_accusation(analyse):
    events = analyse("In 1935 Sorokin organised a group of saboteurs at the works. "
                     "Churchill maintained that the charges rested on a forged dossier. Ivanov defended the sabotage "
                     "trials before the Politburo.")
    accused = [e[1] for e in events if e[0] == "accusation"]
    assert accused == [[("Sorokin", "accused")]]
    assert [e for e in events if e[0] == "accusation"][0][5].charges == ["sabotage"]


def test_posts_taken_over_made_and_brought_back_to(analyse):
    events = analyse("Pavel Orlov was a Soviet commander. In February 1920 Orlov took over the Caucasian Front. In 1924 "
                     "he became deputy to Ivan Frolov. In June 1931 he was brought back to Moscow as Deputy People's "
                     "Commissar for Military Affairs. In April 1936 he was made First Deputy People's Commissar of Defence.")
    dates = sorted(e[2] for e in events if e[0] == "appointment")
    assert dates == ["1920-02-01", "1924-01-01", "1931-06-01", "1936-04-01"]
