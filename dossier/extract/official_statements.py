"""What witnesses without names and the authorities say about a person in custody. "Released prisoners state that
officers recognised and beat him", "Fellow prisoners state that he was gravely ill": the testimony of those who
saw him, about him. And what the authorities answer about a person in their hands: "The Ministry of the Interior replied that he was
not detained", "the military authorities replied that Quiroga was not being held by any authority", "The
Government denies that he was arrested". Reports on disappearances are built on such answers to habeas corpus
petitions and relatives' enquiries; each is a statement of the body about the person, whatever the truth of
the custody it speaks of (that one the reported clause itself states, with its own modality).
"""

from __future__ import annotations

from dossier.extract.attribution import voice_of
from dossier.extract.event_dates import date_for
from dossier.extract.events_args import end_at_last_word, people_at
from dossier.model import DateValue, Event, Participant, Span

ANSWERING = {"state", "reply", "answer", "inform", "report", "deny", "declare", "announce", "say", "assert", "tell",
             "claim", "insist", "maintain", "confirm", "acknowledge"}
# Heads of a subject that is a body of the state, named or not ("the authorities", "the Ministry", "the Junta").
BODIES = {"authority", "authorities", "government", "ministry", "ministries", "police", "army", "command", "junta",
          "regime", "procuracy", "spokesman", "spokesmen", "communiqué", "communique", "office", "embassy", "officials",
          "official", "officer", "prefecture", "gendarmerie", "administration", "department"}
CUSTODY = {"detain", "hold", "arrest", "imprison", "keep", "know", "release", "free", "find", "escape", "transfer"}


def official_statements(sent, index, pronouns, doc, dates: list[DateValue]) -> list[Event]:
    found = []
    for verb in sent:
        if verb.lemma_ not in ANSWERING or verb.pos_ != "VERB":
            continue
        body = speaking_body(verb, index)
        said = reported(verb)
        if body is None or not said or not any(t.lemma_ in CUSTODY and t.pos_ in ("VERB", "AUX", "ADJ")
                                               for c in said for t in c.subtree):
            continue
        about = people_in(said, ("nsubj", "nsubjpass", "dobj"), index, pronouns)
        if not about:
            continue
        told = {p.entity_id: p for p in addressees(verb, index, pronouns) if p.entity_id not in about}
        start, end = min(body.left_edge.idx, verb.idx), end_of(said)
        org = index.of_token(body)
        found.append(Event(type="statement", evidence=Span(start, end),
                           participants=[Participant(p.entity_id, "object", p.text, p.start, p.end) for p in about.values()]
                           + [Participant(p.entity_id, "participant", p.text, p.start, p.end) for p in told.values()],
                           date=date_for(dates, start, end, verb), modality="asserted", origin="extracted", doc_id=doc.id,
                           trigger=Span(verb.idx, verb.idx + len(verb.text)),
                           attributed_to=voice_of(body, index) or body.text.lower(),  # the body's word
                           org_id=org.entity_id if org is not None and org.label == "ORG" else None, confidence=0.8))
    return found


WITNESSES = {"prisoner", "prisoners", "witness", "witnesses", "survivor", "survivors", "detainee", "detainees", "inmate",
             "inmates", "cellmate", "cellmates", "neighbour", "neighbours", "neighbor", "neighbors", "eyewitness",
             "eyewitnesses", "relative", "relatives", "fellow-prisoners"}
TESTIFYING = {"state", "testify", "say", "report", "describe", "recall", "declare", "tell", "confirm", "remember", "affirm"}


def unnamed_testimony(sent, index, pronouns, doc, dates: list[DateValue]) -> list[Event]:
    """ "Released prisoners state that she had been tortured at a DINA house": testimony about the person, by witnesses
    the report does not name."""
    found = []
    for verb in sent:
        # the tagger reads "Released prisoners state that …" as a noun phrase "prisoners state": the ccomp says otherwise
        if verb.lemma_ not in TESTIFYING or verb.pos_ not in ("VERB", "NOUN"):
            continue
        subject = witnesses_of(verb)
        if subject is None:
            continue
        said = reported(verb)
        about = people_in(said, ("nsubj", "nsubjpass", "dobj", "pobj"), index, pronouns)
        if not about:
            continue
        start, end = subject.left_edge.idx, end_of(said)
        found.append(Event(type="testimony", evidence=Span(start, end),
                           participants=[Participant(p.entity_id, "object", p.text, p.start, p.end) for p in about.values()],
                           date=date_for(dates, start, end, verb), modality="asserted",
                           origin="extracted", doc_id=doc.id, trigger=Span(verb.idx, verb.idx + len(verb.text)), confidence=0.8))
    return found


IDENTIFYING = {"identify", "recognise", "recognize", "name"}


def identified_by_witnesses(sent, index, pronouns, doc, dates: list[DateValue]) -> list[Event]:
    """ "Survivors identified him as Alfredo Astiz", "Released prisoners identify the man who fired as the naval officer
    Alfredo Astiz": witnesses naming a perpetrator accuse him."""
    found = []
    for verb in sent:
        if verb.lemma_ not in IDENTIFYING or verb.pos_ != "VERB":
            continue
        subject = witnesses_of(verb)
        if subject is None:
            continue
        named_as = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.subtree]
        accused = {p.entity_id: p for t in named_as for p in people_at(t, index, pronouns) if p.entity_id}
        if not accused:
            continue
        start = subject.left_edge.idx
        end = end_at_last_word(doc.text, start, verb.right_edge.idx + len(verb.right_edge.text))
        found.append(Event(type="accusation", evidence=Span(start, end),
                           participants=[Participant(p.entity_id, "accused", p.text, p.start, p.end) for p in accused.values()],
                           date=date_for(dates, start, end, verb), modality="asserted", origin="extracted",
                           doc_id=doc.id, trigger=Span(verb.idx, verb.idx + len(verb.text)), charges=["other"], confidence=0.7))
    return found


def addressees(verb, index, pronouns) -> list:
    """Whom the body told ("informed his father, Saïd Kaci, that …", "stated to Mme Cherifi that …")."""
    heard = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    heard += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return [p for t in heard for a in [t, *(c for c in t.children if c.dep_ == "appos")]
            for p in people_at(a, index, pronouns) if p.entity_id]


def reported(verb) -> list:
    """The clauses a verb of saying reports: its clausal complements after it ("replied that he was not detained")."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]


def people_in(clauses: list, deps: tuple, index, pronouns) -> dict:
    """The people the reported clauses are about, by entity: those at the given dependencies."""
    return {p.entity_id: p for c in clauses for t in c.subtree if t.dep_ in deps
            for p in people_at(t, index, pronouns) if p.entity_id}


def end_of(clauses: list) -> int:
    last = max((c.right_edge for c in clauses), key=lambda t: t.i)
    return last.idx + len(last.text)


def witnesses_of(verb):
    """The subject before ``verb`` when it is witnesses the report does not name ("Survivors", "Released prisoners")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "compound") and c.i < verb.i), None)
    return subject if subject is not None and subject.lower_ in WITNESSES else None


def speaking_body(verb, index):
    """The subject of ``verb`` when it is a body of the state (an ORG the text names, or "the authorities")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    named = index.of_token(subject)
    if named is not None:
        return subject if named.label == "ORG" else None
    return subject if subject.lower_ in BODIES or subject.lemma_.lower() in BODIES else None


STATING = {"state", "declare"}


def named_witness_statements(sent, index, pronouns, doc, dates: list[DateValue]) -> list[Event]:
    """ "His widow, Teresa Nogueira, stated that her husband never wore a belt", "Hathaway, released later, states
    that Teruggi was called out": a named person's sworn word about another person is testimony."""
    found = []
    for verb in sent:
        if verb.lemma_ not in STATING or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None:
            continue
        speakers = {p.entity_id: p for p in people_at(subject, index, pronouns) if p.entity_id}
        said = reported(verb)
        about = {k: p for k, p in people_in(said, ("nsubj", "nsubjpass", "dobj", "pobj", "poss"), index, pronouns).items()
                 if k not in speakers}
        if not speakers or not about or not said:
            continue
        start, end = subject.left_edge.idx, end_of(said)
        found.append(Event(type="testimony", evidence=Span(start, end),
                           participants=[Participant(p.entity_id, "witness", p.text, p.start, p.end) for p in speakers.values()]
                           + [Participant(p.entity_id, "object", p.text, p.start, p.end) for p in about.values()],
                           date=date_for(dates, start, end, verb), modality="asserted",
                           origin="extracted", doc_id=doc.id, trigger=Span(verb.idx, verb.idx + len(verb.text)), confidence=0.7))
    return found
