"""Where a sentence states an event: the trigger words of ``events_triggers`` read on the parse, the special
verbs whose meaning depends on their complements ("held at", "took over the Front", "let her out"), offices
taken up without "appointed", and which triggers only name an event rather than tell it.
"""

from __future__ import annotations

import re

from dossier.extract.nlp import text_of
from dossier.extract.pronoun_groups import GROUP_NOUNS
from dossier.extract.events_args import governing_verb, line_date_head
from dossier.extract.lexicon import PRISON_WORDS, WORKS
from dossier.extract.events_triggers import (COMMANDED, MOTION_VERBS, NOUN_TYPES, OFFICES, PARTICIPLES, PHRASES,
                                            PRESENCE_VERBS, VERB_TYPES)


ROOMS = {"case", "courtroom", "hall", "hospital", "room", "hearing", "trial", "session", "building", "ward",
         "presence", "bar", "sitting"}


# What a man is named, made or chosen that is a post: "named provost marshal", "chosen dictator"
NAMED_OFFICES = OFFICES | {"marshal", "general", "colonel", "major", "captain", "dictator", "delegate"}

def admitted_to_a_room(verb) -> bool:
    """ "was admitted to the case", "were admitted to the courtroom only on the last day": let in, not made a member."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ROOMS for g in c.children) for c in verb.children)


CHARGING_BODIES = {"indictment", "prosecution", "prosecutor", "procurator", "procuracy", "charge", "investigation",
                   "investigator", "verdict"}


def triggers_in(sent) -> list[tuple[str, object, str]]:
    """(type, token, kind) for every trigger in a sentence; kind is verb | noun | phrase."""
    found = []
    for tok in sent:
        low = tok.lower_
        readmitted = tok.lower_.startswith("readmit")  # the lemmatizer makes "readmitted" "readmitte"
        if tok.lemma_ == "admit" and admitted_to_a_room(tok):
            continue  # "was admitted to the courtroom": let in, neither a member nor a confession
        elif (tok.lemma_ == "admit" or readmitted) and tok.pos_ == "VERB" and (
                readmitted or any(c.dep_ == "auxpass" for c in tok.children)):
            found.append(("membership", tok, "verb"))  # "was admitted to the party", not an admission of guilt
        elif tok.lemma_ == "belong" and tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_.lower() in BODIES) for g in c.children) for c in tok.children):
            found.append(("membership", tok, "verb"))  # "in his youth he belonged to the Borotbists"
        elif tok.lemma_ == "draw" and tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
            found.append(("membership", tok, "verb"))  # "was drawn into the plot by Primakov"
        elif tok.lemma_ == "replace" and tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children):
            # "Yagoda was replaced by Yezhov": the one who replaces takes the post; without a "by", a removal
            found.append(("appointment" if any(c.dep_ == "agent" for c in tok.children) else "removal", tok, "verb"))
        elif tok.lemma_ == "replace" and any(c.lower_ == "with" for c in tok.children):
            found.append(("appointment", tok, "verb"))  # "Stalin replaced Yagoda with Yezhov": Yezhov takes the post
        elif tok.lemma_ in ("head", "command") and tok.pos_ == "VERB" and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in COMMANDED or c.pos_ == "PROPN") for c in tok.children):
            found.append(("appointment", tok, "verb"))  # "Berzin headed the intelligence directorate from 1924"
        elif tok.lemma_ in ("name", "make", "choose", "appoint") and tok.pos_ == "VERB" and any(c.dep_ in ("auxpass", "dobj") for c in tok.children) \
                and not any(c.dep_ == "nsubj" and c.lemma_.lower() in CHARGING_BODIES for c in tok.children) and any(
                c.lemma_.lower() in NAMED_OFFICES for c in [c for c in tok.children if c.dep_ in ("oprd", "attr", "dobj")]
                + ([tok.head] if tok.dep_ == "amod" else [])):
            found.append(("appointment", tok, "verb"))  # "Cesar Dacanay was named provost marshal in his place", "was
            # made First Deputy People's Commissar", "Prince Trubetskoy was chosen dictator"
        elif tok.lemma_ == "name" and tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
                g.lemma_.lower() in OFFICES for g in c.children) for c in tok.children):
            found.append(("appointment", tok, "verb"))  # "The meeting named Jiang Zemin as general secretary"
        elif tok.lemma_ == "name" and tok.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) \
                and any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") and c.lower_ not in ("it", "this", "that") for c in tok.children) \
                and not any(c.dep_ == "prep" and c.lower_ == "after" for c in tok.children):
            # "Grinberg had named me", "Several of the accused name Bukharin …"; but "the indictment named him the
            # military head of the centre" is the charge itself
            by_charge = any(c.dep_ == "nsubj" and c.lemma_.lower() in CHARGING_BODIES for c in tok.children)
            found.append(("accusation" if by_charge else "testimony", tok, "verb"))
        elif tok.lemma_ == "join" and tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
                g.lemma_.lower() in NAMED_OFFICES for g in c.children) for c in tok.children):
            found.append(("appointment", tok, "verb"))  # "Nkomo joined the Government as a Senior Minister": a post
        elif tok.lemma_ == "conduct" and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in PROCEEDINGS or c.dep_ == "dobj" and c.lower_ == "prosecution"
                for c in tok.children):
            found.append(("trial", tok, "verb"))  # "The prosecution was conducted by Mr. Anthony Somerhough", "X conducted
            # the prosecution at the hearings held on 18 and 25 May"
        elif tok.lemma_ == "defend" and tok.pos_ == "VERB" and defends_in_court(tok):
            found.append(("trial", tok, "verb"))  # "The accused were defended by Mr. D. N. Pritt", "M. Labori defended him"
        elif tok.lemma_ == "swear" and any(c.dep_ == "prt" and c.lower_ == "in" for c in tok.children):
            found.append(("appointment", tok, "verb"))  # "was sworn in as commander": an office, not testimony
        elif tok.lemma_ in ("take", "assume") and tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "office"
                                                                           for c in tok.children):
            found.append(("appointment", tok, "verb"))  # "Alfonsín, who took office in December 1983"
        elif tok.lemma_ == "let" and tok.pos_ == "VERB" and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "go") for c in tok.children):
            found.append(("release", tok, "verb"))  # "They let her out in '46, in the summer"
        elif tok.lemma_ == "take" and tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) \
                and any(c.dep_ == "dobj" and (c.lemma_.lower() in COMMANDED or c.pos_ == "PROPN") for c in tok.children):
            found.append(("appointment", tok, "verb"))  # "in February 1920 he took over the Caucasian Front"
        elif tok.lemma_ == "put" and tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
                g.lemma_ == "place" and any(x.dep_ == "poss" for x in g.children) for g in c.children) for c in tok.children):
            found.append(("appointment", tok, "verb"))  # "Stalin removed him and put Yezhov in his place"
        elif tok.lemma_ == "write" and tok.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in tok.children) and any(
                c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in tok.children):
            found.append(("statement", tok, "verb"))  # "From prison Meyerhold wrote to Molotov that he had been beaten"
        elif tok.lemma_ == "give" and tok.pos_ == "VERB" and any(c.dep_ in ("dobj", "npadvmod", "attr") and c.lemma_ in TERMS
                                                               for c in tok.children):
            found.append(("sentence", tok, "verb"))  # "an OGPU troika gave him ten years in the camps"
        elif tok.lemma_ == "find" and tok.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in tok.children) and any(
                c.lower_ == "guilty" for c in tok.subtree):
            found.append(("accusation", tok, "verb"))  # "the Court finds the defendants … guilty of conspiracy"
        elif tok.lemma_ == "body" and tok.pos_ == "NOUN" and tok.dep_ in ("nsubjpass", "dobj", "nsubj") and \
                tok.head.lemma_ in FOUND_DEAD:
            found.append(("death", tok, "noun"))  # "his body was found near the cemetery", "the body of X was thrown"
        elif tok.lemma_ in ("honour", "honor", "name", "reputation", "membership") and tok.dep_ == "dobj" and tok.head.lemma_ == "restore":
            found.append(("rehabilitation", tok, "noun"))  # "a law restoring the honor of Menderes", "restored his good name"
        elif tok.lemma_ in ("write", "compose") and tok.pos_ == "VERB" and (
                any(c.dep_ == "dobj" and c.lemma_.lower() in WORKS - {"letter", "diary"} for c in tok.children)
                or any(c.dep_ == "prep" and c.lower_ == "in" and any(g.pos_ == "PROPN" for g in c.children) for c in tok.children)):
            found.append(("publication", tok, "verb"))  # "he wrote in the Henan Daily that …", "composed leaflets"
        elif tok.lower_ == "corpus" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "habeas" and not (
                tok.i > 2 and tok.doc[tok.i - 2].lower_ == "of" and tok.doc[tok.i - 3].lower_ in ("writ", "writs")):
            found.append(("demand", tok, "noun"))  # "his mother filed a habeas corpus before Federal Court No. 2"
        elif tok.lower_ in ("writ", "writs", "recurso", "recursos") and " ".join(t.lower_ for t in tok.doc[tok.i + 1:tok.i + 4]) \
                in ("of habeas corpus", "de amparo"):
            found.append(("demand", tok, "noun"))  # "presented successive writs of habeas corpus", "the recurso de amparo"
        elif tok.lower_ == "representations" and tok.head.lemma_ == "make":
            found.append(("demand", tok, "noun"))  # "The Swedish government made repeated representations on her behalf"
        elif tok.lemma_ == "lock" and tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
            found.append(("arrest", tok, "verb"))  # "the work team locked up Ma Xiaojun for eleven days"
        elif tok.lemma_ == "hold" and held_in_custody(tok):
            found.append(("arrest", tok, "verb"))  # "she was held at Villa Grimaldi", "and held for three weeks"
        elif tok.lemma_ == "give" and tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in POSTS for c in tok.children):
            found.append(("appointment", tok, "verb"))  # "He was given the command of the National Guard"
        elif tok.lemma_ == "give" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "evidence" for c in tok.children):
            found.append(("testimony", tok, "verb"))  # "Alan Paton gave evidence on behalf of the accused"
        elif tok.lemma_ in ("expose", "unmask") and any(c.dep_ == "prep" and c.lower_ == "to" or c.dep_ == "dobj" and c.pos_ == "NOUN"
                                                         for c in tok.children):
            continue  # "exposed to the cold", "exposing Mill's behaviour": no person unmasked
        elif tok.lemma_ == "depose" and tok.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("PROPN", "PRON")
                                                                   for c in tok.children) and not any(c.dep_ == "ccomp" for c in tok.children):
            found.append(("removal", tok, "verb"))  # "Ioannidis deposed Papadopoulos", "the Emperor was deposed": no evidence given
        elif tok.lemma_ == "suspect" and tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) and any(
                t.lower_ == "of" for t in tok.doc[tok.i + 1:tok.sent.end]):
            found.append(("accusation", tok, "verb"))  # "He was suspected, it was later said, of supplying medicines …"
        elif tok.lemma_ == "leave" and tok.pos_ == "VERB" and left_custody(tok):
            found.append(("release", tok, "phrase"))  # "she left Ventas on 9 October 1943", "left the camp in 1956"
        elif tok.lemma_ == "hang" and any(c.dep_ in ("agent", "prep") and c.lower_ == "by" and any(
                g.lemma_ in SUSPENDED_BY for g in c.children) for c in tok.children):
            continue  # "hung by the wrists": a torture, no execution
        elif tok.lemma_ == "hang" and tok.dep_ in ("xcomp", "oprd", "acomp") and tok.head.lemma_ == "find":
            found.append(("death", tok.head, "verb"))  # "he was found hanged in his cell": a death whose cause is disputed
        elif tok.lemma_ == "execute" and carried_out(tok):
            continue  # "the foregoing sentence, which shall be executed": an order carried out, nobody shot
        elif tok.lemma_ == "see" and any(c.dep_ == "nsubj" and (c.lower_ in ("nobody", "noone") or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in tok.children):
            continue  # "No one has seen him since the night of his arrest": the last sight of him, no meeting
        elif tok.lemma_ == "speak" and not any(c.dep_ == "prep" and c.lower_ in ("of", "about", "against", "to", "at")
                                               for c in tok.children):
            continue  # "spoke of the defendants as …", "spoke against Yezhov's powers", "spoke at a meeting"; not "who speak
            # little German", "spoke this week with all his old vigour", "Vanzetti was to speak"
        elif tok.lemma_ == "deny" and any(c.dep_ == "dobj" and c.lemma_.lower() in REFUSABLE for c in tok.children):
            continue  # "Eisenhower denied clemency": a request refused, not a denial of what was said
        elif tok.lemma_ in ("protest", "complain", "object") and tok.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in tok.children):
            found.append(("statement", tok, "verb"))  # "He protested more than once that his clients were being tried …"
        elif tok.lemma_ == "tell" and tok.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in tok.children) and any(
                c.dep_ in ("dobj", "dative") and c.lemma_.lower() in HEARINGS
                and not any(m.dep_ in ("compound", "amod") for m in c.children) for c in tok.children):  # not "the party commission"
            found.append(("testimony", tok, "verb"))  # "She told the Committee that Marais had threatened her brother"
        elif tok.lemma_ == "tell" and tok.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in tok.children) and any(
                c.dep_ in ("dobj", "dative") and (c.lemma_.lower() in AUDIENCES or c.pos_ == "PROPN" and c.text.isupper()
                                                 and len(c.text) > 1) for c in tok.children):
            found.append(("statement", tok, "verb"))  # "told reporters that …", "told the House of Commons that", "told BPS"
        elif tok.lemma_ in ("say", "declare", "state") and tok.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ in ("to", "at", "in") and any(g.lemma_.lower() in AUDIENCES | FORUMS for g in c.children)
                for c in tok.children):
            found.append(("statement", tok, "verb"))  # "said at a press conference that …", "declared to reporters that"
        elif tok.lemma_ in ("ask", "request", "urge", "beg", "recommend", "move", "propose") and tok.pos_ == "VERB" and asks_that(tok):
            found.append(("demand", tok, "verb"))  # "Graham Greene asked that his royalties be paid to the wives"
        elif low == "accused" and not list(tok.children) and (tok.dep_ == "acl" and tok.head.like_num or tok.i > 0 and (
                tok.doc[tok.i - 1].lower_ in DEFENDANTS_BEFORE or tok.doc[tok.i - 1].like_num)):
            continue  # "All three accused have admitted", "appeared for both accused": the defendants, not an accusation
        elif tok.lemma_ == "attend" and tok.pos_ == "VERB" and any(c.dep_ == "agent" for c in tok.children) \
                and any(t.lemma_.lower() in GATHERINGS for t in tok.sent):
            found.append(("meeting", tok, "verb"))  # "a meeting in Gorelik's flat, attended by Gorelik, Kostrov …"
        elif tok.lemma_ == "bear" and low != "born":
            continue  # "bore the marks of beatings", "bear witness": only "born" is a birth
        elif tok.lemma_ in VERB_TYPES and tok.pos_ in ("VERB", "AUX"):
            found.append((VERB_TYPES[tok.lemma_], tok, "verb"))
        elif low.startswith("re-") and low[3:] in PARTICIPLES and tok.pos_ == "VERB":
            found.append((VERB_TYPES[PARTICIPLES[low[3:]]], tok, "verb"))  # "re-arrested", one word (nlp.romanised_names)
        elif low.startswith("re") and low[2:] in PARTICIPLES and tok.pos_ in ("VERB", "PROPN"):
            found.append((VERB_TYPES[PARTICIPLES[low[2:]]], tok, "verb"))  # "Rearrested in Aleksandrov", "resentenced"
        elif low in PARTICIPLES and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            found.append((VERB_TYPES[PARTICIPLES[low]], tok, "verb"))
        elif low == "transfer" and not any(c.dep_ == "prep" for c in tok.children):
            continue  # "awaiting transfer": a move to come, from nowhere named to nowhere named, is no removal
        elif low in NOUN_TYPES and tok.pos_ in ("NOUN", "PROPN") and not (
                low == "request" and any(c.lower_ == "own" for c in tok.children)):  # "relieved at his own request"
            found.append((NOUN_TYPES[low], tok, "noun"))
        elif tok.lemma_ in PRESENCE_VERBS and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "prep" and c.lower_ in ("in", "at") for c in tok.children):
            found.append(("presence", tok, "verb"))
    offices = offices_in(sent)
    taken = {tok.i for _, tok, _ in offices}
    found = [f for f in found if f[1].i not in taken or f[0] not in ("presence", "travel")] + offices
    text = sent.text  # a Span joins its tokens anew at each read; once, not once per pattern
    for type_, pattern in PHRASES:
        for m in pattern.finditer(text):
            span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
            if span is None or type_ == "membership" and any(f[0] == "appointment" and f[1].lemma_ == "join" and span.start <= f[1].i < span.end for f in found):
                continue  # "joined the Government as a Senior Minister": the post, not only a membership
            if span is not None:
                found = [f for f in found if not (span.start <= f[1].i < span.end)]
                found.append((type_, span.root, "phrase"))
    return found


PROCEEDINGS = {"prosecution", "case", "trial", "hearing"}  # "The case for the Government was conducted by …"
DEFENDED = {"him", "her", "them", "accused", "defendant", "defendants", "prisoner", "prisoners"}


def defends_in_court(verb) -> bool:
    """Counsel defending the accused: a passive "defended by" a named man, or a named man or "who" defending him,
    the accused or the prisoners (not "defended prisoners before the military courts", nor "defended it")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return any(c.dep_ == "agent" and any(g.pos_ == "PROPN" for g in c.children) for c in verb.children) and any(
            c.dep_ == "nsubjpass" and (c.pos_ in ("PROPN", "PRON") or c.lower_ in DEFENDED) for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.pos_ == "PROPN" or subject.lower_ == "who") and any(
        c.dep_ == "dobj" and c.lower_ in DEFENDED and (c.pos_ == "PRON" or any(d.lower_ == "the" for d in c.children))
        for c in verb.children)


def asks_that(verb) -> bool:
    """ "asked that Sinyavsky and Daniel be released": a request whose content is a clause of its own."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)


GATHERINGS = {"meeting", "gathering", "session", "conference", "congress", "assembly", "rally", "dinner", "reception",
              "funeral", "plenum"}
# Whom a public statement is made to
AUDIENCES = {"reporter", "reporters", "journalist", "journalists", "correspondent", "correspondents", "press", "newsman",
             "newsmen", "house", "parliament", "chamber", "assembly", "congress", "senate", "deputies", "conference",
             "rally", "crowd", "audience", "nation", "country", "world", "interviewer"}
FORUMS = {"interview", "speech", "broadcast", "statement", "communiqué", "communique", "article"}
HEARINGS = {"committee", "commission", "court", "tribunal", "judge", "jury", "inquest", "magistrate", "hearing", "board",
            "inquiry", "chamber", "bench"}  # whom a witness tells what he saw
DEFENDANTS_BEFORE = {"the", "both", "all", "his", "her", "their", "each", "other", "fellow", "co", "two", "three", "four"}
REFUSABLE = {"clemency", "appeal", "petition", "request", "bail", "permission", "visa", "access", "pardon", "leave",
             "entry", "rehearing", "review"}
TERMS = {"year", "month", "term", "sentence"}
SUSPENDED_BY = {"wrist", "arm", "hand", "thumb", "foot", "feet", "leg", "ankle", "heel", "hair"}  # not "by the neck"
FOUND_DEAD = {"find", "discover", "identify", "recover", "throw", "dump", "return", "hand", "exhume", "bury", "wash"}
# What one belongs to as a member (not "belonged to the generation that went into the camps").
BODIES = {"party", "opposition", "organisation", "organization", "group", "circle", "union", "faction", "centre", "center",
          "bloc", "committee", "society", "movement", "underground", "conspiracy", "plot", "cell", "army", "police", "staff"}


POSTS = {"command", "post", "portfolio", "leadership"}  # what one is given that is an office
SPELLS = {"fortnight", "week", "month", "year", "day", "night", "hour"}  # how long one is held


def held_in_custody(tok) -> bool:
    """A person "was held" (not a meeting, not "held responsible", not "held a post"): kept in custody."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("prt", "acomp", "oprd") or c.dep_ == "dobj" and c.lemma_.lower() not in SPELLS
                                 for c in tok.children):
        return False  # not "held a meeting"; but "held a fortnight in the Lukyanovka Prison"
    clause = tok.head if tok.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in tok.children) else tok
    if tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "among":
        return True  # "Among those still held are …"
    if not any(c.dep_ == "auxpass" for c in clause.children):
        return noted_held(tok)
    subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    named = subject is not None and any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in subject.children)
    counted = subject is not None and subject.lemma_.lower() in GROUP_NOUNS and any(
        c.dep_ == "nummod" or c.lower_ == "both" for c in subject.children)  # "The two young men were held at …"
    return subject is not None and (subject.pos_ in ("PROPN", "PRON") or named or counted)  # "The composer Mikis Theodorakis … was held"


def noted_held(tok) -> bool:
    """ "1938-1940   Orlovsky held in Sevvostlag": a chronology's line says "held" without "was"."""
    return tok.tag_ in ("VBD", "VBN") and line_date_head(tok) is not None and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") for c in tok.children)


def office_of(tok) -> bool:
    """An office noun, or an office phrase ending in one ("People's Commissar of Justice")."""
    return tok.lemma_.lower() in OFFICES or any(t.lemma_.lower() in OFFICES for t in tok.lefts if t.dep_ == "compound")


SERVING_VERBS = {"serve", "act"}  # "he later served as political commissar of the 46th Division"


def offices_in(sent) -> list[tuple[str, object, str]]:
    """Taking up an office stated without "appointed": "became X", "was X … in 1919", "came … as X"."""
    found = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        attrs = [c for c in tok.children if c.dep_ in ("attr", "acomp", "oprd") and office_of(c)]
        dated = any(c.dep_ == "prep" and any(g.like_num or g.text[:4].isdigit() for g in c.subtree) for c in tok.children)
        if attrs and (tok.lemma_ == "become" or (tok.lemma_ == "be" and dated)):
            found.append(("appointment", tok, "phrase"))
        elif tok.lemma_ == "be" and not dated and holds_a_post_in_a_body(tok):
            found.append(("membership", tok, "phrase"))
        elif tok.lemma_ in MOTION_VERBS | SERVING_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" and getattr(governing_verb(c), "i", None) == tok.i
                                               and any(office_of(g) for g in c.children) for c in tok.subtree):
            found.append(("appointment", tok, "phrase"))
    return found



KIN_NOUNS = {"son", "daughter", "wife", "husband", "widow", "brother", "sister", "father", "mother", "friend", "cousin",
             "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "child", "children", "author", "victim",
             "pupil", "student", "disciple", "follower"}
NOT_POSTS = {"subject", "object", "case", "result", "cause", "reason", "example", "part", "sentence", "arrest", "one"}


def holds_a_post_in_a_body(be) -> bool:
    """ "Dr. Kabaireho was a lecturer in chemistry at Makerere University", "Her husband was second-in-command of
    the Simba Battalion": a person's post in a named body, stated with "was"."""
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON") or any(c.lower_ == "whose" for c in subject.children) \
            or subject.pos_ == "NOUN" and subject.lemma_.lower() in KIN_NOUNS | NOT_POSTS:
        return False  # not "whose uncle was a district cadre of …", "whose arrest was the subject of …"
    for attr in (c for c in be.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and not office_of(c)
                 and c.lemma_.lower() not in KIN_NOUNS | NOT_POSTS):  # an office is an appointment (offices_in)
        if any(g.dep_ == "pobj" and g.pos_ == "PROPN" for p in attr.subtree if p.dep_ == "prep" and p.lower_ in ("of", "at")
               and attr.i in (p.head.i, p.head.head.i) for g in p.children):  # "a lecturer in chemistry at …"
            return True
    return False


def names_an_event(tok, kind: str) -> bool:
    """ "after his arrest", "removing Yagoda", "to remove him", "being brought to trial": a noun or a verb without
    tense names an event (as a time, a topic, a purpose) rather than telling it."""
    if kind == "noun":
        return True
    progressive = any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in tok.children)  # "he was serving"
    return tok.tag_ == "VBG" and not progressive or (tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)) \
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in tok.children)


CARRIED_OUT = {"sentence", "order", "decree", "warrant", "judgment", "judgement", "verdict", "plan", "will", "decision",
               "instruction", "directive", "contract", "resolution"}


def carried_out(verb) -> bool:
    """ "The sentence shall be executed", "executing the order", "…, which shall be executed": what is executed is a
    thing, not a person."""
    done_to = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if verb.dep_ == "relcl":
        done_to.append(verb.head)
    return any(t.lemma_.lower() in CARRIED_OUT or t.lower_ == "which" for t in done_to)  # people are "who"


ONWARD_CUSTODY = {"exile", "camp", "prison", "deportation", "banishment", "settlement", "colony", "transit"}
CUSTODY_PLACES = PRISON_WORDS | {"lager"}
CUSTODY_PLACE_NAME = r"(?:\b{0}[ \t]+(?:prison|camp|jail|penitentiary)\b|\b(?:prison|camp|jail|penitentiary)[ \t]+of[ \t]+{0}\b)"


def left_custody(verb) -> bool:
    """ "left the camp", "left Ventas" where the text calls Ventas a prison: a prisoner's release, no journey."""
    place = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if place is None or any(c.dep_ == "prep" and c.lower_ in ("for", "to", "into") and any(
            g.lemma_.lower() in ONWARD_CUSTODY for g in c.children) for c in verb.children):
        return False  # "Tomsky left prison for eternal exile in Siberia": moved on, not freed
    if place.lemma_.lower() in CUSTODY_PLACES:
        return True
    return place.pos_ == "PROPN" and re.search(CUSTODY_PLACE_NAME.format(re.escape(place.text)), text_of(verb.doc),
                                               re.I) is not None
