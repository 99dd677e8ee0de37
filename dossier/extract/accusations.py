"""Accusations a text reports without a verb of accusing: "he was supposed to have sheltered
conspirators", "it was said that he had been a German spy", "the newspapers announced that the
Zinoviev group stood behind the crime", "he denied that he had ever been a spy".

A reporting frame (said, supposed, whispered, announced, denied …) around a clause that names a
crime (spying, terror, wrecking, murder, plotting …) is an accusation of the person that clause is
about; the text reports it, so it is alleged. The crime itself ("which killed Kirov") is the
content of the accusation, not a second event.
"""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.attribution import speaker_of
from dossier.extract.event_dates import date_for
from dossier.extract.events_args import people_at
from dossier.extract.events_triggers import SPEECH_VERBS, VERB_TYPES, charges_in
from dossier.model import DateValue, Event, Participant, Span

# "X was supposed to have …", "X were said to have …": the accused is the subject of the frame.
RAISED = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:supposed|said|alleged|reported|declared|believed|"
                    r"thought|held|claimed)\s+to\s+(?:have\s+)?|"
                    r"\b(?:is|are|was|were|had been)\s+(?:supposedly|allegedly|reportedly|purportedly)\s+", re.I)
# "it was whispered that …", "the newspapers announced that …": the accused is the subject after "that".
IMPERSONAL = re.compile(r"\b(?:it\s+(?:is|was)\s+(?:\w+\s+)?(?:said|whispered|alleged|claimed|rumou?red|reported|"
                        r"asserted|maintained)|the\s+story\s+went\s+round(?:\s+\w+)?|"
                        r"(?:newspapers|press|indictment|prosecution|prosecutor|court|investigators?|investigation|"
                        r"interrogators?|NKVD|verdict)\s+(?:\w+\s+)?"
                        r"(?:announce[ds]|claim(?:s|ed)|alleg(?:es|ed)|declare[ds]|assert(?:s|ed)|maintain(?:s|ed)|state[ds]|"
                        r"report(?:s|ed))|denied(?:\s+\S+)?(?:\s+\S+)?|lets?\s+it\s+be\s+known|"
                        r"(?:\w+\s+)?(?:alleg(?:es|ed)|claim(?:s|ed)|assert(?:s|ed)|maintain(?:s|ed)|charge[ds]))\s+that\b|"
                        r"\baccording\s+to\s+(?:the\s+(?:indictment|prosecution|prosecutor|charges?|verdict)|"
                        r"(?:his|her|their)\s+(?:own\s+)?(?:confession|testimony))\b,?", re.I)
CRIME = re.compile(r"\b(?:spy|spies|spying|espionage|agents?|conspira\w*|plot\w*|murder\w*|kill\w*|assassinat\w*|"
                   r"poison\w*|terror\w*|wreck\w*|sabotag\w*|saboteurs?|traitors?|treason|treacher\w*|crimes?|"
                   r"diversion\w*|counter-?revolution\w*|secrets|defeatis\w*|anti-?Soviet|agitation|propaganda|"
                   r"slander\w*|explosions?|arson|enem(?:y|ies)|double-?deal\w*|Gestapo|intelligence service|"
                   r"attempt on the life|fabrications?|defam\w*|nationalists?|pass(?:ed|ing|es)? (?:on )?(?:military |secret )?information|"
                   r"illegal|armed|subversi\w*|overthrow\w*|insurrection\w*|rebellion|sedition|seditious|incit\w*|bombs?|"
                   r"explosives|dynamite)\b",
                   re.I)  # "passed information to Edward Hallam", "alleged that HKDD had served as a front for an illegal organisation"
# "The verdict named him as a member of the conspiracy", "Pravda called him a traitor": the accused is the object.
NAMING = re.compile(r"\b(?:verdict|indictment|court|prosecution|prosecutor|investigators?|press|newspapers?|Pravda|"
                    r"Izvestia)\b[^.;]{0,60}?\b(?:named|called|calls|branded|brands|declared|denounced|denounces|proclaimed)\b", re.I)
CRIME_EVENTS = {"death", "assassination", "membership"}  # "named him as a member of the conspiracy": what is alleged


def frames_in(sent) -> list[tuple[str, int, int]]:
    """(kind, where the frame begins, where the reported clause begins) of each reporting frame, as offsets:
    the first frame of the first kind that has one, then any further naming ("The verdict named him as a
    member of the conspiracy, and Pravda called him a traitor")."""
    text = sent.text  # a Span joins its tokens anew at each read
    for kind, pattern in (("raised", RAISED), ("impersonal", IMPERSONAL), ("naming", NAMING)):
        found = []
        for m in pattern.finditer(text):
            if CRIME.search(text, m.end()) and (not found or kind == "naming"):
                found.append((kind, sent.start_char + m.start(), sent.start_char + m.end()))
        if found:
            return found
    return []


def accused_in(sent, kind: str, clause: int, index, pronouns) -> list:
    """(subject token, people it names): the subject of "was supposed", or the first subject of the reported clause."""
    if kind == "raised":
        tokens = [t for t in sent if t.idx < clause and t.dep_ in ("nsubj", "nsubjpass")][-1:]
    elif kind == "naming":  # whom "named", "called" names: the words right after it
        tokens = [t for t in sent if t.idx >= clause][:3]
        tokens = [t for t in tokens if people_at(t, index, pronouns)][:1]
    else:
        tokens = [t for t in sent if t.idx >= clause and t.dep_ in ("nsubj", "nsubjpass")][:1]
    return [(t, people_at(t, index, pronouns)) for t in tokens]


def accusations_in(sent, doc, index, pronouns, dates: list[DateValue]) -> list[Event]:
    """The accusations a sentence reports through frames."""
    frames = frames_in(sent)
    ends = [start for _, start, _ in frames[1:]] + [sent.end_char]
    found = [accusation_at(frame, end, sent, doc, index, pronouns, dates) for frame, end in zip(frames, ends)]
    return [e for e in found if e is not None]


def accusation_at(frame, sent_end: int, sent, doc, index, pronouns, dates: list[DateValue]) -> Optional[Event]:
    kind, frame_start, clause = frame
    found = accused_in(sent, kind, clause, index, pronouns)
    accused = [p for _, people in found for p in people if p.entity_id]
    if not accused:
        return None
    if kind == "raised":  # from the accused: "He was supposed to have …"
        begin = min(found[0][0].left_edge.idx, frame_start)
    elif kind == "naming":  # from the one who names: "The verdict of 11 June nevertheless named him …"
        begin = next((t.left_edge.idx for t in sent if t.idx >= frame_start), frame_start)
    else:
        begin = frame_start
    end = sent_end
    while end > begin and (doc.text[end - 1] in " .;,\n" or doc.text[begin:end].endswith((" and", " but"))):
        end -= 4 if doc.text[begin:end].endswith((" and", " but")) else 1
    accused_ids = {p.entity_id for p in accused}
    victims = [Participant(m.entity_id, "object", m.text, m.start, m.end) for m in index.within(clause, end, "PERSON")
               if m.entity_id and m.entity_id not in accused_ids and not m.generic]
    return Event(type="accusation", evidence=Span(begin, end),
                 participants=[Participant(p.entity_id, "accused", p.text, p.start, p.end) for p in accused] + victims,
                 date=date_for(dates, begin, end, sent.root), modality="alleged",
                 attributed_to=reporter_of(found[0][0], kind, index),
                 charges=charges_in(doc.text[begin:end]) or ["other"], origin="extracted", doc_id=doc.id,
                 trigger=Span(frame_start, clause), confidence=0.7)


def reporter_of(accused_tok, kind: str, index) -> Optional[str]:
    """Whose claim it is: "the prosecution claimed that …", "Pravda calls X …", "Bykov alleged that he …";
    nobody for "it was said", "he was supposed to have"."""
    if kind == "naming":
        verb = accused_tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        m = index.named_by(subject) if subject is not None else None
        return (m.entity_id or m.text) if m is not None else None
    return speaker_of(accused_tok, index)[0] if kind == "impersonal" else None


def drop_reported_crimes(events: list[Event], accusation: Event) -> list[Event]:
    """ "which killed Kirov" inside an accusation is what is alleged, not an event of its own."""
    return [e for e in events if not (e.type in CRIME_EVENTS and e.trigger is not None
                                      and accusation.trigger.end <= e.trigger.start < accusation.evidence.end)]


# Verbs whose clause is no deed of the doer's: saying, knowing, fighting crime, or an event of its own ("killed").
DEED_VERBS_NOT = SPEECH_VERBS | set(VERB_TYPES) | {
    "call", "name", "know", "believe", "think", "hear", "read", "fight", "expose", "unmask", "combat", "investigate",
    "be", "have", "become", "remain", "refuse", "want", "wish", "fear", "doubt", "maintain", "reply", "answer",
    "explain", "add", "defend", "sign", "understand", "ask", "describe", "deny", "suspect", "learn"}


def crime_deeds(sent, doc, index, pronouns, dates: list[DateValue]) -> list[Event]:
    """ "They poisoned cattle and put ground glass in the butter", "Gorelik formed a group whose task was to wreck
    production": a person's deed that is a crime in the words of the charge. Told by the accuser (an indictment, a
    verdict, an editorial), it is an accusation of the doer."""
    found = []
    if not CRIME.search(sent.text):
        return found
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_ in DEED_VERBS_NOT or verb.dep_ not in ("ROOT", "conj", "relcl"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        nested = {t.i for c in verb.children if c.dep_ in ("ccomp", "advcl", "parataxis") or (c.dep_ == "conj" and c.pos_ == "VERB")
                  for t in c.subtree}
        own = [t for t in verb.subtree if t.i not in nested]
        words = " ".join(t.text for t in own if t.i > verb.i)
        if not CRIME.search(words):
            continue  # the cheap test first: most verbs name no crime, and finding their doers resolves pronouns
        doers = [p for p in people_at(subject, index, pronouns) if p.entity_id]
        if not doers:
            continue
        start = min(t.idx for t in own)
        end = max(t.idx + len(t.text) for t in own)
        if start > subject.idx:
            start = subject.left_edge.idx
        found.append(Event(type="accusation", evidence=Span(start, end),
                           participants=[Participant(p.entity_id, "accused", p.text, p.start, p.end) for p in doers],
                           date=date_for(dates, start, end, verb), modality="alleged", attributed_to=None,
                           charges=charges_in(words) or ["other"], origin="extracted", doc_id=doc.id,
                           trigger=Span(verb.idx, verb.idx + len(verb.text)), confidence=0.6))
    return found


# "whom the government named as the leader", "Kotolynov, named by the prosecution as one of the leaders of the
# Centre", "He was named as a member of the conspiracy": to be named the leader or a member of what is on trial
NAMED_ROLES = {"leader", "member", "organiser", "organizer", "head", "chief", "agent", "spy", "instigator", "ringleader",
               "inspirer", "accomplice", "one", "link", "founder", "mastermind",
               "courier", "liaison", "messenger", "go-between", "intermediary"}  # "named the accused Omar as the courier"


def named_as_accusations(sent, doc, index, pronouns, dates: list[DateValue]) -> list[Event]:
    found = []
    for verb in sent:
        if verb.lower_ not in NAMING_VERBS or verb.pos_ != "VERB":
            continue
        role = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                     if g.dep_ == "pobj" and (g.lemma_.lower() in NAMED_ROLES or verb.lower_ != "named" and words_a_culprit(g))), None)
        accused_tok = named_one(verb)
        if role is None or accused_tok is None:
            continue
        accused = [p for p in people_at(accused_tok, index, pronouns) if p.entity_id]
        if not accused:
            continue
        start = min(verb.left_edge.idx, accused_tok.left_edge.idx)
        last = max(t.i for t in role.subtree)
        end = sent.doc[last].idx + len(sent.doc[last].text)
        found.append(Event(type="accusation", evidence=Span(start, end),
                           participants=[Participant(p.entity_id, "accused", p.text, p.start, p.end) for p in accused],
                           date=date_for(dates, start, end, verb), modality="alleged",
                           attributed_to=reporter_of(verb, "naming", index) if verb.dep_ != "acl" else None,
                           charges=charges_in(doc.text[start:end]) or ["other"], origin="extracted", doc_id=doc.id,
                           trigger=Span(verb.idx, verb.idx + len(verb.text)), confidence=0.6))
    return found


# "described Rinaldi as 'a subversive delinquent'", "whom he described as members of an 'armed propaganda unit'"
NAMING_VERBS = {"named", "described", "describes", "portrayed", "labelled", "labeled", "characterised", "characterized"}
CULPRITS = re.compile(r"\b(?:subversi\w*|delinquents?|criminals?|bandits?|extremists?|terrorists?|guerrillas?|insurgents?)\b", re.I)


def words_a_culprit(role) -> bool:
    """What one is described as (beyond the roles a naming gives) is a culprit: a crime's word, a subversive or a
    terrorist."""
    words = " ".join(t.text for t in role.subtree)
    return bool(CRIME.search(words) or CULPRITS.search(words))


def named_one(verb):
    """Who is named: the passive subject, the noun a participle or a "whom" clause describes, or the object."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return subject
    if verb.dep_ == "acl":
        return verb.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in ("whom", "who") and verb.dep_ == "relcl":
        return verb.head
    return obj
