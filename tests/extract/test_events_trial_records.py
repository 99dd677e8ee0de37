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
