"""Recognition of people, organisations and places: spaCy as a base, a domain layer on top.

Public API: ``NameRecognizer().process(doc)`` and ``.pipe(docs, n_process)``,
both giving PERSON/ORG/PLACE ``Mention``s and the spaCy parse (events reuse it).
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from dossier.extract.given_names import is_given_name
from dossier.extract.lexicon import NOT_NAMES, ORG_HEADS, ORG_WORDS, STREET_BEFORE
from dossier.extract.names_morph import GENERATION, looks_like_surname
from dossier.extract.places import is_place_name
from dossier.extract.names_candidates import MONARCH_TITLES, Candidate, runs
from dossier.extract.names_patterns import inverted_names, org_phrases, overlaps_any, seats, spelled_out_bodies
from dossier.extract.names_classify import spacy_label
from dossier.extract.names_vote import decide
from dossier.extract.narrator import turn_markers
from dossier.extract.nlp import load_nlp
from dossier.model import Document, Mention


ROMAN_AT_LINE_HEAD = r"^[ \t]*((I{1,3}|IV|VI{0,3}|IX|X{1,3})\.)[ \t]+"
# "V. CLERK'S NOTE": a heading's roman number, not an initial
HEADING_NUMBER = re.compile(ROMAN_AT_LINE_HEAD + r"(?=[^a-z\n]+$)", re.M)
# "I. AHMED BENSALEM, 34, tram conductor" … "II. MOULOUD KACI, 27, law student": numbered headings in capitals
NUMBERED_CAPS_LINE = re.compile(ROMAN_AT_LINE_HEAD + r"(?=[A-ZÀ-Þ]{2,}\b)", re.M)
SECTION_NUMBER = re.compile(ROMAN_AT_LINE_HEAD + r"(?=[A-ZÀ-Þ])", re.M)  # "I. TASS, 13 January 1953: …"


def heading_numbers(text: str) -> list[tuple[int, int]]:
    """Where a heading's roman number stands: before a line in capitals, before a name in capitals when other
    lines of the text are numbered so too, or before any line when three of the text's lines are numbered so, or
    "I." and "II." (no one's initials)."""
    spans = [m.span(1) for m in HEADING_NUMBER.finditer(text)]
    numbered = list(NUMBERED_CAPS_LINE.finditer(text))
    if len({m.group(2) for m in numbered}) >= 2:
        spans += [m.span(1) for m in numbered]
    sections = list(SECTION_NUMBER.finditer(text))
    numbers = {m.group(2) for m in sections}
    if len(numbers) >= 3 or {"I", "II"} <= numbers:  # "I. Family of the bandit …" where "II. Family …" follows
        spans += [m.span(1) for m in sections]  # "I. TASS, 13 January 1953: …" where "II.", "III." open lines too
    return sorted(set(spans))


# An editor's or translator's interpolation: "[Ed.: Two of the nine …]", "(Trans.)"
EDITOR_MARK = re.compile(r"(?<=[\[(])[ \t]*(?:Ed|Eds|Trans|Tr)\.(?=[ \t]*[:\])]|[ \t])")


def blocked_spans(doc: Document) -> list[tuple[int, int]]:
    """Footnote markers, metadata lines, an editor's "[Ed.:" and the "Q."/"A." of a transcript: never part of a name."""
    spans = turn_markers(doc.text) + heading_numbers(doc.text) + [(f.marker.start, f.marker.end) for f in doc.footnotes if f.marker]
    spans += [m.span() for m in EDITOR_MARK.finditer(doc.text)]
    spans += [(b.start, b.end) for b in doc.blocks if b.kind == "metadata"]
    return spans


def mentions_from_parse(doc: Document, sdoc) -> list[Mention]:
    blocked = blocked_spans(doc)
    orgs = org_phrases(doc.text, blocked) + inverted_names(doc.text, blocked, NOT_NAMES) + seats(doc.text, blocked)
    taken = [(c.start, c.end) for c in orgs]
    orgs += [c for c in spelled_out_bodies(doc.text, blocked) if not overlaps_any(c.start, c.end, taken)]
    org_spans = [(c.start, c.end) for c in orgs]
    candidates: list[Candidate] = list(orgs)
    for c in runs(sdoc, blocked + org_spans):
        candidates.extend(split_place_before_organ(c))
    candidates = join_body_names(doc.text, candidates)
    mentions = []
    decided = join_official_names(doc.text, numbered_bodies(doc.text, decide(candidates)))
    decided = trailing_initials(doc.text, companies(doc.text, streets(doc.text, federal_district(doc.text, decided))))
    for c, label, score, generic in generations(doc.text, lineages(doc.text, decided)):
        method = "gazetteer" if c.org_phrase else ("model" if spacy_label(c) == label else "rule")
        mentions.append(Mention(start=c.start, end=c.end, text=doc.text[c.start:c.end], label=label,
                                method=method, score=round(score, 3), doc_id=doc.id, generic=generic))
    return sorted(mentions, key=lambda m: m.start)


def split_place_before_organ(c: Candidate) -> list[Candidate]:
    """ "the Moscow NKVD", "the Kiev GPU": a place naming an organ's branch, and the organ — two names."""
    if len(c.tokens) < 2 or c.tokens[-1].text not in ORG_WORDS or not is_place_name(" ".join(t.text for t in c.tokens[:-1])):
        return [c]
    place, organ = c.tokens[:-1], c.tokens[-1:]
    return [Candidate(place[0].idx, place[-1].idx + len(place[-1].text), " ".join(t.text for t in place), tokens=place, place=True),
            Candidate(organ[0].idx, organ[0].idx + len(organ[0].text), organ[0].text, tokens=organ, possessive=c.possessive)]


OF_THE = re.compile(r"^\s+of(?:\s+the)?\s+$")
OF_ON_FOR = re.compile(r"^\s+(?:of|on|for)(?:\s+the)?\s+$")
# Heads of bodies named by what they are for: "Ministry of the Interior", "University of Chile",
# "Inter-American Commission on Human Rights", "Movement of the Revolutionary Left".
BODY_HEADS = ORG_HEADS | {"University", "Movement", "Corps", "Agency", "Service", "Mothers", "Friends", "Court of Appeals"}


def join_body_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A body's head and what follows "of/on/for (the)" are one organisation, unless a person follows."""
    ordered = sorted(candidates, key=lambda c: c.start)
    out: list[Candidate] = []
    for c in ordered:
        prev = out[-1] if out else None
        gap = text[prev.end:c.start] if prev is not None else ""
        if prev is not None and not prev.inverted and not c.inverted and not names_a_person(c) and (
                prev.text.split()[-1] in BODY_HEADS and OF_ON_FOR.match(gap) or prev.org_phrase and OF_THE.match(gap)):
            # "Initiative Group for the Defence" + "of Human Rights": a body's name goes on through "of"
            out[-1] = Candidate(prev.start, c.end, text[prev.start:c.end], tokens=prev.tokens + c.tokens, org_phrase=True)
            continue
        out.append(c)
    return out


def names_a_person(c: Candidate) -> bool:
    """ "the Party of Lenin": a person's name is no part of a body's name."""
    words = c.text.split()
    return spacy_label(c) == "PERSON" or is_given_name(words[0]) or looks_like_surname(words[-1])


def join_official_names(text: str, decided: list) -> list:
    """"Political Administration" + "of the" + "Red Army" → one organisation (the maximal official name).

    An organisation followed by "of (the)" and another organisation or a
    place is one name, as the gold conventions ask: "Central Committee of the
    Communist Party", "Bulletin of the Opposition".
    """
    decided = sorted(decided, key=lambda d: d[0].start)
    out: list = []
    for item in decided:
        if out:
            prev = out[-1]
            gap = text[prev[0].end:item[0].start]
            if prev[1] == "ORG" and item[1] in ("ORG", "PLACE") and OF_THE.match(gap):
                joined = Candidate(prev[0].start, item[0].end, text[prev[0].start:item[0].end],
                                   tokens=prev[0].tokens + item[0].tokens, org_phrase=prev[0].org_phrase)
                out[-1] = (joined, "ORG", max(prev[2], item[2]), False)
                continue
        out.append(item)
    return out


ORDINAL_BEFORE = re.compile(r"\b(?:\d{1,4}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)[ \t]$")
NUMBER_AFTER = re.compile(r"^[ \t]+No\.[ \t]?\d{1,4}\b")
BARE_NUMBER_AFTER = re.compile(r"^[ \t]+\d{1,2}\b(?![.,:/-]?\d)")  # "JMI 3", "EMR 1": a body named by its acronym
ACRONYM = re.compile(r"[A-Z]{2,5}")


def numbered_bodies(text: str, decided: list) -> list:
    """ "the 5th Constabulary Security Unit", "the Fourth Corps", "Military Commission No. 2", "JMI 3", "9th Street":
    the number of a body or a street is part of its name."""
    out = []
    for c, label, score, generic in decided:
        if label == "ORG" or label == "PLACE" and c.text.split()[-1] in ("Street", "Avenue", "Road"):
            before = ORDINAL_BEFORE.search(text, max(0, c.start - 9), c.start)
            after = NUMBER_AFTER.match(text[c.end:c.end + 12]) or (
                BARE_NUMBER_AFTER.match(text[c.end:c.end + 12]) if ACRONYM.fullmatch(c.text) else None)
            start, end = before.start() if before else c.start, c.end + (after.end() if after else 0)
            if (start, end) != (c.start, c.end):
                c = Candidate(start, end, text[start:end], tokens=c.tokens, org_phrase=c.org_phrase)
        out.append((c, label, score, generic))
    return out


# Languages that put the lower-case word after the name: "Köztársaság tér", "Rákóczi út", "Nowy Świat ulica"
STREET_AFTER = re.compile(r"^(?:['’]s)?[ \t]+(?:tér|tere|utca|út|útja|körút|ulica|ulice|náměstí|třída|prospekt|ploshchad|"
                          r"pereulok|naberezhnaya|sokak|sokağı|caddesi|meydanı|"
                          r"(?:street|avenue|alley|lane|boulevard)(?:[ \t]+station)?)\b")  # "Michigan street", "Crane's alley" (1886)
# A police or railway station named for its street: "the Chicago Avenue station"
STATION_AFTER_STREET = re.compile(r"^[ \t]+station\b")
STREET_OPENERS = {"Paseo", "Calle", "Avenida", "Rua", "Rue", "Via", "Plaza", "Praça", "Ulitsa"}
STREET_WORDS = ("Street", "Avenue", "Road", "Square", "Boulevard", "Lane")


def streets(text: str, decided: list) -> list:
    """ "calle de Fomento", "rue de la Lyre", "rue Michelet", "Köztársaság tér": a street named with its lower-case
    word is a place, and that word is part of its name (a person the street is named for is no one the text speaks
    of)."""
    out = []
    for c, label, score, generic in decided:
        before = STREET_BEFORE.search(text, max(0, c.start - 16), c.start)
        after = STREET_AFTER.match(text[c.end:c.end + 24])
        if after is not None and after.group().strip()[:1].isascii() and c.text.split()[0] in STREET_OPENERS:
            after = None  # "Paseo Colón avenue": named already
        if after is None and c.text.endswith(STREET_WORDS):
            after = STATION_AFTER_STREET.match(text[c.end:c.end + 12])
        if before is not None or after is not None:
            start, end = before.start() if before else c.start, c.end + (after.end() if after else 0)
            c = Candidate(start, end, text[start:end], tokens=c.tokens, place=True)
            label, generic = "PLACE", False
        out.append((c, label, score, generic))
    return out


DISTRICT_AFTER = re.compile(r"^,[ \t]*D\.[ \t]?C\.")


def federal_district(text: str, decided: list) -> list:
    """ "Washington, D.C.": the district is part of the city's name (not a person's initials after a place)."""
    out: list = []
    for c, label, score, generic in decided:
        if out and out[-1][0].start < c.start < out[-1][0].end:
            continue  # the "D.C." now inside the city's name
        after = DISTRICT_AFTER.match(text[c.end:c.end + 8]) if label == "PLACE" else None
        if after is not None:
            end = c.end + after.end()
            c = Candidate(c.start, end, text[c.start:end], tokens=c.tokens, place=True)
        out.append((c, label, score, generic))
    return out


# A firm named for its founders: "Marshall Field & Co.", "Siemens & Halske", "Krupp Ltd."
COMPANY_AFTER = re.compile(r"^(?:[ \t]*&[ \t]*(?:Co\.|Company|Sons|Brothers)|,?[ \t]+(?:Ltd|Inc|Corp|GmbH|AG)\b\.?)")


def companies(text: str, decided: list) -> list:
    """A name followed by "& Co." or "Ltd." is a firm's, the suffix included."""
    out = []
    for c, label, score, generic in decided:
        after = COMPANY_AFTER.match(text[c.end:c.end + 16])
        if after is not None:
            end = c.end + after.end()
            c, label, generic = Candidate(c.start, end, text[c.start:end], tokens=c.tokens, org_phrase=True), "ORG", False
        out.append((c, label, score, generic))
    return out


ENDS_IN_INITIAL = re.compile(r"\s[A-ZÀ-Þ]$")


def trailing_initials(text: str, decided: list) -> list:
    """ "Zbigniew W.", "Dr. J. Murguía T.": a surname or second surname kept to its initial keeps its dot, which
    the tokenizer takes for the sentence's end."""
    out = []
    for c, label, score, generic in decided:
        if label == "PERSON" and ENDS_IN_INITIAL.search(c.text) and text[c.end:c.end + 1] == "." \
                and c.title not in MONARCH_TITLES:  # "the late Emperor Alexander I.": a reign's number
            c = Candidate(c.start, c.end + 1, text[c.start:c.end + 1], tokens=c.tokens, inverted=c.inverted)
        out.append((c, label, score, generic))
    return out




def generations(text: str, decided: list) -> list:
    """ "Dr. MARTIN LUTHER KING, JR.": the son's "Jr." is part of his name, not a name of its own."""
    out: list = []
    for item in sorted(decided, key=lambda d: d[0].start):
        c = item[0]
        if out and out[-1][1] == "PERSON" and c.start < out[-1][0].end:
            continue  # the "JR" the name now holds
        suffix = GENERATION.match(text, c.end) if item[1] == "PERSON" else None
        if suffix is not None and not text[suffix.end():suffix.end() + 1].isalpha():
            c = Candidate(c.start, suffix.end(), text[c.start:suffix.end()], tokens=c.tokens, title=c.title)
            item = (c, *item[1:])
        out.append(item)
    return out


LINEAGE = re.compile(r"[ \t]+(?:son|daughter)[ \t]+of[ \t]+")
GIVEN_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:son|daughter)[ \t]+of[ \t]+$")


def lineages(text: str, decided: list) -> list:
    """ "Rashid son of Hama Amin Qadir", "Nasrin daughter of Ali Faraj": where a file names a man by his father's
    line, the whole chain is his one name (a comma before "son of" makes it a description instead)."""
    out: list = []
    for item in sorted(decided, key=lambda d: d[0].start):
        prev = out[-1] if out else None
        if prev is not None and item[1] == "PERSON" and (prev[1] == "PERSON" or is_given_name(prev[0].text)) \
                and LINEAGE.fullmatch(text, prev[0].end, item[0].start):  # "Kamal son of …", though Kamal is a town too
            joined = Candidate(prev[0].start, item[0].end, text[prev[0].start:item[0].end],
                               tokens=prev[0].tokens + item[0].tokens, title=prev[0].title)
            out[-1] = (joined, "PERSON", max(prev[2], item[2]), False)
            continue
        son = GIVEN_NAME_BEFORE.search(text, max(0, item[0].start - 40), item[0].start) if item[1] == "PERSON" else None
        if son is not None and is_given_name(son.group(1)) and (prev is None or prev[0].end <= son.start(1)):
            c = item[0]  # "The accused Jamal son of Fattah Ibrahim": a given name the vote left unnamed
            item = (Candidate(son.start(1), c.end, text[son.start(1):c.end], tokens=c.tokens, title=c.title), *item[1:])
        out.append(item)
    return out


class NameRecognizer:
    """Finds PERSON, ORG and PLACE mentions; DATE comes from ``dossier.extract.dates``."""

    def __init__(self) -> None:
        self.nlp = load_nlp()

    def process(self, doc: Document) -> tuple[list[Mention], object]:
        sdoc = self.nlp(doc.text)
        return mentions_from_parse(doc, sdoc), sdoc

    def pipe(self, docs: Iterable[Document], n_process: int = 1, batch_size: int = 8) -> Iterator[tuple[Document, list[Mention], object]]:
        docs = iter(docs)
        pending: list[Document] = []

        def texts() -> Iterator[str]:
            for d in docs:
                pending.append(d)
                yield d.text

        for sdoc in self.nlp.pipe(texts(), n_process=n_process, batch_size=batch_size):
            doc = pending.pop(0)
            yield doc, mentions_from_parse(doc, sdoc), sdoc
