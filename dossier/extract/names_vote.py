"""The document's vote on each name: a candidate's own evidence (``names_classify``) pooled over every place the
same name appears, then shared between neighbours — names listed with a person, another spelling of the same name,
a body's other name in brackets after it."""

from __future__ import annotations

from collections import defaultdict

from dossier.extract.given_names import is_given_name
from dossier.extract.lexicon import NOT_NAMES, COORDINATORS, EVENT_HEADS, GROUP_SUFFIX, NATIONALITIES, ORG_HEADS, PLACE_NOUNS_AFTER
from dossier.extract.names_candidates import Candidate
from dossier.extract.names_classify import (COMMON_WORD_ENDING, Evidence, context_evidence, form_evidence,
                                            is_generic_plural, name_key, opens_a_dateline)
from dossier.extract.names_morph import looks_like_surname, plural_stem
from dossier.extract.names_surroundings import PLACE_UNITS
from dossier.extract.names_shapes import defined_as, keys_a_nickname
from dossier.extract.places import is_place_name
from dossier.resolve.names import fold


def decide(candidates: list[Candidate]) -> list[tuple[Candidate, str, float, bool]]:
    """(candidate, label, score, generic) for every candidate that names something."""
    local = [(c, form_evidence(c)) for c in candidates]
    votes: dict[str, Evidence] = defaultdict(Evidence)
    contexts: dict[int, Evidence] = {}
    for i, (c, form) in enumerate(local):
        if form.fixed == "PERSON":  # "M. P. Tomsky", "Ratajczak, Stanislav Antonovich": the surname is a person's
            votes[name_key(c.text)].add(Evidence(person=3))
        if opens_a_dateline(c):  # "YASSIADA, Turkey, Oct. 14, 1960 (AP) —": "Yassiada" is that place throughout
            votes[name_key(c.text.title())].add(Evidence(place=6))
        definition = defined_as(c) if not form.fixed else None
        if definition is not None:
            votes[name_key(c.text)].add(Evidence(org=12) if definition == "ORG" else Evidence(place=12))
        if not form.fixed and keys_a_nickname(c):
            votes[name_key(c.text)].add(Evidence(person=8))
        unit = c.text.split()
        if len(unit) == 2 and unit[1].lower() in PLACE_UNITS:  # "Gasharu Cell": an administrative unit's name is a place's
            votes[unit[0]].add(Evidence(place=3))
        if form.fixed:
            continue
        ctx = context_evidence(c)
        contexts[i] = ctx
        key = name_key(c.text)
        votes[key].add(ctx)
        stem = plural_stem(key)
        if stem:
            votes[stem].add(Evidence(person=max(ctx.person, 0)))
        first, second = c.text.split() if len(c.text.split()) == 2 else ("", "")
        if first[:1].isupper() and ctx.best()[0] == "PERSON" and "," not in c.text \
                and second not in ORG_HEADS | EVENT_HEADS and second.lower() not in PLACE_NOUNS_AFTER \
                and not is_place_name(second) and not COMMON_WORD_ENDING.search(second.lower()):
            # "Mao Zedong", "Rajk László": the surname may come first; "their daughter Claudia" after "Claudia
            # Poblete": a given name may stand alone
            votes[first].add(Evidence(person=ctx.person))
    for key in list(votes):  # "Mill-Obin-Okun" is a person if "Mill" is
        if "-" in key:
            for part in key.split("-"):
                if part in votes and votes[part].best()[0] == "PERSON":
                    votes[key].add(Evidence(person=votes[part].person))
            town = key.split("-")[0]  # "Duisburg-Meiderich", a town's quarter, if "Duisburg" is a place here
            if town in votes and votes[town].best()[0] == "PLACE" and votes[key].person < 3:
                votes[key].add(Evidence(place=max(votes[town].place, 4.0)))  # enough to stand against a list of people
    for i in range(len(local) - 1):  # "Malenkov and Beria", "Beria and Abakumov": listed with a person
        a, b = local[i][0], local[i + 1][0]
        if i not in contexts or i + 1 not in contexts or not (linked(a, b) or linked(b, a)):
            continue
        for me, other in ((a, i + 1), (b, i)):
            label, score = contexts[other].best()
            if label == "PERSON" and score >= 3:
                votes[name_key(me.text)].add(Evidence(person=2))
    share_between_spellings(votes)
    surnames, given = surnames_of_full_names(local, contexts)
    named = {name_key(c.text) for c, _ in local}
    articled = always_after_the([c for c, form in local if not form.fixed])
    decided = []
    for i, (c, form) in enumerate(local):
        if form.fixed:
            if form.fixed != "NONE":
                decided.append((c, form.fixed, 1.0, False))
            continue
        key = name_key(c.text)
        stem = plural_stem(key)
        evidence = Evidence()
        evidence.add(votes[key])
        if stem and stem in named and votes[stem].best()[0] == "PERSON":  # "the Kamenevs" after "Kamenev"; not "Malolos" alone
            evidence.add(Evidence(person=votes[stem].person))
        local_ev = contexts[i]
        if local_ev.best()[0] and local_ev.best()[1] >= 6:  # strong local evidence beats the document's vote
            evidence = local_ev
        elif c.text in surnames and evidence.best()[0] != "PERSON" or c.text in given and (
                evidence.best()[0] == "ORG" or evidence.best()[0] == "PLACE" and local_ev.person >= 2):
            # "Mandela" after "Nelson Mandela", though a town; "Hanna" after "Hanna Haurylchyk", whatever the tagger
            # thought; "the accused Kamal" after "Kamal Rashid Hama Amin", where the words around say a person (a
            # given name alone may still be a town: "in Vladimir")
            evidence = Evidence(person=max(3.0, local_ev.person))
        elif evidence.best()[0] == "PLACE" and local_ev.person >= 3 and len(words := c.text.split()) > 1 \
                and is_given_name(words[0]) and local_ev.best()[0] == "PERSON" and words[-1].lower() not in PLACE_UNITS:
            evidence = local_ev  # "Artur London", though the document's "London" is the city
        label, score = evidence.best()
        if label == "PERSON" and evidence.place == evidence.person and is_place_name(c.text):
            label = "PLACE"  # "In Lvov on 9 July" and "the Lvov teacher": as much a town's as a surname's, and a town
        generic = label == "PERSON" and bool(stem) and bool(c.tokens) and (stem in votes or looks_like_surname(stem)) and is_generic_plural(c)
        decided.append((c, label, min(1.0, score / 8), generic))
    decided = short_forms_of_bodies(bracketed_aliases(share_in_lists(decided, votes), votes, articled), votes, surnames | given)
    decided = articled_names(decided, votes, articled)
    return [d for d in decided if d[1] is not None]


QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def always_after_the(candidates: list[Candidate]) -> set[str]:
    """One-word names the document writes two times or more, each time right after "the" and without a title: a
    body or a building ("the Derg", "the Okhrana", "the Aljube"), for a person's name takes no article ("the
    Kamenevs", a family, is a plural and kept apart; "the Rosenberg case" is his affair)."""
    seen: dict[str, list[bool]] = defaultdict(list)
    for c in candidates:
        if len(c.text.split()) != 1 or not c.tokens or plural_stem(name_key(c.text)):
            continue
        first = c.tokens[0]  # not "the Rosenberg case": a man's name may label his affair; but "(the "Derg")"
        before = next((t for t in reversed(first.doc[max(0, first.i - 2):first.i]) if t.text not in QUOTES), None)
        seen[name_key(c.text)].append(before is not None and before.lower_ == "the" and not c.title
                                      and first.dep_ not in ("compound", "amod", "nmod"))
    return {key for key, flags in seen.items() if len(flags) >= 2 and all(flags)}


def articled_names(decided: list, votes: dict, articled: set[str]) -> list:
    """ "the Derg met", "a decision of the Derg": a one-word name always written after "the" is a body or a place,
    never a man — what the document makes it elsewhere ("Provisional Military Administrative Council (the "Derg")"),
    else what the votes lean to, else nothing."""
    settled = {name_key(c.text): label for c, label, _, _ in decided if label in ("ORG", "PLACE") and name_key(c.text) in articled}
    out = []
    for c, label, score, generic in decided:
        key = name_key(c.text)
        if label == "PERSON" and key in articled and len(c.text.split()) == 1:
            ev = votes[key]
            label = settled.get(key) or ("PLACE" if ev.place > max(ev.org, 0) else "ORG" if ev.org > 0 else None)
        out.append((c, label, score, generic))
    return out


def short_forms_of_bodies(decided: list, votes: dict, people_words: set[str]) -> list:
    """ "Mojahedin" alone after "the People's Mojahedin Organisation of Iran": the one distinctive word of a body's
    full name, standing alone, is that body — if something else says so once (the tagger) and the document does not
    also use it as a person's name ("Kirov" after "the Kirov Works") or a place's ("Raseiniai" of the "Raseiniai County
    Department of the MGB" where the text writes "Raseiniai County")."""
    words = {w for c, label, _, _ in decided if label == "ORG" and len(c.text.split()) > 1
             and any(w in ORG_HEADS for w in c.text.split()) for w in distinctive_words(c.text)}
    words -= {c.text.split()[0] for c, label, _, _ in decided if label == "PLACE" and len(c.text.split()) == 2
              and c.text.split()[1].lower() in PLACE_UNITS}  # "Raseiniai" of "Raseiniai County"
    out = list(decided)
    for i, (c, label, score, _) in enumerate(out):
        if label in ("PERSON", "PLACE") and c.text in words and c.text not in people_words and not c.title \
                and votes[name_key(c.text)].org > 0:  # the tagger saw a body in it once at least
            out[i] = (c, "ORG", max(score, 0.3), False)
    return out


def distinctive_words(name: str) -> list[str]:
    """The words of a body's name that are neither its kind ("Organisation"), a place, a nationality nor a given
    name: "Mojahedin" in "People's Mojahedin Organisation of Iran"."""
    return [w for w in name.split() if len(w) >= 4 and w[:1].isupper() and not w.isupper() and w.isalpha()
            and w not in ORG_HEADS and w not in NATIONALITIES and not is_place_name(w) and not is_given_name(w)
            and not COMMON_WORD_ENDING.search(w.lower())]


def bracketed_aliases(decided: list, votes: dict, articled: frozenset | set = frozenset()) -> list:
    """ "the Home Army (Armia Krajowa)": a name alone in brackets right after a body's name is that body's other
    name, unless it is a place ("Pravda (Moscow)") or has strong evidence of its own (which a name always written
    after "the" has not: "(the "Derg")")."""
    out = list(decided)
    for i in range(1, len(out)):
        (before, label_before, _, _), (c, label, score, _) = out[i - 1], out[i]
        if label_before != "ORG" or label == "ORG" or not before.tokens or not c.tokens or form_evidence(c).fixed:
            continue
        doc, first, last = c.tokens[0].doc, c.tokens[0].i, c.tokens[-1].i
        opening = first - 1  # "(Armia Krajowa)", "(the "Derg")"
        while opening > before.tokens[-1].i and (doc[opening].text in QUOTES or doc[opening].lower_ == "the"):
            opening -= 1
        closing = last + 1 if last + 1 < len(doc) and doc[last + 1].text not in QUOTES else last + 2
        bracketed = opening - before.tokens[-1].i == 1 and doc[opening].text == "(" and closing < len(doc) and doc[closing].text == ")"
        if bracketed and not is_place_name(c.text) and (votes[name_key(c.text)].best()[1] < 4 or name_key(c.text) in articled):
            out[i] = (c, "ORG", max(score, 0.3), False)
    return out


def surnames_of_full_names(local: list, contexts: dict[int, Evidence]) -> tuple[set[str], set[str]]:
    """(surnames, given names) of the people a document names in full with good evidence ("Nelson Mandela", "Mao
    Zedong"): a surname alone is that person, whatever town shares the name; a given name alone is no body,
    though it may be a town ("Vladimir")."""
    surnames, given = set(), set()
    for i, (c, _form) in enumerate(local):
        words = c.text.split()
        label, score = contexts[i].best() if i in contexts else (None, 0)
        if 2 <= len(words) <= 4 and label == "PERSON" and score >= 3 and "," not in c.text:
            # a surname in capitals after given names is the surname as written elsewhere ("Ángel Rodolfo IBARRA
            # PEREYRA" … "Ibarra"); of two surnames after given names, the first is used alone as well ("Anselmo
            # Trujillo Cerda" … "Trujillo")
            forms = [w.title() if w.isupper() and len(w) > 2 and not c.text.isupper() else w for w in words]
            ends = (forms[0], forms[-1]) + ((forms[-2],) if len(forms) == 4 or len(forms) == 3 and is_given_name(forms[0])
                                            and not is_given_name(forms[1]) else ())
            named = [w for w in ends if w[:1].isupper() and not w.isupper()]
            surnames |= {w for w in named if not is_given_name(w) and w not in NOT_NAMES}
            if c.text.isupper() and is_given_name(words[0].title()) and words[-1].isalpha() and len(words[-1]) > 2:
                # "THOMAS EDWARD WALLACE" … "WALLACE": a file that writes names in capitals; the name and its surname
                # stand as a person's against the document's acronyms
                surnames |= {words[-1], c.text}
            given |= {w for w in named[:1] if is_given_name(w) and w == forms[0]}
    return surnames, given


def share_between_spellings(votes: dict[str, Evidence]) -> None:
    """ "Kossior" once beside "Kosior" throughout: two spellings of one name are one person if either is."""
    spellings: dict[str, list[str]] = defaultdict(list)
    for key in votes:
        spellings[fold(key)].append(key)
    for keys in spellings.values():
        people = [k for k in keys if votes[k].best()[0] == "PERSON"]
        if people and len(people) < len(keys):
            strongest = max(votes[k].person for k in people)
            for k in keys:
                if k not in people:
                    votes[k].add(Evidence(person=strongest))


def linked(a: Candidate, b: Candidate) -> bool:
    """Two candidates in one list: only commas, "and", "or" between them."""
    if not a.tokens or not b.tokens or b.tokens[0].i <= a.tokens[-1].i:
        return False
    between = a.tokens[0].doc[a.tokens[-1].i + 1: b.tokens[0].i]
    return 0 < len(between) <= 3 and all(t.lower_ in COORDINATORS or t.text in ("’s", "'s") for t in between)


def share_in_lists(decided: list, votes: dict) -> list:
    """Names listed with people are people, unless they have real evidence of their own."""
    out = list(decided)
    changed = share_once(out, votes, unlabelled_only=False)
    while changed:  # "Kaggia, Kubai, Ngei … and Karumba": back along the list, to names with no label of their own
        changed = share_once(out, votes, unlabelled_only=True)
    return out


def share_once(out: list, votes: dict, unlabelled_only: bool) -> bool:
    changed = False
    for i in range(len(out)):
        c, label, score, generic = out[i]
        own = votes.get(name_key(c.text))
        if label == "PERSON" or (unlabelled_only and label is not None) or c.org_phrase or form_evidence(c).fixed or (
                own and (own.best()[1] >= 4 or own.best()[0] == "PLACE" and own.best()[1] >= 3 and after_preposition(c)
                         or own.person <= -3)):
            # "the Bishop of Münster, Clemens August …": a place after its preposition, not the list it runs into;
            # "Yoshio Kurata, Block Manager": words that say they are no name are none for the company they keep
            continue
        if label is None and (GROUP_SUFFIX.search(c.text) or c.text.isupper()):
            continue
        neighbours = [out[j] for j in (i - 1, i + 1) if 0 <= j < len(out)]
        if any(n[1] == "PERSON" and (linked(n[0], c) or linked(c, n[0])) for n in neighbours):
            generic = generic or (bool(plural_stem(c.text)) and any(n[3] for n in neighbours))
            out[i] = (c, "PERSON", max(score, 0.3), generic)
            changed = True
    return changed


def after_preposition(c: Candidate) -> bool:
    """ "of Münster", "in Krefeld": the candidate comes right after a preposition of place or origin."""
    first = c.tokens[0] if c.tokens else None
    return first is not None and first.i > 0 and first.doc[first.i - 1].lower_ in ("of", "in", "at", "from", "near")
