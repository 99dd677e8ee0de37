"""Document metadata read off the text itself: language and the date it states.

The language guess is cheap on purpose (script and stop words): it routes
documents, it does not need to be a classifier.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "was", "that", "is", "for", "with", "he", "his"},
    "de": {"der", "die", "und", "das", "nicht", "ist", "mit", "den", "von", "zu", "sich", "auf"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "que", "dans", "pour", "qui", "pas"},
    "ru": {"и", "в", "не", "на", "что", "с", "он", "как", "по", "его", "был", "к"},
}
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
WORD_DATE = re.compile(r"\b(?:(\d{1,2})\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:(\d{1,2}),?\s+)?(\d{4})\b", re.I)
DATELINE = re.compile(r"^[A-ZА-Я][A-ZА-Я .'-]{2,30},\s+(.{6,30}?\d{4})")
PUBLISHED_LINE = re.compile(r"^(published|date|written)\b[^:\n]{0,20}:\s*(.+)$", re.I)


YEAR_IN_NAME = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def year_in_name(stem: str) -> Optional[str]:
    """ "pravda-1937-08-30", "dispatch-1937": archives name files by their date; one year in the name is the
    document's year when the text states no date of its own."""
    full = ISO_DATE.search(stem)
    if full:
        return full.group(0)
    years = YEAR_IN_NAME.findall(stem)
    return years[0] if len(years) == 1 else None


def guess_language(text: str) -> Optional[str]:
    sample = text[:20000]
    words = re.findall(r"\w+", sample.lower())
    if not words:
        return None
    letters = [c for c in sample if c.isalpha()]
    if sum(1 for c in letters if "\u0400" <= c <= "\u04ff") > 0.5 * len(letters):
        return "ru"
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in STOPWORDS.items()}
    lang, best = max(counts.items(), key=lambda kv: kv[1])
    return lang if best >= max(2, len(words) * 0.02) else None


def parse_stated_date(text: str) -> Optional[str]:
    """An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) from a date as documents write it."""
    if m := ISO_DATE.search(text):
        return m.group(0)
    if m := NUMERIC_DATE.search(text):
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year}-{month:02d}-{day:02d}"
    if m := WORD_DATE.search(text):
        day = m.group(1) or m.group(3)
        month = MONTHS[m.group(2).lower()]
        return f"{m.group(4)}-{month:02d}-{int(day):02d}" if day else f"{m.group(4)}-{month:02d}"
    return None


def stated_publication(metadata_lines: Iterable[str], opening_paragraphs: Iterable[str]) -> Optional[str]:
    """The date a document gives for itself: a "Published:" line or a dateline.

    "Last updated on" lines of web pages are deliberately not used: the date a
    page was edited says nothing about when the text was written.
    """
    for line in metadata_lines:
        if m := PUBLISHED_LINE.match(line.strip()):
            if found := parse_stated_date(m.group(2)):
                return found
    for para in opening_paragraphs:
        if m := DATELINE.match(para.strip()):
            if found := parse_stated_date(m.group(1)):
                return found
    return None
