"""Name candidates a pattern of the text finds before the parse is read: a dictionary's inverted names ("KEDROV,
Mikhail Sergeevich", "Tukhachevsky M.N."), a parliamentary record's seats, the fixed phrases of bodies, and a body's
name spelt out before its acronym ("the Polícia Internacional e de Defesa do Estado (PIDE)")."""

from __future__ import annotations

import re

from anyascii import anyascii

from dossier.extract.given_names import is_given_name
from dossier.extract.lexicon import ORG_PHRASE, TITLES, is_title_word
from dossier.extract.names_candidates import Candidate
from dossier.extract.names_morph import is_initial, looks_like_surname
from dossier.extract.places import is_place_name
from dossier.resolve.names import PATRONYMIC_ENDINGS

# "KEDROV, Mikhail Sergeevich", "BABEL, Isaak": a capitalised surname, a comma, the given name(s) and patronymic
# (or in title case, "Zinoviev, Grigori Evseyevich", where the patronymic makes it a name: verdicts and indexes;
# memorial books drop the comma after the capitals, "ADAMOVICH Ivan Stepanovich"; protocols use initials, "Dubrovin, P. N.")
UPPER, LOWER = "A-ZÀ-ÞА-ЯЁĀ-ŽŠŽĶĻŅ", "a-zà-ÿа-яёā-žšžķļņ"
INVERTED_NAME = re.compile(rf"\b([{UPPER}][{UPPER}'-]{{2,}}(?:,\s|(?:[ ](?:(?:DE|DEL|DE LA|DA|DOS|Y)[ ])?[{UPPER}][{UPPER}'-]{{2,}}){{1,2}},\s|\s(?=[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s[{UPPER}][{LOWER}]+(?:{PATRONYMIC_ENDINGS})\b))"
                           rf"|[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?,\s)"
                           rf"([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?:\s[{UPPER}][{LOWER}]+)?|(?:[A-Z]\.[\s-]?){{1,2}}[A-Z]\.)")
# "Tukhachevsky M.N.", "Alksnis Ya.I.", "Private FEDOROV N.P.": a surname and two or three initials after it, as
# tables, lists and reports give them
TRAILING_INITIALS = re.compile(rf"\b([{UPPER}](?:[{LOWER}]+|[{UPPER}]{{3,}})(?:-[{UPPER}][{LOWER}]+)?)\s((?:(?:[A-Z]|Ya|Yu|Ye|Zh|Kh|Ts|Ch|Sh)\.\s?){{2,3}})"
                               rf"(?!\s*[{UPPER}])")  # not "Justice P.A. Likhachev": there the initials open a name
# "Lieutenant Colonel /Sokolov/", "/K. Vaitkevičius/": a signature as Soviet files type it, between slashes
SLASHED_SIGNATURE = re.compile(rf"(?<![\w/])/((?:[{UPPER}]\.[ ]?){{0,2}}[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)/(?![\w/])")
VOWELS = re.compile(r"[AEIOUY]")
LIST_HEAD = re.compile(r"^\s*(?:\d{1,3}[.)]\s*)?$")  # nothing, or a list number, before a name on its line
PATRONYMIC_END = re.compile(rf"(?:{PATRONYMIC_ENDINGS})$")


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def inverted_names(text: str, blocked: list[tuple[int, int]], not_names: set[str]) -> list[Candidate]:
    """Dictionary-style names: the surname first (in capitals, or any case before a patronymic), then given name
    and patronymic."""
    found = []
    for m in INVERTED_NAME.finditer(text):
        surname, given = m.group(1).rstrip(", "), m.group(2).split()
        initials = all(is_initial(g.replace(".-", ".")) for g in given)  # "J.-R.", a French double given name
        line_head = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if surname.title() in not_names or given[0] in not_names or is_title_word(surname) or is_title_word(given[0]) or not (
                initials or len(given) == 2 and PATRONYMIC_END.search(given[1]) or opens_an_entry(surname, given, line_head, text[m.end():m.end() + 12])
                or fills_a_field(surname, given, line_head, text[m.end():m.end() + 3])):
            continue
        if not surname.isupper() and (re.match(r"\s+[A-ZÀ-ÞА-ЯЁ]", text[m.end():m.end() + 2]) or is_place_name(surname)
                                         or re.search(r"[A-ZÀ-ÞА-ЯЁ][\w.]*[ \t]+$", text[max(0, m.start() - 30):m.start()])):
            continue  # "In Moscow, Ivan Petrovich Bakayev", "Mikhail Tukhachevsky, Ieronim Uborevich": names in the usual order
        if initials and (is_place_name(surname) or not (LIST_HEAD.match(line_head) or line_head.endswith("("))):
            continue  # "Dubrovin, P. N." opens a line ("1. GORELIK, M. S.") or a bracket in protocols and lists
        if not overlaps_any(m.start(), m.end(), blocked):
            found.append(Candidate(m.start(), m.end(), m.group(0), inverted=True))
    taken = [(c.start, c.end) for c in found] + blocked
    for m in TRAILING_INITIALS.finditer(text):
        end = m.start(2) + len(m.group(2).rstrip())
        if m.group(1).title() not in not_names and m.group(1).title() not in TITLES and not is_place_name(m.group(1).title()) \
                and not (m.group(1).isupper() and len(VOWELS.findall(anyascii(m.group(1)))) < 2) \
                and not overlaps_any(m.start(), end, taken):  # not "the USSR N.K.", "NKVD A.B.": an acronym
            found.append(Candidate(m.start(), end, text[m.start():end], inverted=True))
    taken = [(c.start, c.end) for c in found] + blocked
    for m in SLASHED_SIGNATURE.finditer(text):
        surname = m.group(1).split()[-1].split(".")[-1]
        if surname not in not_names and not is_title_word(surname) \
                and not overlaps_any(m.start(1), m.end(1), taken):
            found.append(Candidate(m.start(1), m.end(1), m.group(1), inverted=True))
    return found


FIELD_LABEL = re.compile(r"^[ \t]*[A-Z][\w .'’-]{0,30}:[ \t]*$")  # "In the Matter of:    ", "Name: "


def fills_a_field(surname: str, given: list[str], line_head: str, after: str) -> bool:
    """ "In the Matter of:    HAMADA, Kenji      Family No. 21347": a form's field holds the surname in capitals, then
    the given name, and the field ends there (a line's end, or a wide space before the next field)."""
    return surname.isupper() and bool(FIELD_LABEL.match(line_head)) and re.match(r"\s*$|[ \t]{2}|\n|[ \t]?\(", after) is not None \
        and not is_place_name(given[0])  # not "Place: MOSCOW, Russia" (a surname may be a town's name too: "Hamada")


def opens_an_entry(surname: str, given: list[str], line_head: str, after: str) -> bool:
    """ "Angelov, Stoyan Petrov (born 3 April 1909, Preslav).", "Velichkova, Ivanka. Kolarovgradskoto delo …",
    "1. CÉLESTIN, Antoine. Teacher at Gonaïves.": a list's entry or a reference opens on the surname, then the given
    names, then a bracket or a stop (a numbered entry's surname in capitals needs no known given name: "2. JOSEPH,
    Wilner.")."""
    return bool(LIST_HEAD.match(line_head)) and re.match(r"\s*[(.]|\s*$", after[:3]) is not None \
        and (looks_like_surname(surname) or is_given_name(given[0].split("-")[0]) or re.match(r"\s*\((?:born|b\.|\d)", after)
             or surname.isupper() and re.match(r"\s*\d", line_head) is not None) \
        and not is_place_name(surname)


# A parliamentary record's speaker label: "Mr. Kenneth Robinson (St. Pancras, North):", "The Secretary of State
# for the Colonies (Mr. Alan Lennox-Boyd) (Mid Bedfordshire):" — the last brackets before the colon hold the seat.
SEAT_LABEL = re.compile(r"(?m)^[ \t]*(?:(?:The|THE) [^():\n]{2,80}? \()?(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.? )?"
                        r"(?:[A-Z][\w.'’-]*[ \t]){0,3}[A-Z][\w'’-]+\)?[ \t]+\((?P<seat>[A-Z][^():\n]{1,60})\)[ \t]*:")


def seats(text: str, blocked: list[tuple[int, int]]) -> list[Candidate]:
    """The constituencies of a parliamentary record's speaker labels, as places, whole ("Eton and Slough")."""
    found = []
    for m in SEAT_LABEL.finditer(text):
        start, end = m.span("seat")
        if not overlaps_any(start, end, blocked):
            found.append(Candidate(start, end, m.group("seat"), place=True))
    return found


def org_phrases(text: str, blocked: list[tuple[int, int]]) -> list[Candidate]:
    found = []
    for m in ORG_PHRASE.finditer(text):
        if not overlaps_any(m.start(), m.end(), blocked):
            found.append(Candidate(m.start(), m.end(), m.group(0), org_phrase=True))
    return found


# A body's name spelt out before its acronym: the capitals of the words before the bracket spell it, whatever the
# language and however many small words ("e de", "do") stand between them.
ACRONYM_IN_BRACKETS = re.compile(r"\(([A-ZÀ-ÞİĞŞ]{2,8})\)")
WORD = re.compile(r"[\w'’-]+")
# Small words a name's capitals skip over, in the languages of the sources: "Polícia Internacional e de Defesa do Estado"
CONNECTORS = {"of", "the", "and", "for", "on", "in", "de", "do", "da", "dos", "das", "e", "del", "la", "las", "los", "el",
              "y", "des", "du", "et", "di", "della", "und", "der", "die", "für", "i", "na", "po", "pour", "a", "à"}
# A state's name before its acronym is a place: "the Union of Soviet Socialist Republics (USSR)"
STATE_WORDS = {"Republic", "Republics", "Kingdom", "States", "Emirates"}


def spelled_out_bodies(text: str, blocked: list[tuple[int, int]]) -> list[Candidate]:
    """Candidates for the names whose capitals spell the acronym bracketed right after them, and for the acronyms."""
    found = []
    for m in ACRONYM_IN_BRACKETS.finditer(text):
        letters = anyascii(m.group(1)).upper()
        line_start = text.rfind("\n", 0, m.start()) + 1
        start = spelled_start(text, line_start, m.start(), letters)
        if start is None or overlaps_any(start, m.start(), blocked):
            continue
        end = len(text[:m.start()].rstrip())
        name = text[start:end]
        if not any(w in STATE_WORDS for w in name.split()):
            found += [Candidate(start, end, name, org_phrase=True),
                      Candidate(m.start(1), m.end(1), m.group(1), org_phrase=True)]  # and the acronym is that body
    return found


def spelled_start(text: str, line_start: int, bracket: int, letters: str):
    """Where the words whose capitals spell ``letters`` begin, reading back from the bracket; None if they do not."""
    words = list(WORD.finditer(text, line_start, bracket))
    if not words or text[words[-1].end():bracket].strip():
        return None  # something other than a space stands between the name and its bracket
    i, start = len(letters) - 1, None
    for w in reversed(words):
        word = w.group()
        if word[:1].isupper():
            if anyascii(word[0]).upper() != letters[i]:
                return None
            i, start = i - 1, w.start()
            if i < 0:
                break
        elif word.lower() not in CONNECTORS:
            return None
    return start if i < 0 and len(letters) >= 2 else None
