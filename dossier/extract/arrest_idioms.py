"""How memoirs and diaries of the terror say "arrested" without the word: "They came for Heinz Neumann
last night", "Yesterday they took Grete", "Leński was taken in June". Read off the parse, so that
"took part", "was taken ill" and "came for the trial" stay what they are."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from dossier.extract.event_dates import date_for
from dossier.extract.events_args import clause_subject, in_line_date, people_at
from dossier.extract.modality import modality_of
from dossier.extract.places import PRISONS_AND_CAMPS
from dossier.extract.nlp import text_of
from dossier.extract.lexicon import HOLDING_KINDS, PRISON_WORDS
from dossier.model import DateValue, Document, Event, Participant, Span

TAKERS = {"they", "nkvd", "gpu", "ogpu", "police", "gestapo", "chekists", "men", "soldiers", "agents", "gunmen", "policemen",
          "troops", "guards", "officers"}
DETENTION = PRISON_WORDS | {"cell", "custody", "lubyanka", "butyrki", "lefortovo", "nkvd", "gpu", "gulag"}
CAMPS = PRISONS_AND_CAMPS | {"Magadan", "Norilsk", "Karlag"}
NOT_ARREST = {"part", "over", "place", "care", "ill", "sick", "office", "power", "up", "off", "charge", "notes",
              "before"}  # "taken before the court": a trial


def taken(tok, index, pronouns) -> list[Participant]:
    """The people a "come for" / "take" / "be taken" token says were arrested, or none ("took him away hooded",
    "took her out of her classroom")."""
    out_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)  # not "taken out to paint portraits"
    if tok.pos_ != "VERB" or tok.lemma_ != "pick" and any(c.lower_ in NOT_ARREST or c.dep_ == "acomp" or c.dep_ == "prt" and not (
            c.lower_ == "away" or c.lower_ == "out" and out_of) for c in tok.children):
        return []
    if tok.lemma_ == "pick":  # "The same night they picked up Mr. Gentaro Fujii" (the passive is a phrase of its own)
        up = any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
        subject = clause_subject(tok)
        if not up or subject is None or subject.dep_ != "nsubj" or not is_taker(subject):
            return []
        return [p for c in tok.children if c.dep_ == "dobj" for p in people_at(c, index, pronouns)]
    if tok.lemma_ == "come":
        return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj" for p in people_at(g, index, pronouns)]
    if tok.lemma_ != "take":
        return []
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if passive:
        to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.children if g.dep_ == "pobj"]
        if to and not any(g.lemma_.lower() in DETENTION or index.of_token(g) is not None for g in to):
            return []  # "taken to a children's home", "taken to hospital"
        return [p for c in passive for p in people_at(c, index, pronouns)]
    subject = clause_subject(tok)  # "armed men … broke into the family home and took him away"
    subject = subject if subject is not None and subject.dep_ == "nsubj" else None
    named = index.of_token(subject) if subject is not None else None
    away = any(c.lower_ == "away" for c in tok.children)  # "… came to our apartment and took my father away"
    if subject is None and not away or subject is not None and named is None and not is_taker(subject):
        return []  # taken by someone who is not "they", the NKVD, the police (whom a misparse may hide)
    if named is not None and named.label == "PERSON":
        return []  # "Stalin took Kirov's place"
    return [p for c in tok.children if c.dep_ == "dobj" for p in people_at(c, index, pronouns)]


def is_taker(subject) -> bool:
    """ "they", "the police", "four men carrying long weapons", "a group of armed men in Army uniform"."""
    return subject.lower_ in TAKERS or any(c.dep_ == "prep" and c.lower_ == "of" and g.lower_ in TAKERS
                                           for c in subject.children for g in c.children if g.dep_ == "pobj")


def goes_into_custody(verb) -> bool:
    """ "transferred to the prison of Villa Devoto", "moved to the camp of Cuatro Álamos": a move whose goal is a
    place of detention is (more) imprisonment — an arrest, as the gold counts it — not a removal or a journey."""
    goals = [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into")
             for g in c.children if g.dep_ == "pobj"]
    return any(is_custody_place(g) for g in goals)


PENAL_MODIFIERS = {"reform", "labour", "labor", "penal", "corrective", "punishment"}  # "Xiaoba Labour Reform Farm"
PENAL_FARM = re.compile(r"\b(?:Labour|Labor|Penal) (?:Reform )?Farm\b|\blabou?r[- ]reform farm\b", re.I)


def is_custody_place(noun) -> bool:
    """ "the prison of Villa Devoto", "Cuatro Álamos camp", "the Ipil Reception Center", "Xiaoba Labour Reform Farm"."""
    return noun.lemma_.lower() in DETENTION or noun.text in CAMPS or holding_centre(noun) \
        or any(c.lower_ in PENAL_MODIFIERS for c in noun.children if c.dep_ in ("compound", "amod"))


def received_into_custody(verb) -> bool:
    """ "Received into the Tongwei County Detention Centre", "He was received at this farm" (in a prisoner's file,
    after it has named the labour-reform farm): taken in by a place of detention — more imprisonment, not a meeting."""
    if verb.lemma_ != "receive" or any(c.dep_ == "dobj" or c.dep_ == "nsubj" and not in_line_date(c) for c in verb.children):
        return False  # "the Minister received the delegation" (but "1958.3.14   Received into …" has only its date)
    goals = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "at", "in")
             for g in c.children if g.dep_ == "pobj"]
    return any(is_custody_place(g) or g.lower_ == "farm" and PENAL_FARM.search(text_of(g.doc)) for g in goals)


def sent_away(verb) -> bool:
    """ "were arrested and sent to the island of Kea", "was among those sent to Chankiri": a person sent under guard
    to a place (not to a post, "sent to Kuibyshev as first secretary") is deported; into custody, arrested."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ in ("acl", "conj") and verb.tag_ == "VBN"
    return verb.lemma_ in ("send", "ship", "transport") and passive and not goes_into_custody(verb) \
        and not any(c.dep_ in ("prep", "dobj") and c.lower_ in ("as", "for", "back", "abroad") for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("to", "towards") for c in verb.children)


def holding_centre(noun) -> bool:
    """ "the Ipil Reception Center", "a detention centre": a centre that holds people."""
    return noun.lower_ in ("center", "centre") and any(c.lower_ in HOLDING_KINDS for c in noun.children if c.dep_ in ("compound", "amod"))


def arrest_idiom(tok, doc: Document, index, pronouns, dates: list[DateValue], span) -> Optional[Event]:
    people = [Participant(p.entity_id, "subject", p.text, p.start, p.end) for p in taken(tok, index, pronouns) if p.entity_id]
    if not people:
        return None
    start, end = span
    return Event(type="arrest", evidence=Span(start, end), participants=people, date=date_for(dates, start, end, tok),
                 modality=modality_of(tok, "verb", False), origin="extracted", doc_id=doc.id,
                 trigger=Span(tok.idx, tok.idx + len(tok.text)), confidence=0.7)


# A hold that its own sentence bounds in hours or two or three days, or ends the same or the next day (annotators call
# "held for 41 days" an arrest): "detained for 48 hours",
# "questioned for six hours and released the same evening", "released on the following day without charge"
SHORT_HOLD = re.compile(r"\bfor (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|"
                        r"twenty-four|forty-eight|seventy-two) hours\b|\bfor (?:[23]|two|three) (?:days|nights)\b|\bfor a (?:day|night)\b|"
                        r"\breleased (?:on )?(?:the same|the following|the next) (?:day|evening|night|morning)\b", re.I)
ARRESTED_AFTER = re.compile(r"[^;\n]{0,40}?[;,]\s*(?:and\s+)?(?:formally\s+)?arrested\b", re.I)
NOT_DETAINING = {"arrest", "imprison", "jail", "intern"}  # "arrested and held for 48 hours": the annotators' arrest


def as_short_hold(event: Event, sent, text: str) -> Event:
    """An arrest whose sentence bounds it in hours or days is a detention (DESIGN.md's type for a short hold), when
    its verb says detained, held or taken — not arrested."""
    if event.type != "arrest" or event.trigger is None:
        return event
    word = text[event.trigger.start:event.trigger.end].lower()
    end = sent.end_char
    for relative in (", who ", ", whose ", ", which "):  # "… in the presence of her brother, who was himself held for two days"
        found = text.find(relative, event.trigger.end, end)
        end = found if found != -1 else end
    said_before = text[sent.start_char:event.trigger.start].lower()  # "arrested and held for two days": one arrest
    if "detain" in word and ARRESTED_AFTER.match(text, event.trigger.end, event.trigger.end + 60):
        return replace(event, type="detention")  # "Detained 14.10.1980; arrested 27.10.1980": custody, then the arrest
    if any(stem in word or stem in said_before for stem in NOT_DETAINING) or not SHORT_HOLD.search(text, event.trigger.start, end):
        return event
    return replace(event, type="detention")


CUSTODY_TYPES = ("arrest", "detention")


# Where a transfer goes, after its verb: "Transferred on 16 December 1969 to Nusakambangan", "transferred to the
# Plantungan camp"
TRANSFER_GOAL = re.compile(r"(?:red|s)?(?:[ \t]+(?:on|in|under)[ \t]+[^,.;:\n]{1,30}?)?[ \t]+(?:back[ \t]+)?to[ \t]+(?:the[ \t]+)?")


def transfer_goes_to_a_place(text: str, trigger, mentions: list) -> bool:
    """The transfer's goal is a place the text names, a name that is no person's or body's ("to Nusakambangan"), or a
    prison or camp — not a post, a body or a district."""
    goal = TRANSFER_GOAL.match(text, trigger.end)
    if goal is None:
        return False
    named = next((m for m in mentions if m.start == goal.end()), None)
    after = text[goal.end():goal.end() + 40].split()
    return named is not None and named.label == "PLACE" or named is None and text[goal.end():goal.end() + 1].isupper() \
        or any(w.lower().strip(".,;") in DETENTION | PENAL_MODIFIERS for w in after[:4])


def transfers_in_custody(events: list[Event], text: str, mentions: list) -> list[Event]:
    """ "KARSIDI … Arrested 30.10.1965 in Salatiga. Transferred on 16 December 1969 to Nusakambangan": a prisoner's
    transfer moves him from one place of custody to another — more imprisonment (an arrest, as the gold counts it),
    not a removal from a post. A man is a prisoner from the arrest the text tells until a release it tells."""
    held_from: dict[str, list[tuple[int, str, str]]] = {}
    for e in sorted(events, key=lambda e: e.evidence.start):
        for p in e.participants:
            if p.role in ("subject", "") and p.entity_id and e.type in CUSTODY_TYPES + ("release", "sentence"):
                held_from.setdefault(p.entity_id, []).append((e.evidence.start, e.type, e.date.latest if e.date else ""))
    out = []
    for e in events:
        word = text[e.trigger.start:e.trigger.end].lower() if e.trigger is not None else ""
        moved = [p for p in e.participants if p.role == "subject"]
        shifted = e.type == "removal" and word.startswith("transfer") or e.type == "travel" and word == "moved" \
            and PASSIVE_BEFORE.search(text, max(0, e.trigger.start - 20), e.trigger.start) is not None  # "Vuksan was moved to"
        if shifted and moved and transfer_goes_to_a_place(text, e.trigger, mentions) and all(
                in_custody(held_from.get(p.entity_id, []), e.evidence.start, e.date.earliest if e.date else "") for p in moved):
            e = replace(e, type="arrest")
        out.append(e)
    return out


PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$")


def in_custody(history: list[tuple[int, str, str]], offset: int, when: str = "") -> bool:
    """The last custody, sentence or release event told before ``offset`` is a custody or a sentence: the latest
    in time, when all have dates ("DETAINED: 29.IV.76 / ANTECEDENTS: … released in 1974 / Transferred … 12 May 1976"
    is a man held since April, though his old release is told after his arrest), else the last told."""
    before = [(start, type_, date) for start, type_, date in history if start < offset]
    if when and before and all(date and date <= when for _, _, date in before):
        before = sorted(before, key=lambda item: item[2])
    return bool(before) and before[-1][1] in CUSTODY_TYPES + ("sentence",)


def held_after_taken(events: list[Event], text: str) -> list[Event]:
    """ "Detained 14.10.1980; arrested 27.10.1980. Held in Metris Military Prison.": an entry's "Held in" after the
    arrest it tells is where that custody is served, not another arrest; alone ("Held in the women's cell; seen alive
    in August 1977") it is the one custody the entry tells."""
    def held(e: Event) -> bool:
        return e.type == "arrest" and e.trigger is not None and text[e.trigger.start:e.trigger.end].startswith("Held") \
            and text[max(0, e.trigger.start - 2):e.trigger.start].strip() in ("", ".", ";")  # an entry's bare participle

    def taken_before(e: Event) -> bool:
        people = {p.entity_id for p in e.participants if p.role == "subject"}
        return any(o is not e and o.type in CUSTODY_TYPES and o.evidence.start < e.evidence.start
                   and "\n\n" not in text[o.evidence.start:e.evidence.start]
                   and people & {p.entity_id for p in o.participants if p.role == "subject"} for o in events)
    return [e for e in events if not (held(e) and taken_before(e))]
