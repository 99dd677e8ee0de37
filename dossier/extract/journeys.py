"""Journeys: whether a verb of motion takes a person somewhere ("went to Berlin", "left Paris for Moscow"),
as opposed to things sent ("sent reports to the Chronicle") or a prisoner sent to a camp."""

from __future__ import annotations

from dossier.extract.places import LANDMARKS, country_names

SENDING = {"send", "summon"}  # "he had sent Bakayev to Leningrad": the one sent travels
GOES_ABROAD = {"emigrate"}  # a journey without a named place


def goes_to_a_place(verb, index, camps: bool = True) -> bool:
    """ "He left Paris for Moscow", "returned to Moscow": a journey, with a place for its object or goal
    (with ``camps=False``, not a prison or camp: "sent to Kolyma")."""
    places = [m for t in journey_ends(verb, ("to", "for", "from")) for m in [index.named_by(t)]
              if m is not None and m.label == "PLACE"]
    return any(camps or m.text not in LANDMARKS for m in places)


def journey_ends(verb, prepositions) -> list:
    """What a verb of motion goes to or from: its object, and the objects of those of its prepositions."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in prepositions
        for g in c.children if g.dep_ == "pobj"]


JOURNEY_PREPOSITIONS = {"to", "for", "from", "in", "at", "into", "via", "through", "towards", "toward", "across", "out"}


def reaches_a_place(verb, index) -> bool:
    """A journey's verb names a place it goes to, from or through ("went to Berlin", "arrived in Moscow",
    "left Paris"), or goes abroad or home; with a person as the one sent, if it is "send"."""
    if verb is None:
        return False
    if verb.lemma_ in SENDING and not any(c.dep_ == "nsubjpass" for c in verb.children) and not any(
            c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") for c in verb.children):
        return False  # "sent reports to the Chronicle": things travel, nobody goes
    ends = journey_ends(verb, JOURNEY_PREPOSITIONS)
    ends += [x for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "prep"
             for x in g.children if x.dep_ == "pobj"]  # "out of the Soviet Union"
    if verb.lemma_ in GOES_ABROAD or any(c.dep_ == "advmod" and c.lower_ in ("abroad", "home", "back") for c in verb.children):
        return True  # "emigrated with his family": abroad, by the word itself
    named = [x for t in ends for x in (t, *(c for c in t.children if c.dep_ in ("compound", "amod", "nmod", "conj")))]
    return any(m is not None and m.label == "PLACE" for t in named for m in [index.named_by(t)])  # "in the Kurgan district"


# What one "is in" that is no place: "had been in contact with", "was in correspondence with", "in charge of"
NOT_WHEREABOUTS = {"contact", "correspondence", "touch", "charge", "command", "favour", "favor", "opposition", "power",
                   "office", "agreement", "love", "debt", "danger", "favourite", "position", "league", "possession"}


def is_somewhere(verb) -> bool:
    """ "was in Ward 8", "lives in Vilnius": the place one is in; not "had been in contact since 1955 with …"."""
    goals = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() not in NOT_WHEREABOUTS for g in goals)


def leaves_the_country(verb, index) -> bool:
    """ "went into exile in Mexico", "left the country for Mexico", "left Chile for Buenos Aires": a departure from
    one's country is an exile, not a trip ("left Paris for Moscow" is a journey: only a country left counts)."""
    if verb.lemma_ == "go" and any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "exile" for g in c.children)
                                   for c in verb.children):
        return True
    if verb.lemma_ != "leave" or not any(t.dep_ == "prep" and t.lower_ == "for" for t in verb.subtree):
        return False
    left = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.lemma_ == "country" or is_country(index.named_by(c)) for c in left)


def interned_in_a_village(verb) -> bool:
    """ "shall be interned in the village of Gradishtë": internment in a village is a forced residence, an exile, not
    a camp."""
    goals = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to") for g in c.children if g.dep_ == "pobj"]
    return verb.lemma_ == "intern" and any(g.lemma_ in ("village", "settlement", "hamlet") for g in goals)


def is_country(mention) -> bool:
    return mention is not None and mention.label == "PLACE" and mention.text in country_names()
