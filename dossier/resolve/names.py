"""Name keys: one spelling-independent key per name, across scripts and romanisations.

anyascii turns Cyrillic into Latin; a few general rules then fold the usual
romanisation choices together (ia/ya/ja, ie/ye/je, w/v, -off/-ov, -ski/-sky,
sch/sh, doubled letters), so that Piatakov, Pyatakov, Pjatakow and Пятаков
share a key. Feminine forms (-ova, -ina, -skaya) keep their own key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from anyascii import anyascii

from dossier.extract.given_names import is_given_name
from dossier.extract.names_morph import CAPITALS_FIRST, DIGRAPH_INITIALS, GENERATION, is_hyphenated_given_name

SURNAME_PARTICLES = {"de", "del", "della", "da", "das", "dos", "van", "von", "der", "den", "di", "du", "la", "le", "ter", "ten"}
INITIAL = re.compile(r"^(?:[A-ZА-ЯЁ]\.?|(?:%s)\.)$" % "|".join(DIGRAPH_INITIALS))  # "M.", "Th. Ferré", "Bălan Gh."
# Russian patronymics and their Ukrainian romanisations: "Sergeevich", "Lvovych", "Mikhailovna", "Petrivna"
PATRONYMIC_ENDINGS = "ovitch|evitch|ovich|evich|ich|ych|ovna|evna|ivna|ichna"
PATRONYMIC = re.compile(rf"(?:{PATRONYMIC_ENDINGS})$", re.I)
FOLDS = [
    (re.compile(r"sch"), "sh"), (re.compile(r"tch"), "ch"), (re.compile(r"tz"), "ts"), (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "v"), (re.compile(r"ou"), "u"), (re.compile(r"ph"), "f"),
    (re.compile(r"(?<=[aeiou])j(?=[aeiou])"), "y"), (re.compile(r"^j(?=[aeiou])"), "y"),
    (re.compile(r"(?:ij|iy|yi|ii)$"), "y"), (re.compile(r"(?:skij|skiy|skii|ski)$"), "sky"),
    (re.compile(r"(?<=[bcdfghklmnprstvz])[ij](?=[aeou])"), "y"), (re.compile(r"(?<=[aeiou])i(?=[aeou])"), "y"),
    (re.compile(r"ye"), "e"), (re.compile(r"ine$"), "in"),
    (re.compile(r"(?:off|ow|ev)$"), "ov"), (re.compile(r"ff$"), "v"),
    (re.compile(r"([a-z])\1+"), r"\1"), (re.compile(r"'"), ""),
]
HACEK_DIGRAPHS = str.maketrans({"č": "ch", "Č": "Ch", "š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh"})
ALIASES = {"ussr": "soviet union", "u.s.s.r.": "soviet union", "soviet russia": "soviet union", "sssr": "soviet union"}


@lru_cache(maxsize=50000)
def fold(word: str) -> str:
    """The romanisation-independent key of one word ("Uborevič" is "Uborevich", in the Czech-style spelling of
    Russian names some documents use)."""
    text = anyascii(word.translate(HACEK_DIGRAPHS)).lower()
    text = re.sub(r"[^a-z'-]", "", text)
    for pattern, repl in FOLDS:
        text = pattern.sub(repl, text)
    return text


def strip_possessive(text: str) -> str:
    return re.sub(r"(?:'s|’s|'|’)$", "", text.strip())


@dataclass(frozen=True)
class PersonName:
    surname: str                 # as written, singular
    first: Optional[str] = None  # first name as written, if any
    initials: str = ""           # first letters of given names, e.g. "MP"
    plural: bool = False

    @property
    def key(self) -> str:
        if SLASHED.match(self.surname):  # "H/Mariam": kept apart from a plain "Hmariam", matched by ``similar``
            return fold(self.surname[0]) + "/" + fold(self.surname[2:])
        return "-".join(fold(part) for part in self.surname.split("-"))

    @property
    def first_initial(self) -> str:
        return anyascii(self.initials[:1]).upper() if self.initials else ""

    @property
    def complete(self) -> int:
        """How much of the name is written: 2 a first name, 1 initials, 0 surname alone."""
        return 2 if self.first else (1 if self.initials else 0)


GENERATION_AT_END = re.compile(GENERATION.pattern + "$")
INVERTED = re.compile(r"^([^\s,]+),\s+(.+)$")


def parse_person(text: str, plural_hint: bool = False) -> PersonName:
    """"M.P. Tomsky" → initials MP, surname Tomsky; "Fritz David" → first Fritz; "Zhdanovs" → plural."""
    text = GENERATION_AT_END.sub("", strip_possessive(text))  # "Ring Lardner, Jr." is Ring Lardner's son, by the same name
    inverted = INVERTED.match(text) or (CAPITALS_FIRST.match(text) if not text.isupper() else None)  # not "JOMO KENYATTA"
    if inverted:  # "KEDROV, Mikhail Sergeevich", "ADAMOVICH Ivan Stepanovich", as dictionaries and memorial books write names
        text = f"{inverted.group(2)} {inverted.group(1).title()}"
    text = re.sub(r"([A-ZА-ЯЁ]\.)(?=[A-ZА-ЯЁ])", r"\1 ", text)
    parts = [p for p in text.split() if p]
    if not parts:
        return PersonName(surname=text)
    if len(parts) >= 2 and not INITIAL.match(parts[0]) and not is_given_name(parts[0]) and all(INITIAL.match(p) for p in parts[1:]):
        # "Lapin P.S.", "Kovalenko I.P.", "Apostu V.": a file's surname first, then the initials
        return PersonName(surname=parts[0], initials="".join(p[0] for p in parts[1:]))
    if len(parts) == 3 and PATRONYMIC.search(parts[2]) and not PATRONYMIC.search(parts[1]) \
            and not any(INITIAL.match(p) for p in parts):  # "Lapin Pyotr Semyonovich": surname, given name, patronymic
        return PersonName(surname=parts[0], first=parts[1], initials=parts[1][0] + parts[2][0])
    if len(parts) > 2 and INITIAL.match(parts[-1]) and not INITIAL.match(parts[-2]) and not is_given_name(parts[-2]):
        parts = parts[:-1]  # "H. Fuentes S.": a second surname kept to its initial (not "Zbigniew W.", whose surname it is)
    if len(parts) == 2 and is_hyphenated_given_name(parts[1]) and not INITIAL.match(parts[0]):
        # "Ri Hyong-chol", "RI Myong-sik": a Korean or Chinese family name comes first
        return PersonName(surname=parts[0].title() if parts[0].isupper() else parts[0], first=parts[1], initials=parts[1][0])
    surname = parts[-1]
    plural = False
    if plural_hint and surname.endswith("s"):
        surname, plural = surname[:-1], True
    before = parts[:-1]
    while before and before[-1].lower() in SURNAME_PARTICLES:  # "Van der Lubbe" is Marinus van der Lubbe, not Van
        before = before[:-1]
    given = [p for p in before if not PATRONYMIC.search(p.rstrip("."))]
    initials = "".join(p[0] for p in before if p[:1].isalpha())
    first = next((p for p in given if not INITIAL.match(p) and len(p.rstrip(".")) > 1), None)
    if all(INITIAL.match(p) or p.endswith(".") for p in parts):  # a signature: "L.S."
        return PersonName(surname=text, initials="")
    return PersonName(surname=surname, first=first, initials=initials, plural=plural)


def org_key(text: str) -> str:
    text = strip_possessive(text)
    text = re.sub(r"^(?:the|The)\s+", "", text)
    key = " ".join(anyascii(text).lower().split())
    return ALIASES.get(key, ALIASES.get(text.lower(), key))


SLASHED = re.compile(r"^[A-Z]/[A-Z]")


def abbreviated_by_slash(short: str, full: str) -> bool:
    """ "h/mariam" for "hailemariam", "w/giorgis" for "wolde-giorgis": Ethiopian writing cuts a name's first part
    (Haile, Wolde, Gebre) to its initial and a slash."""
    if "/" not in short or "/" in full:
        return False
    initial, rest = short.split("/", 1)
    joined = full.replace("-", "")
    return len(rest) >= 3 and joined.startswith(initial) and joined.endswith(rest.replace("-", "")) and len(joined) > len(rest) + 1


def similar(a: str, b: str, threshold: float = 90.0) -> bool:
    """Near-identical keys of long names (a misprint, a rare romanisation)."""
    from rapidfuzz.distance import JaroWinkler

    if "/" in a + b:
        return abbreviated_by_slash(a, b) or abbreviated_by_slash(b, a)
    if min(len(a), len(b)) < 6 or a[:1] != b[:1]:
        return False
    if a.endswith(("a", "aya")) != b.endswith(("a", "aya")):
        return False  # feminine and masculine forms stay apart
    return JaroWinkler.similarity(a, b) * 100 >= threshold
