"""What a name's form says of the person's sex, for "he" and "she": Russian surname endings
(Yakovleva, Krupskaya / Stalin, Rykov) and first names in -a (Evgenia, Zinaida, not Nikita).
Most names say nothing (Grete, Zenzl Mühsam), and then nothing is assumed."""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.given_names import census_sex, is_given_name
from dossier.extract.names_morph import CAPITALS_FIRST
from dossier.model import Mention

MASCULINE = {"he", "him", "his", "himself"}
FEMININE = {"she", "her", "hers", "herself"}
# "-aya" only after the consonants of Russian adjectival surnames (Krupskaya, Tolstaya, Zolotaya), not "Maglaya"
FEMININE_ENDINGS = ("ova", "eva", "yova", "ina", "yna", "kaya", "taya", "naya", "chaya", "shaya", "skaya", "tskaya", "ska")
MASCULINE_ENDINGS = ("ov", "ev", "in", "yn", "sky", "ski", "skii", "skiy", "y")  # not "-ich": "Vera Gurevich"


MALE_NAMES_IN_A = {"nikita", "ilya", "kuzma", "foma", "luka", "savva", "sasha", "misha", "grisha", "kolya", "vanya",
                   "petya", "fedya", "yasha", "zhenya", "mykola", "josip", "joshua", "andrea", "costa", "iona", "yona",
                   "volodya", "vova", "seryozha", "kostya", "alyosha", "lyosha", "borya", "vitya", "yura", "zhora",
                   "tolya", "slava", "dima", "pasha", "lyova", "styopa", "shalva", "musa", "isa", "mustafa", "akiva",
                   "béla", "bela", "gyula", "attila", "nikola", "luca"}  # Hungarian and Slavic men's names in -a


# Men's given names of the Latin, German and Central European sources that no ending gives away ("Miguel Enríquez").
MEN_NOT_IN_O = {"miguel", "manuel", "luis", "carlos", "jose", "josé", "jesus", "jesús", "andres", "andrés", "victor",
                "víctor", "hector", "héctor", "juan", "raul", "raúl", "angel", "ángel", "rafael", "gabriel", "daniel",
                "samuel", "ismael", "david", "oscar", "óscar", "cesar", "césar", "felix", "félix", "tomas", "tomás",
                "hans", "heinz", "heinrich", "karl", "kurt", "franz", "fritz", "ernst", "erich", "wolf", "jurgen", "jürgen",
                "robert", "rudolf", "josef", "otto", "laszlo", "lászló", "ferenc", "imre", "janos", "jános", "pal", "pál"}
WOMEN_IN_O = {"rocio", "rocío", "consuelo", "amparo", "rosario", "socorro", "pilar"}


# What a title before a surname says: "Mme Cherifi" is not "Belaïd Cherifi" but his wife.
FEMALE_TITLE_BEFORE = re.compile(r"\b(?:Mme|Mrs|Ms|Mlle|Madame|Mademoiselle|Miss|Frau|Fräulein|Doña|Ña|Señora|Sra|Lady|Signora|"
                                 r"Smt|Shrimati|Srimati|Kumari|Kum|Sushri)\.?\s+$")  # and India's: "Smt. Kamla Devi"
MALE_TITLE_BEFORE = re.compile(r"(?:\bM\.|\b(?:Mr|Monsieur|Herr|Don|Ño|Señor|Sr|Sir|Signor|Shri|Sri)\.?)\s+$")  # "Shri Virendra"


def title_sex(text: str, start: int) -> Optional[bool]:
    """True (a woman), False (a man) or None, from the title right before a name starting at ``start``."""
    before = text[max(0, start - 14):start]
    if FEMALE_TITLE_BEFORE.search(before):
        return True
    return False if MALE_TITLE_BEFORE.search(before) else None


def looks_feminine(mention: Mention) -> Optional[bool]:
    """True for "Evgenia Ginzburg", "Yakovleva"; False for "Stalin", "Nikita Khrushchev"; None when the form says nothing."""
    return name_looks_feminine(mention.text)


def name_looks_feminine(text: str) -> Optional[bool]:
    words = [w.lower().rstrip(".,") for w in text.replace(",", " ").split()]
    if not words:
        return None
    head = text.split(",")[0]
    inverted = head.isupper() and ("," in text or not text.isupper()) \
        or CAPITALS_FIRST.match(text) is not None and not text.isupper()  # "MUNYANEZA Callixte", not "JOMO KENYATTA"
    surname = words[0] if inverted else words[-1]  # "KEDROV, Mikhail", "OLEINIKOV Nikolai" put it first
    given = [w for w in words if w != surname and len(w) > 2]
    first = given[0] if given else None
    if first is not None and len(given) > 1 and not first.endswith(("a", "o")) and first not in MEN_NOT_IN_O \
            and is_given_name(given[1].title()):
        first = given[1]  # "Gertrudis Marta Hlaczik": the first name says nothing, the second does (not the father's
        # "Hama" in "Karim Hama Sur Mahmud")
    if surname.endswith(FEMININE_ENDINGS):
        return True
    if surname.endswith(MASCULINE_ENDINGS):
        return False  # a Russian woman's surname takes the feminine form: "Kuzma Minin" is a man
    if first is not None and first not in MALE_NAMES_IN_A and first.endswith(("a", "ia", "ya")) \
            and not first.endswith(("ndra", "indra")):  # "Virendra", "Rajendra", "Surendra": Indian men's names
        return True
    if first is not None and (first in MEN_NOT_IN_O or (first.endswith("o") and first not in WOMEN_IN_O and is_given_name(first.title()))):
        return False  # "Miguel Enríquez", "Alfonso Chanfreau"
    if len(words) == 1 and surname not in MALE_NAMES_IN_A and surname.endswith("a") and is_given_name(text):
        return True  # "Silvia" alone: a woman's given name
    if any(w.endswith(("ovich", "evich", "ich")) for w in given[1:]):
        return False  # "Iona Emmanuilovich Yakir": the patronymic says it, whatever the given name
    # not for a short first word, which is as often a surname written first ("Lin Zhiyuan", "Kim Chi-ha", "Ma Xiaojun")
    sex = census_sex(first) if first is not None and first not in MALE_NAMES_IN_A and len(first) > 3 else None
    if sex is not None:
        return sex == "F"  # "Jorge Omar Cazorla", "Winnie Mandela": a name the census gives to one sex only
    return None  # "Zenzl Mühsam", "Grete": the form says nothing either way


def fits_pronoun(pronoun: str, mention: Mention) -> bool:
    feminine = looks_feminine(mention)
    if pronoun in MASCULINE:
        return feminine is not True
    if pronoun in FEMININE:
        return feminine is not False
    return True
