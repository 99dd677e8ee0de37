"""Which longer name of a document a shorter form stands for: a surname written first, the first of two
surnames, initials signed together, a given name alone, words inside a longer name."""

from __future__ import annotations

import re

from dossier.extract.given_names import full_forms, is_given_name
from dossier.extract.names_particles import WIDOW_OF

INITIAL_WORD = re.compile(r"^[^\W\d_]\.$")
SIGNED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,4}$")


def is_married_name(text: str) -> bool:
    """ "Ana María Benedetti de Paredes", "Mrs. Castro de Rinaldi": a surname, "de", the husband's surname (not "Luis
    de Góngora", where a given name comes before the particle)."""
    words = text.split()
    return len(words) >= 3 and words[-2] == "de" and (words[-3][:1].isupper() and not is_given_name(words[-3])
                                                       or words[-3] in WIDOW_OF)  # "… viuda de Arauz"


def given_name_first(text: str, names: set[str]) -> str:
    """ "Gheorghe Bălan" for "Bălan Gheorghe" where the document writes him both ways (a file's register order and
    its prose), "Mihai Vlădescu" for "VLĂDESCU MIHAI": the given name first, as the name is parsed; else the text."""
    words = text.split()
    if len(words) != 2 or not is_given_name(words[1].title()) or is_given_name(words[0].title()):
        return text
    turned, signed = f"{words[1]} {words[0]}", f"{words[1][0]}. {words[0]}"  # "I. Dobrescu" for "Dobrescu Ion"
    return f"{words[1].title()} {words[0].title()}" if turned.lower() in names or signed.lower() in names else text


def name_words(text: str) -> list[str]:
    """A name's words in the usual order: "BENÍTEZ ROJAS, Juan Carlos", as a register writes it, is Juan Carlos
    BENÍTEZ ROJAS, so that "Benítez Rojas" stands inside it."""
    surname, comma, given = text.partition(", ")
    return given.split() + surname.split() if comma and given and surname.split()[0].isupper() else text.split()


def written_surname_first(text: str, surname_first: set[str]) -> str:
    """ "LIANG Shouyi" for "Liang Shouyi" where the document's file writes the name with its family name in
    capitals first: the same order in its prose, not a given name "Liang"."""
    words = text.split()
    return f"{words[0].upper()} {' '.join(words[1:])}" if len(words) >= 2 and text.lower() in surname_first else text


def has_first_surname(words: list[str], word: str) -> bool:
    """``word`` is the first of the two surnames that end a full name ("Rivas" in "Marcos Antonio Rivas Úbeda")."""
    return len(words) >= 3 and words[-2] == word


def named_by_first_surname(word: str, names: list[str]) -> bool:
    """Some full name of the list has ``word`` as the first of its two surnames."""
    return any(has_first_surname(n.split(), word) for n in names)


def holders_of(words: list[str], entity_id: str, full: dict[str, list[str]], first_seen: dict[str, int]) -> set[str] | None:
    """The people (by the longest name the document gives each) whom a shorter name may stand for; None when the
    name is a surname that ends some full name, and so is that person's already."""
    others = {e: w for e, w in full.items() if e != entity_id}
    if len(words) == 1 and SIGNED_INITIALS.match(words[0]):  # "-- J.E.A." for "J. E. Armstrong"
        letters = words[0].replace(".", "")
        return {e for e, w in others.items() if len(w) == len(letters) and opens_in_order(list(letters), w)}
    if len(words) == 1 and full_forms(words[0]):  # "Misha" for Mikhail Fedorovich Shulga
        return {e for e, w in others.items() if len(w) > 1 and w[0] in full_forms(words[0])}
    if len(words) < 2 and not is_given_name(words[0]):
        word = words[0]
        given_after_capitals = {e for e, w in others.items() if len(w) == 2 and len(w[0]) >= 3 and w[0].isupper()
                                and not w[1].isupper() and w[1].lower() == word.lower()}
        if given_after_capitals:  # "Callixte" after "MUNYANEZA Callixte": the given name after a surname in capitals
            return given_after_capitals
        if any(w[-1].lower() == word.lower() and not is_married_name(" ".join(w)) for w in others.values()):
            return None  # a surname at the end of a full name (not a wife's husband's, after "de")
        return surname_first(word, entity_id, full, first_seen) or first_of_two_surnames(word, entity_id, full)
    holders = {e for e, w in others.items() if len(w) >= len(words)
               and (len(w) > len(words) and contains(w, words) or abbreviates(w, words)) and not another_given_name(w, words)}
    opened = {e for e in holders if len(words) == 1 and others[e][0] == words[0]}
    return opened if len(opened) == 1 else holders  # "Rashid" for "Rashid son of Hama Amin Qadir", not his son "Kamal Rashid …"


def contains(longer: list[str], shorter: list[str]) -> bool:
    """The words of ``shorter`` stand together, in order, inside ``longer``."""
    n = len(shorter)
    longer, shorter = [w.lower() for w in longer], [w.lower() for w in shorter]  # "Rogelio" in "ROGELIO LACSAMANA"
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def abbreviates(longer: list[str], shorter: list[str]) -> bool:
    """ "J. Murguía T." for "Joaquín Murguía Téllez", "H. Fuentes S." for "Hernán Rodrigo FUENTES SALINAS": the
    written words stand together inside the longer name, and each initial opens one of its words before or after them."""
    written = [w for w in shorter if not INITIAL_WORD.match(w)]
    if not written or len(written) == len(shorter):
        return False
    first, n = shorter.index(written[0]), len(written)
    if shorter[first:first + n] != written:
        return False
    lowered, written = [w.lower() for w in longer], [w.lower() for w in written]
    return any(lowered[i:i + n] == written and opens_in_order(shorter[:first], longer[:i])
               and opens_in_order(shorter[first + n:], longer[i + n:]) for i in range(len(lowered) - n + 1))


def opens_in_order(initials: list[str], words: list[str]) -> bool:
    """Each initial, in order, is the first letter of a later word."""
    it = iter(words)
    return all(any(w[:1].upper() == x[:1].upper() for w in it) for x in initials)


def surname_first(word: str, entity_id: str, full: dict[str, list[str]], first_seen: dict[str, int]) -> set[str]:
    """ "Liu" after "Liu Shaoqi" (and before "Liu Weihuang"): a bare name that opens full names and ends none
    is a surname written first, and means the person named with it before the bare name was first used."""
    opened = {e for e, w in full.items() if e != entity_id and len(w) > 1 and w[0].lower() == word.lower()}
    earlier = {e for e in opened if first_seen[e] < first_seen[entity_id]}
    return opened if len(opened) == 1 else earlier


def first_of_two_surnames(word: str, entity_id: str, full: dict[str, list[str]]) -> set[str]:
    """ "Quemé" after "Edgar Rubén Quemé Xocop": a Spanish name's first surname, which stands for the person on
    its own, when exactly one full name has it before a last word (and none ends with it: ``holders_of`` checks)."""
    holders = {e for e, w in full.items() if e != entity_id and has_first_surname(w, word)}
    return holders if len(holders) == 1 else set()


def another_given_name(longer: list[str], shorter: list[str]) -> bool:
    """ "Magdalena Scholl" beside "Sophia Magdalena Scholl": a name opening on a given name that is only the longer
    name's second is another person of the family (her mother), not a shorter form of the same name."""
    return is_given_name(shorter[0]) and shorter[0] != longer[0] and is_given_name(longer[0])
