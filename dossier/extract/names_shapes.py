"""Shapes that settle a candidate before any vote: words around it that make it an office, a style of address,
a people's adjective or a region, and a surname written in capitals after given names."""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.case_view import RAREST, word_frequencies
from dossier.extract.given_names import is_given_name
from dossier.extract.lexicon import ORG_HEADS, ORG_WORDS, SPEAKER_TITLES, TITLES
from dossier.extract.names_candidates import Candidate
from dossier.extract.names_morph import ROMAN
from dossier.extract.nicknames import introduced_as_nickname, nickname_key_end
from dossier.extract.nlp import text_of
from dossier.extract.places import is_place_name

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


def vowel_share(word: str) -> float:
    """The share of a word in capitals that is vowels: a name has some ("FERRÉ"), an acronym few ("NKVD")."""
    return sum(ch in "AEIOUYÁÉÍÓÚÀÈÌÒÙÄÖÜ" for ch in word) / len(word)


def capitalised_surname(words: list[str]) -> bool:
    """ "Hernán Rodrigo FUENTES SALINAS", "Marie DUPONT": given names, then the surname in capitals, as Spanish and
    French records and lists write a person, whatever town shares the surname ("SALINAS")."""
    caps = [w for w in words if w.isupper()]
    if any(ROMAN.match(w) for w in caps):
        return False  # "Act VII", "Pius XII": a numeral, not a surname
    return 2 <= len(words) <= 5 and words[0][:1].isupper() and not words[0].isupper() and words[-1].isupper() \
        and all(len(w) >= 3 and vowel_share(w) >= 0.25 for w in caps) \
        and words[-1] not in ORG_WORDS and words[0] not in ORG_HEADS


def surname_first_in_capitals(words: list[str]) -> bool:
    """ "NZABONIMPA Faustin", "MUKANDOLI Spéciose": a register's surname first, in capitals, then the given name —
    not an acronym before a word ("NKVD Troika", "TASS Report"): the capitals read as a word, and what follows is
    neither a common word nor a body's head."""
    if len(words) != 2 or not words[0].isupper() or not words[0].isalpha() or len(words[0]) < 4 or vowel_share(words[0]) < 0.3:
        return False
    given = words[1]
    return given[:1].isupper() and given[1:].replace("-", "").isalpha() and given[1:].replace("-", "").islower() \
        and given not in ORG_WORDS | ORG_HEADS and not is_place_name(given) \
        and (is_given_name(given) or not is_common_word(given.split("-")[0]))


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


# "Brooklyn, N.Y. 11225", "Washington, D.C.": a United States address's state after its city
STATE_ABBREVIATIONS = {"N.Y.", "D.C.", "N.J.", "Pa.", "Md.", "Va.", "Mass.", "Ill.", "Calif.", "Conn.", "Mich.", "Fla.",
                       "Ga.", "Tex.", "Wash.", "Ore.", "Minn.", "Wis.", "Mo.", "La.", "N.C.", "S.C.", "N.H.", "R.I."}


def abbreviates_a_state(c: Candidate) -> bool:
    if c.text not in STATE_ABBREVIATIONS or not c.tokens:
        return False
    return re.search(r"[A-Z][a-z]+,[ \t]*$", text_of(c.tokens[0].doc)[max(0, c.start - 30):c.start]) is not None


def is_post_nominal(c: Candidate) -> bool:
    """ "Mr. R. S. Thacker, Q.C.": letters after a name that say a rank, not someone's initials (nor a post box's)."""
    return c.text in POST_NOMINALS or c.text + "." in POST_NOMINALS or c.text == "P.O. Box"  # an address's "P.O. Box 412"


# "under Art. 95", "Sec. 4(b)", "Para. 12": a law's article, section or paragraph, abbreviated before its number
LEGAL_ABBREVIATIONS = {"Art", "Arts", "Sec", "Secs", "Para", "Paras", "Cl"}


def cites_a_provision(c: Candidate) -> bool:
    if c.text not in LEGAL_ABBREVIATIONS or not c.tokens:
        return False
    return re.match(r"\.[ \t]?\d", text_of(c.tokens[0].doc)[c.end:c.end + 3]) is not None


def keys_a_nickname(c: Candidate) -> bool:
    """ '"Galka" [jackdaw] — Yelena Nikolaevna Tarasova': the nickname a report's key opens a line with is a person's
    name, wherever the report uses it."""
    if not c.tokens:
        return False
    text = text_of(c.tokens[0].doc)
    return nickname_key_end(text, c.start, c.end) is not None or introduced_as_nickname(text, c.start, c.end)


def signs_after_a_dash(c: Candidate) -> bool:
    """ "[Margin: … untrue. -- J.E.A.]": initials after a dash sign the note, as a person does; so do the initials of
    a name the text writes out ("[N.K.F.]" under "Interviewer: Nadia K. Farouqi")."""
    tok = c.tokens[0] if c.tokens else None
    return tok is not None and (tok.i > 0 and tok.nbor(-1).text in ("--", "—", "–", "-") or spells_a_name(c.text, text_of(tok.doc)))


def spells_a_name(initials: str, text: str) -> bool:
    """The initials are those of a person the text names in full: a given name or an initial opens that name (the
    "Kenya African Union" is no one's name for "K.A.U.")."""
    letters = [ch for ch in initials if ch.isupper()]
    if len(letters) < 2:
        return False
    words = r"\s+".join(rf"{ch}(?:\.|[a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)" for ch in letters)
    return any(is_given_name(m.group().split()[0]) or "." in m.group()
               for m in re.finditer(rf"\b{words}\b", text))


# A form's field label after its first word: "Date: 14/4/1988", "Date completed: March 2008", "Date of Hearing:"
FIELD_LABEL_REST = re.compile(r"(?:[ \t]+(?:of[ \t]+)?[A-Za-z]+){0,2}[ \t]*:")


def labels_a_note(c: Candidate) -> bool:
    """ "[Margin: Seen.]", "(Note: …)", a form's "Date: 14/4/1988": an ordinary word that labels what follows, inside
    brackets or opening a line, not a name."""
    if len(c.tokens) != 1 or not is_common_word(c.text):
        return False
    tok = c.tokens[0]
    if tok.i > 0 and tok.nbor(-1).text in ("[", "(") and tok.i + 1 < len(tok.doc) and tok.nbor(1).text == ":":
        return True
    text = text_of(tok.doc)
    line_start = text.rfind("\n", 0, c.start) + 1
    return c.text[1:].islower() and not text[line_start:c.start].strip() and FIELD_LABEL_REST.match(text, c.end) is not None


# After a capitalised label, before its colon: "SUMMARY OF STATEMENT (taken 6/IV/76 by Insp. B. Zaracho):"
CAPS_LABEL_REST = re.compile(r"[ \t]*(?:\([^()\n]{0,120}\))?[ \t]*:")
LABEL_JOINERS = {"AND", "OF", "OR", "THE", "IN", "AT", "BY", "FOR"}


def labels_a_caps_field(c: Candidate) -> bool:
    """ "DETAINED: 4 April 1976", "OBSERVATIONS: Died …", "SURNAMES AND NAMES:": a register's printed field labels in
    capitals, ordinary words opening a line, not a transcript's speaker ("VYSHINSKY:") nor a word the text also writes
    as a name ("BROWN:" beside "Mr. Brown")."""
    if not c.tokens or not c.text.isupper():
        return False
    words = [w for w in c.text.split() if w not in LABEL_JOINERS]
    margin = 0 if len(words) > 1 else 2  # a label of several words is a phrase ("SUMMARY OF STATEMENT"), no name
    if not words or not all(w.isalpha() and (is_common_word(w.title(), margin) or is_past_participle(w)) for w in words):
        return False
    text = text_of(c.tokens[0].doc)
    line_start = text.rfind("\n", 0, c.start) + 1
    if text[line_start:c.start].strip() or CAPS_LABEL_REST.match(text, c.end) is None:
        return False
    return not any(re.search(rf"(?<![.!?\n]\s)(?<!^)\b{w.title()}\b", text) for w in words)


def is_past_participle(word: str) -> bool:
    """ "AGREED:", "SANCTIONED:": a file's approval stamps, a verb English writes often (not "REED", "AHMED")."""
    return word.upper().endswith("ED") and word_frequencies().get(word.lower(), RAREST) > -13.5


def is_common_word(word: str, margin: float = 2) -> bool:
    """A word English writes more often in lower case ("box", "folder"), not a name ("Mandela", "Rosa")."""
    frequencies = word_frequencies()
    return frequencies.get(word.lower(), RAREST) > max(frequencies.get(word, RAREST), RAREST) + margin


SPEAKER_ROLES = {"NOTE", "QUESTION", "ANSWER", "VERDICT", "COURT", "PRESIDENT", "PROSECUTOR", "JUDGE", "WITNESS",
                 "DEFENDANT", "ACCUSED", "CHAIRMAN", "VOICE", "VOICES", "SECRETARY", "INTERPRETER", "EDITOR", "SOURCE",
                 "SUMMARY", "MEMBERS", "AUTHOR", "TRANSLATOR", "COMPILER", "COMMENT", "REPLY", "RESOLUTION", "DECISION"}


def is_speaker_label(c: Candidate) -> bool:
    """ "MRACHKOVSKY: Yes, with the other leaders …": a transcript's speaker, a surname in capitals opening a line."""
    if not c.tokens or len(c.tokens) != 1 or not c.text.isupper() or len(c.text) < 4 or c.text in SPEAKER_ROLES | ORG_WORDS:
        return False
    if is_place_name(c.text):
        return False  # "CHILE: DETENTIONS AND DISAPPEARANCES": a report's heading, not a speaker
    doc, tok = c.tokens[0].doc, c.tokens[0]
    before = doc[max(0, tok.i - 2):tok.i]
    title = [t for t in before if t.text.rstrip(".") in SPEAKER_TITLES]
    opener = tok
    if title and all(t.text == "." or t.i == title[0].i for t in before if t.i >= title[0].i):
        opener = title[0]  # "MR. TAVENNER: Will you state your full name?"
    line_start = opener.i == 0 or "\n" in doc[opener.i - 1].text or text_of(doc)[max(0, opener.idx - 1):opener.idx] == "\n"
    # "URBAIN.—I demanded it": a French record's turn opens with the name, a full stop and a dash
    turn = tok.i + 1 < len(doc) and (doc[tok.i + 1].text == ":" or doc[tok.i + 1].text == "." and tok.i + 2 < len(doc)
                                     and doc[tok.i + 2].text in ("—", "–"))
    return line_start and turn and vowel_share(c.text) >= 0.25
