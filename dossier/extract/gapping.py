"""Events told once for several people, the verb left out after the first: "Leński was taken in June,
Walecki soon after him, old Warski in the summer", "Feldman on 15 May and Eideman on 22 May", "Warski was
rehabilitated in 1955, Leński and Koszutska the following year". Each verbless part that names people and a
time is the same kind of event for them, dated by its own words (or left undated: "soon after him").
"Belov and Dybenko followed in early 1938" says the same with a verb that only points back.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.extract.events_args import end_at_last_word, people_at
from dossier.extract.nlp import text_of, token_at
from dossier.extract.relative_dates import LATER, amount_of, shift
from dossier.model import DateValue, Event, Participant, Span

LEADS = {"and", "but", "while", "then", "old", "young", "the", "later", "finally"}
TIME_WORDS = {"earlier", "later", "after", "before", "soon", "in", "on", "at", "during", "by", "within", "shortly", "days",
              "weeks", "months", "years", "afterwards", "next", "same", "summer", "winter", "spring", "autumn", "following"}
APPOSITION_LEADS = {"a", "an", "the", "his", "her", "their", "then", "once", "himself", "herself"}
SUBJECT_ROLES = ("subject", "accused")
# What a later person can "follow" someone into: things that happen to people, not what they do.
FOLLOWED = {"arrest", "execution", "exile", "removal", "expulsion", "death", "release", "rehabilitation", "sentence",
            "trial", "suicide", "escape"}
BACK_REACH = 400  # characters from the event "followed" back to the one it repeats
# "Rakovski admitted being a British agent; Rosengoltz, former Commissar, to passing information; Grinko and Chernov
# to wrecking": what was admitted to, pleaded guilty to, confessed to, told again for others after semicolons; so
# are sentences ("condemn X to DEATH; Y, as author of the same crime, to THIRTY YEARS; and Z, …, to TWELVE YEARS")
TO_GAPPED = {"confession", "sentence"}


def gapped_events(sent, found: list[Event], index, dates: list[DateValue]) -> list[Event]:
    out: list[Event] = []
    for i, ev in enumerate(found):
        if ev.trigger is None or not any(p.role in SUBJECT_ROLES for p in ev.participants):
            continue
        if any(p.role == "agent" for p in ev.participants):
            continue  # "Stalin removed Yagoda in May, Rykov in June": the object is what is gapped, not read here
        after = [t for t in sent if t.idx >= ev.trigger.end]
        mine = events_of_parts(segments(after)[1:], ev, index, dates)
        if not mine and ev.type in TO_GAPPED:
            mine = events_of_to_parts(after, ev, index)
        if mine:
            gapped = {p.entity_id for e in mine for p in e.participants}
            own = [p for p in ev.participants if p.entity_id not in gapped]  # not the parser's "Terracini, Gramsci"
            found[i] = replace(ev, evidence=Span(ev.evidence.start, min(ev.evidence.end, mine[0].evidence.start - 2)),
                               participants=own if any(p.role in SUBJECT_ROLES for p in own) else ev.participants)
            out += mine
    return out


def events_of_parts(parts: list[list], ev: Event, index, dates: list[DateValue]) -> list[Event]:
    """The parts after the verb's own clause, until a clause with a verb of its own begins. A part naming people
    without a time waits for a time after its apposition ("Kuchin, a student of the University, on February 3")."""
    mine, waiting = [], None
    for part in parts:
        if any(is_own_verb(t, index) for t in part):
            break
        people, rest = people_and_rest(part, index)
        if people and {m.entity_id for m in people} <= {p.entity_id for p in ev.participants}:
            break  # "restoring the honor of Menderes, Zorlu and Polatkan, and on Sept. 17 …": the event's own list
        if people and has_time(rest):
            mine.append(event_for(part, part, people, ev, dates))
            waiting = None
        elif people:
            waiting = (part, people)
        elif waiting and is_time_phrase(part):
            mine.append(event_for(waiting[0], part, waiting[1], ev, dates))
            waiting = None
        elif waiting and part[0].lower_ in APPOSITION_LEADS:
            continue
        else:
            waiting = None
    return mine


def events_of_to_parts(tokens: list, ev: Event, index) -> list[Event]:
    """Parts after semicolons that name people, perhaps with an apposition, and then "to …" and no verb of their own."""
    parts, current = [], []
    for t in tokens:
        if t.text == ";":
            parts.append(current)
            current = []
        else:
            current.append(t)
    parts.append(current)
    out = []
    for part in parts[1:]:
        people = []
        part = part[1:] if part and part[0].lower_ == "and" else part
        for t in part:
            m = index.of_token(t)
            if m is not None and m.label == "PERSON" and m.entity_id:
                people += [m] if m not in people else []
            elif not (people and t.lower_ in ("and", ",")):  # "Antonio Gramsci, Mauro Scoccimarro and Giovanni Roveda"
                break
        to = next((t for t in part if t.lower_ == "to" and t.i > part[0].i and t.doc[t.i - 1].text == ","), None) or \
            next((t for t in part if t.lower_ == "to"), None)  # after the apposition: not "aid to the rebellion"
        if to is None or any(is_own_verb(t, index) for t in part if t.i < to.i):
            break  # a clause of its own: the list has ended
        between = [t for t in part if people and people[-1].end <= t.idx < to.idx]
        if not people or between and (between[0].text != "," or between[-1].text != ","):
            continue  # only an apposition may stand between the names and "to"
        end = end_at_last_word(text_of(part[0].doc), part[0].idx, part[-1].idx + len(part[-1].text))
        role = next(p.role for p in ev.participants if p.role in SUBJECT_ROLES)
        out.append(replace(ev, evidence=Span(part[0].idx, end), trigger=Span(part[0].idx, end), date=None,
                           participants=[Participant(m.entity_id, role, m.text, m.start, m.end) for m in people],
                           confidence=min(ev.confidence, 0.7)))
    return out


def is_own_verb(tok, index) -> bool:
    """A verb that opens a clause of its own; not "the following year", not a name the tagger took for a verb."""
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod" and index.of_token(tok) is None


def segments(tokens: list) -> list[list]:
    """Split at punctuation, and at "and"/"but" once the part before it has its time ("Feldman on 15 May and …")."""
    parts, current = [], []
    for t in tokens:
        if t.text in (",", ";", ".", "—"):
            if current:
                parts.append(current)
            current = []
        elif t.lower_ in ("and", "but") and current and has_time(current):
            parts.append(current)
            current = [t]
        else:
            current.append(t)
    if current:
        parts.append(current)
    return parts


def has_time(tokens: list) -> bool:
    return any(t.lower_ in TIME_WORDS or t.like_num for t in tokens)


TIME_NOUNS = {"day", "days", "year", "years", "month", "months", "week", "weeks", "night", "morning", "evening", "summer",
              "winter", "spring", "autumn", "time", "date"}


def is_time_phrase(part: list) -> bool:
    """ "on February 3", "the following year", "soon after him": a time and nothing else (not "a fourth-year student")."""
    return len(part) <= 6 and has_time(part) and all(
        t.pos_ in ("DET", "ADP", "ADJ", "NUM", "ADV", "PRON", "CCONJ") or t.like_num or t.lower_ in TIME_NOUNS
        or t.lower_ in TIME_WORDS or t.ent_type_ == "DATE" for t in part)


def people_and_rest(part: list, index) -> tuple[list, list]:
    """The people a part opens with ("Leński and Koszutska", "old Warski") and the words after them; no people
    if anything but names and "and" comes before the rest ("Radek's wife in June" is not Radek's event)."""
    words = [t for t in part if t.lower_ not in LEADS or t.i > part[0].i + 1]
    people, k = [], 0
    while k < len(words):
        m = index.of_token(words[k])
        if m is not None and m.label == "PERSON" and m.entity_id:
            if m not in people:
                people.append(m)
            k += 1
        elif people and words[k].lower_ == "and":
            k += 1
        else:
            break
    rest = words[k:]
    if not people or len(rest) > 6 or (rest and rest[0].text in ("'s", "’s")):
        return [], words
    return people, rest


def event_for(named: list, timed: list, people: list, ev: Event, dates: list[DateValue]) -> Event:
    start, end = named[0].idx, timed[-1].idx + len(timed[-1].text)
    when_start = timed[0].idx if timed is not named else start
    own_date = next((d for d in dates if d.start is not None and when_start <= d.start and d.end <= end), None)
    if own_date is None and ev.date is not None:
        own_date = counted_from(ev.date, text_of(named[0].doc)[when_start:end])
    role = next(p.role for p in ev.participants if p.role in SUBJECT_ROLES)
    subjects = [Participant(m.entity_id, role, m.text, m.start, m.end) for m in people]
    return replace(ev, evidence=Span(start, end), participants=subjects, date=own_date, trigger=Span(start, end),
                   confidence=min(ev.confidence, 0.7))


FOLLOWING = re.compile(r"\bthe (?:following|next) (day|week|month|year)\b", re.I)


def counted_from(date: DateValue, words: str) -> DateValue | None:
    """ "Zuev two days later", "Koszutska the following year": the time counts from the event the part repeats."""
    if m := LATER.search(words):
        return shift(date, amount_of(m.group(1)) * (1 if m.group(3).lower() == "later" else -1), m.group(2), m.group(0),
                     "counted from the event told before it")
    if m := FOLLOWING.search(words):
        return shift(date, 1, m.group(1), m.group(0), "counted from the event told before it")
    return None


def followed_events(sent, earlier: list[Event], index, pronouns, dates: list[DateValue]) -> list[Event]:
    """ "Belov and Dybenko followed in early 1938", "Geminder, Frejka and Frank followed him into the cells":
    the people of "follow" undergo what the event just told did to its subject."""
    out = []
    for tok in sent:
        if tok.lemma_ != "follow" or tok.pos_ != "VERB" or tok.dep_ not in ("ROOT", "conj"):
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if objects and not all(c.lower_ in ("him", "her", "them", "suit") for c in objects):
            continue  # "followed the instructions", "followed Trotsky's line"
        subjects = [p for c in tok.children if c.dep_ == "nsubj" for p in people_at(c, index, pronouns) if p.entity_id]
        before = [e for e in earlier if e.type in FOLLOWED and e.evidence.end <= tok.idx
                  and tok.idx - e.evidence.end < BACK_REACH and e.modality == "asserted"
                  and any(p.role in SUBJECT_ROLES for p in e.participants)]
        if not subjects or not before:
            continue
        last = max(before, key=lambda e: e.evidence.end)
        if {p.entity_id for p in subjects} & {p.entity_id for p in last.participants}:
            continue
        start = min(c.left_edge.idx for c in tok.children if c.dep_ == "nsubj")
        end = end_at_last_word(text_of(sent.doc), tok.idx, tok.right_edge.idx + len(tok.right_edge.text))
        own_date = next((d for d in dates if d.start is not None and tok.idx <= d.start and d.end <= end), None)
        role = next(p.role for p in last.participants if p.role in SUBJECT_ROLES)
        out.append(replace(last, evidence=Span(start, end), date=own_date, trigger=Span(tok.idx, tok.idx + len(tok.text)),
                           participants=[replace(p, role=role) for p in subjects], confidence=min(last.confidence, 0.7)))
    return out


AMONG_THEM = re.compile(r"(?:Among|Amongst) (?:them|these|those) (?:were|was|are|is)\b")


def among_them_events(sent, unclaimed: list, index, dates: list[DateValue], doc_id) -> list[Event]:
    """ "… sentenced seven workers of Ursus to between three and five years. Among them were Ryszard Maj (five
    years), Czesław Mazurek …": the people named "among them" undergo what the sentence before did to a group it
    did not name (``unclaimed``: that sentence's (type, trigger) that found nobody)."""
    if not unclaimed or not AMONG_THEM.match(sent.text):
        return []
    type_, tok = next(((t, v) for t, v in unclaimed if v.dep_ == "ROOT"), unclaimed[0])  # "… condemned … were hanged"
    named = {m.entity_id: m for m in index.within(sent.start_char, sent.end_char, "PERSON") if m.entity_id and not m.generic
             and not behind_a_preposition(sent.doc, m)}  # not "after President Klement Gottwald"
    if not named:
        return []
    before = tok.sent
    date = next((d for d in dates if d.start is not None and before.start_char <= d.start < before.end_char), None)
    role = "accused" if type_ in ("trial", "accusation") else "subject"
    end = end_at_last_word(text_of(sent.doc), sent.start_char, sent.end_char)
    return [Event(type=type_, evidence=Span(before.start_char, end), date=date, doc_id=doc_id, confidence=0.6,
                  participants=[Participant(m.entity_id, role, m.text, m.start, m.end) for m in named.values()],
                  trigger=Span(tok.idx, tok.idx + len(tok.text)))]


def behind_a_preposition(doc, m) -> bool:
    """A name that hangs from a preposition on the way up to its clause's verb."""
    tok = token_at(doc, m.start, m.end)
    while tok is not None and tok.head is not tok and tok.pos_ not in ("VERB", "AUX"):
        if tok.dep_ == "pobj":
            return True
        tok = tok.head
    return False
