"""What the words around a name say of it: a verb only people do after it ("Bukharin was arrested"), a preposition
of place before it ("in Kharkov"), a noun that labels it ("the Kjeller airfield", "the Turkish daily Sabah"), a
kinship word, an age, a birth date's comma.

Part of a candidate's own evidence (``names_classify.context_evidence``), which the document then pools by name.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from dossier.extract.dates_grammar import MONTH_NAMES
from dossier.extract.given_names import is_given_name
from dossier.extract.lexicon import (KIN_BEFORE, ORG_NOUNS_AFTER, ORG_NOUNS_BEFORE, PERSON_EVENT_NOUNS, PERSON_OBJECT_VERBS,
                                     PERSON_POSSESSIONS, PERSON_VERBS, PLACE_NOUNS_AFTER, PLACE_PREPOSITIONS,
                                     PRONOUNS_OF_PEOPLE, ROLE_NOUNS, STREET_BEFORE)
from dossier.extract.names_candidates import Candidate
from dossier.extract.names_morph import plural_stem
from dossier.extract.names_shapes import PLACE_KINDS, is_common_word
from dossier.extract.nlp import text_of
from dossier.extract.places import is_place_name

if TYPE_CHECKING:
    from dossier.extract.names_classify import Evidence

# Kinds of place that name the place after "of" ("the province of Guipuzcoa"), in lower case only: "the City of
# London Corporation" and "the Republic of Korea" are names of their own.
PLACE_UNITS = {"province", "provinces", "region", "district", "county", "city", "town", "village", "oblast", "krai",
               "department", "canton", "prefecture", "governorate", "island", "islands", "port", "settlement",
               "khutor", "sloboda", "stanitsa", "selo", "aul", "okrug", "raion", "volost", "uezd", "gubernia", "commune",
               "subdistrict", "sector", "cell", "municipality",  # "the khutor of Novaya Melnitsa", "the sloboda of Kamenka"
               "regions", "districts", "counties", "towns", "villages", "departments", "communes", "municipalities"}
# (and "the departments of Zelaya and Matagalpa")

# A name in quotation marks that a file gives a person to hide him: 'code-named "Ozan"', 'Source: "ADRIAN"'
CODE_NAME_BEFORE = re.compile(r"\b(?:code[- ]?named|code[- ]name|cover[- ]name|pseudonym|nicknamed|alias|source|informer|"
                              r"informant|agent)\s*:?\s*[\"“«„]$", re.I)

# Between a person's two names: "SUKIRNO alias KIRNO", "Mendoza a.k.a. Pancho"
ALIAS_BEFORE = re.compile(r"\b(?:alias|a\.k\.a\.|also known as)\s+$", re.I)
ALIAS_AFTER = re.compile(r"\s+(?:alias|a\.k\.a\.|also known as)\s+[A-Z]")

# What a place is called in apposition after its name: the kinds a definition names, and more that a name may be
PLACE_APPOSITIVES = PLACE_KINDS | {"headquarters", "capital", "seat", "district", "region", "province", "barracks"}


def labelled_by_noun(c: Candidate, nouns: set[str]) -> bool:
    """ "the Radoskór shoe factory": the name and one more word label the noun after them, as "the Walter works" does."""
    last = c.tokens[-1] if c.tokens else None
    return last is not None and last.dep_ == "compound" and last.head.i == last.i + 2 and last.head.lower_ in nouns \
        and last.nbor(1).dep_ == "compound" and last.nbor(1).is_lower


def labels_a_place_noun(after: list) -> bool:
    """ "the Kjeller airfield", "the Betygala and Ariogala volosts": the kind of place after the name, or after the
    name it is joined to."""
    nouns = [after[0]]
    if len(after) > 2 and after[0].lower_ == "and" and after[1].text[:1].isupper():
        nouns.append(after[2])
    return any(n.lower_ in PLACE_NOUNS_AFTER or n.lower_.endswith("s") and n.lower_[:-1] in PLACE_NOUNS_AFTER for n in nouns)


HELD_AT = {"held", "detained", "interned", "imprisoned", "confined", "jailed", "kept", "incarcerated"}
MOVED_TO = {"transferred", "moved", "removed", "deported", "shipped", "transported"}


def held_or_moved_to(verb, preposition) -> bool:
    """ "held at", "interned in", "transferred to": the words before a place of custody."""
    return verb.lower_ in HELD_AT and preposition.lower_ in ("at", "in") or verb.lower_ in MOVED_TO and preposition.lower_ in ("to", "into")


def born_where(doc, i: int) -> bool:
    """The name at token i follows a birth date and its comma ("b. 1887, Sambir", "born 7 January 1911, Vidin"),
    perhaps after a village's abbreviation."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in ("v.", "vil.", "s."):
        j -= 1
    if j < 2 or doc[j].text != "," or not doc[j - 1].like_num:
        return False
    k = j - 2
    while k >= 0 and j - k <= 3 and (doc[k].like_num or doc[k].lower_.rstrip(".") in MONTH_NAMES):
        k -= 1  # "7 January 1911", "January 7, 1911"
    return k >= 0 and doc[k].lower_ in ("b.", "born")


def is_hyphenated_place_shape(words: list[str]) -> bool:
    """One word of capitalised parts joined by hyphens that are not all given names."""
    parts = words[0].split("-") if len(words) == 1 else []
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts) and not all(is_given_name(p) for p in parts)


def surroundings_evidence(c: Candidate, words: list[str], ev: Evidence) -> Evidence:
    """``ev`` with what the tokens before and after the candidate say added."""
    doc = c.tokens[0].doc if c.tokens else None
    if doc is None:
        return ev
    after = [t for t in doc[c.tokens[-1].i + 1: c.tokens[-1].i + 4] if t.text not in ("'s", "’s")]
    if after and (after[0].text in PERSON_VERBS or (after[0].lemma_ in ("be", "have") or after[0].text in ("was", "were", "had", "is", "has"))
                  and len(after) > 1 and after[1].text in PERSON_VERBS):
        ev.person += 1.5
    if after and after[0].like_num and len(words) == 1 and not words[0].isupper() and is_common_word(words[0]):
        ev.person -= 3  # "Box 2", "Folder 8": a common noun labelling a numbered thing
    if after and after[0].text == "," and len(after) > 1 and after[1].text in ("who", "whom", "whose"):
        ev.person += 2
    if len(after) > 2 and after[0].text == "," and after[1].lower_ in ("aged", "age") and after[2].like_num:
        ev.person += 4  # "Dawa Norbu, aged 40, farmer of Gyantse": only a person is of an age
    elif len(after) > 2 and after[0].text == "," and after[1].text.isdigit() and 14 <= int(after[1].text) <= 99 \
            and after[2].text == ",":
        ev.person += 4  # "KARSIDI, 35, chairman of the Pemuda Rakjat": a register's or a paper's age after a name
    if len(after) > 2 and after[0].text == "," and after[1].lower_ in ("the", "a", "his", "her") and after[2].lower_ in ROLE_NOUNS:
        ev.person += 2
    if len(after) > 2 and after[0].text == "," and after[1].lower_ in ("the", "a") and after[2].lower_ in PLACE_APPOSITIVES \
            and not c.title and not (after[2].i + 1 < len(doc) and doc[after[2].i + 1].text[:1].isupper()):
        ev.place += 3  # "at Gayrettepe, the headquarters of the Istanbul Security Directorate" (not "the District Judge")
    before = doc[c.tokens[0].i - 1] if c.tokens[0].i > 0 else None
    if before is not None and before.text.lower() in PLACE_PREPOSITIONS - {"of", "to"}:
        ev.place += 3 if is_place_name(c.text) else 1  # "in Kharkov", "in Lvov": a town the gazetteer knows, not a surname
        if before.lower_ in ("in", "at", "near") and is_hyphenated_place_shape(words):
            ev.place += 1.5  # "at El-Biar", "in Hussein-Dey": not a compound given name ("Jean-Paul")
    if before is not None and c.tokens[0].i > 1 and held_or_moved_to(doc[c.tokens[0].i - 2], before) and not c.title \
            and not any(ch.isdigit() for ch in c.text):  # "held at S-21": a unit's code names the office as much as the site
        ev.place += 4  # "held at Ballykinler", "transferred to Long Kesh": where a prisoner is kept or taken
    if len(after) > 1 and after[0].lower_ in ("in", ",") and after[1].text in ("County", "Co."):
        ev.place += 4  # "Ballykinler in County Down", "Coalisland, Co. Tyrone"
    if STREET_BEFORE.search(text_of(doc), max(0, c.tokens[0].idx - 16), c.tokens[0].idx):
        ev.place += 6  # "in the rue Gay-Lussac": a street's name (names.streets joins the word to it)
    if before is not None and before.text == "of" and c.tokens[0].i > 1 and doc[c.tokens[0].i - 2].lower_ in ("native", "natives"):
        ev.place += 3  # "a native of Tula"
    if before is not None and before.text == "of" and c.tokens[0].i > 1 and doc[c.tokens[0].i - 2].lower_ in PLACE_UNITS:
        ev.place += 4  # "the province of Guipuzcoa", "the town of Kaluga": a place named by its kind
    if before is not None and before.lower_ in ("at", "in", "near") and c.tokens[0].i > 1 and doc[c.tokens[0].i - 2].lower_ == "born":
        ev.place += 3  # "born at Forchtenberg on 9 May 1921"
    if born_where(doc, c.tokens[0].i):
        ev.place += 5  # "b. 1882, v. Romanivka", "born 1890, Zinkiv": a dictionary's birthplace after the year
    if before is not None and before.text == "(" and c.tokens[0].i > 1 and doc[c.tokens[0].i - 2].ent_type_ == "PERSON" \
            and after and after[0].text == ")":
        ev.person += 2  # "Iosif Piatnitsky (Tarshis)": another name of the person just named
    if CODE_NAME_BEFORE.search(text_of(doc), max(0, c.tokens[0].idx - 40), c.tokens[0].idx):
        ev.person += 4
    if ALIAS_BEFORE.search(text_of(doc), max(0, c.tokens[0].idx - 24), c.tokens[0].idx) or ALIAS_AFTER.match(text_of(doc), c.end):
        ev.person += 4  # "SUKIRNO alias KIRNO", "PARTO alias GENDUT": a man's two names, the one as much as the other
    if KIN_BEFORE.search(text_of(doc), max(0, c.tokens[0].idx - 40), c.tokens[0].idx):
        ev.person += 6 if is_given_name(words[0]) else 3  # "My wife Vera": a given name, though a town's name too
    if before is not None and before.lower_ in ("a", "an", "another") and len(words) == 1:
        ev.person -= 3  # "he was a Latvian": a kind of person, not a name
    if before is not None and before.lower_ == "the" and len(words) == 1 and not c.possessive and not c.title \
            and not plural_stem(words[0]) and c.tokens[-1].dep_ in ("pobj", "conj"):
        ev.person -= 2  # "the prisons of Caxias, Peniche and the Aljube": a building or a body, not a man
    head = c.tokens[-1].head
    if c.tokens[-1].dep_ in ("dobj", "nsubjpass") and head.text.lower() in PERSON_OBJECT_VERBS:
        ev.person += 1.5
    if before is not None and before.text == "of" and c.tokens[0].i > 1 and doc[c.tokens[0].i - 2].lower_ in PERSON_EVENT_NOUNS:
        ev.person += 1.5
    sent_end = c.tokens[-1].sent.end
    if sent_end < len(doc) and doc[sent_end].text in PRONOUNS_OF_PEOPLE and c.tokens[-1].sent.end - c.tokens[-1].i <= 3:
        ev.person += 1
    if after and labels_a_place_noun(after) and not c.possessive:
        ev.place += 5  # "the Kjeller airfield": a name that labels a place
    named_paper = before is not None and (before.lower_ in ORG_NOUNS_BEFORE or before.text == "," and c.tokens[0].i > 1
                                          and doc[c.tokens[0].i - 2].lower_ in ORG_NOUNS_BEFORE)  # "its paper, Kar"
    if after and (after[0].lower_ in ORG_NOUNS_AFTER or labelled_by_noun(c, ORG_NOUNS_AFTER)) and not c.possessive or named_paper \
            and c.tokens[0].pos_ in ("PROPN", "NOUN"):  # not "the journal Under the Banner of Marxism"
        ev.org += 4  # "the Dashnaktsutiun and Hentchak societies", "the Turkish daily Sabah"
    if after and after[0].text in ("himself", "herself"):
        ev.person += 3
    if c.possessive:
        ev.person += 0.5
        following = [t for t in doc[c.tokens[-1].i + 1: c.tokens[-1].i + 4] if t.is_alpha and t.text not in ("s",)]
        if following and following[0].lower_ in PERSON_POSSESSIONS:
            ev.person += 2
    return ev
