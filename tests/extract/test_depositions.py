"""A commission's collection of statements: each statement is its deponent's word, and its "I" is the deponent.
Texts written in the manner of such collections (not copied from any gold text), through the real pipeline."""

COLLECTION = (
    "COMMISSION OF INQUIRY\n\nSTATEMENTS OF REFUGEES\n\n"
    "STATEMENT No. 1\nDawa Norbu, aged 40, farmer of Gyantse. Taken at Kalimpong on 3rd May 1961.\n\n"
    "In 1958 soldiers came to our village. I was arrested on 4th June 1958 and kept in a school for a month. "
    "Early in 1959 a neighbour told me that the headman Pasang Tsering had died in prison at Shigatse.\n\n"
    "STATEMENT No. 2\nKarma Lhamo, aged 33, of Nagchu. Taken at Darjeeling on 9th May 1961.\n\n"
    "My husband Jigme Wangyal was arrested in March 1959. The deponent was released in April 1959.\n\n"
    "Commission's note. Jigme Wangyal was arrested on 20th March 1959 according to another refugee.\n")


def test_a_statement_s_events_are_its_deponent_s_word(analyse):
    events = analyse(COLLECTION)
    arrests = {(tuple(e[1]), e[4]) for e in events if e[0] == "arrest"}
    assert ((("Dawa Norbu", "subject"),), "Dawa Norbu") in arrests  # "I was arrested", in his statement
    assert ((("Jigme Wangyal", "subject"),), "Karma Lhamo") in arrests  # her husband's arrest, her word
    assert ((("Jigme Wangyal", "subject"),), None) in arrests  # the commission's note is the commission's own


def test_the_deponent_is_the_one_whose_statement_it_is(analyse):
    events = analyse(COLLECTION)
    assert [e[1] for e in events if e[0] == "release"] == [[("Karma Lhamo", "subject")]]


def test_he_told_me_never_makes_the_deponent_he(analyse):
    events = analyse(
        "STATEMENT No. 1\nLobsang Gyatso, aged 40, farmer of Gyantse. Taken at Kalimpong on 3rd May 1961.\n\n"
        "Three days later the headman Pasang Tsering was taken away towards Shigatse. Early in 1959 a trader told me "
        "that he had died in prison at Shigatse.\n\n"
        "STATEMENT No. 2\nKarma Lhamo, aged 33, of Nagchu. Taken at Darjeeling on 9th May 1961.\n\nI was arrested.\n")
    assert [e[1] for e in events if e[0] == "death"] == [[("Pasang Tsering", "subject")]]  # not Lobsang Gyatso, "me"


def test_a_statement_s_name_line_records_its_taking(analyse):
    events = analyse(COLLECTION)
    taken = sorted((e[1], e[2], e[4]) for e in events if e[0] == "testimony" and e[1][0][1] == "witness")
    assert taken == [([("Dawa Norbu", "witness")], "1961-05-03", None), ([("Karma Lhamo", "witness")], "1961-05-09", None)]


def test_a_single_statement_is_its_author_s_own_word_and_its_deponent_its_i(analyse):
    events = analyse("STATEMENT No. 1\nDawa Norbu, aged 40, farmer of Gyantse. Taken at Kalimpong on 3rd May 1961.\n\n"
                     "In 1958 soldiers came to our village. I was arrested on 4th June 1958 and kept in a school.\n")
    assert [(e[1], e[4]) for e in events if e[0] == "arrest"] == [([("Dawa Norbu", "subject")], None)]
    assert not [e for e in events if e[0] == "testimony"]


def test_a_brother_named_after_the_deponent_s_and_a_denial_after_a_semicolon(analyse):
    events = analyse("The deponent's brother, Sonam Topgyal, was arrested in 1957 as a member of the Volunteer Army; "
                     "the deponent denies that his brother ever belonged to it.")
    assert [(e[1], e[3]) for e in events if e[0] == "arrest"] == [([("Sonam Topgyal", "subject")], "asserted")]
