"""An exile newsletter's news items and prisoner list: a counted object whose names follow a colon, and a list
entry's "Held in …" as the custody it tells — unless the entry told the arrest first."""

from tests.extract.test_events import only  # noqa: F401


def test_the_names_after_a_colon_are_the_counted_people_arrested(analyse):
    events = analyse("In the night of July 14–15, 1977, Tontons Macoutes under the orders of the local VSN chief, "
                     "Zacharie Monestime, arrested three peasants of the section of Marfranc: Lucien and Dieuseul Joachim "
                     "and their cousin Mérilus Joachim.")
    assert only(events, "arrest")[1] == [("Dieuseul Joachim", "subject"), ("Lucien", "subject"), ("Mérilus Joachim", "subject")]


def test_held_in_is_an_entry_s_custody_unless_it_told_the_arrest(analyse):
    events = analyse("PRISONERS\n\n3. JOSEPH, Marie-Thérèse. Seamstress. Held in the women's cell; seen alive in August "
                     "1977.\n\n4. KARADAĞ, Hasan. Foundry worker. Detained 14.10.1980; arrested 27.10.1980. Held in Metris "
                     "Military Prison.\n")
    arrests = [(e[1], e[5].evidence) for e in events if e[0] == "arrest"]
    assert [who for who, _ in arrests] == [[("JOSEPH, Marie-Thérèse", "subject")], [("KARADAĞ, Hasan", "subject")]]


def test_as_many_names_as_the_count_after_a_counted_plural(analyse):
    events = analyse("Witness: Salim Haddad\n\n2. They arrested me and my two roommates, Ahmad Qasim Bitar and Yasin "
                     "Darwish, both students from Idlib.")
    assert only(events, "arrest")[1] == [("Ahmad Qasim Bitar", "subject"), ("Salim Haddad", "subject"), ("Yasin Darwish", "subject")]
