"""The language of human-rights reports: the authorities' answers, bodies found, deaths the authorities explain."""


def test_an_official_answer_about_a_prisoner_is_a_statement_about_him(analyse):
    events = analyse("His mother filed a petition of habeas corpus. The Ministry of the Interior replied that Pablo "
                     "Ferreyra was not detained. The Government denies that Marta Ugarte was arrested.")
    statements = sorted(e[1] for e in events if e[0] == "statement")
    assert statements == [[("Marta Ugarte", "object")], [("Pablo Ferreyra", "object")]]
    assert {e[3] for e in events if e[0] == "arrest"} == {"denied"}
    assert {e[4] for e in events if e[0] == "statement"} == {"Ministry of the Interior", "government"}  # the body's word


def test_an_official_remark_on_anything_else_is_no_statement(analyse):
    events = analyse("The Ministry of the Interior replied that the harvest of 1975 had been good, and Pablo Ferreyra "
                     "said that he had not been detained.")
    assert not [e for e in events if e[0] == "statement"]


def test_a_body_found_is_a_death(analyse):
    events = analyse("Rodrigo Rojas was arrested on 12 September 1973. His body, with many bullet wounds, was found "
                     "days later near the cemetery.")
    assert ("death", [("Rodrigo Rojas", "subject")]) in [(e[0], e[1]) for e in events]


def test_hanged_himself_is_a_suicide(analyse):
    events = analyse("Rodrigo Rojas was held at the Military Hospital, where he hanged himself in March 1974.")
    assert [e[1] for e in events if e[0] == "suicide"] == [[("Rodrigo Rojas", "subject")]]


def test_released_prisoners_testify_about_the_person_they_saw(analyse):
    events = analyse("Marta Ugarte was held by the DINA. Released prisoners state that she had been tortured at a DINA house.")
    assert [e[1] for e in events if e[0] == "testimony"] == [[("Marta Ugarte", "object")]]


def test_she_is_not_a_man_with_a_spanish_given_name(analyse):
    events = analyse("Miguel Rojas and Marta Ugarte were arrested in November. The authorities said that she had died "
                     "of illness.")
    assert [e[1] for e in events if e[0] == "death" and e[3] == "alleged"] == [[("Marta Ugarte", "subject")]]


def test_words_of_custody_exile_and_penalties_in_reports(analyse):
    events = analyse("Luis Corvalán remains in detention. After Wolf Biermann's expatriation in November 1976 the "
                     "novelist Stefan Keller was fined for currency offences, and his lawyer, Götz Berger, was barred "
                     "from practice in 1976.")
    kinds = {(e[0], e[1][0][0]) for e in events if e[1]}
    assert {("arrest", "Luis Corvalán"), ("exile", "Wolf Biermann"), ("sentence", "Stefan Keller"),
            ("removal", "Götz Berger")} <= kinds


def test_the_body_of_someone_is_a_person_s(analyse):
    events = analyse("In November 1974 the body of Lumi Videla was thrown into the grounds of the Italian Embassy.")
    assert [e[1] for e in events if e[0] == "death"] == [[("Lumi Videla", "subject")]]


def test_witnesses_who_identify_a_perpetrator_accuse_him(analyse):
    events = analyse("Dagmar Hagelin was shot in the street in January 1977. Survivors identified him as Alfredo Astiz.")
    accusation = [e for e in events if e[0] == "accusation"]
    assert [e[1] for e in accusation] == [[("Alfredo Astiz", "accused")]]
    assert accusation[0][5].evidence.end == len("Dagmar Hagelin was shot in the street in January 1977. Survivors "
                                                "identified him as Alfredo Astiz")


def test_a_prefecture_or_an_officer_telling_a_relative_of_a_release_or_escape_is_a_statement(analyse):
    events = analyse("Ahmed Bensalem and Belaïd Cherifi were arrested in February 1957. On 2 March 1957 the Prefecture "
                     "informed his brother, Mohamed Bensalem, that Ahmed Bensalem had been released on 19 February. On 26 "
                     "March an officer told Fatma Cherifi that Belaïd Cherifi had escaped during a transfer.")
    said = sorted(sorted(n for n, _ in e[1]) for e in events if e[0] == "statement")
    assert said == [["Ahmed Bensalem", "Mohamed Bensalem"], ["Belaïd Cherifi", "Fatma Cherifi"]]
