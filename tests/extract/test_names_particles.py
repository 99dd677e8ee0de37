"""Surnames with particles: "van der Lubbe", "de Gaulle", "von Papen" — written with or without the given name."""

from tests.extract.test_events import typed_people
from tests.extract.test_names import recognize  # noqa: F401 (the fixture: a text's (name, label) pairs)


def test_a_surname_that_opens_with_a_particle_is_one_name(recognize):
    found = recognize("The court sentenced Marinus van der Lubbe. Torgler saw van der Lubbe in the Reichstag, "
                      "and later de Gaulle flew to Rio de Janeiro.")
    assert {("Marinus van der Lubbe", "PERSON"), ("van der Lubbe", "PERSON"), ("de Gaulle", "PERSON")} <= found
    assert ("Lubbe", "PERSON") not in found and not any(text == "Rio de Janeiro" and label == "PERSON" for text, label in found)


def test_the_particle_capitalised_at_a_sentence_start_is_not_a_given_name(analyse):
    events = analyse("The court sentenced Marinus van der Lubbe to death. Van der Lubbe was executed in January.")
    assert ("execution", ("Marinus van der Lubbe",)) in typed_people(events)
