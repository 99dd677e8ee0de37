"""Name keys across scripts and romanisations; clustering within and across documents."""

import pytest

from dossier.model import Document, Mention
from dossier.resolve import Resolver
from dossier.resolve.names import fold, parse_person
from dossier.resolve.reference import ReferenceError, load_reference


@pytest.mark.parametrize("group", [
    ["Piatakov", "Pyatakov", "Pjatakow", "Пятаков"],
    ["Zinovyev", "Zinoviev", "Зиновьев"],
    ["Serebriakov", "Serebryakov"],
    ["Kossior", "Kosior"],
    ["Schmidt", "Shmidt"],
    ["Trotsky", "Trotskii", "Trotzki", "Троцкий"],
    ["Yagoda", "Jagoda", "Ягода"],
])
def test_spellings_share_a_key(group):
    assert len({fold(name) for name in group}) == 1, {name: fold(name) for name in group}


def test_feminine_forms_keep_their_own_key():
    assert fold("Smirnova") != fold("Smirnov") and fold("Kameneva") != fold("Kamenev")
    assert fold("Каменева") != fold("Каменев")


def test_parse_person_name():
    name = parse_person("M.P. Tomsky")
    assert (name.surname, name.initials, name.first) == ("Tomsky", "MP", None)
    assert parse_person("Zhdanovs", plural_hint=True).surname == "Zhdanov"


def mention(text, start, label="PERSON"):
    return Mention(start=start, end=start + len(text), text=text, label=label)


def resolve(*docs):
    r = Resolver()
    for text, names in docs:
        r.add(Document(id=text[:8], path="x", text=text), names)
    return r


def test_surname_attaches_to_the_full_name_in_the_document():
    ms = [mention("M. P. Tomsky", 0), mention("Tomsky", 20)]
    r = resolve(("M. P. Tomsky spoke. Tomsky left.", ms))
    assert ms[0].entity_id == ms[1].entity_id
    assert r.entities()[0].name == "M. P. Tomsky"


def test_two_smirnovs_with_other_initials_stay_apart():
    a, b = mention("I. N. Smirnov", 0), mention("A. P. Smirnov", 30)
    resolve(("I. N. Smirnov and later A. P. Smirnov", [a, b]))
    assert a.entity_id != b.entity_id


def test_across_documents_spellings_and_scripts_join():
    a, b, c = mention("G. L. Pyatakov", 0), mention("Piatakov", 0), mention("Пятаков", 0)
    resolve(("G. L. Pyatakov was tried.", [a]), ("Piatakov was shot.", [b]), ("Пятаков", [c]))
    assert a.entity_id == b.entity_id == c.entity_id


def test_feminine_surname_is_another_person():
    a, b = mention("Kamenev", 0), mention("Olga Kameneva", 0)
    resolve(("Kamenev was shot.", [a]), ("Olga Kameneva was shot.", [b]))
    assert a.entity_id != b.entity_id


def test_ambiguous_bare_surname_is_not_guessed():
    a, b, c = mention("I. N. Smirnov", 0), mention("A. P. Smirnov", 0), mention("Smirnov", 0)
    resolve(("I. N. Smirnov", [a]), ("A. P. Smirnov", [b]), ("Smirnov", [c]))
    assert c.entity_id not in (a.entity_id, b.entity_id)


def test_generic_plural_gets_no_entity():
    m = Mention(0, 7, "Yagodas", "PERSON", generic=True)
    resolve(("Yagodas everywhere", [m]))
    assert m.entity_id is None


def test_reference_list_pins_names_and_ids(tmp_path):
    ref = tmp_path / "people.csv"
    ref.write_text("id,type,name,variants,birth,death,wikidata,source\n"
                   "Q1,PERSON,Georgy Pyatakov,Piatakov|Пятаков,1890,1937,Q1384443,Great Soviet Encyclopedia\n",
                   encoding="utf-8")
    entities = load_reference(ref)
    m = mention("Piatakov", 0)
    r = Resolver(known=entities)
    r.add(Document(id="d", path="d", text="Piatakov"), [m])
    assert m.entity_id == "Q1"
    assert r.entities()[0].name == "Georgy Pyatakov" and r.entities()[0].external_ids == {"wikidata": "Q1384443"}


def test_reference_without_names_is_refused(tmp_path):
    ref = tmp_path / "bad.yaml"
    ref.write_text("- type: PERSON\n  variants: [x]\n", encoding="utf-8")
    with pytest.raises(ReferenceError, match="entry 1 has no name"):
        load_reference(ref)


def test_founding_gold_coreference_with_gold_mentions(founding_path, founding_gold):
    from itertools import combinations

    from dossier.ingest import read_document
    doc = read_document(founding_path)
    ms = [Mention(m["start"], m["end"], m["text"], m["label"], generic=m["label"] == "PERSON" and not m["entity"])
          for m in founding_gold["mentions"]]
    Resolver().add(doc, ms)
    pairs = [(m.entity_id, g["entity"]) for m, g in zip(ms, founding_gold["mentions"]) if g["label"] == "PERSON" and g["entity"]]
    tp = fp = fn = 0
    for (sa, ga), (sb, gb) in combinations(pairs, 2):
        tp += sa == sb and ga == gb
        fp += sa == sb and ga != gb
        fn += ga == gb and sa != sb
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95


def test_a_latvian_surname_in_s_is_no_plural():
    text = "Peteris Kalnins was shot. Kalnins was rehabilitated. Even the Zhdanovs spoke. Zhdanov left."
    ms = [mention("Peteris Kalnins", 0), mention("Kalnins", 26), mention("Zhdanovs", 59), mention("Zhdanov", 75)]
    r = resolve((text, ms))
    names = {e.id: e.name for e in r.entities()}
    assert ms[0].entity_id == ms[1].entity_id and names[ms[0].entity_id] == "Peteris Kalnins"
    assert ms[2].entity_id == ms[3].entity_id  # the rhetorical plural is still the man


def test_a_body_s_short_form_is_the_body_named_before_it():
    text = "The Commission of Inquiry met in Mexico. The Commission finds that Holtzman lied. The Party met."
    ms = [mention("Commission of Inquiry", 4, "ORG"), mention("Commission", 45, "ORG"), mention("Party", 86, "ORG")]
    r = resolve((text, ms))
    names = {e.id: e.name for e in r.entities()}
    assert ms[1].entity_id == ms[0].entity_id and names[ms[0].entity_id] == "Commission of Inquiry"
    assert ms[2].entity_id != ms[0].entity_id  # no body named before it holds the word


def test_a_name_of_two_surnames_is_the_longer_name_that_holds_it():
    text = "Héctor Daniel Quiroga Funes was seized. His father, Ramón Quiroga, filed a petition. Quiroga Funes died."
    ms = [mention("Héctor Daniel Quiroga Funes", 0), mention("Ramón Quiroga", 64), mention("Quiroga Funes", 95)]
    resolve((text, ms))
    assert ms[2].entity_id == ms[0].entity_id and ms[1].entity_id != ms[0].entity_id


def test_a_shorter_name_is_held_by_the_longest_name_of_a_person():
    text = "Maria Fominichna Adamovich was told nothing. Adamovich wrote again. Maria Fominichna died in 1960."
    ms = [mention("Maria Fominichna Adamovich", 0), mention("Adamovich", 45), mention("Maria Fominichna", 67)]
    resolve((text, ms))
    assert ms[1].entity_id == ms[0].entity_id and ms[2].entity_id == ms[0].entity_id


def test_a_surname_written_first_is_the_person_named_with_it_before():
    text = "Liu Shaoqi was honoured. Liu died in 1969. Liu Weihuang, a guard, spoke. Liu had been confined."
    ms = [mention("Liu Shaoqi", 0), mention("Liu", 25), mention("Liu Weihuang", 42), mention("Liu", 74)]
    resolve((text, ms))
    assert ms[1].entity_id == ms[0].entity_id == ms[3].entity_id and ms[2].entity_id != ms[0].entity_id
    later = "Liu died in 1969. Liu Shaoqi was honoured. Liu Weihuang, a guard, spoke."
    ms = [mention("Liu", 0), mention("Liu Shaoqi", 18), mention("Liu Weihuang", 43)]
    resolve((later, ms))
    assert ms[0].entity_id not in (ms[1].entity_id, ms[2].entity_id)  # named fully only after: either of two


def test_a_bare_surname_is_the_man_and_not_the_wife_or_mother_who_married_into_it():
    text = "María Elena Correa de Sosa filed the petition. Daniel Alberto Sosa was taken. Sosa is missing."
    ms = [mention("María Elena Correa de Sosa", 0), mention("Daniel Alberto Sosa", 47), mention("Sosa", 78)]
    resolve((text, ms))
    assert ms[2].entity_id == ms[1].entity_id != ms[0].entity_id


def test_a_first_surname_alone_is_the_man_and_not_his_wife_who_signs_with_his_surname_after_de():
    text = "Marcos Antonio Rivas Úbeda was arrested. Rivas confessed nothing. Signed: Aurora Castro de Rivas"
    ms = [mention("Marcos Antonio Rivas Úbeda", 0), mention("Rivas", 41), mention("Aurora Castro de Rivas", 75)]
    resolve((text, ms))
    assert ms[1].entity_id == ms[0].entity_id != ms[2].entity_id


def test_a_name_a_file_writes_surname_first_is_the_one_its_prose_writes_given_name_first():
    text = "Gheorghe Bălan typed it. Bălan Gheorghe was detained. Maj. Vasile Apostu questioned him; signed Apostu V. " \
           "Case officer Dobrescu Ion; drawn up by I. Dobrescu."
    ms = [mention(name, text.index(name)) for name in ("Gheorghe Bălan", "Bălan Gheorghe", "Vasile Apostu", "Apostu V.",
                                                        "Dobrescu Ion", "I. Dobrescu")]
    resolve((text, ms))
    assert ms[0].entity_id == ms[1].entity_id and ms[2].entity_id == ms[3].entity_id and ms[4].entity_id == ms[5].entity_id
    assert len({ms[0].entity_id, ms[2].entity_id, ms[4].entity_id}) == 3


def test_a_spanish_first_surname_alone_is_the_one_full_name_that_has_it():
    text = "Edgar Rubén Quemé Xocop was shot. Quemé was unarmed. Carlos Humberto Sical saw it. Sical fled."
    ms = [mention("Edgar Rubén Quemé Xocop", 0), mention("Quemé", 34), mention("Carlos Humberto Sical", 53),
          mention("Sical", 83)]
    resolve((text, ms))
    assert ms[1].entity_id == ms[0].entity_id and ms[3].entity_id == ms[2].entity_id != ms[0].entity_id
    two = "Ana Lucía Barrios Monzón and Pedro Barrios Soto were seized. Barrios was never seen again."
    ms = [mention("Ana Lucía Barrios Monzón", 0), mention("Pedro Barrios Soto", 29), mention("Barrios", 61)]
    resolve((two, ms))
    assert ms[2].entity_id not in (ms[0].entity_id, ms[1].entity_id)  # two people have it: not guessed


def test_a_lone_given_name_before_and_a_full_name_shares_its_surname():
    text = "VICTOR and ROGELIO LACSAMANA were arrested. Victor Lacsamana was sentenced; Rogelio was acquitted."
    ms = [mention("VICTOR", 0), mention("ROGELIO LACSAMANA", 11), mention("Victor Lacsamana", 44),
          mention("Rogelio", 77)]
    resolve((text, ms))
    assert ms[0].entity_id == ms[2].entity_id != ms[1].entity_id  # "VICTOR" is Victor Lacsamana
    assert ms[3].entity_id == ms[1].entity_id  # "Rogelio" is ROGELIO LACSAMANA, whatever the case


def test_a_title_tells_which_of_two_people_of_one_surname_is_meant():
    text = "Fatma Cherifi came. Belaid Cherifi was arrested. M. Cherifi was a pharmacist. The letter to Mme Cherifi."
    fatma, belaid = mention("Fatma Cherifi", 0), mention("Belaid Cherifi", text.index("Belaid"))
    m_cherifi = mention("Cherifi", text.index("M. Cherifi") + 3)
    mme_cherifi = mention("Cherifi", text.index("Mme Cherifi") + 4)
    resolve((text, [fatma, belaid, m_cherifi, mme_cherifi]))
    assert mme_cherifi.entity_id == fatma.entity_id
    assert m_cherifi.entity_id == belaid.entity_id



def test_a_title_with_one_holder_of_the_surname_is_that_holder():
    text = "Pramoedya Ananta Toer was arrested in 1965; never \"Mr Toer\" to his friends."
    full, titled = mention("Pramoedya Ananta Toer", 0), mention("Toer", text.index("Mr Toer") + 3)
    resolve((text, [full, titled]))
    assert titled.entity_id == full.entity_id  # his given name's form says nothing sure of his sex

def test_a_bare_name_joined_to_its_full_name_is_not_moved_to_another():
    text = "Mouloud Kaci was arrested. His father, Said Kaci, was told. Kaci could barely stand."
    mouloud, said = mention("Mouloud Kaci", 0), mention("Said Kaci", text.index("Said Kaci"))
    bare = mention("Kaci", text.index("Kaci could"))
    resolve((text, [mouloud, said, bare]))
    assert bare.entity_id == mouloud.entity_id != said.entity_id


def test_a_given_name_alone_finds_its_full_name_in_capitals():
    text = "II. MOULOUD KACI, 27, law student. The gendarmes said that Mouloud had escaped."
    full, alone = mention("MOULOUD KACI", 4), mention("Mouloud", text.index("Mouloud had"))
    resolve((text, [full, alone]))
    assert alone.entity_id == full.entity_id
