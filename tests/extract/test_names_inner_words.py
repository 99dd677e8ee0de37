"""Lowercase words and possessives inside names: surnames with particles ("van der Lubbe", "de Gaulle", with or
without the given name), bodies named for a people or a trade ("Black People's Convention", "Workers' Defence
Committee") and places named for a person ("King William's Town")."""

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


def test_a_possessive_inside_a_bodys_or_a_places_name_belongs_to_the_name(recognize):
    found = recognize("Mr Biko was a founder of the South African Students' Organisation and president of the Black "
                      "People's Convention. He was confined to King William's Town. The Workers' Defence Committee "
                      "protested, and Stalin's Central Committee met.")
    assert {("South African Students' Organisation", "ORG"), ("Black People's Convention", "ORG"),
            ("King William's Town", "PLACE"), ("Workers' Defence Committee", "ORG"), ("Central Committee", "ORG"),
            ("Stalin", "PERSON")} <= found


def test_a_given_name_alone_after_the_full_name_is_no_organisation():
    from tests.extract.test_names import doc_of
    from dossier.extract.names import NameRecognizer
    text = ("BREST, Belarus — Hanna Haurylchyk keeps the letters in a shoebox under the television. Her son, Andrei "
            "Haurylchyk, is serving five years. In June 2021 Andrei was transferred to Penal Colony No. 22, and on 14 "
            "September to Penal Colony No. 17 in Shklou. Hanna has made the journey twice. In a letter dated 3 August "
            "2021, which Hanna allowed us to quote, Andrei wrote that he was cold. Hanna still writes every night.")
    labels = {m.label for m in NameRecognizer().process(doc_of(text))[0] if m.text == "Hanna"}
    assert labels == {"PERSON"}


def test_an_imperative_before_a_name_is_no_part_of_it():
    from tests.extract.test_names import doc_of
    from dossier.extract.names import NameRecognizer
    text = "Andrei wrote: “It is cold. Tell Dad I am proud of him. Tell Katya not to come back.” Katya was detained."
    found = {m.text for m in NameRecognizer().process(doc_of(text))[0] if m.label == "PERSON"}
    assert "Katya" in found and not any(name.startswith("Tell") for name in found)



def test_a_common_noun_labelling_a_numbered_thing_is_nobody():
    from pathlib import Path
    from tests.extract.test_names import doc_of
    from dossier.extract.names import NameRecognizer
    aid = Path(__file__).parents[1] / "data" / "heldout" / "gulag-papers-finding-aid-2008.txt"  # "Box 1, Folder 8"
    people = {m.text for m in NameRecognizer().process(doc_of(aid.read_text(encoding="utf-8")))[0] if m.label == "PERSON"}
    assert "Box" not in people and {"Kogan", "Orlovsky", "Tolmachev"} <= people
