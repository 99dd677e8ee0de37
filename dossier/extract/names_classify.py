"""Deciding what a candidate names: person, organisation or place — by evidence, then by document.

Each occurrence gathers evidence (spaCy's label, word shape, a title before
it, a verb of people after it, a gazetteer hit, a preposition of place); the
document then votes per name, so a name that is plainly a person once is a
person throughout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.extract.lexicon import (HOLDING_KINDS, NATIONALITIES, EVENT_NOUNS, GENERIC_MODIFIERS, GROUP_SUFFIX, DATELINE, ORG_HEADS,
                                     ORG_WORDS, PARTY_LINE, PLACE_HEADS, DEPUTY_PREFIX, UNDOTTED_RANKS, is_title_word)
from dossier.extract.given_names import is_given_name
from dossier.extract.nlp import text_of
from dossier.extract.names_candidates import GENERIC_BODIES, Candidate, month_as_given_name
from dossier.extract.names_particles import OPENING_PARTICLES
from dossier.extract.names_shapes import (COMPASS, INSTITUTIONS, NATIONALITY_ENDING, abbreviates_a_state, capitalised_surname,
                                          cites_a_provision, surname_first_in_capitals, is_common_word, is_nationality_adjective,
                                          is_post_nominal, is_speaker_label, is_style_of_address, labels_a_caps_field,
                                          labels_a_note, names_an_office, signs_after_a_dash)
from dossier.extract.names_morph import CYRILLIC_WORD, ROMAN, is_hyphenated_given_name, is_initial, is_spaced_caps_surname, looks_like_surname, plural_stem
from dossier.extract.places import LANDMARKS, is_main_place_name, is_place_name
from dossier.extract.names_surroundings import surroundings_evidence
from dossier.ingest.structure import line_bounds

# One capitalised word after "the" that stands for a body the text names in full elsewhere (gold/README.md).
SHORT_FORMS = {"Court", "Centre", "Center", "Party", "Commission", "Committee", "Tribunal", "Collegium", "Bureau",
               "Procuracy", "Ministry", "Embassy", "Legation", "Consulate", "Senate", "House", "Chronicle", "Council",
               "Presidium", "Secretariat", "Directorate", "Association", "Federation", "League", "Assembly", "Department",
               "Radio", "Army", "Navy", "Guard", "Militia"}
DOTTED = re.compile(r"^(?:[A-Z]\.){3,}$")  # an acronym spelt with dots, longer than a person's initials
VILLAGE_ENDING = re.compile(r"(?:skoye|skoe|tskoye|ovo|evo|yovo)$")
SPACY_TO_LABEL = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


@dataclass
class Evidence:
    person: float = 0.0
    org: float = 0.0
    place: float = 0.0
    fixed: str | None = None  # decided by form alone (an organisation phrase, initials)

    def add(self, other: "Evidence") -> None:
        self.person += other.person
        self.org += other.org
        self.place += other.place

    def best(self) -> tuple[str | None, float]:
        if self.fixed:
            return self.fixed, 10.0
        label, score = max((("PERSON", self.person), ("ORG", self.org), ("PLACE", self.place)), key=lambda kv: kv[1])
        return (label, score) if score >= 1.5 else (None, score)


# Endings of English adjectives and abstract nouns: "Gorky Regional", "Soviet Constitution" are no given names.
COMMON_WORD_ENDING = re.compile(r"(?:al|ern|ian|ic|ity|ment|ion|ary|ory|ive|ing|ed|ist|ism)$")


def name_key(text: str) -> str:
    """The string a document votes on: the surname — the last word of a name, or the first of an inverted one
    ("Ratajczak, Stanislav Antonovich" votes for "Ratajczak")."""
    words = text.split(",")[0].split() if "," in text else text.split()
    while len(words) > 1 and is_initial(words[-1]):
        words = words[:-1]  # "Tukhachevsky M.N." votes for "Tukhachevsky"
    last = words[-1] if words else text
    return last


def spacy_label(c: Candidate) -> str | None:
    """The entity type most of the candidate's words carry; on a tie, the last word's (a name's head), so that
    the answer never depends on the order of a set."""
    labels = [t.ent_type_ for t in c.tokens if t.ent_type_]
    if not labels:
        return None
    most = max(labels.count(label) for label in labels)
    return SPACY_TO_LABEL.get(next(label for label in reversed(labels) if labels.count(label) == most))


def spacy_exact(c: Candidate) -> bool:
    """spaCy's entity covers this candidate and not much more (not a whole title line)."""
    if not c.tokens:
        return False
    doc = c.tokens[0].doc
    ents = doc.user_data.get("ents")
    if ents is None:
        ents = doc.user_data["ents"] = tuple(doc.ents)  # spaCy builds the tuple anew at each read
    for ent in ents:
        if ent.start <= c.tokens[0].i and c.tokens[-1].i < ent.end:
            extra = (ent.end - ent.start) - len(c.tokens)
            return extra <= (1 if doc[ent.start].lower_ == "the" else 0)
    return False


def names_a_numbered_party(c: Candidate) -> bool:
    """ "Pieter Johannes Kruger      AM 3712/96      First Applicant": a caption's line that ends on a party's number
    opens on that party's name."""
    text = text_of(c.tokens[0].doc)
    line_start, line_end = line_bounds(text, c.start, c.end)
    line = text[line_start:line_end]
    return c.start == line_start and PARTY_LINE.search(line) is not None


def opens_a_dateline(c: Candidate) -> bool:
    """ "YASSIADA, Turkey, Oct. 14, 1960 (AP) — ": a dispatch opens on the place it was filed from."""
    if not c.tokens or not c.text.isupper():
        return False
    text = text_of(c.tokens[0].doc)
    return (c.start == 0 or text[c.start - 1] == "\n") and DATELINE.match(text, c.start) is not None


# Last words of a law's or an order's title: no one's name
INSTRUMENTS = {"Order", "Decree", "Act", "Law", "Ordinance", "Proclamation", "Regulation", "Regulations", "Warrant", "Code"}
# First words that make a name a place: "Hotel Bristol", "Avenida Petapa", "Rue de la Lyre", "Plaza de Mayo"
PLACE_OPENERS = {"Hotel", "Barrio", "Bairro", "Sveti", "Sveta", "Sveto", "Café", "Cafe", "Avenida", "Calle", "Rue", "Plaza", "Piazza", "Praça", "Boulevard", "Ulitsa", "Rua",
                 "Presídio", "Penitenciária", "Penitenciaría", "Cárcel", "Prisión", "Carcere",  # "Rua Tutóia", "Presídio Tiradentes"
                 "Estadio", "Estádio", "Velódromo", "Stadion",  # "Estadio Nacional": the stadiums used as camps
                 "Place", "Hôtel", "Quai", "Palais", "Château", "Pont", "Porte", "Caserne", "Casernes", "Fort",  # "Place Vendôme", "Hôtel de Ville", "Casernes Dessalines"
                 "KL", "KZ", "Stalag", "Oflag",  # "KL Dachau": a German file's concentration camp
                 "Villa", "Ciudad", "Puerto",  # "Villa Grimaldi", "Villa Clara", "Ciudad Juárez"
                 "H.M.S.", "HMS", "USS", "U.S.S."}  # ships: "H.M.S. Maidstone" held internees


# Bodies a German or Austrian file names with their seat after them: "Higher Regional Court Hamm", "SD Section Düsseldorf"
SEATED_BODIES = {"Court", "Office", "Tribunal", "Commission", "Committee", "Council", "Directorate", "Department",
                 "Section", "Bureau", "Police", "Gendarmerie", "Command", "Prefecture", "Administration"}


# Spanish, Portuguese and French bodies put their kind first: "Tribunal Plenário", "Ordem dos Advogados", "Partido Comunista"
BODY_OPENERS = {"Tribunal", "Comité", "Comissão", "Comisión", "Ministerio", "Ministério", "Polícia", "Policía", "Partido",
                "Movimiento", "Movimento", "Juzgado", "Consejo", "Conselho", "Instituto", "Ordem", "Orden", "Sindicato",
                "Confederación", "Confederação", "Federación", "Federação", "Asociación", "Associação", "Servicio",
                "Serviço", "Dirección", "Direção", "Direcção", "Guardia", "Auditoria", "Tribunale", "Partito", "Comitato",
                "Conseil", "Parti", "Ligue", "Fédération", "Confédération", "Sûreté",
                "Radio"}  # "Radio Uganda", "Radio Free Europe" put their kind first in English too


# The last words of Spanish-style provinces named for a point of the compass: "Agusan del Sur", "Misamis Oriental"
REGION_SUFFIXES = {"Norte", "Sur", "Oriental", "Occidental"}


def followed_by_of(c: Candidate) -> bool:
    """ "the Great Hall of the People": the name runs on past what we have of it."""
    return bool(c.tokens) and c.tokens[-1].i + 1 < len(c.tokens[-1].doc) and c.tokens[-1].nbor(1).lower_ == "of"


# Titles that are common surnames too: after a given name, the surname ("Martin Luther King", not "the Vladimir Governor")
SURNAMES_OF_TITLES = {"King", "Bishop", "Marshal", "Major", "Judge", "Count", "Pope", "Cardinal", "Sheriff", "Warden", "Dean",
                      "Chancellor", "Porter", "Abbot", "Prior"}


def form_evidence(c: Candidate) -> Evidence:
    words = c.text.split()
    if c.text in NATIONALITIES or c.text in EVENT_NOUNS or is_style_of_address(c) or is_nationality_adjective(c) \
            or names_an_office(c) and not is_place_name(c.text) and spacy_label(c) != "PLACE" or labels_a_caps_field(c):
        return Evidence(fixed="NONE")
    if len(words) > 1 and words[-1] in ("Center", "Centre") and words[-2].lower() in HOLDING_KINDS:
        return Evidence(fixed="PLACE")  # "Tule Lake Segregation Center", "Seoul Detention Center": a camp, not a body
    if len(words) == 1 and c.text.isupper() and len(c.text) >= 6 and c.text not in ORG_WORDS and c.text.title() not in ORG_WORDS \
            and is_common_word(c.text.title()) and not is_speaker_label(c):
        return Evidence(fixed="NONE")  # "ARRESTS", "PETITION", "SECTION": a heading's word in capitals, no acronym
    if c.org_phrase:
        return Evidence(fixed="ORG")
    if c.inverted:
        return Evidence(fixed="PERSON")
    if c.place or opens_a_dateline(c) or abbreviates_a_state(c):
        return Evidence(fixed="PLACE")
    if is_post_nominal(c) or cites_a_provision(c):
        return Evidence(fixed="NONE")
    if all(is_initial(w) for w in words) and len(c.text.replace(".", "")) >= 2 and c.text.count(".") >= 2 \
            and not (len(words) == 1 and c.text.count(".") >= 3 and not signs_after_a_dash(c)):  # "K.A.U.": a body
        return Evidence(fixed="PERSON")  # a signature: (L.S.), "-- J.E.A."
    if labels_a_note(c) or len(words) == 1 and is_title_word(re.sub(r"ies$", "y", words[0]).removesuffix("s")) \
            and words[0].endswith("s"):
        return Evidence(fixed="NONE")  # "[Margin: …]"; "the Chief Secretaries, Bombay, Bengal": offices, not names
    if is_place_name(c.text) and len(words) > 1:
        return Evidence(fixed="PLACE")
    if len(words) > 1 and words[0] in COMPASS and words[-1] not in ORG_HEADS and words[-1] not in INSTITUTIONS and not c.title:
        return Evidence(fixed="PLACE")  # "Central Java", "North Korea", "Upper Silesia": nobody's name opens so
    if len(words) > 1 and not c.title and (words[-1] in REGION_SUFFIXES or words[1] in ("del", "de", "di", "do", "da")
                                           and is_place_name(words[0]) and not is_given_name(words[0])):
        return Evidence(fixed="PLACE")  # "Davao del Norte", "Ilocos Sur", "Negros Oriental": a province named from a town
    if (c.text in LANDMARKS or words[0] in PLACE_OPENERS and len(words) > 1 or words[-1] in ("Hotel", "Square", "Street", "Prison", "Station")
            or len(words) > 1 and words[-1] in PLACE_HEADS
            or len(words) > 1 and words[-1] == "Hall" and not is_given_name(words[0]) and not followed_by_of(c)) \
            and (not c.title or c.title.rstrip(".") in ("St", "Saint")):  # "Thalia Hall", not "Gus Hall"
        # "Mrs. Barbara Castle" is no castle; "St. Bride Street" is a street
        return Evidence(fixed="PLACE")
    if len(words) > 1 and words[0] in BODY_OPENERS and not c.title and words[-1][:1].isupper():
        return Evidence(fixed="ORG")
    if len(words) > 2 and words[-2] in SEATED_BODIES and not c.title and words[-1] not in ORG_HEADS | PLACE_HEADS \
            and words[-1][:1].isupper() and not words[-1].isupper():
        return Evidence(fixed="ORG")  # "Higher Regional Court Hamm", "Special Court Düsseldorf": a body, then its seat
    if len(words) > 1 and words[-1] in INSTRUMENTS and not c.title:
        return Evidence(fixed="NONE")  # "the Arrest, Search and Seizure Order", "the State Protection Law": a document
    if c.text in ("State", "Crown") or c.text in GENERIC_BODIES or len(words) == 2 and words[-1] in GENERIC_BODIES and (
            words[0] in NATIONALITIES or NATIONALITY_ENDING.search(words[0]) and not is_place_name(words[0])):  # "the Ottoman Government"
        return Evidence(fixed="NONE")  # "the State alleged": a party to a trial, named by what it is
    head = words[-1].title() if c.text.isupper() else words[-1]  # "PALACH PRESS": a heading's capitals
    if len(words) > 1 and (head in ORG_HEADS or c.text.split("-")[-1] in ORG_HEADS):
        return Evidence(fixed="ORG")
    undotted = c.text.replace(".", "") if DOTTED.match(c.text) else None  # "N.K.V.D.", "U.S.S.R."
    if c.text in ORG_WORDS or undotted in ORG_WORDS:
        return Evidence(fixed="ORG")
    if undotted and is_place_name(undotted):
        return Evidence(fixed="PLACE")
    if c.text in SHORT_FORMS and c.tokens and c.tokens[0].i > 0 and c.tokens[0].doc[c.tokens[0].i - 1].lower_ == "the" \
            and not (c.text == "House" and c.tokens[-1].nbor(1).lower_ == "of"):  # not "the House of Trade Unions", a building
        return Evidence(fixed="ORG")  # "told the Court", "the Centre considers": a body's capitalised short form
    if len(words) > 1 and words[-1][:1].isupper() and (words[0] in OPENING_PARTICLES or any(w in ("van", "von") for w in words[1:-1])
                                                       or words[0].lower() in OPENING_PARTICLES and words[1].islower()):
        return Evidence(fixed="PERSON")  # "de Gaulle", "Marinus van der Lubbe", "Van der Lubbe" (not "Rio de Janeiro")
    if len(words) in (2, 3) and is_hyphenated_given_name(words[-1]):
        return Evidence(fixed="PERSON")  # "Shin Jik-soo", "Chiang Kai-shek"
    if len(words) > 1 and is_title_word(words[-1]) and not (words[-1] in UNDOTTED_RANKS and is_given_name(words[-2])) \
            and not (words[-1].title() in SURNAMES_OF_TITLES and is_given_name(words[0].title() if words[0].isupper() else words[0])) \
            or len(words) == 1 and DEPUTY_PREFIX.match(words[0]) and is_title_word(words[0]):
        return Evidence(fixed="NONE")  # an office ("State Prosecutor"), not a name ("Martin Luther King", whose surname it is)
    return Evidence()



def context_evidence(c: Candidate) -> Evidence:
    ev = Evidence()
    words = c.text.split()
    last = words[-1]
    label = spacy_label(c)
    weight = 1.0 if spacy_exact(c) else 0.4
    if label in ("ORG", "PLACE") and len(words) == 1 and not is_place_name(c.text) and not last.isupper():
        weight *= 0.5  # spaCy small guesses ORG or GPE for any foreign name it does not know
    if label == "PERSON":
        ev.person += 2 * weight
    elif label == "ORG":
        ev.org += 1.5 * weight
    elif label == "PLACE":
        ev.place += 1.5 * weight
    if any(t.ent_type_ == "NORP" for t in c.tokens) and not looks_like_surname(last) and not is_place_name(c.text):
        ev.org -= 1
        ev.place -= 2
    if c.tokens and all(t.pos_ == "ADJ" for t in c.tokens) and not c.tokens[0].is_sent_start:  # the tagger guesses at openers
        ev.person -= 3
        ev.place -= 2
    if looks_like_surname(last) or (plural_stem(last) and looks_like_surname(plural_stem(last))):
        ev.person += 2
    if any(is_initial(w) for w in words[:-1]):
        ev.person += 4
    in_capitals = len(words) > 1 and c.text.isupper()  # "2. BILDAD KAGGIA, who": capitals say nothing of the kind
    opens_with_given = is_given_name(words[0]) or in_capitals and is_given_name(words[0].title()) \
        or len(c.tokens) > 1 and month_as_given_name(c.tokens)  # "August Spies"
    if len(words) > 1 and opens_with_given \
            and last not in ORG_HEADS and not is_place_name(c.text):
        ev.person += 3  # "Ricardo Ernesto Bermúdez Salas": a given name opens it, whatever the surname's language
    elif in_capitals and len(words) == 2 and is_given_name(words[1].title()) and words[0].isalpha() \
            and last not in ORG_HEADS and not is_place_name(c.text) and words[0].title() not in PLACE_OPENERS:
        ev.person += 3  # "IACOB TEODOR, former political convict": a register's surname first, then the given name
    elif len(words) > 2 and is_given_name(words[1].title()) and all(w[:1].isupper() for w in words) \
            and last not in ORG_HEADS and last not in PLACE_HEADS and not is_place_name(c.text):
        ev.person += 3  # "Pieter Johannes Kruger", "Thabo Alfred Molefe": a given name second, after one we do not know
    if len(words) > 1 and not c.title and not is_given_name(words[0]) and all(not w.isupper() and is_common_word(w, 1.5) for w in words) \
            and any(len(w) > 3 for w in words):
        ev.person -= 3  # "Human Rights", "Notes of a Provincial Mathematician": a title's words, nobody's name
    elif len(words) == 1 and is_given_name(words[0]) and not is_place_name(c.text) and not is_common_word(words[0]):
        ev.person += 1  # "Thandiwe", "Misha": a given name alone, as family, friends and pseudonyms are called
    if c.tokens and names_a_numbered_party(c):
        ev.person += 6
    if c.title:
        ev.person += 4
    if CYRILLIC_WORD.match(last):
        ev.person += 1 if looks_like_surname(last) else -2
    if is_place_name(c.text):
        ev.place += 1.5 if looks_like_surname(last) else 3 if is_main_place_name(c.text) else 1  # "Beria": one of Aleppo's names
    elif VILLAGE_ENDING.search(last):
        ev.place += 3  # "Alexandrovskoye", "Ivanovo": the neuter forms of Russian village and town names
        ev.person -= 2
    if GROUP_SUFFIX.search(last) and not c.title and not looks_like_surname(last):
        ev.person -= 3
        ev.place -= 3
        ev.org -= 1
    if is_spaced_caps_surname(words) and last not in ORG_WORDS:
        ev.person += 4
    elif capitalised_surname(words) or surname_first_in_capitals(words):
        ev.person += 4
    elif is_speaker_label(c):
        ev.person += 5
    elif ROMAN.match(last) or (last.isupper() and len(last) > 1 and not is_place_name(c.text) and not in_capitals):
        ev.person -= 2  # "GPU", "NKVD": acronyms are organisations, not people
        ev.org += 1
    return surroundings_evidence(c, words, ev)


def is_generic_plural(c: Candidate) -> bool:
    """ "the other Yagodas", "new Berman-Yurins": a type, not the person."""
    if not c.tokens:
        return False
    doc = c.tokens[0].doc
    i = c.tokens[0].i - 1
    while i >= 0 and (doc[i].text in (",", "or", "and") or doc[i].ent_type_ or doc[i].text[:1].isupper()):
        i -= 1
    return i >= 0 and doc[i].text.lower() in GENERIC_MODIFIERS
