"""Clustering mentions into entities, within a document and then across documents.

Within a document a bare surname joins the full name it abbreviates (the
unique one, else the most recent); two different first names or initials with
one surname stay two people. Across documents a name joins an entity with the
same key and compatible initials; a bare surname that could be several people
is left apart rather than guessed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

from anyascii import anyascii

from dossier.model import Document, Entity, Mention
from dossier.extract.given_names import census_sex, is_given_name
from dossier.extract.name_gender import name_looks_feminine, title_sex
from dossier.extract.nicknames import nickname_key_end
from dossier.extract.names_morph import CAPITALS_FIRST, is_hyphenated_given_name
from dossier.resolve.initials import abbreviated_surnames
from dossier.resolve.name_parts import (given_name_first, holders_of, is_married_name, name_words, named_by_first_surname,
                                       written_surname_first)
from dossier.resolve.names import PersonName, org_key, parse_person, similar


@dataclass
class Cluster:
    id: str
    type: str
    key: str                   # surname key (PERSON) or normalised name (ORG/PLACE)
    initial: str = ""          # first initial, "" if unknown
    first: Optional[str] = None
    surfaces: Counter = field(default_factory=Counter)
    best: str = ""             # canonical display name
    best_rank: tuple = (-2, 0, 0)
    pinned: bool = False       # from a reference list: its name wins
    facts: dict = field(default_factory=dict)
    external_ids: dict = field(default_factory=dict)

    def offer_name(self, text: str, rank: tuple) -> None:
        if not self.pinned and rank > self.best_rank:
            self.best, self.best_rank = text, rank

    def entity(self) -> Entity:
        variants = sorted(set(self.surfaces) - {self.best}, key=lambda v: (-self.surfaces[v], v))
        return Entity(id=self.id, type=self.type, name=self.best, variants=variants,
                      facts=dict(self.facts), external_ids=dict(self.external_ids))


def short_form_of(m: Mention, before: list[Mention]) -> Optional[Mention]:
    """ "the Commission" after "the Commission of Inquiry", "the Centre" after "… Documentation Centre": the
    nearest organisation named in full before it whose name holds the word."""
    if " " in m.text or not m.text[:1].isupper() or m.text.isupper():
        return None
    return next((o for o in reversed(before) if o.label == "ORG" and " " in o.text and m.text in o.text.split()), None)


def second_surname_of(word: str, entity_id: str, people: list[Mention]) -> bool:
    """``word`` ends a Spanish full name of the entity after its first surname ("Valdés" in "Ángel Rivero Valdés"):
    his mother's surname, which does not stand for him alone."""
    return any(m.entity_id == entity_id and len(words := m.text.split()) >= 3 and words[-1] == word
               and not is_given_name(words[-2]) and words[-2][:1].isupper() for m in people)


def is_plural(text: str, names_in_document: set[str]) -> bool:
    """"Zhdanovs" is a plural of a name; "Drobnis" and "Pattakos" are names that end in s."""
    from dossier.extract.names_morph import looks_like_surname

    if not text.endswith("s") or text.endswith("ss") or len(text.split()) > 1:
        return False  # "Peteris Kalnins", "Yan Berzins": a given name makes it one person's name
    if any(name.endswith(" " + text) for name in names_in_document):
        return False  # "Kalnins" after "Peteris Kalnins"
    stem = text[:-1]
    if stem[-1:] in ("a", "e", "i", "o", "u"):
        return stem in names_in_document  # "Pattakos", "Makarezos", "Drobnis": a name ending in a vowel and s is one man's
    return stem in names_in_document or looks_like_surname(stem.split()[-1])


def form_sex(cluster) -> Optional[bool]:
    """True (a woman) or False (a man) by the form of a person's name or the census's record of the given name."""
    feminine = name_looks_feminine(cluster.best)
    if feminine is None and cluster.first:
        feminine = {"F": True, "M": False}.get(census_sex(cluster.first) or "")
    return feminine


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-") or "x"


# What a text puts between a name and another name of the same person.
ALIAS_BETWEEN = re.compile(r"^\s*(?:\(\s*|,\s*(?:who\s+)?(?:(?:signed|wrote|published|writing|signing)\b[^.;()]{0,30}?\b(?:as|under)"
                           r"|(?:[^.;()]{0,90}?,\s*)?(?:better\s+|also\s+)?known(?:\s+to\s+[\w\s]{1,30}?)?\s+as|alias|also\s+called|"
                           r"real\s+name|née|né|born|code[- ]?named|(?:under\s+the\s+)?code[- ]name)\s+"
                           r"|\s+(?:alias|known\s+as|née|né)\s+)[\"“«]?$", re.I)  # "…, a student, known to his friends as “Toninho”"


# "my father, Abd al-Rahman Haddad", "his brother Ali": a relative of someone, not that person
KIN_BEFORE = re.compile(r"\b(?:father|mother|son|daughter|brother|sister|wife|husband|uncle|aunt|cousin|nephew|niece|"
                        r"grandfather|grandmother|grandson|granddaughter|widow)(?:'s|’s)?[ \t]*,?[ \t]*$")  # not "Father X"


class Resolver:
    """Assigns ``Mention.entity_id`` and keeps the entities of one call or one store."""

    def __init__(self, known: Iterable[Entity] = ()) -> None:
        self.clusters: dict[str, Cluster] = {}
        self.by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.aliases: dict[tuple[str, str], str] = {}  # (surname key, first initial) of every known name → entity
        for entity in known:
            self._seed(entity)

    def _seed(self, entity: Entity) -> None:
        pinned = bool(entity.external_ids) or entity.facts.get("source") is not None
        names = [entity.name] + list(entity.variants)
        if entity.type == "PERSON":
            parsed = max((parse_person(n) for n in names), key=lambda p: p.complete)
            cluster = Cluster(entity.id, "PERSON", parsed.key, parsed.first_initial, parsed.first, pinned=pinned)
            for n in names:
                variant = parse_person(n)
                if variant.key != parsed.key:
                    self.by_key[("PERSON", variant.key)].append(entity.id)
                if variant.first_initial:  # a curated merge may have given one entity two full names
                    self.aliases.setdefault((variant.key, variant.first_initial), entity.id)
        else:
            cluster = Cluster(entity.id, entity.type, org_key(entity.name), pinned=pinned)
            for n in entity.variants:
                self.by_key[(entity.type, org_key(n))].append(entity.id)
        cluster.best, cluster.best_rank = entity.name, (9, 1, len(entity.name))
        cluster.surfaces.update(names)
        cluster.facts, cluster.external_ids = dict(entity.facts), dict(entity.external_ids)
        self.clusters[entity.id] = cluster
        self.by_key[(cluster.type, cluster.key)].append(entity.id)

    def _new_id(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self.clusters:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def _new_cluster(self, type_: str, key: str, name: PersonName | None, text: str) -> Cluster:
        if name is not None:
            base = slug(name.surname) + (f"-{slug(name.first)}" if name.first else (f"-{name.first_initial.lower()}" if name.first_initial else ""))
        else:
            base = f"{'org' if type_ == 'ORG' else 'place'}-{slug(text)}"
        cluster = Cluster(self._new_id(base), type_, key, name.first_initial if name else "", name.first if name else None)
        self.clusters[cluster.id] = cluster
        self.by_key[(type_, key)].append(cluster.id)
        return cluster

    def _candidates(self, type_: str, key: str) -> list[Cluster]:
        ids = list(self.by_key.get((type_, key), []))
        if not ids and type_ == "PERSON":
            ids = [cid for (t, k), group in self.by_key.items() if t == type_ and similar(k, key) for cid in group]
        return [self.clusters[i] for i in dict.fromkeys(ids)]

    def _match_person(self, name: PersonName, local: dict, by_sex: Optional[dict] = None) -> Optional[Cluster]:
        """The entity a person mention belongs to, or None to start a new one; ``by_sex``, for a bare surname after a
        title that tells the sex, holds the one full name of the document of that sex under each surname."""
        by_sex = by_sex or {}
        key = name.key
        if name.first_initial and (key, name.first_initial) in self.aliases:
            return self.clusters[self.aliases[(key, name.first_initial)]]
        if name.first_initial:
            same = [c for c in self._candidates("PERSON", key) if c.initial == name.first_initial]
            if name.first:
                fitting = [c for c in same if not c.first or slug(c.first) == slug(name.first)]
                same = fitting if fitting or is_hyphenated_given_name(name.first) else same  # "Lee Sung-jae" is not "Lee Soo-byung"
            if same:
                return same[0]
            bare = [c for c in self._candidates("PERSON", key) if not c.initial]
            if len(bare) == 1 and not any(c.initial for c in self._candidates("PERSON", key)):
                bare[0].initial, bare[0].first = name.first_initial, name.first
                return bare[0]
            return None
        if key in by_sex:  # "Mme Cherifi" after "Belaïd Cherifi" and "Fatma Cherifi": the one of her sex
            return by_sex[key]
        if key in local:  # a bare surname in a document that already named him fully
            return local[key]
        compound = [c for k, c in local.items() if "-" in k and k.split("-")[0] == key]
        if len(compound) == 1:  # "Mill" after "Mill-Obin-Okun"
            return compound[0]
        found = self._candidates("PERSON", key)
        return found[0] if len(found) == 1 else None

    def add(self, doc: Document, mentions: list[Mention]) -> None:
        """Set ``entity_id`` on the PERSON, ORG and PLACE mentions of one document, and add to ``mentions`` the
        surnames it abbreviates to their initials ("K."), which only the people already resolved can tell."""
        before = set(self.clusters)
        self._add_people(doc, mentions)
        self._join_aliases(doc.text, [m for m in mentions if m.label == "PERSON" and not m.generic], before)
        self._join_shared_surnames(doc.text, [m for m in mentions if m.label == "PERSON" and not m.generic], before)
        self._join_parts(doc.text, [m for m in mentions if m.label == "PERSON" and not m.generic], before)
        abbreviated = abbreviated_surnames(doc, mentions)  # "K. belonged to the KPD"
        if abbreviated:
            mentions += abbreviated
            mentions.sort(key=lambda m: (m.start, m.end))
        named: list[Mention] = []
        for m in mentions:
            if m.label in ("ORG", "PLACE"):
                full = short_form_of(m, named) if m.label == "ORG" else None
                key = org_key(full.text if full is not None else m.text)
                found = self._candidates(m.label, key)
                cluster = found[0] if found else self._new_cluster(m.label, key, None, m.text)
                self._attach(cluster, m, (0, int(not m.text.isupper()), len(m.text)))  # "Moscow" over "MOSCOW"
                named.append(m)

    def _join_aliases(self, text: str, people: list[Mention], before: set[str]) -> None:
        """ "Julian Leszczyński, who signed his articles as Leński", "Fritz David (Kruglyansky)", a surveillance report's
        key '"Galka" [jackdaw] — Yelena Nikolaevna Tarasova': the text says two names are one person. The second name's entity, if this document made it, joins the first's."""
        for first, second in zip(people, people[1:]):
            between = text[first.end:second.start]
            if first.entity_id != second.entity_id and first.entity_id not in before \
                    and nickname_key_end(text, first.start, first.end) == second.start:
                self._merge(first.entity_id, second.entity_id, people)  # the nickname is the named person's
                continue
            if first.entity_id == second.entity_id or second.entity_id in before or not ALIAS_BETWEEN.match(between):
                continue
            if "(" in between and text[second.end:second.end + 2].lstrip("\"”»")[:1] not in (")", ","):
                continue  # "Trotsky (Sedov's father)": a description, not another name; but 'Haddad ("Abu Walid")' is his
            self._merge(second.entity_id, first.entity_id, people)

    def _join_shared_surnames(self, text: str, people: list[Mention], before: set[str]) -> None:
        """ "VICTOR and ROGELIO LACSAMANA", "Julius and Ethel Rosenberg": a lone given name before "and" and a full
        name shares its surname; it is the person the document names so in full elsewhere ("Victor Lacsamana")."""
        for first, second in zip(people, people[1:]):
            words, others = first.text.split(), second.text.split()
            if len(words) != 1 or len(others) < 2 or text[first.end:second.start] not in (" and ", " & ") \
                    or not is_given_name(words[0].title()) or first.entity_id in before or first.entity_id is None:
                continue
            full = [w.lower() for w in words + others[1:]]
            holders = {m.entity_id for m in people if m.entity_id and [w.lower() for w in m.text.split()] == full}
            if len(holders) == 1 and first.entity_id not in holders:
                self._merge(first.entity_id, holders.pop(), people)

    def _merge(self, old: str, new: str, people: list[Mention]) -> None:
        """The entity ``old`` (made by this document) is ``new``: its mentions and keys move over."""
        for m in people:
            if m.entity_id == old:
                self._attach(self.clusters[new], m, (0, 0, 0))
        gone = self.clusters.pop(old)
        for ids in self.by_key.values():
            if old in ids:
                ids[ids.index(old)] = new
        self.by_key[("PERSON", gone.key)] = list(dict.fromkeys(self.by_key[("PERSON", gone.key)]))

    def _join_parts(self, text: str, people: list[Mention], before: set[str]) -> None:
        """ "Quiroga Funes" after "Héctor Daniel Quiroga Funes", "Lanusse de Aráoz" after "Elsa Lanusse de Aráoz":
        a shorter name whose words stand in that order inside exactly one longer name of the document is that
        person (names of two surnames, with particles, which the surname key alone does not join) — unless the text
        names him as someone's kin without the longer name's given name: "my father, Abd al-Rahman Haddad" inside
        "Salim Abd al-Rahman Haddad" (but "her husband, Héctor Quiroga" is Héctor Daniel Quiroga Funes)."""
        full: dict[str, list[str]] = {}
        first_seen: dict[str, int] = {}
        for m in sorted(people, key=lambda m: -len(m.text.split())):
            if m.entity_id:
                full.setdefault(m.entity_id, name_words(m.text))  # each person by the longest name the document gives
                first_seen[m.entity_id] = min(first_seen.get(m.entity_id, m.start), m.start)
        for m in people:
            words = name_words(m.text)
            if m.entity_id is None or m.entity_id in before or len(full.get(m.entity_id, [])) > len(words):
                continue  # already joined to a longer name ("Kaci" after "Mouloud Kaci", though "Kaci" is a given name too)
            holders = holders_of(words, m.entity_id, full, first_seen)
            if holders is None or len(words) > 1 and KIN_BEFORE.search(text, max(0, m.start - 30), m.start) \
                    and any(full[h][:1] != words[:1] for h in holders):
                continue  # "my father, Abd al-Rahman Haddad": the son's name without his own given name
            if len(holders) == 1 and m.entity_id in self.clusters:
                self._merge(m.entity_id, holders.pop(), people)
                full = {e: w for e, w in full.items() if e in self.clusters}

    def _add_people(self, doc: Document, mentions: list[Mention]) -> None:
        people = [m for m in mentions if m.label == "PERSON" and not m.generic]
        local: dict[str, Cluster] = {}
        singulars = {m.text for m in people}
        lowered = {m.text.lower() for m in people}
        surname_first = {m.text.lower() for m in people if CAPITALS_FIRST.match(m.text) and not m.text.isupper()}
        parsed = {id(m): parse_person(written_surname_first(given_name_first(m.text, lowered), surname_first),
                                      plural_hint=is_plural(m.text, singulars)) for m in people}
        # full names first, so that bare surnames anywhere in the document find them; a wife's married name last, so
        # that "Sosa" is Daniel Alberto Sosa and not his mother, María Elena Correa de Sosa
        holders: dict[str, list[Cluster]] = defaultdict(list)  # each surname's full names in this document
        titled: dict[str, bool] = {}  # the sex a full name's own title tells ("His widow, Mrs. Ayşe Ergün")
        wives: set[str] = set()  # entities named by a married name
        married = {id(m) for m in people if is_married_name(m.text)}
        wives_own: dict[str, Cluster] = {}  # a married woman's own surname, before "de" and her husband's
        for m in sorted(people, key=lambda m: (-parsed[id(m)].complete, id(m) in married, m.start)):
            name = parsed[id(m)]
            sex = title_sex(doc.text, m.start)
            cluster = self._match_person(name, local, self._of_sex(name, holders, sex, titled))
            if cluster is not None and sex is None and not name.first and not name.first_initial \
                    and cluster.id in wives and named_by_first_surname(m.text, [p.text for p in people if id(p) not in married]):
                cluster = local[name.key] = self._new_cluster("PERSON", name.key, name, m.text)  # "Rivas" is Marcos
                # Antonio Rivas Úbeda (joined to him by _join_parts), not his wife who signs "Aurora Castro de Rivas"
            own = wives_own.get(m.text) if not name.first and not name.first_initial and sex is not False else None
            if own is not None and cluster is not None and cluster is not own and second_surname_of(m.text, cluster.id, people):
                cluster = own  # "Mrs. Valdés" is Caridad Valdés de Rivero, not her son Ángel Rivero Valdés (his mother's name)
            if cluster is None:
                cluster = self._new_cluster("PERSON", name.key, name, m.text)
            if id(m) in married:
                wives_own.setdefault(m.text.split()[-3], cluster)
            if name.first and cluster not in holders[name.key]:
                holders[name.key].append(cluster)
            if name.first and sex is not None:
                titled.setdefault(cluster.id, sex)
            if name.first_initial or name.key not in local:
                local.setdefault(name.key, cluster)
            if id(m) in married:
                wives.add(cluster.id)
            latin = int(m.text.isascii() or not any("\u0400" <= ch <= "\u04ff" for ch in m.text))
            self._attach(cluster, m, (name.complete, latin, len(m.text)) if not name.plural else (-1, 0, 0),
                         display=name.surname if name.plural else None)

    @staticmethod
    def _of_sex(name: PersonName, holders: dict[str, list[Cluster]], feminine: Optional[bool],
                titled: dict[str, bool]) -> dict:
        """For a bare surname whose title tells the sex, the one full name of the document under it of that sex, by
        the full name's own title if it had one, else by its form."""
        if feminine is None or name.first or name.first_initial or len(holders.get(name.key, [])) < 2:
            return {}  # one holder: his name's form may mislead ("Mr Toer" is Pramoedya Ananta Toer)
        sexes = [(c, titled[c.id] if c.id in titled else form_sex(c)) for c in holders[name.key]]
        if all(sex is (not feminine) for _, sex in sexes):
            return {name.key: None}  # "Madame Dreyfus" where only Alfred and Mathieu Dreyfus were named: someone else
        fitting = [c for c, sex in sexes if sex is feminine] or [c for c, sex in sexes if sex is not (not feminine)]
        return {name.key: fitting[0]} if len(fitting) == 1 else {}

    def _attach(self, cluster: Cluster, m: Mention, rank: tuple, display: Optional[str] = None) -> None:
        m.entity_id = cluster.id
        surface = m.text
        cluster.surfaces[surface] += 1
        cluster.offer_name(display or re.sub(r"(?:'s|’s)$", "", surface), rank)

    def add_fact(self, entity_id: str, kind: str, value: object) -> None:
        """A fact a document states about an entity (a hotel's closing); reference facts are not overwritten."""
        cluster = self.clusters.get(entity_id)
        if cluster is not None and kind not in cluster.facts:
            cluster.facts[kind] = value

    def find_id(self, name: str, type_: str = "PERSON") -> Optional[str]:
        """The entity a name (any spelling) belongs to, if exactly one does."""
        if type_ == "PERSON":
            parsed = parse_person(name)
            found = self._candidates("PERSON", parsed.key)
            if parsed.first_initial:
                found = [c for c in found if c.initial in ("", parsed.first_initial)]
        else:
            found = self._candidates(type_, org_key(name))
        return found[0].id if len(found) == 1 else None

    def entities(self, ids: Optional[set[str]] = None) -> list[Entity]:
        """The entities named so far (or only those in ``ids``, without building the others)."""
        clusters = self.clusters.values() if ids is None else (self.clusters[i] for i in sorted(ids) if i in self.clusters)
        return [c.entity() for c in clusters if c.surfaces]

