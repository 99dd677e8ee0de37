"""Shapes that settle a candidate before any vote: words around it that make it an office, a style of address,
a people's adjective or a region, and a surname written in capitals after given names."""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.lexicon import ORG_HEADS, ORG_WORDS, TITLES
from dossier.extract.names_candidates import Candidate
from dossier.extract.names_morph import ROMAN
from dossier.extract.nicknames import introduced_as_nickname, nickname_key_end
from dossier.extract.nlp import text_of

COMPASS = {"Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
           "Greater", "Northeast", "Northwest", "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West"}
STYLE_POSSESSIVES = {"His", "Her", "Your", "Their"}
INSTITUTIONS = {"University", "Institute", "Academy", "Archive", "Archives", "Museum", "Library", "School", "College",
                "Agency", "Service", "Corps", "Bank", "Company", "Church"}


def is_style_of_address(c: Candidate) -> bool:
    """ "His Beatitude", "Her Majesty", "Your Excellency": a way of addressing someone, not a name."""
    if len(c.tokens) == 2 and c.tokens[0].text in STYLE_POSSESSIVES and not c.title:
        return True  # "Your Majesty" opening a sentence: the possessive is in the run
    if len(c.tokens) != 1 or c.title:
        return False
    tok = c.tokens[0]
    if tok.text in PARLIAMENTARY_ADDRESS and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("hon.", "hon", "learned", "gallant"):
        return True  # "the right hon. Gentleman", "my hon. Friend": how a parliament names a member
    return tok.i > 0 and tok.doc[tok.i - 1].text in STYLE_POSSESSIVES


PARLIAMENTARY_ADDRESS = {"Gentleman", "Gentlemen", "Friend", "Friends", "Lady", "Ladies", "Member", "Members"}


NATIONALITY_ENDING = re.compile(r"(?:an|ish|ese|ic|i|ch)$")


def is_nationality_adjective(c: Candidate) -> bool:
    """ "The Ottoman authorities", "the Turkish daily": a people's adjective before a common noun, not a name."""
    if len(c.tokens) != 1:
        return False
    tok = c.tokens[0]
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ == "NORP" and bool(NATIONALITY_ENDING.search(tok.text)) and after is not None \
        and after.pos_ in ("NOUN", "ADJ") and after.text.islower()


def names_an_office(c: Candidate) -> bool:
    """ "the Minister of the Interior", "Commissar of Heavy Industry": the field of an office, not a person (nor
    a body: "Secretary of the Central Committee" names one)."""
    if not c.tokens or any(t.text in ORG_HEADS or t.text in ORG_WORDS or t.text in INSTITUTIONS for t in c.tokens):
        return False  # "President of Harvard University", "President of the USSR Academy of Sciences"
    doc, i = c.tokens[0].doc, c.tokens[0].i
    j = i - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 1 and doc[j].lower_ == "of" and doc[j - 1].text in TITLES


def capitalised_surname(words: list[str]) -> bool:
    """ "Hernán Rodrigo FUENTES SALINAS", "Marie DUPONT": given names, then the surname in capitals, as Spanish and
    French records and lists write a person, whatever town shares the surname ("SALINAS")."""
    caps = [w for w in words if w.isupper()]
    if any(ROMAN.match(w) for w in caps):
        return False  # "Act VII", "Pius XII": a numeral, not a surname
    return 2 <= len(words) <= 5 and words[0][:1].isupper() and not words[0].isupper() and words[-1].isupper() \
        and all(len(w) >= 3 and sum(ch in "AEIOUYÁÉÍÓÚÀÈÌÒÙÄÖÜ" for ch in w) / len(w) >= 0.25 for w in caps) \
        and words[-1] not in ORG_WORDS and words[0] not in ORG_HEADS


# Kinds a text may say a name is, in apposition or after "was": "Mau Mau, an unlawful society"
ORG_KINDS = {"society", "organisation", "organization", "party", "union", "association", "movement", "league", "sect",
             "newspaper", "journal", "committee", "federation", "front", "army"}


# What a text may say a name is: "Makronisos is a waterless island", "Sychevka, a small town"
PLACE_KINDS = {"island", "town", "village", "city", "port", "settlement", "hamlet", "suburb", "camp", "prison", "fortress"}


def defined_as(c: Candidate) -> Optional[str]:
    """ "Mau Mau, an unlawful society", "Mau Mau … was a secret society", "Makronisos is a waterless island": the text
    itself says what the name is (ORG or PLACE). A document defines a name once and uses it many times; the
    definition outweighs what spaCy guesses elsewhere."""
    if not c.tokens:
        return None
    head = c.tokens[-1]
    kinds = [t for t in head.children if t.dep_ == "appos"]
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        kinds += [t for t in head.head.children if t.dep_ == "attr"]
    kinds = [k for k in kinds if k.pos_ == "NOUN" and any(d.lower_ in ("a", "an") for d in k.children)]
    if any(k.lemma_.lower() in ORG_KINDS for k in kinds):
        return "ORG"
    return "PLACE" if any(k.lemma_.lower() in PLACE_KINDS for k in kinds) else None


POST_NOMINALS = {"Q.C.", "K.C.", "M.P.", "J.P.", "K.B.E.", "O.B.E.", "C.B.E.", "M.B.E.", "Ph.D.", "M.D.", "LL.D.",
                 "S.J.", "O.P.", "O.S.B.", "O.F.M.", "S.V.D.", "C.Ss.R.", "R.G.S.", "M.M.", "S.D.B."}  # religious orders


def is_post_nominal(c: Candidate) -> bool:
    """ "Mr. R. S. Thacker, Q.C.": letters after a name that say a rank, not someone's initials."""
    return c.text in POST_NOMINALS or c.text + "." in POST_NOMINALS


def keys_a_nickname(c: Candidate) -> bool:
    """ '"Galka" [jackdaw] — Yelena Nikolaevna Tarasova': the nickname a report's key opens a line with is a person's
    name, wherever the report uses it."""
    if not c.tokens:
        return False
    text = text_of(c.tokens[0].doc)
    return nickname_key_end(text, c.start, c.end) is not None or introduced_as_nickname(text, c.start, c.end)
