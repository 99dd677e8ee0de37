"""What an official says: "Comrade Pan Yuqing said that the Provincial Committee regards this case as a key one",
"Lieutenant Ortega told her that the two had been set free", "The Minister of the Interior, Dr. Leandro Zúñiga Baca,
declared that …". The word of one who speaks for a power is an event of its own in the record a historian keeps —
who said what, when, to whom — whatever the truth of what was said (the reported clause states that, with its own
modality and its speaker as its source).

Only a speaker named with a rank or an office makes a statement here. Anyone's word to reporters or a parliament is
``event_triggers_found``'s; bodies' and unnamed witnesses' are ``official_statements``'s; a private person's "said
that" is left alone (annotators keep few of them: measured, every named speaker's added 94 false events for 53 true
over 116 texts), and "X stated that Y …" about another person is testimony (``named_witness_statements``).
"""

from __future__ import annotations

from dossier.extract.event_dates import date_for
from dossier.extract.events_args import people_at
from dossier.extract.lexicon import is_title_word
from dossier.extract.narrator import FIRST_PERSON, OPENING_QUOTES
from dossier.extract.official_statements import end_of, people_in, reported
from dossier.model import DateValue, Event, Participant, Span

SAYING = {"say", "tell", "announce", "reply", "answer", "assert", "declare", "state"}
PRIVATE = {"Mr", "Mrs", "Ms", "Miss", "Madame", "Mme", "Herr", "Frau", "Señora", "Señor", "Doña", "Uncle", "Aunt", "Brother",
           "Sister", "Cousin", "Professor", "Prof", "Dr", "Doctor"}
OFFICE_WORDS = {"minister", "commander", "head", "chief", "director", "spokesman", "prosecutor", "procurator", "governor",
                "president", "chairman", "secretary", "commissar", "ambassador", "officer", "commandant", "judge"}
UNSAID = {"can", "could", "would", "will", "shall", "should", "may", "might", "must", "ca", "wo"}  # "would not say where"


def person_statements(sent, index, pronouns, doc, dates: list[DateValue], taken: list[Event]) -> list[Event]:
    """A statement event for each verb of saying whose subject is a named person and which reports what was said."""
    found = []
    for verb in sent:
        if verb.lemma_ not in SAYING or verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "neg") or c.dep_ == "aux" and c.lower_
                                                                   in UNSAID for c in verb.children):
            continue  # "he was told that …", "could not say what …", "I will only say that": not a statement made
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        speakers = [p for p in people_at(subject, index, pronouns) if p.entity_id] if subject is not None else []
        said = reported(verb) or quoted_before(verb)
        if len(speakers) != 1 or not said or subject.lower_ in FIRST_PERSON or any(e.trigger.start == verb.idx for e in taken) \
                or not holds_office(doc.text, speakers[0]):
            continue
        about = {k: p for k, p in people_in(said, ("nsubj", "nsubjpass", "dobj", "pobj", "poss"), index, pronouns).items()
                 if k != speakers[0].entity_id}
        start = min(subject.left_edge.idx, verb.idx, min(c.left_edge.idx for c in said))
        end = max(end_of(said), verb.idx + len(verb.text), subject.right_edge.idx + len(subject.right_edge.text))
        speaker = speakers[0]
        found.append(Event(type="statement", evidence=Span(start, end),
                           participants=[Participant(speaker.entity_id, "subject", speaker.text, speaker.start, speaker.end)]
                           + [Participant(p.entity_id, "object", p.text, p.start, p.end) for p in about.values()],
                           date=date_for(dates, start, end, verb), modality="asserted", origin="extracted", doc_id=doc.id,
                           trigger=Span(verb.idx, verb.idx + len(verb.text)), confidence=0.7))
    return found


def quoted_before(verb) -> list:
    """ '"These two cases are textbook," said Alena Zhuk': the quoted words the parser hangs on the verb before it."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
            and verb.doc[c.left_edge.i - 1 if c.left_edge.i > 0 else 0].text in OPENING_QUOTES + ("``",)]


def holds_office(text: str, speaker) -> bool:
    """The speaker is named with a rank or an office ("Lieutenant Ortega", "Comrade Pan Yuqing", "The Minister of the
    Interior, Dr. Leandro Zúñiga Baca"): one who speaks for a power, whose word the record keeps."""
    before = text[max(0, speaker.start - 60):speaker.start].split()
    if before and before[-1].rstrip(".") in PRIVATE:
        before = before[:-1]  # "The Minister of the Interior, Dr. Leandro Zúñiga Baca"
    return bool(before) and (is_title_word(before[-1]) and before[-1].rstrip(".") not in PRIVATE
                             or before[-1].endswith(",") and any(w.lower() in OFFICE_WORDS for w in before[-5:]))
