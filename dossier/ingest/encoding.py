"""Turning bytes into text: BOMs, UTF-8, the Cyrillic code pages of Russian archives, latin-1.

charset-normalizer alone often confuses cp1251 and koi8-r on short texts, so
between the two we decide by how Russian the decoded letters look.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
CYRILLIC_PAGES = ("cp1251", "koi8-r")
# The most frequent Russian letters, lower case; a right decoding is full of them.
COMMON_RU = set("оеаинтсрвлкмдпуяыь")
COMMON_BIGRAMS = ("ст", "но", "то", "на", "ен", "ов", "ни", "ра", "во", "ко", "ро", "ер", "пр", "ал", "ос", "ие")


class UndecodableError(ValueError):
    pass


def russian_score(text: str) -> float:
    """How much ``text`` looks like Russian: common lower-case letters and bigrams."""
    letters = [c for c in text if "\u0400" <= c <= "\u04ff"]
    if not letters:
        return 0.0
    lower_common = sum(1 for c in letters if c in COMMON_RU)
    bigrams = sum(text.count(b) for b in COMMON_BIGRAMS)
    return lower_common / len(letters) + bigrams / len(letters)


def cyrillic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / max(1, len(letters))


def best_cyrillic(data: bytes) -> tuple[str, str] | None:
    """Decode as cp1251 and koi8-r and keep the one that reads as Russian, if either does."""
    candidates = []
    for page in CYRILLIC_PAGES:
        try:
            text = data.decode(page)
        except UnicodeDecodeError:
            continue
        if cyrillic_share(text) > 0.3:
            candidates.append((russian_score(text), page, text))
    if not candidates:
        return None
    score, page, text = max(candidates)
    return (text, page) if score > 0.5 else None


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Newlines are not touched here."""
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise UndecodableError(f"starts with a {name.replace('-sig', '').upper()} byte-order mark but is not valid {name.replace('-sig', '').upper()} (byte {exc.start})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    cyr = best_cyrillic(data)
    if cyr:
        return cyr
    try:  # western 8-bit: cp1252 agrees with latin-1 on every printable latin-1 byte
        text = data.decode("cp1252")
        return text, "cp1252"
    except UnicodeDecodeError:
        pass
    guess = from_bytes(data[:200_000]).best()
    if guess is not None and guess.encoding not in ("utf_8", "ascii"):
        try:
            return data.decode(guess.encoding), guess.encoding.replace("_", "-")
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("latin-1"), "latin-1"


def universal_newlines(text: str) -> str:
    """What ``open(..., newline=None).read()`` does to line ends."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
