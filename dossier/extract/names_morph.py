"""What a word's shape says: Russian and East-European surnames, initials, plurals.

Morphology is the general answer to spaCy calling Bukharin a place: surnames
of the region end in a small set of suffixes, and that holds in any text.
"""

from __future__ import annotations

import re

SURNAME_SUFFIX = re.compile(
    r"(?:ov|ev|ëv|yov|off|ow|ew|in|yn|sky|ski|skii|skiy|skij|tsky|zky|enko|ko|uk|yuk|chuk|ich|vich|dze|shvili|"
    r"ian|yan|ova|eva|ina|yna|skaya|aya|ovich|evich|ovna|evna|ovsky|evsky|berg|stein|man|mann|ner|ler|"
    r"opoulos|poulou|akis|idis|iadis|akos|oglou|oğlu|oglu|"  # and the Greek and Turkish: "Papadopoulos", "Karamanoğlu"
    r"ová|ská|cká|ský|cký|wicz|icz|ić|ič)$")  # and the Czech, Slovak, Polish and South Slavic: "Bednářová", "Kowalewicz", "Topić"
# Russian initials are often two or three letters in transliteration: Yu. Shikhanovich, Zh. Medvedev, Shch.
DIGRAPH_INITIALS = ("Yu", "Ya", "Ye", "Yo", "Iu", "Ia", "Zh", "Kh", "Ts", "Ch", "Sh", "Shch", "Th", "Ph", "Gh")  # "Th. Ferré", "Gh. Bălan"
INITIAL = re.compile(r"^(?:(?:[A-ZÀ-ÖØ-ÞŁŠŽČŘ]|%s)\.){1,3}$|^[А-ЯЁ]\.(?:[А-ЯЁ]\.)*$" % "|".join(DIGRAPH_INITIALS))  # "É. Marchal"
# A surname in capitals, then one or two given names: "ADAMOVICH Ivan Stepanovich", "MUNYANEZA Callixte"
CAPITALS_FIRST = re.compile(r"^([^\W\d_a-zа-яё]{3,})\s+((?:[^\W\d_][^\W\d_]+\s?){1,2})$")
# A son's "Jr." (or a father's "Sr.") after his name: "MARTIN LUTHER KING, JR.", "Ring Lardner, Jr."
GENERATION = re.compile(r",?[ \t](?:Jr|JR|Sr|SR)\.?")
CYRILLIC_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*$")
CYRILLIC_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|енко|ич|дзе|швили|ян|ова|ева|ина|ская|ая)$")
# "Park Chung-hee", "Chiang Kai-shek", "Mao Tse-tung": an East Asian given name's second syllable, in lower case
# after a hyphen; a syllable's shape (not "Moscow-based", "Trotsky-led"), and not an English word that fits it;
# Wade-Giles marks an aspirate and writes "ü" ("Chih-ch'eng", "Yü-lan")
ROMANIZED_SYLLABLE = re.compile(r"^[bcdfghjklmnpqrstwxyz]{0,3}['’]?[aeiouyü]{1,3}(?:ng|n|m|k|l|p|t|r|h)?$")
NOT_SYLLABLES = {"in", "on", "up", "run", "man", "men", "son", "wing", "year", "day", "war", "time", "long", "to", "at"}


def is_romanised_family_name(word: str) -> bool:
    """ "Kim", "RI", "Ch'en", "TS'AI": a family name before a hyphenated given name (capitals only if short)."""
    letters = word.replace("'", "").replace("’", "")
    return letters.isalpha() and (word[:1].isupper() and letters[1:].islower() or letters.isupper() and len(letters) <= 5)


def is_hyphenated_given_name(word: str) -> bool:
    """ "Jik-soo", "Kai-shek": a capitalised syllable, a hyphen and a lower-case one, as Korean and Chinese
    given names are romanised."""
    first, _, second = word.partition("-")
    return 1 <= len(first) <= 6 and first[:1].isupper() and first[1:].islower() and bool(
        ROMANIZED_SYLLABLE.match(second)) and second not in NOT_SYLLABLES


# Place names that share a surname's ending; checked against the gazetteer anyway.
ROMAN = re.compile(r"^[IVXLC]+$")


def looks_like_surname(word: str) -> bool:
    """A capitalised word whose ending is a common surname ending of the region."""
    core = word.split("-")[-1]
    if len(core) < 4 or not core[:1].isupper() or core.isupper():
        return False
    return bool(SURNAME_SUFFIX.search(core.lower())) or bool(CYRILLIC_SURNAME.search(core.lower()))


def is_spaced_caps_surname(words: list[str]) -> bool:
    """ "Vasyl STUS", "Natalya GORBANEVSKAYA": bulletins and indexes print the surname in capitals after a
    given name; an acronym after a word ("Moscow NKVD") has too few vowels or is too short to read so."""
    if len(words) < 2 or not words[-1].isupper() or not words[-1].replace("-", "").isalpha() or len(words[-1]) < 4:
        return False
    vowels = sum(ch in "AEIOUY" for ch in words[-1])
    given = words[-2]
    return vowels / len(words[-1]) >= 0.25 and (is_initial(given) or (given[:1].isupper() and given[1:].islower() and len(given) > 2))


def is_initial(token: str) -> bool:
    return bool(INITIAL.match(token))


def plural_stem(word: str) -> str | None:
    """"Zhdanovs" → "Zhdanov", "Berman-Yurins" → "Berman-Yurin"; None if not a plural of a name shape."""
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss") and word[:1].isupper():
        return word[:-1]
    return None

