"""Words that state events, by type: verbs (by their form in the text) and nouns.

A verb's voice decides who is who: in "Stalin removed Yagoda" the object is
the one removed; in "Yagoda was removed" the passive subject is.
"""

from __future__ import annotations

import re

VERBS = {
    "arrest": {"arrested", "imprisoned", "interned", "jailed", "incarcerated", "seized", "rearrested", "re-arrested"},
    "detention": {"detained"},
    "release": {"released", "freed", "liberated", "amnestied"},
    "execution": {"shot", "executed"},
    "death": {"died", "perished", "murdered", "assassinated", "killed", "slain"},
    "assassination": {"assassinate", "murder", "kill"},
    "suicide": set(),
    "trial": {"tried"},
    "sentence": {"sentenced", "condemned"},
    "accusation": {"accused", "charged", "indicted", "denounced", "implicated", "incriminated"},
    "testimony": {"testified", "deposed"},
    "confession": {"confessed", "admitted", "pleaded"},
    "rehabilitation": {"rehabilitated", "exonerated", "cleared", "acquitted"},
    "expulsion": {"expelled"},
    "appointment": {"appointed", "promoted", "elected"},
    "removal": {"removed", "dismissed", "ousted", "demoted", "transferred", "relieved", "replaced", "purged"},
    "exile": {"exiled", "deported", "banished", "expelled_from_country"},
    "escape": {"escaped", "fled"},
    "meeting": {"met"},
    "travel": {"travelled", "traveled", "flew", "went", "journeyed", "arrived", "visited", "returned", "sailed"},
    "birth": {"born"},
    "publication": {"published"},
    "demand": {"demanded", "clamored", "clamoured"},
    "membership": {"joined"},
}
NOUNS = {
    "arrest": {"arrest", "arrests", "imprisonment", "internment", "incarceration"},
    "execution": {"execution", "executions", "shooting"},
    "suicide": {"suicide"},
    "death": {"death", "murder", "assassination", "killing"},
    "trial": {"trial", "trials"},
    "sentence": {"sentence"},
    "testimony": {"testimony", "deposition"},
    "confession": {"confession", "confessions"},
    "rehabilitation": {"rehabilitation"},
    "expulsion": {"expulsion"},
    "removal": {"removal", "dismissal", "transfer"},
    "appointment": {"appointment"},
    "exile": {"exile", "deportation", "banishment"},
    "escape": {"escape", "flight"},
    "meeting": {"meeting"},
    "release": {"release"},
}
VERB_TYPES = {form: type_ for type_, forms in VERBS.items() for form in forms}
NOUN_TYPES = {form: type_ for type_, forms in NOUNS.items() for form in forms}
# Multi-word statements a verb alone would miss.
PHRASES = [
    ("suicide", re.compile(r"\b(?:committed suicide|took (?:his|her) own life|killed (?:himself|herself)|shot (?:himself|herself))\b")),
    ("arrest", re.compile(r"\b(?:are|were|is|was|remain(?:s|ed)?) (?:in|now in|still in) (?:prison|jail|gaol|custody)\b")),
    ("accusation", re.compile(r"\b(?:handed over for punishment|declared (?:a|an)\s+\W?\w+|found guilty|put in the dock)\b")),
    ("trial", re.compile(r"\b(?:brought to trial|put on trial|dragged to trial|stood trial|placed on trial)\b")),
    ("exile", re.compile(r"\b(?:for (?:eternal |permanent )?exile|into exile|sent to Siberia)\b")),
    ("membership", re.compile(r"\b(?:a member of|member of the|was a deputy of|has been with the|joined the)\b")),
    ("appointment", re.compile(r"\b(?:the new head of|was made head of|became head of|named head of)\b")),
    ("removal", re.compile(r"\b(?:transfer(?:red)? to the|relieved of (?:his|her) (?:post|duties))\b")),
]
CHARGES = [
    ("terrorism", re.compile(r"\bterror(?:ism|ist|ists|istic)?\b", re.I)),
    ("espionage", re.compile(r"\b(?:espionage|spy|spies|spying)\b", re.I)),
    ("sabotage", re.compile(r"\b(?:sabotage|saboteurs?|wrecking|wreckers?|diversion)\b", re.I)),
    ("military-plot", re.compile(r"\bmilitary (?:plot|conspiracy)\b", re.I)),
    ("treason", re.compile(r"\b(?:treason|betrayal of the (?:motherland|fatherland)|traitors?)\b", re.I)),
    ("counter-revolution", re.compile(r"\bcounter-?revolution(?:ary|aries)?\b", re.I)),
]
CHARGE_TYPES = {"accusation", "trial", "sentence", "confession", "testimony", "arrest", "execution"}
SPEECH_VERBS = {"testified", "declared", "said", "stated", "confessed", "claimed", "asserted", "wrote", "reported",
                "alleged", "admitted", "told", "announced", "insisted", "maintained", "deposed", "says", "writes",
                "reports", "declares", "testifies", "claims"}
