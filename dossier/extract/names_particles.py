"""The words of a name that are not capitalised words of its own: the particles inside it ("Elsa Lanusse de Aráoz",
"van der Lubbe", "Fadhil Abbas al-Janabi"), and what counts as a capitalised word at all."""

from __future__ import annotations

import re

from dossier.extract.names_morph import CYRILLIC_WORD, is_initial
from dossier.extract.nlp import SLASHED_NAME, text_of

CAP_WORD = re.compile(r"^[^\W\d_][\w’'.-]*$")  # a word that opens with a letter of any script; is_cap_token wants a capital
ORDINAL_WORDS = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"}


def is_cap_token(tok) -> bool:
    t = tok.text
    if "\n" in t or not t or (tok.like_num and t.isalpha() and t not in ORDINAL_WORDS):
        return False  # "Thirteen were shot": a number word, however capitalised
    return (t[0].isupper() and bool(CAP_WORD.match(t))) or is_initial(t) or bool(CYRILLIC_WORD.match(t)) \
        or bool(SLASHED_NAME.match(t))


# Lowercase words inside a name: "Elsa Lanusse de Aráoz", "Olmos de Goldar", "Ludwig van Beethoven".
WIDOW_OF = {"viuda", "vda.", "viúva"}  # "Carmen Membreño viuda de Arauz": the widow of
NAME_PARTICLES = {"de", "del", "della", "da", "das", "do", "dos", "van", "von", "der", "den", "di", "du", "la", "le", "y"} | WIDOW_OF


# Particles that may open a surname written without its given name: "van der Lubbe", "de Gaulle", "von Papen".
# Not "la", "le", "der", "den", "das", "y": on their own, before a capital, they are articles and conjunctions.
OPENING_PARTICLES = NAME_PARTICLES - {"la", "le", "der", "den", "das", "y"} - WIDOW_OF


def opens_with_particle(sdoc, i: int) -> bool:
    """ "saw van der Lubbe in the Reichstag": a lowercase particle before a capitalised name opens it."""
    return (sdoc[i].text in OPENING_PARTICLES and is_name_particle(sdoc, i) or is_arabic_article(sdoc, i)) \
        and (i == 0 or not is_cap_token(sdoc[i - 1]))


ARABIC_ARTICLES = {"al", "el", "ad", "ash", "ul"}
NAME_JOINERS = NAME_PARTICLES | ARABIC_ARTICLES | {"-"}  # the lowercase pieces inside a name


def is_arabic_article(sdoc, i: int) -> bool:
    """ "Fadhil Abbas al-Janabi", "Salah al-Din", "el-Sayed": the article joined by a hyphen to the word it opens."""
    if sdoc[i].text not in ARABIC_ARTICLES or i + 2 >= len(sdoc) or sdoc[i + 1].text != "-":
        return False
    end = sdoc[i].idx + len(sdoc[i].text)
    return sdoc[i + 1].idx == end and sdoc[i + 2].idx == end + 1 and is_cap_token(sdoc[i + 2])


def is_name_particle(sdoc, i: int) -> bool:
    """A particle between capitalised words of one name (also two: "de la Cruz"); never the end of a name."""
    j = i
    while j < len(sdoc) and sdoc[j].text in NAME_PARTICLES and j - i < 2:
        j += 1
    return j > i and j < len(sdoc) and is_cap_token(sdoc[j]) and "\n" not in text_of(sdoc)[sdoc[i - 1].idx:sdoc[j].idx]
