"""Candidate name spans: runs of capitalised words (the patterns found before the parse are in names_patterns).

Runs are cut at newlines, footnote markers and words that only open or end a
title-case phrase ("The", "Trials"); titles before a name are noted, not kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from dossier.extract.given_names import is_given_name
from dossier.extract.lexicon import (EVENT_HEADS, NOT_NAMES, ORG_HEADS, PERSONAL_TITLES, PLACE_HEADS, PLACE_NOUNS_AFTER,
                                     ROLE_NOUNS, DEPUTY_WORDS, UNDOTTED_RANKS, is_title_word)
from dossier.extract.names_morph import ROMAN, CYRILLIC_WORD, is_hyphenated_given_name, is_initial
from dossier.extract.names_conventions import PINYIN_WORD, writes_burmese_honorifics, writes_monsieur
from dossier.extract.nlp import text_of
from dossier.extract.names_particles import (NAME_JOINERS, NAME_PARTICLES, ORDINAL_WORDS, is_arabic_article, is_cap_token,
                                              is_name_particle, opens_with_particle)
from dossier.extract.places import is_place_name

DOTTED_ABBREVIATION = re.compile(r"^(?:[A-Z]{1,2}\.){2,}$")  # "U.S.S.R.", Spanish plurals "FF.CC.", "EE.UU."
POSSESSIVE = {"'s", "’s", "'", "’"}


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    tokens: list = field(default_factory=list)  # spaCy tokens of the span
    title: Optional[str] = None                  # "Comrade", "Prosecutor" … seen before it
    org_phrase: bool = False
    possessive: bool = False
    inverted: bool = False                       # "KEDROV, Mikhail Sergeevich"
    place: bool = False                          # "Kiev" in "the Kiev GPU": a place by its position


def in_title_case(sent) -> bool:
    """A headline's words are all capitalised ("Magistrate Finds Mau Mau Was Directed")."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def sentence_opener_is_name(tok, capitalised_inside: frozenset = frozenset()) -> bool:
    """A capitalised first word of a sentence is a name only if it is not an ordinary word: the parser
    says so, the document capitalises it inside sentences too ("Robert Eikhe … Eikhe was"), or an
    apposition of office follows ("Medved, the chief of the NKVD")."""
    if opens_syllable_name(tok):
        return True
    if is_title(tok) and tok.i + 1 < len(tok.doc) and is_cap_token(tok.doc[tok.i + 1]) and tok.doc[tok.i + 1].text not in NOT_NAMES \
            and not in_title_case(tok.sent):
        return True  # "Comrade Sun Deming opened the meeting": the title is peeled off, and says a person follows
    if tok.text in NOT_NAMES:
        following = list(tok.doc[tok.i: tok.i + 3])
        while len(following) > 1 and not is_cap_token(following[-1]):
            following.pop()
        return month_as_given_name(following)  # "August Spies, Michael Schwab …"
    if tok.pos_ in ("PROPN", "X") or tok.ent_type_ in ("PERSON", "GPE", "ORG", "LOC") or bool(CYRILLIC_WORD.match(tok.text)):
        return True
    if tok.text in capitalised_inside or (tok.text.isupper() and len(tok.text) > 1 and tok.text.title() in capitalised_inside):
        return True  # "1. JOMO KENYATTA, much the best known": a list's capitals of a name written "Jomo" elsewhere
    if tok.text.isupper() and is_given_name(tok.text.title()) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text.isupper():
        return True  # "3. FRED KUBAI, a trade unionist"
    if tok.text.isupper() and len(tok.text) > 3 and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":":
        return True  # "MR. TAVENNER: Will you state your name?": a transcript's speaker (names_classify decides)
    after = tok.doc[tok.i + 1: tok.i + 4]
    return len(after) == 3 and after[0].text == "," and after[1].lower_ in ("the", "a", "his", "her") \
        and after[2].lower_ in ROLE_NOUNS


FUNCTION_WORDS = {"The", "A", "An", "In", "On", "At", "By", "For", "From", "Of", "To", "With", "As", "And", "But", "Or",
                  "THE", "IN", "ON", "AT", "BY", "FOR", "FROM", "OF", "TO", "WITH", "AS", "AND", "BUT", "OR"}


# Months that are also given names: "August Bebel", "May Hill", "June Carter".
MONTHS_AS_GIVEN_NAMES = {"April", "May", "June", "August"}
HOLIDAY_WORDS = {"Day", "Days", "Eve", "Theses", "Decrees", "Events", "Uprising", "Rising", "Coup", "Crisis", "Offensive"}
BEFORE_A_MONTH = {"in", "of", "since", "until", "till", "by", "from", "during", "through", "to", "before", "after",
                  "early", "late", "mid", "last", "next", "this", "that", "each", "every", "-"}


def month_as_given_name(tokens: list) -> bool:
    """ "August Spies was sentenced": a month that opens a name of two or three capitalised words, none a number or a
    place, with no time preposition before it ("in August Spies …"), is a given name."""
    first = tokens[0]
    if first.text not in MONTHS_AS_GIVEN_NAMES or not 2 <= len(tokens) <= 3 or first.i == 0 and len(first.doc) < 2:
        return False
    before = first.doc[first.i - 1] if first.i > 0 else None
    rest = tokens[1:]
    return (before is None or before.lower_ not in BEFORE_A_MONTH and not before.like_num) \
        and all(is_cap_token(t) and t.is_alpha and t.text not in NOT_NAMES for t in rest) \
        and not is_place_name(" ".join(t.text for t in rest)) and rest[-1].text not in ORG_HEADS | EVENT_HEADS | HOLIDAY_WORDS


def opens_syllable_name(tok) -> bool:
    """ "Do Ye-jong": a family name before a hyphenated given name, even when it is also an English word."""
    return tok.text not in FUNCTION_WORDS and is_cap_token(tok) and tok.i + 1 < len(tok.doc) and \
        is_hyphenated_given_name(tok.doc[tok.i + 1].text)


# Possessives inside a name: "Black People's Convention", "Workers' Defence Committee", "King William's Town".
COLLECTIVE_POSSESSORS = {"People", "Women", "Men", "Children", "PEOPLE", "WOMEN"}
POSSESSIVE_PLACE_HEADS = {"Town", "Bay", "Island", "Land", "Wood", "Vineyard", "Point", "Head", "Hill", "Hall"}


def possessive_inside_name(sdoc, i: int, current: list) -> bool:
    """An "'s" or "'" glued to a capitalised word, inside a body's name (a people's or a plural's possessive before
    words that end on a body's head) or a place's ("William's Town"); not "Stalin's Central Committee"."""
    tok, before = sdoc[i], current[-1] if current else None
    if before is None or tok.text not in POSSESSIVE or tok.idx != before.idx + len(before.text):
        return False
    following = []
    for t in sdoc[i + 1:i + 6]:
        if not is_cap_token(t) or t.is_sent_start:
            break
        following.append(t)
    if not following:
        return False
    if len(following) == 1 and following[0].text in POSSESSIVE_PLACE_HEADS:
        return True
    plural = before.text in COLLECTIVE_POSSESSORS or (tok.text in ("'", "’") and before.text.endswith("s"))
    return plural and following[-1].text in ORG_HEADS


LINE_MARKER = re.compile(r"[ \t]*(?:\w{1,2}[.):]|\(\w{1,3}\))[ \t]*$")  # "Q. ", "3) ", "(iv) " before a line's first word


def opens_on_a_stray_word(tokens: list) -> bool:
    """ "Without Han Peilin the clique …", "(1) Dismiss Zhou Mingyuan, Gao Shuwen …": a word capitalised only because it
    opens the sentence, before a name of two or more words that the document writes elsewhere without it."""
    first = tokens[0]
    text = text_of(first.doc)
    line_start = text.rfind("\n", 0, first.idx) + 1  # "Q. Was Sophie Gradowska …", a verdict's "Declares X guilty"
    opens = first.is_sent_start or first.i > 0 and first.doc[first.i - 1].text in (")", ".") \
        or bool(LINE_MARKER.match(text, line_start, first.idx)) or not text[line_start:first.idx].strip()
    if len(tokens) < 3 or not opens or is_given_name(first.text) or is_title(first) or not first.text[1:].islower() \
            or first.text in NOT_NAMES or first.lower_ in NAME_PARTICLES or not tokens[1].text[:1].isupper():
        return False  # not "Van der Lubbe", "Éamon de Valera"
    if first.ent_type_ == "PERSON" and first.pos_ not in ("ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART", "VERB"):
        return False  # "9. Basilio Lami Dozo": a given name the model knows, though our list does not
    rest = text[tokens[1].idx:tokens[-1].idx + len(tokens[-1].text)]
    return text.count(rest) > 1 and any(m.start() != tokens[1].idx and not text[max(0, m.start() - len(first.text) - 1):m.start()].startswith(first.text)
               for m in re.finditer(re.escape(rest), text))


def glued_particle(sdoc, i: int) -> bool:
    """ "au" in "Port-au-Prince", "on" in "Rostov-on-Don": a short lower-case word hyphened inside a name."""
    tok = sdoc[i]
    return tok.is_lower and tok.is_alpha and len(tok.text) <= 4 and 0 < i and i + 2 < len(sdoc) \
        and sdoc[i - 1].text == "-" and not sdoc[i - 1].whitespace_ and not tok.whitespace_ \
        and sdoc[i + 1].text == "-" and not sdoc[i + 1].whitespace_ and is_cap_token(sdoc[i + 2])


def runs(sdoc, blocked: list[tuple[int, int]]) -> list[Candidate]:
    """Maximal runs of capitalised tokens (joined by hyphens), with titles peeled off."""
    out: list[Candidate] = []
    current: list = []
    inside = frozenset(t.text for t in sdoc if not t.is_sent_start and t.text[:1].isupper() and t.text not in NOT_NAMES)

    def close() -> None:
        if current:
            out.extend(trim(current[1:] if opens_on_a_stray_word(current) else current))
            current.clear()

    for tok in sdoc:
        inside_block = any(s <= tok.idx < e for s, e in blocked)
        if inside_block:
            close()
            continue
        joiner = tok.text == "-" and current and tok.idx == current[-1].idx + len(current[-1].text) \
            and tok.i + 1 < len(sdoc) and (is_cap_token(sdoc[tok.i + 1]) or glued_particle(sdoc, tok.i + 1)) \
            and sdoc[tok.i + 1].idx == tok.idx + 1
        joiner = joiner or bool(current) and glued_particle(sdoc, tok.i)  # "Port-au-Prince", "Rostov-on-Don"
        joiner = joiner or (bool(current) and (is_name_particle(sdoc, tok.i) or is_arabic_article(sdoc, tok.i))) \
            or (not current and opens_with_particle(sdoc, tok.i)) \
            or possessive_inside_name(sdoc, tok.i, current)
        if joiner or (is_cap_token(tok) and (current or not tok.is_sent_start or sentence_opener_is_name(tok, inside))):
            # the parser may start a sentence inside a name ("3. Zoltán | Tildy: six years"); not after a given name
            if current and tok.is_sent_start and not joiner and current[-1].text != "-" and not (is_title(current[-1]) and (
                    current[-1].text.endswith(".") or not current[-1].text.isupper())) and not (
                    # "5. FR. | FLORENCIO MAGLAYA", "Comrade | Sun Deming opened the meeting": the parser cut after a title
                    is_given_name(current[-1].text.title() if current[-1].text.isupper() else current[-1].text) and text_of(sdoc)[current[-1].idx + len(current[-1].text):tok.idx] == " ") \
                    and not opens_syllable_name(current[-1]):  # "(1) TS'AI | Ming-hui": a family name, its given name
                close()
                if not sentence_opener_is_name(tok, inside):
                    continue
            current.append(tok)
        else:
            close()
    close()
    return out


# Burmese honorifics before a name ("U Tin Oo", "Daw Aung San Suu Kyi"), not when the name repeats one
# ("Maung Maung"); Ottoman and Armenian ones after it ("Talaat Bey", "Said Halim Pasha", "Komitas Vartabed")
HONORIFICS_BEFORE = {"U", "Daw", "Ko", "Maung"}  # not "Ma": a Chinese surname too ("Ma Shaofang")
HONORIFICS_AFTER = {"Bey", "Pasha", "Effendi", "Agha", "Vartabed", "Hanım", "Hanoum"}


def is_title(tok) -> bool:
    if tok.text in HONORIFICS_BEFORE or tok.text == "Ma" and writes_burmese_honorifics(tok.doc) and not (
            tok.i + 1 < len(tok.doc) and PINYIN_WORD.match(tok.doc[tok.i + 1].text)):  # not "Ma Shaofang"
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return after is not None and after.text[:1].isupper() and after.text not in HONORIFICS_BEFORE
    if tok.text in UNDOTTED_RANKS:  # "Maj testifies that …": the surname of "Ryszard Maj", no major before a name
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return after is not None and after.text[:1].isupper()
    if tok.text in ("Grand", "Dean") and tok.i + 1 < len(tok.doc):  # "Grand Duke Constantine", "Dean of Studies Wei"
        return tok.nbor(1).text in ("Duke", "Duchess", "Prince", "Princess") if tok.text == "Grand" else (
            tok.nbor(1).lower_ == "of" or " the Dean" in text_of(tok.doc) or "The Dean" in text_of(tok.doc))
        # "Dean of Studies Wei"; "his superior, Dean Aldenhoven" where the text says "the Dean" (not "Dean Rusk")
    if tok.text in DEPUTY_WORDS and tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-":
        return is_title_word(tok.nbor(2).text)  # "Vice-Premier Jankowski": the parser splits the hyphen off
    if tok.text == "Justice" and tok.i > 1 and tok.nbor(-1).lower_ == "of" \
            and tok.nbor(-2).text in ORG_HEADS | set(GENERIC_BODIES):
        return False  # "the Ministry of Justice", "the Supreme Court of Justice": what the body is for, not a judge
    if tok.text == "Saint" and tok.i + 2 < len(tok.doc) and not tok.whitespace_ and tok.nbor(1).text == "-":
        return False  # "Saint-Fort himself", "Saint-Just": a hyphenated surname, not a saint
    return is_title_word(tok.text) or (tok.text == "M." and writes_monsieur(tok.doc))


# A country's government or ministry is a generic description, not a body's name ("the Soviet government")
GENERIC_BODIES = {"Government", "Ministry", "Cabinet", "GOVERNMENT", "MINISTRY"}


def owns_what_follows(tokens: list) -> bool:
    """ "People's Revolutionary Party", "King William's Town": the first word's possessive is inside the name."""
    return len(tokens) > 2 and (tokens[1].text in POSSESSIVE or tokens[-1].text in POSSESSIVE_PLACE_HEADS
                                and any(t.text in POSSESSIVE for t in tokens[1:-1]))


FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡"


def names_a_place(tokens: list) -> bool:
    """ "King William's Town", "King Street", "President Hotel": a title that opens the name of a place or a body
    is part of it — but not a personal one ("Mrs. Barbara Castle")."""
    return len(tokens) > 1 and tokens[0].text not in PERSONAL_TITLES and (
        tokens[-1].lower_ in PLACE_NOUNS_AFTER or tokens[-1].text in ORG_HEADS | PLACE_HEADS)


def office_before_name(tokens: list) -> Optional[int]:
    """Where a person's name starts after the office that precedes it in one capitalised run: "United States
    Attorney Irving H. Saypol", "People's Commissar of Internal Affairs N. I. Yezhov" — a title word or an
    office's last words ("… of Internal Affairs") right before an initial. None if the run is one name ("Mikhail N. Tukhachevsky")."""
    if names_a_place(tokens):
        return None
    for k in range(1, len(tokens) - 1):
        before, first = tokens[k - 1], tokens[k]
        if (ends_an_office(tokens[:k]) or k == 1 and len(tokens) >= 3 and follows_a_title_of(tokens)
                and not any(is_initial(t.text) for t in tokens)) \
                and all(t.text[:1].isupper() and t.text not in ORG_HEADS for t in tokens[k:]):
            return k  # "Superintendent of Police Yusuf Adroa", "Dean of Studies Wei Zhenhua"
        opens_name = is_initial(first.text) or is_given_name(first.text) and not is_title(first) \
            or is_title(before) and is_initial(tokens[k + 1].text) \
            or is_title(before) and first.text[:1].isupper() and all(not is_title(t) and (t.text[:1].isupper() or t.text in NAME_JOINERS)
                                        and t.text not in ORG_HEADS for t in tokens[k:])  # "Foreign Minister Fatin Rustu Zorlu", not "… General Court-Martial"
        if not opens_name or not tokens[-1].text[:1].isupper() or is_initial(before.text) or is_given_name(before.text):
            continue
        if is_title(before) or is_initial(first.text) and any(t.lower_ in ("of", "for") for t in tokens[0].doc[
                max(0, tokens[0].i - 1):tokens[k].i]):
            return k
    return None


# Titles of a ruler, after whose name a Roman numeral counts the reign ("the Emperor Alexander I").
MONARCH_TITLES = {"Emperor", "Empress", "Tsar", "Tsarina", "King", "Queen", "Pope", "Kaiser", "Shah", "Sultan"}


def follows_a_title_of(tokens: list) -> bool:
    """The run comes right after a title's "of" ("Dean of | Studies Wei Zhenhua")."""
    doc, i = tokens[0].doc, tokens[0].i
    return i >= 2 and doc[i - 1].lower_ == "of" and is_title(doc[i - 2])


def ends_an_office(tokens: list) -> bool:
    """ "Assistant Superintendent of Police Yusuf Adroa": a body's name after a title's "of" ends the office."""
    return follows_a_title_of(tokens) and tokens[-1].text in ORG_HEADS


# Words that never stand inside a name written in capitals: "IN THE MATTER OF MATVEI KOVALENKO", "BY INSPECTOR WHITCOMB"
CAPITAL_FUNCTION_WORDS = {"IN", "THE", "OF", "BY", "TO", "FOR", "AND", "AT", "ON", "FROM", "WITH", "AGAINST", "VERSUS"}


def after_capital_caption(tokens: list) -> list:
    """The name at the end of a caption in capitals ("THE MATTER OF MATVEI KOVALENKO"): what follows its last
    function word, when that opens with a given name or a title. "DEPARTMENT OF LABOR" stays whole."""
    cut = max((k for k, t in enumerate(tokens[:-1]) if t.text in CAPITAL_FUNCTION_WORDS), default=None)
    if cut is None or not all(t.text.isupper() or not t.is_alpha for t in tokens):
        return tokens
    rest = tokens[cut + 1:]
    return rest if is_given_name(rest[0].text.title()) or is_title(rest[0]) else tokens


def hyphen_joined(tokens: list) -> bool:
    """ "Szabó-Kiss": the last word is the second half of a hyphenated name, whatever it means alone."""
    return len(tokens) > 2 and tokens[-2].text == "-" and not tokens[-2].whitespace_ and not tokens[-3].whitespace_


def numbers_a_body(tokens: list) -> bool:
    """ "the Fourth Corps", "the Second Criminal Court": an ordinal word that opens a body's name is part of it."""
    return len(tokens) > 1 and tokens[0].text in ORDINAL_WORDS and tokens[-1].text in ORG_HEADS


def body_then_title(tokens: list) -> Optional[int]:
    """Where a title stands after a body's one-word name and before a name ("this Court Major Tessema", "the
    Tribunal Colonel Petrov"): the body is no part of the person's name."""
    if len(tokens) > 2 and tokens[0].text in ORG_HEADS and is_title(tokens[1]) and not is_title(tokens[2]):
        return 1
    return None


def given_after_corps(tokens: list) -> bool:
    """ "Major (Inf.) Imam Soepardi": after a rank's bracketed corps, a title word that is a given name opens the name."""
    first = tokens[0]
    return len(tokens) > 1 and is_given_name(first.text) and title_before_corps(first.doc, first.i) is not None


def title_before_corps(doc, first: int) -> Optional[str]:
    """ "Major (Inf.) Imam Soepardi", "Lt. Col. (Ckh) Sumadi Prawiro": a rank, then the corps in brackets, then the name."""
    if first < 3 or doc[first - 1].text != ")":
        return None
    opening = next((i for i in range(first - 2, max(first - 6, 0), -1) if doc[i].text == "("), None)
    if opening is None or opening < 1:
        return None
    rank = doc[opening - 1] if doc[opening - 1].text != "." or opening < 2 else doc[opening - 2]
    return rank.text if is_title(rank) else None


def trim(tokens: list) -> list[Candidate]:
    title = None
    tokens = after_capital_caption(tokens)
    while tokens and not owns_what_follows(tokens) and not (names_a_place(tokens) and is_title(tokens[0])) and (
            tokens[0].text in NOT_NAMES and not opens_syllable_name(tokens[0]) and not numbers_a_body(tokens)
            and not month_as_given_name(tokens) or is_title(tokens[0]) and not given_after_corps(tokens)
                      or (tokens[0].text == "-" and title)  # "Major-General Pyotr Grigorenko"
                      or (tokens[0].text in EVENT_HEADS and len(tokens) > 1 and is_given_name(tokens[1].text))):  # "At the Congress Mikhail Sholokhov"
        if is_title(tokens[0]):
            title = tokens[0].text
        tokens = tokens[1:]
    if (k := office_before_name(tokens)) is not None:
        title, tokens = tokens[k - 1].text, tokens[k:]
    elif (k := body_then_title(tokens)) is not None:
        title, tokens = tokens[k].text, tokens[k + 1:]  # "Before this Court Major G/Egziabher retracted"
    if len(tokens) > 1 and tokens[-1].text in GENERIC_BODIES and is_place_name(" ".join(t.text for t in tokens[:-1])):
        tokens = tokens[:-1]  # "the Kenya Government": the country, and a government the guidelines leave untagged
    last = tokens[-1] if tokens else None
    if len(tokens) > 1 and is_title_word(last.text) and not any(is_title(t) for t in tokens[:-1]) \
            and last.i + 1 < len(last.doc) and last.nbor(1).lower_ == "of" and last.dep_ in ("dobj", "oprd", "attr"):
        tokens = tokens[:-1]  # "appointed Zhou Secretary of the Party Committee": the name, then the office it got
    while tokens and not (title in MONARCH_TITLES and len(tokens) > 1 and ROMAN.match(tokens[-1].text.rstrip("."))) and (
            tokens[-1].text in EVENT_HEADS or tokens[-1].text == "-" or tokens[-1].text in NOT_NAMES
            and not hyphen_joined(tokens) or (tokens[-1].text in HONORIFICS_AFTER and len(tokens) > 1)):  # not "Emperor Alexander I"
        if tokens[-1].text in HONORIFICS_AFTER:
            title = title or tokens[-1].text  # "Bedri Bey": the honorific says a person, as a title before would
        tokens = tokens[:-1]
    if not tokens:
        return []
    doc = tokens[0].doc
    first = tokens[0].i
    if title is None and first > 1 and doc[first - 1].text == "." and is_title(doc[first - 2]):
        title = doc[first - 2].text  # "Fr. Celso Mallari": the parser cut the title's dot off, and the run with it
    title = title or title_before_corps(doc, first)
    last = tokens[-1]
    possessive = last.i + 1 < len(doc) and doc[last.i + 1].text in POSSESSIVE
    start, end = tokens[0].idx, last.idx + len(last.text)
    if last.text.endswith(("’s", "'s")) and len(last.text) > 2:
        end -= 2
        possessive = True
    if DOTTED_ABBREVIATION.match(last.text + ".") and text_of(doc)[end:end + 1] == ".":
        end += 1  # "the FF.CC.": the tokenizer leaves the abbreviation's last dot apart
    text = text_of(doc)[start:end]
    while text and text[-1] in FOOTNOTE_MARKS:  # "Colonel Pimenov¹": the note's number is not the name's
        text, end = text[:-1], end - 1
    if not text or text.endswith("."):
        if not all(is_initial(t.text) for t in tokens) and not DOTTED_ABBREVIATION.match(text.split()[-1]):  # "U.S.S.R." keeps its dot
            text = text.rstrip(".")
            end = start + len(text)
    if not text:
        return []
    return [Candidate(start, end, text, tokens=list(tokens), title=title, possessive=possessive)]
