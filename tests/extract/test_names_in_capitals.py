"""Names as trial reports and verdicts write them: the accused listed one to a numbered line in capitals, letters
of rank after a counsel's name, a movement the text itself defines, a list whose last name alone is known, the
buildings, legislatures and regiments of the story, a birthplace."""

from tests.extract.test_events import typed_people
from tests.extract.test_names import recognize  # noqa: F401 (the fixture: a text's (name, label) pairs)

LIST_OF_THE_ACCUSED = (
    "Jomo Kenyatta and Fred Kubai were sentenced today by Mr. R. S. Thacker, Q.C., at Kapenguria.\n\n"
    "The men sentenced today are:\n\n"
    "1. JOMO KENYATTA, much the best known of them. He was born in the Kiambu district, and in 1928 he became "
    "general secretary of the Kikuyu Central Association.\n\n"
    "2. FRED KUBAI, a trade unionist. He was among the leaders arrested in 1950.\n\n"
    "3. BILDAD KAGGIA, who served with the army in the Middle East during the war.\n")


def test_a_numbered_list_in_capitals_names_people_and_he_goes_on_with_them(analyse):
    events = analyse(LIST_OF_THE_ACCUSED)
    people = typed_people(events)
    assert ("birth", ("Jomo Kenyatta",)) in people  # the entity named "Jomo Kenyatta" above, not a new "KENYATTA Jomo"
    assert ("appointment", ("Jomo Kenyatta",)) in people
    assert ("arrest", ("Fred Kubai",)) in people


def test_capitals_name_people_and_letters_of_rank_are_nobody(recognize):
    found = recognize(LIST_OF_THE_ACCUSED)
    assert {("FRED KUBAI", "PERSON"), ("BILDAD KAGGIA", "PERSON"), ("JOMO KENYATTA", "PERSON")} <= found
    assert not [text for text, _ in found if text.startswith("Q.C")]


def test_a_name_the_text_defines_as_a_society_is_an_organisation_wherever_it_stands(recognize):
    found = recognize("The six were found guilty of managing Mau Mau, an unlawful society, and of being members of it. "
                      "Mau Mau itself had been proscribed in 1950, and Mau Mau oaths were administered at night.")
    assert ("Mau Mau", "ORG") in found and ("Mau Mau", "PERSON") not in found


def test_the_names_before_a_known_person_in_a_list_are_people_too(recognize):
    found = recognize("He found that Kaggia, Kubai, Ngei, Oneko and Karumba had acted with Kenyatta in its management. "
                      "Karumba was a trader from the Kiambu district.")
    assert {("Kaggia", "PERSON"), ("Kubai", "PERSON"), ("Karumba", "PERSON")} <= found


def test_a_heading_in_capitals_ending_in_press_is_an_organisation(recognize):
    assert ("PALACH PRESS", "ORG") in recognize("PALACH PRESS\nCzechoslovak documents in English translation\n\n"
                                                 "We publish below the communiqué issued in Prague.")


def test_buildings_grounds_and_islands_are_places_and_the_state_in_a_trial_is_no_name(recognize):
    found = recognize("The accused were arrested at Liliesleaf Farm in Rivonia and held at Marshall Square before "
                      "the State charged them; the State alleged sabotage. They were taken to Robben Island, and "
                      "others to Richmond Barracks and Pretoria Central Prison Hospital.")
    assert {("Liliesleaf Farm", "PLACE"), ("Robben Island", "PLACE"), ("Richmond Barracks", "PLACE")} <= found
    assert not [label for text, label in found if text == "State"]


def test_legislatures_police_and_regiments_are_organisations_but_not_a_house_of_trade_unions(recognize):
    found = recognize("On May 11th Mr. John Dillon told the House of Commons that the Royal Irish Constabulary and the "
                      "Irish Volunteers had fought in Dublin. The House rose at midnight. Copies received by the Chronicle "
                      "were passed on. The trial was held in the House of Trade Unions.")
    assert {("House of Commons", "ORG"), ("Royal Irish Constabulary", "ORG"), ("Irish Volunteers", "ORG"),
            ("House", "ORG"), ("Chronicle", "ORG")} <= found
    assert not [text for text, label in found if text.startswith("House of Trade") and label == "ORG"]


def test_a_town_after_born_at_is_a_place_whatever_its_ending(recognize):
    found = recognize("Sophia Magdalena Scholl, of Munich, born at Forchtenberg on 9 May 1921, was a student.")
    assert ("Forchtenberg", "PLACE") in found


FIELD_OFFICE_MEMO = (
    "TO: DIRECTOR, FBI (100-449698)\nFROM: SAC, CINCINNATI (100-16722)\n\n"
    "The CRJP was organized at Cincinnati in March, 1966, by THOMAS EDWARD WALLACE, pastor of a church, and MIRIAM "
    "RUTH KESSLER. The CRJP combines agitation with opposition to the SSS. Rev. WALLACE took part in the CORE rides. "
    "On 4/22/68 WALLACE, KESSLER and nine other CRJP members were arrested by the CPD. WALLACE and KESSLER declined "
    "to answer questions. HARMON was arrested by SAs ROBERT J. CONNELLY and WILLIAM T. DRISCOLL; SA CONNELLY took "
    "a statement. The CPD and the CRJP said nothing. At a CRJP press conference WALLACE accused the CPD.")


def test_a_file_writing_every_name_in_capitals_keeps_its_people_apart_from_its_acronyms(recognize):
    found = recognize(FIELD_OFFICE_MEMO)
    assert {("THOMAS EDWARD WALLACE", "PERSON"), ("WALLACE", "PERSON"), ("KESSLER", "PERSON"),
            ("ROBERT J. CONNELLY", "PERSON"), ("CONNELLY", "PERSON")} <= found  # the agents' "SA" is no part of a name
    assert ("CRJP", "ORG") in found and not [text for text, label in found if text == "CRJP" and label == "PERSON"]


def test_a_son_s_jr_belongs_to_his_name_and_a_surname_that_is_a_title_stays_a_surname(recognize):
    found = recognize("Since the assassination of Dr. MARTIN LUTHER KING, JR., at Memphis on 4/4/68, attendance has "
                      "doubled. Martin Luther King was buried in Atlanta. Also present was Frank S. Tavenner, Jr., "
                      "counsel. The Vladimir Governor reported it.")
    assert {("MARTIN LUTHER KING, JR.", "PERSON"), ("Martin Luther King", "PERSON"), ("Frank S. Tavenner, Jr.", "PERSON")} <= found
    assert not [text for text, label in found if text in ("JR", "Jr") or text.endswith("Governor")]


def test_a_surname_in_capitals_before_a_given_name_in_capitals_is_a_person(recognize):
    found = recognize("The objective gathers around him a circle of hostile elements composed of Marinescu S., Balan Gh., "
                      "Craciun E. and, until his death, IACOB TEODOR, former political convict. Present were ROTARU "
                      "DUMITRU and the engineer Balan.")
    assert {("IACOB TEODOR", "PERSON"), ("ROTARU DUMITRU", "PERSON")} <= set(found)
    found = recognize("VILLA CLARA\n\nIn Villa Clara, Havana and Matanzas the police searched the homes of dissidents.")
    assert not any(label == "PERSON" for text, label in found if "Clara" in text.title())
