"""Shapes of a clause that say whose an event is, or that a trigger names an event without telling it: a court that
"examined the case of" someone tries that person; a heading's "THE TRIAL OF V. S. LAVROV" and the "after Stalin's
death" that only dates something else are no reports."""

from __future__ import annotations

from dossier.extract.nlp import text_of
from dossier.ingest.structure import line_bounds
from dossier.model import DateValue


HEARING_VERBS = {"hear", "examine", "consider", "review"}


def case_of(obj):
    """ "examined the case of Natalya Gorbanevskaya", "heard the appeals of the workers": a court acts on the person
    whose case it is."""
    if obj.lemma_.lower() != "case" and not (obj.lemma_.lower() == "appeal" and obj.head.lemma_ in HEARING_VERBS):
        return obj  # not "dismissed the appeals of all eight": that dismisses no one
    return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "against", "by")
                 for g in c.children if g.dep_ == "pobj"), obj)


def is_a_title_line(tok, dates: list[DateValue]) -> bool:
    """A line of its own with no verb, no full stop and no date: a heading or a table of contents' entry names what
    follows (a chronology's dated line, "1936, August 19   Trial of the Centre", tells it)."""
    text = text_of(tok.doc)
    start, end = line_bounds(text, tok.idx)
    line = text[start:end].strip()
    if not line or line.endswith((".", ";", ":", ",")) or len(line.split()) > 10:
        return False
    words = [t for t in tok.doc if start <= t.idx < end]
    return not any(t.pos_ in ("VERB", "AUX") for t in words) and not any(
        d.start is not None and start <= d.start < end for d in dates)


TIME_PREPOSITIONS = {"before", "after", "until", "till", "since", "at", "with", "upon", "on"}


def marks_a_time(noun) -> bool:
    """ "he stayed in prison after Stalin's death", "shortly before his death", "At his death he was serving …": a
    death that only dates something else, with no date of its own, is told elsewhere if at all."""
    return noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPOSITIONS


KILLING_WOUNDS = {"back", "head", "neck", "chest", "heart", "temple", "nape"}
FLEEING = {"escape", "flee", "run", "resist"}


def shot_not_executed(verb) -> bool:
    """ "shot in the back of the head in a corridor", "shot in the back as he ran", "shot while trying to escape": a
    killing, not an execution — a wound where no firing squad aims, or a flight the shot is said to have stopped."""
    wound = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in KILLING_WOUNDS for g in c.children)
                for c in verb.children)
    fleeing = any(c.dep_ == "advcl" and (c.lemma_ in FLEEING or any(g.lemma_ in FLEEING for g in c.children))
                  for c in verb.children) or verb.dep_ == "conj" and verb.head.lemma_ in FLEEING  # "resisted and was shot"
    return wound or fleeing
