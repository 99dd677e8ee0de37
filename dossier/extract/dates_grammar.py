"""The regular grammar of calendar expressions in English prose of the period.

Only explicit calendar expressions count ("1936", "October 8", "April 1909",
"13.2.2005", "January 15–16, 1935", "the 1930s"); "today" or "ten years ago"
are not dates here. Quantities ("19 members"), issue numbers ("No.31") and
footnote markers ("[73]") are excluded by context.
"""

from __future__ import annotations

import re
from typing import Optional

from dossier.extract.calendars import ETHIOPIAN_MONTH, MINGUO_ERA

MONTH_NAMES = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Headings of trial records and dispatches print months in capitals ("MORNING SESSION, AUGUST 19, 1936").
MONTH = rf"(?P<month>{FULL_MONTHS}|{FULL_MONTHS.upper()}|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
MONTH2 = MONTH.replace("?P<month>", "?P<month2>")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
YEAR2 = r"(?P<year2>1[6-9]\d\d|20\d\d)"
DASH = r"\s*[–—-]\s*"
DAY_TO = r"(?:\s*[–—-]\s*|/|\s+(?:to|until|till|and)\s+)"  # between a span's two days: "12–19", "12 to 19", "13 and 14", a night's "25/26"
# A day and month in figures may carry a two-digit year ("15.6.57", a monitoring digest's "3.III.03"): this century's past
YEAR_OR_SHORT = r"(?P<year>1[6-9]\d\d|20\d\d|\d\d)"
# A ledger's or a telegram's month, abbreviated without a full stop ("24 Aug 83", "2 Sept"): only beside a number,
# as "Jan" alone is a given name
BARE_MONTH = rf"(?P<month>{FULL_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# A two-digit year after a month ("June 84", "9 Jan 84"): over 31, so that it cannot be the day ("June 12")
SHORT_YEAR = r"(?P<year>3[2-9]|[4-9]\d)(?![\w'’%/:]|[.,-]\d)"

ROMAN_MONTH = "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"  # "10.VII.1937", "30 I 1968": the longest numeral first

# An Ethiopian calendar date, its year marked "E.C." or not: "Hidar 14, 1967 E.C.", "1999 E.C." (calendars.py)
ERA = r"(?:\s+E\.\s?C\.)"
ETHIOPIAN_DAY = rf"(?P<emonth>{ETHIOPIAN_MONTH})\s+(?P<eday>[0-3]?\d)"

# A Minguo date: "Minguo 39", "October of Minguo 36", "12 and 26 June, Minguo 38", "3 April, Minguo 39" (calendars.py)
MINGUO = (rf"\b(?:{DAY}(?:{DAY_TO}{DAY2})?\s+)?(?:{MONTH},?\s+(?:of\s+)?)?{MINGUO_ERA}\s+"
          rf"(?P<myear>[1-9]\d?)\b(?![.,]?\d)")
# the same in figures, the era's year first ("39.6.21"), kept only where the document names the era (dates.py)
MINGUO_FIGURES = r"(?<![\d.])(?P<myear>[1-9]\d)\.(?P<m>1[0-2]|0?[1-9])\.(?P<d>[0-3]?\d)\b(?!\.\d)"

PATTERNS = [  # most specific first; the first match at a position wins
    ("minguo", re.compile(MINGUO)),
    ("minguo-figures", re.compile(MINGUO_FIGURES)),
    ("ethiopian", re.compile(rf"\b{ETHIOPIAN_DAY},?\s+(?P<eyear>1[89]\d\d|20\d\d){ERA}?(?![\w])")),
    ("ethiopian-year", re.compile(rf"\b(?P<eyear>1[89]\d\d|20\d\d){ERA}")),
    ("ethiopian-noyear", re.compile(rf"\b{ETHIOPIAN_DAY}\b(?!,?\s+\d)")),
    ("cross-month", re.compile(rf"\b(?:from\s+)?{MONTH}\s+{DAY}\s*(?:to|until|till|[–—-])\s*{MONTH2}\s+{DAY2},?\s+{YEAR}\b")),
    ("day-range", re.compile(rf"\b{MONTH}\s+{DAY}{DASH}{DAY2},?\s+{YEAR}\b")),
    ("day-range", re.compile(rf"\b{DAY}{DAY_TO}{DAY2}\s+{MONTH},?\s+{YEAR}\b")),  # "12 to 19 June 1973"
    ("month-range", re.compile(rf"\b{MONTH}{DASH}{MONTH2},?\s+{YEAR}\b")),
    ("day", re.compile(rf"(?<![^\n]){YEAR},\s+{MONTH}\s+{DAY}\b(?![,.]?\d)")),  # a register's line: "1937, August 14"
    ("month", re.compile(rf"(?<![^\n]){YEAR},\s+{MONTH}\b(?!\s*\d)")),
    ("day", re.compile(rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b")),
    ("day", re.compile(rf"\b{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b")),
    ("iso", re.compile(rf"\b{YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("iso", re.compile(rf"(?<![\d.]){YEAR}\.(?P<m>1[0-2]|0?[1-9])\.(?P<d>[12]\d|3[01]|0?[1-9])(?![.\d])")),  # "1958.3.14"
    ("day", re.compile(rf"\b{DAY}\s+{BARE_MONTH}\s+{SHORT_YEAR}")),  # "24 Aug 83", "8 June 84"
    ("month", re.compile(rf"\b{BARE_MONTH}\s+{SHORT_YEAR}")),  # "Jan 84", "April 84"
    # 13.6.1957, 13.6.57, a ledger's 12-08-83
    ("numeric", re.compile(rf"(?<![\d.-])(?<!\d/)(?P<d>[0-3]?\d)(?P<sep>[.-])(?P<m>[01]?\d)(?P=sep){YEAR_OR_SHORT}\b(?![.-]\d|/\w)")),
    # "12/05/1971": day first, as outside the United States (a first number over 12 can only be a day, a second one
    # over 12 makes it month first); four-digit years only, not a file's "No. 112/71"
    ("slashed", re.compile(rf"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/{YEAR_OR_SHORT}\b(?!/)")),
    # 10.VII.1937, 3.III.03, a ledger's 7/IX/83 and 6-II-84
    ("roman", re.compile(rf"(?<![\d.])(?P<d>[0-3]?\d)(?P<sep>[./-])(?P<rm>{ROMAN_MONTH})(?P=sep)"
                         rf"{YEAR_OR_SHORT}\b(?![./-]\d)")),
    # a Polish or Russian chronology's "30 I 1968", and its "4 III —" where the line's year is the one above
    ("roman", re.compile(rf"(?<![\w.])(?P<d>[0-3]?\d) (?P<rm>{ROMAN_MONTH}) {YEAR}\b")),
    ("roman-noyear", re.compile(rf"(?m)^[ \t]*(?P<d>[0-3]?\d) (?P<rm>{ROMAN_MONTH})(?=[ \t]*[—–-][ \t])")),
    ("month", re.compile(rf"\b{MONTH},?\s+(?:of\s+)?{YEAR}\b")),
    ("day-noyear", re.compile(rf"\b{DAY}{DAY_TO}{DAY2}\s+{MONTH}\b(?!,?\s+1[6-9]\d\d)")),  # "28–29 December", "13 and 14 June"
    ("day-noyear", re.compile(rf"\b{MONTH}\s+{DAY}{DASH}{DAY2}\b(?!,?\s+1[6-9]\d\d)")),
    ("day-noyear", re.compile(rf"\b{MONTH}\s+{DAY}\b(?!,?\s+1[6-9]\d\d)(?!\s*[–—-]\s*\d)")),
    ("day-noyear", re.compile(rf"\b{DAY}\s+(?:of\s+)?{MONTH}\b(?!,?\s+1[6-9]\d\d)")),
    ("day-noyear", re.compile(rf"\b{DAY}\s+{BARE_MONTH}\b(?!,?\s+1[6-9]\d\d)")),  # "on 2 Sept asking for her"
    # a day alone after a preposition ("concluded his address on the 15th"), in the month last named (dates.py)
    # (not "the 10th Parachute Division", "of the 2nd Military Judicial District": a capital after it is a unit's name,
    # but for a sentence's "On the 22nd Spratt complained")
    ("day-only", re.compile(r"\b(?:On the (?P<day0>[1-3]?\d)(?:st|nd|rd|th)\b(?!\s+[A-Z][a-z]+\s+[A-Z])|"
                            r"(?:on|of|since|until|till|from|by) the (?P<day>[1-3]?\d)(?:st|nd|rd|th)\b(?!\s+[A-Z]))(?!-)"
                            r"(?!\s+(?i:of|day|century|centuries|anniversary|birthday|congress|army|division|regiment|"
                            r"brigade|battalion|corps|article|session|plenum|floor|amendment|party|district|ward|street|"
                            r"precinct|company|infantry|cavalry|time|place|row|year|month|week|chapter|paragraph)\b)")),
    # a month alone ("in June", "that October", "in May"), kept only after a word of time (dates.py)
    ("month-noyear", re.compile(rf"\b(?P<month>{FULL_MONTHS})\b(?!\s*\d)")),
    ("year-range", re.compile(rf"\b{YEAR}{DASH}(?P<year2s>\d{{2}}|1[6-9]\d\d|20\d\d)\b(?!\s*(?:%|per))")),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<decade>1[6-9]\d0)(?:'|’)?s\b")),
    ("year", re.compile(rf"(?<![\w.,/#№-]){YEAR}(?![\w%/]|,\d|\.\d)")),
    # a year said short, after a word of time ("in '37", "until '56"): interviews and letters
    ("short-year", re.compile(r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’%])")),
]
SHORT_YEAR_AFTER = re.compile(r"\b(?:in|of|since|until|till|from|by|to|after|before|and|around|about|late|early)\s+$", re.I)
NOT_BEFORE_YEAR = re.compile(r"(?:No\.?|no\.|Nos\.?|#|№|page|pages|p\.|pp\.|vol\.|Vol\.|number|issue|art\.|Article)\s*$")
QUANTITY_AFTER = re.compile(r"^\s+(?:people|persons|men|women|members|copies|roubles|rubles|dollars|marks|workers|"
                            r"delegates|pages|kilometres|kilometers|km|miles|votes|times|prisoners|victims|names)\b")
ROUGH_PART = re.compile(r"(?P<part>the (?:end|beginning|start|middle|close) of|early|late|mid-?|the spring of|"
                        r"the summer of|the autumn of|the fall of|the winter of|spring|summer|autumn|winter)\s*(?:of\s+)?$", re.I)
SEASONS = {"beginning": (1, 4), "start": (1, 4), "early": (1, 4), "middle": (5, 8), "mid": (5, 8), "end": (9, 12),
           "close": (9, 12), "late": (9, 12), "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (1, 2)}


def month_number(name: str) -> int:
    return MONTH_NAMES[name.lower().rstrip(".")]

ROMAN_MONTHS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}
MONTH_ALONE_AFTER = re.compile(r"\b(?:in|since|until|till|by|that|last|next|of|early|late|mid|mid-|from|through)\s*$", re.I)


# A chronology's line: its date, then a dash ("1921 — Joins the party", "16 December 1934 — …") or a table's
# column of spaces ("1937, August 14  Orlovsky arrested"), or a day and month and a full stop under a year's
# heading ("16 December. Zinoviev and Kamenev are arrested").
MONTH_TITLES = FULL_MONTHS.split("|")
TABULAR_DATE = (rf"(?:\d{{4}}(?:[–-]\d{{2,4}})?(?:,\s+(?:{FULL_MONTHS})(?:\s+\d{{1,2}})?)?|"
                rf"(?:{FULL_MONTHS})\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+(?:{FULL_MONTHS})\s+\d{{4}}|"
                r"\d{4}\.\d{1,2}\.\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?: {2,}|\t)[ \t]*")  # "1958.3.14   Received …"
# "6 May — …", "4 III — …", "June 1968 — …", "13–27 January 1969 — …", "12.VII.1968 — …": a day or a month, with or
# without its year (the year a line above gave), then a dash
DASHED_DATE = (rf"(?:\d{{1,2}}(?:[–-]\d{{1,2}})?\s+(?:{FULL_MONTHS}|{ROMAN_MONTH})(?:\s+\d{{4}})?|"
               rf"(?:{FULL_MONTHS})(?:\s+\d{{1,2}})?,?\s+\d{{4}}|(?:{FULL_MONTHS})\s+\d{{1,2}}|"
               rf"\d{{1,2}}\.(?:{ROMAN_MONTH})\.\d{{2,4}})[ \t]*(?:—|–|--|[ \t]-)[ \t]+")
CHRONOLOGY_LINE = re.compile(rf"[ \t]*(?:{TABULAR_DATE}|{DASHED_DATE}|"
                             r"(?:\d{1,2}\s+[A-Z][a-z]+\s+)?\d{4}\s*(?:—|–|--|-|:)\s*|"
                             rf"(?:\d{{1,2}}(?:[–-]\d{{1,2}})?\s+)?(?:{FULL_MONTHS})(?:[–-](?:{FULL_MONTHS}))?\.\s+)")


def chronology_line_at(text: str, offset: int) -> tuple[int, Optional[re.Match]]:
    """(where the line holding ``offset`` starts, its chronology date heading if it opens with one)."""
    line = text.rfind("\n", 0, offset) + 1
    return line, CHRONOLOGY_LINE.match(text, line)
