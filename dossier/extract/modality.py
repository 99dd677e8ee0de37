"""How an event is stated: asserted, alleged, denied, predicted or hypothetical.

Read off the words around the trigger: auxiliaries (will, would), negation,
hedges (supposedly, are supposed to have), the conditional, and reported
speech of a defendant or accuser (a claim the text reports, not asserts).
"""

from __future__ import annotations

import re

ALLEGED = re.compile(r"\b(?:supposedly|allegedly|are supposed to|is supposed to|was supposed to|were supposed to|"
                     r"is said to|are said to|was said to|reportedly|found guilty|purported(?:ly)?|so-called)\b", re.I)
PREDICTED_WORDS = re.compile(r"\b(?:will|shall|'ll|headed toward|heading toward|impending|forthcoming|coming|"
                             r"is going to|are going to|is preparing|are preparing|future)\b", re.I)
DENIAL = re.compile(r"\b(?:denied|denies|deny|refuted|refutes|disproved|never|did not|was not|were not|no such)\b", re.I)
HYPOTHETICAL = re.compile(r"\b(?:if|would have|could have|might have|would|could|might)\b", re.I)


INTENT_VERBS = {"want", "wanted", "wants", "planned", "plan", "plans", "intended", "intend", "hoped", "tried",
                "prepared", "meant", "sought", "wished", "wish",
                "conspired", "conspire", "conspiring", "plotted", "plot", "plotting", "attempted", "attempt", "schemed"}


WISH_LEMMAS = {"demand", "want", "call", "ask", "urge", "plan", "intend", "seek", "wish", "prepare", "propose",
               "organize", "organise", "plot", "appeal", "petition", "campaign", "fight", "struggle",
               "request", "recommend", "move"}  # "appealed for his release", "a petition for the release of …": asked for, not done
FUTURE_AUX = {"will", "shall", "'ll"}
REMINDER_LEMMAS = {"remember", "recall", "recollect"}
TASK_LEMMAS = {"charge", "task", "entrust", "instruct", "commission", "order", "accuse", "suspect"}
# A clause's own finite auxiliary states a fact, whatever the parser hangs it from ("Schmorell, Huber and Graf were
# sentenced to death; the others were sentenced to terms"), unlike "demanded that they be shot".
FINITE_PAST = {"was", "were", "is", "are", "has", "have", "had"}
PENALTY_NOUNS = {"sentence", "punishment", "penalty", "condemn"}
PENALTY_LEMMAS = {"sentence", "condemn", "order", "insist", "require", "decide", "resolve"}


CLAIM_NOUNS = {"claim", "allegation", "statement", "story", "report", "rumour", "rumor", "assertion", "suggestion", "version"}
REJECTING_LEMMAS = {"reject", "deny", "refute", "dismiss", "disprove", "contradict"}
FALSE_WORDS = {"untrue", "false", "unfounded", "baseless", "groundless", "fabricated", "invented"}


def rejecter_of_claim(tok):
    """ "The Commission rejects the claim that he was released", "finds the statement that he fled to Tanzania to
    be untrue": the verb that says the claim the event is told in is false, or None."""
    if tok.dep_ not in ("acl", "ccomp") or tok.head.lemma_.lower() not in CLAIM_NOUNS or tok.head.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = tok.head.head
    untrue = any(t.lower_ in FALSE_WORDS for t in tok.subtree if t.dep_ == "acomp") or any(
        t.lower_ in FALSE_WORDS for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") for t in c.subtree)
    return verb if verb.lemma_ in REJECTING_LEMMAS or untrue else None


def under_future(tok) -> bool:
    """ "We will learn that Bukharin went to Leningrad": a claim still to come, inside a future clause."""
    node, steps = tok, 0
    while node.dep_ in ("ccomp", "xcomp", "advcl", "conj") and node.head != node and steps < 4:
        node, steps = node.head, steps + 1
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children):
            return node.lemma_ not in REMINDER_LEMMAS  # not "It will be remembered that … arrested Spies": a past fact
    return False


def is_indirect_question(tok) -> bool:
    """ "I asked what my husband was accused of": a clause asked about, not stated."""
    return tok.left_edge.tag_ in ("WP", "WRB", "WDT") or tok.left_edge.lower_ in ("whether", "if")


def is_question(sent) -> bool:
    return sent.text.rstrip().rstrip("”\"')").endswith("?")


def wished_for(tok) -> bool:
    """A noun that is what someone demands or plans, directly or through "for"/"of"."""
    node, steps = tok, 0
    while node.head != node and steps < 3:
        if (node.dep_ in ("dobj", "pobj") or (node.dep_ == "prep" and steps == 1)) and node.head.lemma_ in WISH_LEMMAS:
            return True
        if node.dep_ not in ("pobj", "prep", "dobj"):
            return False
        node, steps = node.head, steps + 1
    return False


def clause_text(sent, tok) -> str:
    start = max(sent.start, tok.i - 8)
    return sent.doc[start:tok.i + 1].text


NOBODY = {"nobody", "noone", "nothing"}  # "Nobody arrested Cabrera": what no one did is denied


def modality_of(tok, kind: str, reported_by_speech: bool) -> str:
    """The modality of the event whose trigger is ``tok`` (a verb or noun in its sentence)."""
    sent = tok.sent
    window = clause_text(sent, tok)
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    negated = any(c.dep_ == "neg" or c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NOBODY for c in tok.children)
    if negated and any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in tok.children):
        negated = False  # "he did not return to Moscow until 1954": he did, in 1954
    if negated or (tok.head.lower_ in ("denied", "denies", "refuted") and tok.dep_ == "ccomp" and not any(
            t.text == ";" for t in tok.doc[tok.i:tok.head.i])) or rejecter_of_claim(tok) is not None:
        return "denied"  # (not "X was arrested in 1957; the deponent denies that …", which the parser hangs on "denies")
    if tok.dep_ == "xcomp" and any(c.dep_ == "neg" for c in tok.head.children):
        return "denied"  # "did not live to be arrested"
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("refuse", "decline"):
        return "denied"  # "refused to testify", "declined to give evidence on oath"
    if aux & FUTURE_AUX or (kind == "noun" and PREDICTED_WORDS.search(window)) or under_future(tok):
        return "predicted"
    if is_question(sent):
        return "hypothetical"  # "did that hinder the bringing to trial of Lurie?": asked, not stated
    if tok.dep_ in ("xcomp", "advcl") and tok.head.lower_ in INTENT_VERBS and (tok.dep_ == "xcomp" or "to" in aux) \
            and not (tok.lemma_ in ("escape", "flee") and tok.head.lemma_ in ("try", "attempt")):
        return "hypothetical"  # "tried to arrest Trotsky", "conspired with the Left SRs to arrest Lenin" (but an escape
        # is its attempt: "had tried to escape from the camp, and they were caught")
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_ in WISH_LEMMAS | PENALTY_LEMMAS and not (aux & FINITE_PAST and not is_indirect_question(tok)) \
            and not across_semicolon(tok, tok.head):  # not "Chang fled …; he is being sought": two clauses the parser joined
        return "hypothetical"  # "demanded that they be shot", "sentenced them … to be shot": asked or ordered, not done
    if "to" in aux and "have" not in aux and tok.tag_ == "VBN":
        return "hypothetical"  # "to be shot": the penalty, not the act ("said to have been shot" is a report)
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.head.lemma_ in TASK_LEMMAS:
        return "hypothetical"  # "charged them with shooting Stalin": a task given, not a deed done
    if kind == "noun" and wished_for(tok):
        return "hypothetical"  # "demanded the death of Zinoviev": asked for, not done
    marks = {c.lower_ for c in tok.head.children if c.dep_ == "mark"} | {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if "if" in marks or aux & {"would", "could", "might", "must", "should", "ought"}:
        return "hypothetical"
    hedges = {m.lower() for m in ALLEGED.findall(window)}
    if hedges == {"found guilty"} and tok.lemma_ in PENALTY_NOUNS and not reported_by_speech:
        return "asserted"  # "found guilty and his punishment fixed at fifteen years": the deed is the court's finding, the penalty a fact
    if hedges or reported_by_speech:
        return "alleged"
    return "asserted"


def modality_at(sdoc, offset: int) -> str:
    """The modality of whatever the parse says is stated at a character offset (a listed penalty's line)."""
    span = sdoc.char_span(offset, offset + 1, alignment_mode="expand")
    return modality_of(span.root, "verb", False) if span is not None else "asserted"


def across_semicolon(tok, head) -> bool:
    """A semicolon stands between a word and the head the parser gave it: two clauses, not a complement."""
    low, high = sorted((tok.i, head.i))
    return any(t.text == ";" for t in tok.doc[low:high])
