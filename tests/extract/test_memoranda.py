"""Diplomatic memoranda and their annexes: offices with a deputy's prefix ("Vice-Premier"), footnote marks on
names, a body's other name in brackets, numbered lists of the accused with their titles, and "they" after a list
the parser hung on a date."""

from tests.extract.test_events import typed_people
from tests.extract.test_names import recognize  # noqa: F401 (the fixture: a text's (name, label) pairs)


def test_a_deputys_office_and_a_footnote_mark_are_not_part_of_the_name(recognize):
    found = recognize("The note was handed to Vice-Premier Karel Dvorak by a Major Sokolov² of the army staff. "
                      "Mr. Petr Hora, Vice-Chairman of the Council, was present.")
    assert {("Karel Dvorak", "PERSON"), ("Sokolov", "PERSON"), ("Petr Hora", "PERSON")} <= found
    assert not any(text.startswith("Vice") or text.endswith("²") for text, _ in found)


def test_a_name_in_brackets_after_a_bodys_name_is_the_same_body(recognize):
    found = recognize("Leaders of the National Defence Army (Narodowa Obrona) met Leaders of the Peasant Party.")
    assert ("Narodowa Obrona", "ORG") in found and ("Narodowa Obrona", "PERSON") not in found


def test_numbered_lines_of_the_accused_with_their_titles_each_carry_a_sentence(analyse):
    events = analyse("ANNEX\n\nThe persons tried and the sentences pronounced on 3rd May, 1946\n\n"
                     "1. General Tadeusz Wrona, commander of the district — twelve years' imprisonment.\n"
                     "2. Mr. Jerzy Kalinowski, Delegate of the Government — six years.\n"
                     "3. Dr. Anna Zielinska (Labour Party) — eight months.\n")
    found = typed_people(events)
    assert {("sentence", ("Tadeusz Wrona",)), ("sentence", ("Jerzy Kalinowski",)), ("sentence", ("Anna Zielinska",))} <= found


def test_they_after_a_list_the_parser_hung_on_a_date_is_that_list(analyse):
    events = analyse("On 12 May 1971 Andrei Volkov, Irina Sokolova, Pavel Orlov and Mikhail Lebedev stood on Pushkin "
                     "Square with a banner. Within minutes they were seized by men in plain clothes.")
    arrests = [people for kind, people in typed_people(events) if kind == "arrest"]
    assert arrests and set(arrests[0]) == {"Andrei Volkov", "Irina Sokolova", "Pavel Orlov", "Mikhail Lebedev"}


def test_a_place_named_by_its_kind_is_a_place(recognize):
    found = recognize("He was chief of the political police in the province of Guipuzcoa, who was shot in August. "
                      "The emergency covered the Basque province of Guipuzcoa.")
    assert ("Guipuzcoa", "PLACE") in found and ("Guipuzcoa", "PERSON") not in found


def test_a_settlement_named_by_its_russian_kind_is_a_place(recognize):
    found = recognize("On 7 February in the khutor of Novaya Melnitsa a crowd of women surrounded the village soviet. "
                      "In the sloboda of Kamenka a group headed by Lapin was liquidated.")
    assert {("Novaya Melnitsa", "PLACE"), ("Kamenka", "PLACE")} <= found


def test_the_people_named_among_a_plural_subject_share_its_event(analyse):
    events = analyse("The two priests are Juan Echave and Julian Calzada. Nine other defendants, among them the two "
                     "priests, Echave and Calzada, and Jone Dorronsoro, were given prison terms.")
    sentences = [set(people) for kind, people in typed_people(events) if kind == "sentence"]
    assert {"Juan Echave", "Julian Calzada", "Jone Dorronsoro"} in sentences


def test_an_office_run_into_a_name_is_not_part_of_it(recognize):
    found = recognize("The case was conducted by United States Attorney Irving H. Saypol. Yevgenia, wife of the "
                      "People's Commissar of Internal Affairs N. I. Yezhov, died. Mikhail N. Tukhachevsky was shot. "
                      "He lived in King William's Town, off King Street.")
    assert {("Irving H. Saypol", "PERSON"), ("N. I. Yezhov", "PERSON"), ("Mikhail N. Tukhachevsky", "PERSON"),
            ("King William's Town", "PLACE")} <= found
    assert not any(label == "PERSON" and ("Attorney" in text or "Affairs" in text or "Street" in text) for text, label in found)


def test_a_partitive_count_is_the_numbered_list_that_follows(analyse):
    events = analyse("LEON, Spain, March 3 -- The court today sentenced three of the nine defendants to death.\n\n"
                     "Those condemned were:\n\n1. Pedro Alvarez Ruiz\n2. Tomas Ibarra\n3. Luis Ortega Sanz\n\n"
                     "The others received prison terms.")
    sentences = [set(people) for kind, people in typed_people(events) if kind == "sentence"]
    assert {"Pedro Alvarez Ruiz", "Tomas Ibarra", "Luis Ortega Sanz"} in sentences
