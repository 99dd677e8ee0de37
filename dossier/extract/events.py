"""Events read off English prose: triggers, participants, date, place, modality and attribution.

Public API: ``find_events(doc, mentions, dates, sdoc=None) -> list[Event]``.
An event is emitted only with a participant the text names (or a place for
mass events); one never gets a guessed participant.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from dossier.extract.accusations import accusations_in, crime_deeds, drop_reported_crimes, named_as_accusations
from dossier.extract.complaints import complaints_in
from dossier.extract.inquiry_voice import as_evidence_heard
from dossier.extract.arrest_idioms import (arrest_idiom, as_short_hold, goes_into_custody, received_into_custody, sent_away,
                                           held_after_taken, transfers_in_custody)
from dossier.extract.attribution import speaker_of
from dossier.extract.event_coreference import dedupe, drop_stays_after_arrest
from dossier.extract.presiding import presided_trials
from dossier.extract.event_shapes import case_of, is_a_title_line, marks_a_time, shot_not_executed
from dossier.extract.event_triggers_found import asks_that, names_an_event, triggers_in
from dossier.extract.event_subjects import listed_after_colon, listing_clause, subject_people, subject_token
from dossier.extract.event_voice import first_conjunct, noted_undergone, opens_without_subject, set_off_by_commas
from dossier.extract.events_args import (FIELD_BETWEEN, REFLEXIVES, MentionIndex, antecedent, clause_subject, governing_verb,
                                         names_listed_after, people_at, verb_of)
from dossier.extract.descriptions import Descriptions
from dossier.extract.pronouns import PronounResolver
from dossier.extract.event_dates import date_for
from dossier.extract.gapping import FOLLOWED, among_them_events, followed_events, gapped_events
from dossier.extract.journeys import (GOES_ABROAD, SENDING, goes_to_a_place, interned_in_a_village,
                                      is_somewhere, leaves_the_country, reaches_a_place)
from dossier.extract.affiliations import bracketed_party_events
from dossier.extract.lifespans import lifespan_events
from dossier.extract.office_terms import office_term_events
from dossier.extract.records import record_field_events
from dossier.extract.person_statements import person_statements
from dossier.extract.official_statements import (identified_by_witnesses, named_witness_statements, official_statements,
                                                 unnamed_testimony)
from dossier.extract.following_lists import following_list_events
from dossier.extract.decisions import decision_events
from dossier.extract.penalty_lists import numbered_outcome_events, penalty_list_events
from dossier.extract.petitions import petition_participants
from dossier.extract.owned_things import DONE_TO_OWNED, done_to_owned
from dossier.extract.sentence_followups import followup_events
from dossier.extract.speakers import admits_no_guilt, on_the_stand, speaks_as_witness, speaks_for_the_court
from dossier.extract.tables import rows, table_events
from dossier.extract.event_roles import found_guilty, ordered_done, with_role
from dossier.extract.events_triggers import CHARGE_TYPES, INTRANSITIVE, NEEDS_PERSON_OBJECT, charges_in
from dossier.extract.modality import is_question, modality_at, modality_of
from dossier.model import DateValue, Document, Event, Mention, Participant, Span

ACTS_ON_OBJECT = {"arrest", "execution", "removal", "appointment", "accusation", "trial", "sentence", "death",
                  "rehabilitation", "expulsion", "exile", "release", "detention", "assassination"}
RECRUITING = {"recruit", "enlist", "draw"}  # "Pyatakov recruited Gorelik": the one recruited becomes the member
ORGANISED_BY_OWNER = {"trial", "sentence", "accusation", "meeting"}  # "his trials": the ones he stages


def clause_span(tok, kind: str) -> tuple[int, int]:
    """The words that state the event: the trigger's clause, without other coordinated clauses."""
    if kind == "noun":
        head = tok
        while head.dep_ in ("pobj", "prep", "poss", "compound", "amod") and head.head != head:
            head = head.head
        tok = head if head.pos_ in ("VERB", "AUX") else tok
    listing = listing_clause(tok)
    if listing is not None:
        tok = listing  # "Those arrested at the farm included Sisulu, Mbeki …": the list is the evidence too
    skip = set()
    for child in tok.children:
        if child.dep_ in ("conj", "cc") and child.i > tok.i and child.pos_ in ("VERB", "AUX", "CCONJ"):
            skip.update(t.i for t in child.subtree)
        if child.dep_ in ("ccomp", "parataxis") and child.pos_ in ("VERB", "AUX") and any(
                t.text == ";" for t in tok.doc[min(child.i, tok.i):max(child.i, tok.i)]):
            skip.update(t.i for t in child.subtree)  # "…joined X in 1904; in 1905 was a deputy": two clauses
    subject = clause_subject(tok) if tok.pos_ in ("VERB", "AUX") else None
    idx = [t.i for t in tok.subtree if t.i not in skip and t.text not in (";",)]
    if subject is not None:
        idx += [t.i for t in subject.subtree]
    doc = tok.doc
    # the full stop hangs on the first verb: it would stretch the span over the coordinated clauses skipped
    words = [i for i in idx if not doc[i].is_punct or doc[i].text in ("”", ")")] or idx
    lo, hi = min(idx), max(words)
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def participants_for(type_: str, tok, kind: str, index, pronouns, doc: Document) -> list[Participant]:
    if kind == "noun":
        return noun_participants(type_, tok, index, pronouns)
    if type_ == "accusation" and tok.lemma_ == "find" and kind == "verb":
        return found_guilty(tok, index, pronouns)
    if kind == "verb" and (ordered := ordered_done(type_, tok, index, pronouns)):
        return ordered
    verb = verb_of(tok)
    killed = [c for c in verb.children if c.dep_ == "dobj" and people_at(c, index, pronouns)] if type_ == "death" and verb is not None else []
    taken = kind == "phrase" and verb is not None and verb.i == tok.i and any(
        c.dep_ == "dobj" and c.lower_ not in ("his", "hers", "theirs", "himself", "herself", "themselves")
        and (c.lower_ in ("him", "her") or people_at(case_of(c), index, pronouns))
        for c in verb.children)  # "placed him under arrest" (him, even unresolved), not "gave himself up"
    passive = (kind == "phrase" and not killed and not taken) or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in first_conjunct(verb).children)
        and not any(c.dep_ == "dobj" for c in verb.children)) or (
        verb.tag_ == "VBN" and not any(c.dep_ in ("dobj", "aux") for c in verb.children)) or opens_without_subject(verb)
    if verb is not None and verb.dep_ == "acl" and getattr(clause_subject(verb), "lower_", "who") in ("who", "that", "which"):
        passive = True  # "L. Trotsky, interned in 1936, …"
    passive = passive or (verb is not None and type_ in ACTS_ON_OBJECT and (noted_undergone(verb) or set_off_by_commas(verb)))
    subject = subject_token(tok, kind, verb, index)
    verb = verb if verb is not None else tok
    named = subject_people(subject, tok, verb, index, pronouns, doc)
    objects = [p for c in verb.children if c.dep_ in ("dobj",) or (c.dep_ == "dative" and tok.lemma_ == "give")
               for p in people_at(case_of(c), index, pronouns)]  # "gave him ten years": the one given the term
    if named and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
        objects = [p for p in objects if p.entity_id in {n.entity_id for n in named}]  # "X shot himself": X, not another
    if type_ == "accusation" and not named:  # "proceedings have been instituted against Mr. Sullivan and Mr. Coutts"
        named = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
                 for g in c.children for p in people_at(g, index, pronouns)]
        passive = passive or bool(named)
    if type_ in ACTS_ON_OBJECT and verb.pos_ == "VERB" and not objects and not (named and passive):
        listed = names_listed_after(verb, index, right_after=not passive or subject is None)  # "were arrested A and B"
        objects = [Participant(m.entity_id, "", m.text, m.start, m.end) for m in listed]
        if passive and objects:
            named, objects = objects, []
    if type_ in ACTS_ON_OBJECT and not objects and not passive and (counted := next((c for c in verb.children if c.dep_ == "dobj"), None)):
        objects = listed_after_colon(verb, counted, index)  # "arrested three peasants of Marfranc: Lucien and …"
    by = [c for c in verb.children if c.dep_ == "agent" or passive and c.dep_ == "prep" and c.lower_ == "by"]
    agents = [p for c in by for g in c.children for p in people_at(g, index, pronouns)]  # the parser may say "prep"
    agents += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and type_ == "accusation" and not by
               for g in c.children for p in people_at(g, index, pronouns)]  # not "denounced to Stalin by Mishakova"
    if kind == "phrase" and type_ == "rehabilitation" and objects:
        named, passive = objects, True  # "the Commission finds Trotsky not guilty"
        objects = []
    if (type_ in ACTS_ON_OBJECT or tok.lemma_ in SENDING | RECRUITING) and not passive and tok.lemma_ not in INTRANSITIVE:
        people = [with_role(p, "agent", type_) for p in named] + [with_role(p, "subject", type_) for p in objects]
    else:
        people = [with_role(p, "subject", type_) for p in named] + [with_role(p, "agent", type_) for p in agents]
        witnesses = {p.entity_id for p in named}
        people += [Participant(p.entity_id, "participant" if type_ == "meeting" else "object", p.text, p.start, p.end)
                   for p in objects if p.entity_id not in witnesses]
    if tok.lemma_ == "defend":  # "defended by Mr. Pritt": counsel takes part in the trial, for the accused
        people = [replace(p, role="participant" if p.role in ("agent", "prosecutor") else "accused") for p in people]
    if type_ == "appointment" and tok.lemma_ == "replace" and passive:  # "X was replaced by Y": Y takes the post
        people = [replace(p, role="subject" if p.role == "agent" else "object") for p in people]
    successors = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                  if g.dep_ == "pobj" for p in people_at(g, index, pronouns)] \
        if type_ == "appointment" and tok.lemma_ == "replace" else []
    if successors:  # "Stalin replaced Yagoda with Yezhov": the one put in, by the one who replaces, for the one replaced
        people = [with_role(p, "agent", type_) for p in named] + [with_role(p, "subject", type_) for p in successors] \
            + [replace(p, role="object") for p in objects]
    if tok.lemma_ in NEEDS_PERSON_OBJECT and not (passive or objects or (type_ == "travel" and goes_to_a_place(verb, index))):
        return []
    if tok.lemma_ == "catch" and any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_ in CAUGHT_UP_IN for g in c.children)
                                     for c in verb.children):
        return []  # "caught in the crossfire": no arrest
    if type_ == "meeting" and tok.lemma_ == "see" and (passive or any(c.dep_ in ("ccomp", "xcomp", "oprd", "advcl", "prt") for c in verb.children)
                                                       or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)):
        return []  # "saw him shot", "saw that …", "saw Yagoda as a rival": no meeting
    if kind == "verb" and tok.lemma_ in SENDING and not goes_to_a_place(verb, index, camps=False):
        return []  # "Sedov had sent him", "sent a letter": no journey the text places; "sent to Kolyma" is no journey
    if type_ == "demand" and kind == "verb" and (getattr(subject, "lower_", "") in ("we", "i") or asks_that(verb)):
        # the signatories of a petition: "We demand the release of Yuri Belenky" — whom the demand is about;
        # "asking that Sinyavsky and Daniel be released on bail"
        asking = {p.entity_id for p in people}
        people += [with_role(p, "object", type_) for c in verb.children if c.dep_ in ("dobj", "ccomp")
                   for t in c.subtree if t is c or t.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "poss")
                   for p in people_at(t, index, pronouns) if p.entity_id not in asking]
        people = list({(p.entity_id, p.role): p for p in people}.values())
    if type_ == "testimony":
        witnesses = {p.entity_id for p in people}
        people += [with_role(p, "object", type_) for c in verb.children if c.dep_ == "ccomp"
                   for t in c.subtree for p in people_at(t, index, pronouns)
                   if t.dep_ in ("nsubj", "dobj", "pobj") and p.entity_id not in witnesses]
    return people


def noun_participants(type_: str, tok, index, pronouns) -> list[Participant]:
    """ "the arrest of Smilga", "his execution", "whose suicide", "he signed a confession"."""
    if type_ == "demand":
        return petition_participants(tok, index, pronouns)
    if tok.lemma_.lower() == "successor":
        return successor_participants(tok, index, pronouns)
    people: list[Participant] = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "against"):
            people += [with_role(p, "subject", type_) for c in child.children if c.dep_ == "pobj"
                       for p in people_at(c, index, pronouns)]
        if child.dep_ == "acl" and child.lemma_ in IMPOSED:  # "the death sentences passed on Menderes and Zorlu"
            people += [with_role(p, "subject", type_) for c in child.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                       for g in c.children if g.dep_ == "pobj" for p in people_at(g, index, pronouns)]
        if child.dep_ == "compound" and type_ in ("trial", "arrest", "execution", "rehabilitation"):
            people += [with_role(p, "subject", type_) for p in people_at(child, index, pronouns)]  # "the Pyatakov trial"
        if child.dep_ == "poss" and not (child.lower_ in ("his", "her", "their") and type_ in ORGANISED_BY_OWNER):
            people += [with_role(p, "subject", type_) for p in people_at(child, index, pronouns)]
            if child.lower_ == "whose":
                people += [with_role(p, "subject", type_) for p in antecedent(child, index, pronouns)]
    if not people and undergone_by_subject(tok):
        subject = clause_subject(governing_verb(tok))
        people = [with_role(p, "subject", type_) for p in people_at(subject, index, pronouns)] if subject is not None else []
    return people


def successor_participants(tok, index, pronouns) -> list[Participant]:
    """ "His successor, U Sein Lwin", "his successor Yezhov": the one named takes the post; the one whose
    successor he is left it. Without a name, no event ("his own successor", "his possible successors")."""
    named = [p for c in tok.children if c.dep_ in ("appos", "compound") for p in people_at(c, index, pronouns)]
    named += people_at(tok.head, index, pronouns) if tok.dep_ == "compound" else []  # "successor Yezhov"
    if not named:
        return []
    before = [p for c in tok.children if c.dep_ == "poss" for p in people_at(c, index, pronouns)]
    return [with_role(p, "subject", "appointment") for p in named] + [with_role(p, "object", "appointment") for p in before]


# Verbs read as idioms outside the trigger lists, each by its own reader, in one pass over a sentence's tokens:
# "they came for him", "armed men took him away"; "had his sentence commuted", "his book was published".
IDIOM_READERS = (({"come", "take", "pick"}, arrest_idiom), (DONE_TO_OWNED, done_to_owned))
IMPOSED = {"pass", "impose", "pronounce", "hand"}  # what a court does to a sentence, on someone
LIGHT_VERBS = {"sign", "make", "give", "write", "undergo", "suffer", "face", "await", "endure"}
GRANTED = {"grant", "award", "offer", "refuse", "deny"}  # "he was granted conditional release": passive only


def undergone_by_subject(tok) -> bool:
    """ "he signed a confession": a noun whose event is the clause subject's. (Not "after seven years of
    imprisonment, he left prison": that clause's date is not the imprisonment's.)"""
    return tok.dep_ == "dobj" and (tok.head.lemma_ in LIGHT_VERBS or (
        tok.head.lemma_ in GRANTED and any(c.dep_ == "auxpass" for c in tok.head.children)))


def cites_a_statement(tok) -> bool:
    """A testimony or confession named by its owner as the thing another verb acts on ("retracted his confession",
    "read Kogan's testimony"), unless the verb makes it again ("signed", "confirmed")."""
    owned = any(c.dep_ == "poss" for c in tok.children)
    return owned and not any(c.dep_ == "prep" for c in tok.children) and tok.dep_ == "dobj" \
        and tok.head.lemma_ not in LIGHT_VERBS | {"confirm", "repeat", "reaffirm", "renew"}  # "confirmed his confession"


CAUGHT_UP_IN = {"crossfire", "fire", "storm", "rain", "traffic", "middle", "crush", "stampede", "blast", "explosion"}


def find_events(doc: Document, mentions: list[Mention], dates: list[DateValue], sdoc=None) -> list[Event]:
    if sdoc is None:
        from dossier.extract.nlp import load_nlp
        sdoc = load_nlp()(doc.text)
    index = MentionIndex(mentions)
    pronouns = PronounResolver(doc, index, Descriptions(sdoc, index))
    blocked = [(b.start, b.end) for b in doc.blocks if b.kind in ("metadata", "title", "heading")]

    def is_blocked(offset: int) -> bool:
        return any(s <= offset < e for s, e in blocked)

    events: list[Event] = []
    references: set[tuple[int, str]] = set()  # (trigger start, type) of events a text names rather than tells
    unclaimed: list = []  # the last sentence's verbs of events that found nobody ("sentenced seven workers")
    for sent in sdoc.sents:
        triggers = [(type_, tok, kind) for type_, tok, kind in triggers_in(sent) if not is_blocked(tok.idx)]
        references |= {(tok.idx, type_) for type_, tok, kind in triggers if names_an_event(tok, kind)}
        built = [build_event(doc, type_, tok, kind, index, pronouns, dates) for type_, tok, kind in triggers]
        found = [e for e in built if e is not None] + among_them_events(sent, unclaimed, index, dates, doc.id)
        unclaimed = [(type_, tok) for (type_, tok, kind), e in zip(triggers, built) if e is None and kind == "verb" and type_ in FOLLOWED]
        found += [e for tok in sent for lemmas, read in IDIOM_READERS if tok.lemma_ in lemmas and not is_blocked(tok.idx)
                  for e in [read(tok, doc, index, pronouns, dates, clause_span(tok, "verb"))] if e is not None]
        for complaint in complaints_in(sent, doc, index, pronouns, dates):  # "McAteer complains that he was struck"
            found = [e for e in found if not (e.type == "statement" and e.trigger == complaint.trigger)] + [complaint]
        for accusation in accusations_in(sent, doc, index, pronouns, dates):
            if is_blocked(accusation.trigger.start):
                continue
            found = drop_reported_crimes(found, accusation)
            if not any(e.type == "accusation" and e.evidence.overlaps(accusation.evidence) for e in found):
                found.append(accusation)
        found += [e for e in official_statements(sent, index, pronouns, doc, dates) + unnamed_testimony(sent, index, pronouns, doc, dates)
                  + named_witness_statements(sent, index, pronouns, doc, dates)
                  + identified_by_witnesses(sent, index, pronouns, doc, dates) if not is_blocked(e.trigger.start)]
        found += [e for e in person_statements(sent, index, pronouns, doc, dates, found) if not is_blocked(e.trigger.start)]
        for naming in named_as_accusations(sent, doc, index, pronouns, dates):  # "named as a member of the plot"
            found = drop_reported_crimes(found, naming)
            if not is_blocked(naming.trigger.start) and not any(
                    e.type == "accusation" and e.evidence.overlaps(naming.evidence) for e in found):
                found.append(naming)
        for deed in crime_deeds(sent, doc, index, pronouns, dates):
            if not is_blocked(deed.trigger.start) and not any(e.evidence.overlaps(deed.evidence) for e in found):
                found.append(deed)
        found = presided_trials(sent, drop_stays_after_arrest(found, doc.text), index, pronouns, doc, dates)
        found += gapped_events(sent, found, index, dates)
        found += followed_events(sent, events + found, index, pronouns, dates)
        events += [as_short_hold(e, sent, doc.text) for e in found]
    from dossier.extract.relative_dates import resolve_relative_dates

    facts = record_field_events(doc, index, pronouns.protagonist, dates, [m for m in mentions if m.label == "PLACE"])
    if facts:  # an entry's labelled lines are read as facts, not as clauses
        events = [e for e in events if not any(f.evidence.overlaps(e.evidence) for f in facts)] + facts
    tables = rows(doc.text)
    table = table_events(doc, mentions, tables)
    if table:  # a table's rows (and its header) are read by their columns, not as clauses
        lines = [Span(a, b) for t in tables for a, b in t]
        events = [e for e in events if not any(line.overlaps(e.evidence) for line in lines)] + table
    events += lifespan_events(doc, mentions, events, dates)
    listed = penalty_list_events(doc, mentions, lambda offset: modality_at(sdoc, offset))
    outcomes = numbered_outcome_events(doc, mentions, listed) + following_list_events(doc, mentions, dates)
    if outcomes or listed:  # a list of defendants and verdicts is read line by line, not as clauses
        events = [e for e in events if not any(o.evidence.overlaps(e.evidence) for o in outcomes)
                  and not any(o.evidence.start <= e.evidence.start < o.evidence.end for o in listed)]
    events += listed + outcomes
    events += [e for e in decision_events(doc, mentions) if not any(  # "RESOLVED: X … to be confined …"
        o.type == e.type and o.modality == "asserted" and o.evidence.overlaps(e.evidence) for o in events)]
    events += [e for e in bracketed_party_events(doc, mentions)  # "August Wienand (KPD)"
               if not any(o.type == "membership" and o.evidence.overlaps(e.evidence) for o in events)]
    events += [e for e in office_term_events(doc, mentions, dates)  # "Videla, army commander 1975-78: life imprisonment"
               if not any(o.type == "appointment" and o.evidence.overlaps(e.evidence) for o in events)]
    events += followup_events(doc, events, sdoc, dates, mentions)
    resolve_relative_dates(doc, events, dates)  # before dedupe: "arrested again two years later" is told apart by its date
    events = [e if e.attributed_to else replace(e, attributed_to=pronouns.voices.word_at(e.evidence.start))
              for e in events]  # a reprinted article, a collection's quoted communiqué or statement: whose word it is
    events += pronouns.voices.depositions.taken_events(doc, dates, [m for m in mentions if m.label == "PLACE"])
    events = as_evidence_heard(held_after_taken(transfers_in_custody(events, doc.text, mentions), doc.text), doc.text)
    events = dedupe(events, doc.text, references)
    return events


def build_event(doc, type_, tok, kind, index, pronouns, dates) -> Optional[Event]:
    if type_ == "meeting" and kind == "verb" and received_into_custody(tok):
        type_ = "arrest"  # "Received into the County Detention Centre": taken in, not met
    people = participants_for(type_, tok, kind, index, pronouns, doc)
    start, end = clause_span(tok, kind)
    start, end = max(start, tok.sent.start_char), min(end, tok.sent.end_char)
    if (field := FIELD_BETWEEN.search(doc.text, tok.idx, end + 40)) is not None and field.start() < end:
        end = field.start()  # "Witness: Bahram REZVANI, born 1959 in Rasht / Interviewer: …": the field ends the words
    block = next((b for b in doc.blocks if b.start <= tok.idx < b.end), None)
    if block is not None:  # a heading the parser ran into the sentence is not evidence
        start, end = max(start, block.start), min(end, block.end)
    for note in doc.footnotes:  # never cut a footnote marker in half
        if note.marker and note.marker.start < end < note.marker.end:
            end = note.marker.start
    places = index.within(start, end, "PLACE")
    orgs = index.within(start, end, "ORG")
    if type_ == "testimony" and speaks_for_the_court(tok):
        type_ = "statement"  # the prosecutor or the judge addressing the court does not testify
    if type_ in ("removal", "travel") and kind != "noun" and goes_into_custody(verb_of(tok)):
        type_ = "arrest"
    type_ = "exile" if type_ == "travel" and kind == "verb" and (sent_away(tok) or leaves_the_country(tok, index)) \
        or kind == "verb" and type_ == "arrest" and interned_in_a_village(tok) else type_
    if type_ == "confession" and kind == "verb" and admits_no_guilt(tok):
        type_ = "statement"  # "pleaded not guilty", "admitted that the trial had been based on provocation"
    if type_ in ("statement", "confession") and kind == "verb" and (speaks_as_witness(doc.text, people, start)
                                                                    or type_ == "statement" and on_the_stand(doc.text, start, end)):
        type_ = "testimony"  # "The witness I. Golomshtok admitted that he had been given a manuscript"
    if type_ == "assassination" or (type_ == "execution" and any(p.role == "agent" for p in people)):
        type_ = "death"  # "Kirov, who was shot … by Nikolayev": a killing by a man, not an execution by the state
    if not any(p.entity_id for p in people) or (kind == "noun" and type_ == "death" and marks_a_time(tok)
                                                 and date_for(dates, start, end, tok) is None):
        return None
    if kind == "noun" and type_ in ("testimony", "confession") and cites_a_statement(tok):
        return None  # "he retracted his confession": a statement cited, not made
    if kind == "noun" and is_a_title_line(tok, dates):
        return None  # "1. THE TRIAL OF V. S. LAVROV", a contents line "The trial of V. S. Lavrov": a title, not a report
    if type_ == "execution" and tok.lemma_ == "shoot" and kind == "verb" and shot_not_executed(tok):
        type_ = "death"  # "shot in the back as he ran", "shot while trying to escape"
    if type_ == "travel" and tok.lemma_ == "visit" and not places and any(p.role == "object" for p in people):
        type_ = "meeting"  # "his wife was allowed to visit him": a person, not a place, is visited
        people = [replace(p, role="participant") if p.role == "object" else p for p in people]
    if type_ in ("travel", "presence") and not places and tok.lemma_ not in GOES_ABROAD:
        return None  # "emigrated with his family" goes abroad without naming where
    if type_ == "presence" and kind == "verb" and not is_somewhere(tok):
        return None  # "Dobai had been in contact since 1955 with the Vienna centre"
    if type_ == "travel" and kind == "verb" and not reaches_a_place(verb_of(tok), index):
        return None  # "Bykov went further and alleged …", "sent reports from Kaluga": no journey to or from a place
    if type_ in ACTS_ON_OBJECT and not any(p.role in ("subject", "accused") for p in people) \
            and not (tok.lemma_ == "conduct" and people):  # "The prosecution was conducted by Mr. Somerhough"
        return None  # "Stalin rehabilitated his memory": nobody it happened to
    people += [Participant(p.entity_id, "place", p.text, p.start, p.end) for p in places[1:]]
    attributed, reported = speaker_of(tok, index)
    if attributed is None and (speaker := pronouns.voices.speaker_at(tok.idx)) is not None:
        attributed = speaker.entity_id  # what a transcript's speaker says is his word, not the record's
    modality = modality_of(tok, kind, reported)
    date = date_for(dates, start, end, tok)
    if modality == "hypothetical" and is_question(tok.sent) and (reply := pronouns.voices.yes_reply(doc, tok.idx)):
        modality = "asserted"  # "You were expelled in 1927? / Yes": the one who answers says so
        attributed = pronouns.voices.answerer(tok.idx).entity_id
        end = reply[1]  # "Are you a member of the Union? / A. Yes, since 1916.": the answer is evidence, and may date it
        date = date or next((d for d in dates if d.start is not None and reply[0] <= d.start < reply[1]), None)
    text = doc.text[start:end]
    return Event(
        type=type_, evidence=Span(start, end), participants=people, date=date,
        place_id=places[0].entity_id if places else None, modality=modality,
        attributed_to=attributed, charges=charges_in(text) if type_ in CHARGE_TYPES else [], origin="extracted",
        doc_id=doc.id, trigger=Span(tok.idx, tok.idx + len(tok.text)),
        org_id=orgs[0].entity_id if orgs and type_ in ("membership", "appointment", "removal", "expulsion") else None,
        confidence=0.8 if kind == "noun" else 0.9)
