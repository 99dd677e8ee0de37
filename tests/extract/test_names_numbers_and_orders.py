"""Names as a church bulletin or a military record writes them: a body's number ("the 174th PC Company",
"Military Commission No. 2"), abbreviated ranks and Father before a name, a religious order's letters after it."""

from tests.extract.test_names import recognize  # noqa: F401 (the fixture: a text's (name, label) pairs)

BULLETIN = (
    "Arrested on 14 January 1974 by agents of the 5th Constabulary Security Unit, he was tried before Military "
    "Commission No. 2 and held by the 174th PC Company. The parish priest, Fr. Celso Mallari, has written to "
    "Senator Jose W. Diokno. The only witness, Sgt. Pablo Dizon, was heard.\n\n"
    "(Sgd.) Fr. Benito Tolentino, S.J.\n")


def test_a_bodys_number_is_part_of_its_name(recognize):
    found = recognize(BULLETIN)
    assert {("5th Constabulary Security Unit", "ORG"), ("Military Commission No. 2", "ORG"),
            ("174th PC Company", "ORG")} <= found


def test_ranks_father_signed_and_an_orders_letters_are_no_part_of_a_persons_name(recognize):
    found = recognize(BULLETIN)
    people = {text for text, label in found if label == "PERSON"}
    assert {"Celso Mallari", "Jose W. Diokno", "Pablo Dizon", "Benito Tolentino"} <= people
    assert not people & {"Fr", "Sgt", "Sgd", "S.J.", "Senator Jose W. Diokno"}


def test_an_abbreviation_that_is_also_a_name_stays_a_name(recognize):
    found = recognize("He reported to Son Sen and later to Nuon Chea.")
    assert ("Son Sen", "PERSON") in found


def test_an_ordinal_word_opens_a_body_and_a_street_is_a_place_by_its_first_word(recognize):
    found = recognize("He was taken to the Fourth Corps and later seen on Avenida Petapa, near the corner of 9th Street.")
    assert {("Fourth Corps", "ORG"), ("Avenida Petapa", "PLACE"), ("9th Street", "PLACE")} <= found


def test_an_indian_honorific_or_a_police_rank_opens_no_name_and_the_crown_is_nobody(recognize):
    found = recognize("Superintendent A. Moberly arrested him. Sub-Inspector Narayan Joshi deposed. In the Punjab, "
                      "Lala Lajpat Rai was deported. The Crown's case was weak.")
    people = {text for text, label in found if label == "PERSON"}
    assert {"A. Moberly", "Narayan Joshi", "Lajpat Rai"} <= people
    assert not people & {"Superintendent A. Moberly", "Lala Lajpat Rai", "Crown"}


def test_the_title_of_an_order_or_a_law_is_nobodys_name(recognize):
    found = recognize("The Arrest, Search and Seizure Order was signed by Juan Ponce Enrile under the State Protection Law.")
    people = {text for text, label in found if label == "PERSON"}
    assert "Juan Ponce Enrile" in people and not people & {"Seizure Order", "State Protection Law", "Search"}


def test_numbered_headings_in_capitals_have_no_initial(recognize):
    found = recognize("I. AHMED BENSALEM, 34, tram conductor\n\nAhmed Bensalem was arrested at his home.\n\n"
                      "II. MOULOUD KACI, 27, law student\n\nMouloud Kaci was arrested in a café.\n\n"
                      "V. HENRI SAUVETERRE, 38, schoolteacher\n\nM. Sauveterre was arrested at his home.\n")
    assert {("AHMED BENSALEM", "PERSON"), ("HENRI SAUVETERRE", "PERSON")} <= found
    assert not any(text.startswith(("I. ", "V. ")) for text, _ in found)
    alone = recognize("V. STALIN, the general secretary, spoke first. The delegates applauded.\n")
    assert not any(text == "STALIN" for text, _ in alone)  # one numbered line is an initial, not a heading


def test_a_hyphenated_town_after_in_or_at_is_a_place_and_a_prefecture_a_body(recognize):
    found = recognize("He was arrested at his dispensary in Hussein-Dey on 14 March. He was held at Beni-Messous. "
                      "The Prefecture of Algiers wrote to Jean-Paul Moreau, who lived in Oran.")
    assert {("Hussein-Dey", "PLACE"), ("Beni-Messous", "PLACE"), ("Prefecture of Algiers", "ORG")} <= found
    assert ("Jean-Paul Moreau", "PERSON") in found


def test_spanish_and_portuguese_honorifics_are_no_part_of_a_name(recognize):
    found = recognize("Among them Don Ignacio BERMEJO LASO, as his widow, Doña Pilar OCAÑA, has testified. "
                      "Dom Hélder Câmara spoke, and Señora Rosa Díaz wrote to Señor Luis Peña.")
    assert {("Ignacio BERMEJO LASO", "PERSON"), ("Pilar OCAÑA", "PERSON"), ("Hélder Câmara", "PERSON"),
            ("Rosa Díaz", "PERSON"), ("Luis Peña", "PERSON")} <= found


def test_a_street_after_its_lower_case_word_is_a_place_with_that_word(recognize):
    found = recognize("He served as a guard in the checa of calle de Fomento. He lived at 6 rue de la Lyre, in the Casbah.")
    assert {("calle de Fomento", "PLACE"), ("rue de la Lyre", "PLACE")} <= found
    assert not any(label == "PERSON" for _, label in found)


def test_a_university_is_a_body(recognize):
    found = recognize("Hoover Institution Library & Archives\nStanford University, Stanford, California\n\n"
                      "The papers of Pavel Orlovsky came from Stanford University.")
    assert ("Stanford University", "ORG") in found and ("Stanford University", "PERSON") not in found


def test_french_titles_are_no_names(recognize):
    found = recognize("Monsieur le Président, I write to you. Maître Jacques Vergès defended him. Général Massu "
                      "commanded the division.")
    people = {text for text, label in found if label == "PERSON"}
    assert {"Jacques Vergès", "Massu"} <= people and not any("Président" in p or "Maître" in p for p in people)
