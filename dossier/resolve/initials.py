"""Surnames cut to their first letters: "K. belonged to the KPD", "Remmert to 6 years' penitentiary, Sch. to 4".

Police reports, case files and court minutes name a person in full once, then by the surname's initial
("Heinrich Wilhelm Kösters … K. belonged …"). Such an abbreviation is the person named before it whose surname
begins with those letters — the nearest one in the same paragraph, as the writer abbreviates only whom the reader
has just met (not "L. 3.III.03." under a resolution, the initial of someone the report never names).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from dossier.extract.lexicon import is_title_word
from dossier.model import Document, Mention

ABBREVIATION = re.compile(r"(?<![\w.’'/-])([A-ZÀ-ÖØ-ÞŁŚŹŻ][a-zß-öø-ÿ]{0,2})\.(?![\w.’'-])")
NAME_AFTER = re.compile(r"[ \t]*[A-ZÀ-ÖØ-ÞŁŚŹŻ(]")  # "K. Marx", "J. (Hans)": an initial opening a full name
ARTICLE_AFTER = re.compile(r"[ \t]+(?:the|le|la|les)\b")  # "M. the Bâtonnier": Monsieur
LINE_START = re.compile(r"(?:^|\n)[ \t]*$")  # "A. I was arrested", "B. Arrests": a transcript's answer, a list's letter
# Abbreviations of words that are not names ("No. 12", "Co.", "Jr."), whatever surname they might begin
NOT_SURNAMES = {"No", "Nr", "Nos", "Co", "Jr", "Sr", "St", "Mt", "Art", "Vol", "Ed", "Ch", "Fig", "Op", "Pt", "Ft",
                "Ltd", "Inc", "Gov", "Rep", "Gen", "Col", "Cap", "Sec", "Div", "Reg", "Bn", "Bd", "Pl", "Sq", "Av", "Ave"}


def surname_of(text: str) -> str:
    """The surname a person's mention gives: the first word of an inverted name ("Rosenthal, Siegfried Israel"),
    else the last ("Heinrich Wilhelm Kösters", "Kösters's")."""
    text = re.sub(r"(?:'s|’s)$", "", text)
    return text.split(",")[0].split()[0] if "," in text else text.split()[-1]


def abbreviated_surnames(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """New PERSON mentions, resolved, for the abbreviated surnames in the document."""
    text = doc.text
    paragraphs = sorted(b.start for b in doc.blocks) or [0]
    people = sorted((m for m in mentions if m.label == "PERSON" and m.entity_id and not m.generic), key=lambda m: m.end)
    ends = [m.end for m in people]
    found = []
    for match in ABBREVIATION.finditer(text):
        letters, start, end = match.group(1), match.start(), match.end()
        if letters in NOT_SURNAMES or is_title_word(letters + ".") or NAME_AFTER.match(text, end) \
                or ARTICLE_AFTER.match(text, end) or LINE_START.search(text, max(0, start - 40), start):
            continue
        paragraph = paragraphs[max(0, bisect_left(paragraphs, start + 1) - 1)]
        person = _abbreviated(letters, people, bisect_left(ends, start + 1), paragraph, start)
        if person is not None and not _inside(mentions, start, end):
            found.append(Mention(start, end, text[start:end], "PERSON", entity_id=person.entity_id, method="rule",
                                 doc_id=person.doc_id))
    return found


def _abbreviated(letters: str, people: list[Mention], upto: int, paragraph: int, start: int) -> Optional[Mention]:
    """The nearest person named since ``paragraph`` began and before ``start`` whose surname begins with
    ``letters``, not one named in full right before the abbreviation ("Anna Jansen … Anna J." is hers, but "Anna J."
    itself is one name). ``people[:upto]`` are those ending by ``start``, in the order they end."""
    for m in reversed(people[max(0, upto - 50):upto]):
        if m.start < paragraph:
            return None
        if m.end >= start - 1:
            return None  # "Anna J.": the initial ends the name before it
        surname = surname_of(m.text)
        if len(surname) > len(letters) + 1 and surname.startswith(letters) and surname[len(letters)].islower():
            return m
    return None


def _inside(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)
