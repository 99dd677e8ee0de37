"""A parliamentary record: each speech opens with the member's name, perhaps his office before it and his seat
after it, and runs on for paragraphs; what is said in it is the speaker's word."""

from tests.extract.test_events import only
from tests.extract.test_names import recognize  # noqa: F401 (the fixture: a text's (name, label) pairs)

DEBATE = (
    "Tuesday, 16th June, 1959\n\n"
    "DETENTION CAMPS\n\n"
    "Sir Frank Soskice (Newport): I beg to move the Motion standing in my name.\n\n"
    "The facts are no longer a matter of conjecture. Eleven men died at the camp.\n\n"
    "Mrs. Barbara Castle (Blackburn): My right hon. and learned Friend has put the question with restraint.\n\n"
    "I shall not. The officers who approved the plan face no tribunal.\n\n"
    "The Secretary of State for the Colonies (Mr. Alan Lennox-Boyd) (Mid Bedfordshire): I ask the House to look "
    "at what has been done.\n\n"
    "Disciplinary proceedings have been instituted against Mr. Sullivan and Mr. Coutts, and the House will not "
    "expect me to anticipate their outcome.\n\n"
    "Mrs. Castle: On pension.\n\n"
    "[The debate continued.]\n")


def test_a_speech_runs_on_past_its_first_paragraph_and_is_the_speakers_word(analyse):
    accusation = only(analyse(DEBATE), "accusation")
    assert accusation[1] == [("Coutts", "accused"), ("Sullivan", "accused")]
    assert accusation[4] == "Alan Lennox-Boyd"  # said in the Secretary of State's speech, two paragraphs on


def test_a_member_with_a_title_is_a_person_even_when_the_name_is_a_word_for_a_building(recognize):
    assert ("Barbara Castle", "PERSON") in recognize(DEBATE)


def test_seats_are_places_and_forms_of_address_are_no_names(recognize):
    found = recognize(DEBATE + "\nMr. Kenneth Robinson (St. Pancras, North): Will the right hon. Gentleman tell the "
                      "House what Mr. Goudie, the Senior Resident Magistrate, found near the Tana River?\n")
    assert {("Newport", "PLACE"), ("Blackburn", "PLACE"), ("Mid Bedfordshire", "PLACE"), ("St. Pancras, North", "PLACE"),
            ("Tana River", "PLACE"), ("Goudie", "PERSON")} <= found
    assert not {text for text, _ in found} & {"Gentleman", "Friend", "Resident Magistrate", "Pancras", "North"}
