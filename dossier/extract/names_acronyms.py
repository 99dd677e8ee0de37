"""A body's name spelt out before its acronym: "the Polícia Internacional e de Defesa do Estado (PIDE)", "the
Instituto Médico Legal (IML)". The capitals of the words before the bracket spell the acronym, so those words are one
body's name, whatever their language and however many small words ("e de", "do") stand between them."""

from __future__ import annotations

import re

from anyascii import anyascii

from dossier.extract.names_candidates import Candidate

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
        if start is None or any(s < m.start() and e > start for s, e in blocked):
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
