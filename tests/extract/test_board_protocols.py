"""A Soviet file's deportation list and its special board's protocol: each family member's birth year after his
place in the family, the case heard "on the charge of" a person, and the board's "RESOLVED: X … to be confined …"
as X's sentence."""

from tests.extract.test_events import only  # noqa: F401


def test_a_deportation_list_gives_each_member_s_birth_year(analyse):
    events = analyse("LIST of persons subject to deportation\n\nI. Family of the bandit PETRAUSKAS Jonas:\n1. PETRAUSKAS "
                     "Antanas Ionasovich - father, b. 1891\n2. GUDAITIS Kazimieras Iosifovich - head of family, b. 1884\n")
    births = sorted((e[1][0][0], e[2]) for e in events if e[0] == "birth")
    assert births == [("GUDAITIS Kazimieras Iosifovich", "1884-01-01"), ("PETRAUSKAS Antanas Ionasovich", "1891-01-01")]


def test_a_board_s_protocol_hears_a_charge_and_resolves_a_sentence(analyse):
    events = analyse("EXTRACT FROM PROTOCOL No. 31\n\nHEARD: Case No. 1147 of the MGB on the charge of JURKUS Stasys "
                     "Petrovich, b. 1904, native of the village of Kalnujai, under Art. 58-1a of the Criminal Code.\n"
                     "RESOLVED: JURKUS Stasys Petrovich, for treason to the Motherland, to be confined in a special camp "
                     "for a term of TEN years, counting from 6 April 1949.\n")
    sentence = only(events, "sentence")
    assert sentence[1] == [("JURKUS Stasys Petrovich", "subject")] and sentence[3] == "asserted"
    assert "treason" in sentence[5].charges
    accusation = only(events, "accusation")
    assert accusation[1] == [("JURKUS Stasys Petrovich", "accused")]
    assert accusation[5].evidence.end - accusation[5].evidence.start > 60  # past the "b." of "b. 1904"


def test_a_band_leader_taken_alive_is_arrested(analyse):
    events = analyse("In the exchange of fire the bandit PETRAUSKAS Jonas was killed; the bandit MOCKUS Bronius, the "
                     "leader of the band, was wounded in the leg and taken alive.")
    assert only(events, "arrest")[1] == [("MOCKUS Bronius", "subject")]
