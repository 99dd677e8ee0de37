"""Reading a text written in capitals: telegrams, headlines, headings.

A 1938 embassy telegram is all capitals ("KRESTINSKI DECLARED THAT HE WAS NOT A TROTSKYITE"), and so are
many headlines. Capitals are most of what tells the tagger and the name rules that a word is a name, so in
such text every word looks like one and none does. Before the text is parsed, each line written in capitals
is given the capitals a writer of ordinary prose would use (and a chronology's line its first word's usual case:
"1921 — Joins the party"): a word takes the form (lower case, capitalised,
or all capitals) that English text uses most often — spaCy's table of word frequencies from a large English
corpus — and a word the table does not know is taken for a name ("RYKOV" → "Rykov"). Sentence openings
keep their capital.

The recased copy is only what the parser reads: it has the same length as the source, so every offset is the
same, and every quotation and mention is taken from the source's own words afterwards.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from dossier.extract.dates_grammar import CHRONOLOGY_LINE, MONTH_NAMES
from dossier.extract.lexicon import ORG_PHRASE
from dossier.extract.places import is_place_name
from dossier.model import DateValue, Document, Event, Mention

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_CAPITAL_WORDS = 3  # "LIU SHAOQI CLEARED …", "MORNING SESSION, AUGUST 19": not a speaker label ("MR. COLLINS:")
CAPITALS_SHARE = 0.75
SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "at"}
ORG_PHRASE_ANY_CASE = re.compile(ORG_PHRASE.pattern, re.I)
RAREST = -19.4  # the table's floor: forms seen about once, as noise ("pletnev", "shaoqi") as often as words
SENTENCE_END = re.compile(r"(?:^|[.!?:;]\s+|\d+\.\s+|\(\s*)$")


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, float]:
    """log-probabilities of English word forms, case kept ("Mandela" is commoner than "mandela")."""
    data = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        return json.load(f)


# A form's printed label in capitals opening a line: "SURNAMES AND NAMES: AQUINO BÁEZ, Celso"
CAPITALS_LABEL = re.compile(r"^[ \t]*[A-Z][A-Z .'-]{1,40}:")


def in_capitals(line: str) -> bool:
    """A line written in capitals, not a line that only holds a few (an acronym, a speaker label), nor a form's
    field whose label is printed in capitals and whose entry is not ("SURNAMES AND NAMES: AQUINO BÁEZ, Celso")."""
    label = CAPITALS_LABEL.match(line)
    if label and any(w.istitle() and len(w) > 1 for w in WORD.findall(line[label.end():])):
        return False
    words = [w for w in WORD.findall(line) if len(w) > 1]
    capitals = [w for w in words if w.isupper()]
    return len(capitals) >= MIN_CAPITAL_WORDS and len(capitals) >= CAPITALS_SHARE * len(words)


def usual_form(word: str, frequencies: dict[str, float]) -> str:
    """The form ordinary English text gives a word met in capitals; a word it never uses is a name."""
    if len(word) == 1:
        return word if word == "I" else word.lower()
    forms = [word.lower(), word[0] + word[1:].lower(), word]
    if forms[0] in MONTH_NAMES:
        return forms[1]  # "IN MAY 1937": a month, though "may" is the commoner word
    known = [(frequencies[f], f) for f in forms if frequencies.get(f, RAREST) > RAREST]
    if not known:
        return forms[1]
    best = max(known)[1]
    return best if len(best) == len(word) else word


def recase_line(line: str, frequencies: dict[str, float]) -> str:
    out = list(line)
    for m in WORD.finditer(line):
        word = m.group()
        if not word.isupper():
            continue
        initial = len(word) == 1 and line[m.end():m.end() + 1] == "."  # "J. EDGAR HOOVER"
        form = word if initial else usual_form(word, frequencies)
        if SENTENCE_END.search(line[:m.start()]):
            form = form[0].upper() + form[1:]
        out[m.start():m.end()] = form
    for start, end in known_names(line):
        out[start:end] = titled(line[start:end])
    return "".join(out)


def titled(words: str) -> str:
    return " ".join(w.lower() if w.lower() in SMALL_WORDS else w[:1] + w[1:].lower() for w in words.split(" "))


def known_names(line: str) -> list[tuple[int, int]]:
    """Where a line in capitals names a place or a body we know by several words ("SOVIET UNION", "GREAT BRITAIN",
    "CENTRAL COMMITTEE", "LEFT OPPOSITION"), which word by word would read as common words."""
    spans = []
    for m in ORG_PHRASE_ANY_CASE.finditer(line):
        of = re.search(r"\s+of\s", m.group(), re.I)  # the phrases' open "of the …" tails would run on in capitals
        spans.append((m.start(), m.start() + of.start() if of else m.end()))
    words = list(WORD.finditer(line))
    for size in (3, 2):
        for i in range(len(words) - size + 1):
            run = words[i:i + size]
            if all(line[a.end():b.start()] == " " for a, b in zip(run, run[1:])) and is_place_name(titled(line[run[0].start():run[-1].end()])):
                spans.append((run[0].start(), run[-1].end()))
    return spans


def opens_with_a_word(line: str, frequencies: dict[str, float]) -> str:
    """ "1921 — Joins the party": after a chronology's date, an ordinary word is capitalised only for its place,
    and the tagger would take it for a name."""
    head = CHRONOLOGY_LINE.match(line)
    word = WORD.match(line, head.end()) if head else None
    if word is None or not word.group().istitle() or len(word.group()) < 2:
        return line
    lower = word.group().lower()
    if frequencies.get(lower, RAREST) <= max(frequencies.get(word.group(), RAREST), RAREST):
        return line
    return line[:word.start()] + lower + line[word.end():]


def cased_view(doc: Document) -> Document:
    """The document as the parser should read it: lines in capitals recased, the word after a chronology's date
    in its usual case, everything else as it stands."""
    lines = doc.text.split("\n")
    capitals = [in_capitals(line) for line in lines]
    dated = [bool(CHRONOLOGY_LINE.match(line)) for line in lines]
    if not any(capitals) and not any(dated):
        return doc
    frequencies = word_frequencies()
    text = "\n".join(recase_line(line, frequencies) if caps else opens_with_a_word(line, frequencies) if line_dated else line
                     for line, caps, line_dated in zip(lines, capitals, dated))
    return replace(doc, text=text) if len(text) == len(doc.text) else doc


def source_words(doc: Document, mentions: list[Mention], dates: list[DateValue], events: list[Event]) -> None:
    """Every mention, date and participant quotes the source's own words again, not the recased copy's."""
    for item in [*mentions, *dates, *(p for ev in events for p in ev.participants)]:
        if item.start is not None and item.end is not None:
            item.text = doc.text[item.start:item.end]
    for ev in events:
        if ev.date is not None and ev.date.start is not None:
            ev.date.text = doc.text[ev.date.start:ev.date.end]
