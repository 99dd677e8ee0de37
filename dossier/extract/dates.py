"""Dates: calendar expressions found in a document, normalised to day intervals.

Public API: ``find_dates(doc, sdoc=None) -> list[DateValue]`` and
``parse_date_text(text, context_year=None) -> DateValue | None`` (for curated
facts). A date without a year ("October 8") takes its year from the same
paragraph, else from the document's stated date, else from the latest year the
document mentions (a text is written after what it reports) — and says so.
"""

from __future__ import annotations

import calendar
import re
from typing import Optional

from dossier.extract.calendars import MINGUO_ERA, ETHIOPIAN_MONTHS, ethiopian_to_gregorian, ethiopian_year_span, minguo_year
from dossier.extract.dates_grammar import (MONTH_ALONE_AFTER, NOT_BEFORE_YEAR, PATTERNS, QUANTITY_AFTER, ROMAN_MONTHS,
                                           ROUGH_PART, SEASONS, SHORT_YEAR_AFTER, month_number)
from dossier.model import DateValue, Document


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def full_year(digits: str) -> int:
    """ "57" in "15.6.57" is 1957: the twentieth century our sources speak of (as "in '37")."""
    return 1900 + int(digits) if len(digits) == 2 else int(digits)


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= last_day(year, month)


def build(kind: str, m, year_hint: Optional[int], month_first: bool = False) -> Optional[DateValue]:
    """A DateValue from one regex match (start/end are set by the caller); ``month_first`` reads "8/12/68" as
    August 12, as a document that also writes "10/14/68" does."""
    g = m.groupdict()
    text = m.group(0)
    if kind in ("day", "day-range", "day-noyear"):
        year = full_year(g["year"]) if g.get("year") else year_hint
        if year is None:
            return None
        month, day = month_number(g["month"]), int(g["day"])
        day2 = int(g["day2"]) if g.get("day2") else day
        if not (valid_day(year, month, day) and valid_day(year, month, day2)) or day2 < day:
            return None
        return DateValue(iso(year, month, day), iso(year, month, day2), "day", text)
    if kind == "cross-month":
        year = int(g["year"])
        m1, m2, d1, d2 = month_number(g["month"]), month_number(g["month2"]), int(g["day"]), int(g["day2"])
        if not (valid_day(year, m1, d1) and valid_day(year, m2, d2)) or (m2, d2) < (m1, d1):
            return None
        return DateValue(iso(year, m1, d1), iso(year, m2, d2), "day", text)
    if kind == "month-range":
        year = int(g["year"])
        m1, m2 = month_number(g["month"]), month_number(g["month2"])
        return DateValue(iso(year, m1, 1), iso(year, m2, last_day(year, m2)), "month", text) if m1 <= m2 else None
    if kind in ("roman", "roman-noyear"):
        year, month, day = full_year(g["year"]) if g.get("year") else year_hint, ROMAN_MONTHS[g["rm"]], int(g["d"])
        if year is None:
            return None
        return DateValue(iso(year, month, day), iso(year, month, day), "day", text) if valid_day(year, month, day) else None
    if kind == "month-noyear":
        if year_hint is None:
            return None
        month = month_number(g["month"])
        return DateValue(iso(year_hint, month, 1), iso(year_hint, month, last_day(year_hint, month)), "month", text)
    if kind == "slashed":
        a, b, year = int(g["a"]), int(g["b"]), full_year(g["year"])
        day, month = (b, a) if b > 12 >= a or month_first and a <= 12 else (a, b)
        return DateValue(iso(year, month, day), iso(year, month, day), "day", text) if valid_day(year, month, day) else None
    if kind in ("iso", "numeric"):
        year, month, day = full_year(g["year"]), int(g["m"]), int(g["d"])
        return DateValue(iso(year, month, day), iso(year, month, day), "day", text) if valid_day(year, month, day) else None
    if kind == "month":
        year, month = full_year(g["year"]), month_number(g["month"])
        return DateValue(iso(year, month, 1), iso(year, month, last_day(year, month)), "month", text)
    if kind == "year-range":
        y1, y2s = int(g["year"]), g["year2s"]
        y2 = int(str(y1)[:2] + y2s) if len(y2s) == 2 else int(y2s)
        return DateValue(iso(y1, 1, 1), iso(y2, 12, 31), "year", text) if y1 < y2 <= y1 + 100 else None
    if kind == "decade":
        d = int(g["decade"])
        return DateValue(iso(d, 1, 1), iso(d + 9, 12, 31), "decade", text.replace("the ", "", 1) if text.startswith("the ") else text)
    if kind == "year":
        year = int(g["year"])
        return DateValue(iso(year, 1, 1), iso(year, 12, 31), "year", text)
    if kind in ("ethiopian", "ethiopian-noyear"):
        year = int(g["eyear"]) if g.get("eyear") else year_hint
        day = ethiopian_to_gregorian(year, ETHIOPIAN_MONTHS[g["emonth"].lower()], int(g["eday"])) if year else None
        return DateValue(day.isoformat(), day.isoformat(), "day", text) if day else None
    if kind == "ethiopian-year":
        first, last = ethiopian_year_span(int(g["eyear"]))
        return DateValue(first.isoformat(), last.isoformat(), "year", text)
    if kind in ("minguo", "minguo-figures"):
        return minguo_date(g, text)
    if kind == "short-year":  # "in '37": the twentieth century our sources speak of
        year = 1900 + int(g["yy"])
        return DateValue(iso(year, 1, 1), iso(year, 12, 31), "year", text, inferred=f"“{text}” read as {year}")
    return None


def minguo_date(g: dict, text: str) -> Optional[DateValue]:
    """ "3 April, Minguo 39" is 3 April 1950; "Minguo 39" the whole year; "39.6.21" 21 June 1950."""
    year = minguo_year(int(g["myear"]))
    month = int(g["m"]) if g.get("m") else month_number(g["month"]) if g.get("month") else None
    if month is None:  # not "12 Minguo 39": a day needs its month
        return None if g.get("day") else DateValue(iso(year, 1, 1), iso(year, 12, 31), "year", text)
    day = int(g["d"]) if g.get("d") else int(g["day"]) if g.get("day") else None
    if day is None:
        return DateValue(iso(year, month, 1), iso(year, month, last_day(year, month)), "month", text)
    day2 = int(g["day2"]) if g.get("day2") else day
    if not (valid_day(year, month, day) and valid_day(year, month, day2)) or day2 < day:
        return None
    return DateValue(iso(year, month, day), iso(year, month, day2), "day", text)


def narrow(value: DateValue, before: str) -> DateValue:
    """"the end of 1907" keeps the span "1907" but narrows the interval to its last months."""
    if value.precision != "year" or value.earliest[:4] != value.latest[:4]:
        return value
    m = ROUGH_PART.search(before[-30:])
    if not m:
        return value
    word = m.group("part").lower().replace("the ", "").replace(" of", "").replace("-", "").strip()
    first, last = SEASONS.get(word.split()[-1], (1, 12))
    year = int(value.earliest[:4])
    value.earliest, value.latest = iso(year, first, 1), iso(year, last, last_day(year, last))
    value.inferred = f"narrowed to months {first}–{last} by “{m.group(0).strip()}”"
    return value


def scan(text: str, start: int, end: int) -> list[tuple[int, int, str, object]]:
    """(start, end, kind, match) of every calendar expression in text[start:end], without overlaps."""
    taken: list[tuple[int, int, str, object]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text, start, end):
            s, e = m.start(), m.end()
            for lead in ("the ", "from "):
                if text[s:e].startswith(lead):
                    s += len(lead)
            if kind == "day-only":
                s = m.start("day") if m.group("day") else m.start("day0")
            if any(s < te and ts < e for ts, te, _, _ in taken):
                continue
            if kind == "year" and (NOT_BEFORE_YEAR.search(text[max(0, s - 12):s]) or QUANTITY_AFTER.match(text[e:e + 20])):
                continue
            if kind == "short-year" and not SHORT_YEAR_AFTER.search(text[max(0, s - 12):s]):
                continue
            if kind == "minguo-figures" and not re.search(MINGUO_ERA, text):
                continue  # "39.6.21" is a Minguo date only where the document counts by that era
            taken.append((s, e, kind, m))
    return sorted(taken, key=lambda t: t[0])


def text_blocks(doc: Document) -> list[tuple[int, int]]:
    blocks = [(b.start, b.end) for b in doc.blocks if b.kind != "metadata"]
    return blocks or [(0, len(doc.text))]


NO_YEAR = ("day-noyear", "month-noyear", "roman-noyear")


def latest_year(found: list[tuple[int, int, str, object]]) -> Optional[int]:
    years = [full_year(m.group("year")) for _, _, kind, m in found if kind not in NO_YEAR and m.groupdict().get("year")]
    return max(years) if years else None


def writes_month_first(scanned: list) -> bool:
    """ "10/14/68" and never "14/10/68": the document writes slashed dates month first, as American files do."""
    orders = {(int(m.group("a")) <= 12 < int(m.group("b")), int(m.group("b")) <= 12 < int(m.group("a")))
              for _, found in scanned for _, _, kind, m in found if kind == "slashed"}
    return (True, False) in orders and (False, True) not in orders


def year_headings(doc: Document) -> list[tuple[int, int]]:
    """(where it ends, the year) of each heading that is a year and nothing else ("1935"): the year it sets for
    the entries under it."""
    found = []
    for block in doc.blocks:
        words = doc.text[block.start:block.end].strip()
        if block.kind in ("heading", "title", "paragraph") and len(words) == 4 and words.isascii() and words.isdigit():
            found.append((block.end, int(words)))
    return found


def year_heading_before(headings: list[tuple[int, int]], offset: int) -> Optional[int]:
    above = [year for end, year in headings if end <= offset]
    return above[-1] if above else None


# "on 21st June under Regulation III of 1818": the year of a law named after a date is not that date's year
LAW_BEFORE = re.compile(r"\b(?:Regulation|Act|Law|Decree|Ordinance|Code|Article|Section|Statute|Edict|Ukase)\b[^,.;]{0,20}\bof\s+$")
LAST_YEAR = re.compile(r"^,?\s+(?:of\s+)?last\s+year\b", re.I)


def said_of_last_year(text: str, found: list, s: int, e: int) -> bool:
    """This date, or a date before it in the paragraph with no stated year between, is followed by "(of) last
    year": the year before the document's own."""
    if LAST_YEAR.match(text[e:e + 20]):
        return True
    for f in reversed([f for f in found if f[1] <= s]):
        if f[2] not in NO_YEAR:
            return False  # a stated year came between
        if LAST_YEAR.match(text[f[1]:f[1] + 20]):
            return True
    return False


def day_alone(m, before: DateValue) -> Optional[DateValue]:
    """ "on the 15th" in the month of the latest date written before it ("opened on June 12 … concluded on the
    15th", not in the December of a meeting recalled in between): a report's day of the month it is telling."""
    year, month, day = int(before.latest[:4]), int(before.latest[5:7]), int(m.group("day") or m.group("day0"))
    if not valid_day(year, month, day):
        return None
    return DateValue(iso(year, month, day), iso(year, month, day), "day", m.group(0),
                     inferred=f"month {year}-{month:02d} from the latest date before it")


def find_dates(doc: Document, sdoc: object = None) -> list[DateValue]:
    """Every explicit calendar expression in the document's text (metadata lines included, inferred from nothing)."""
    results: list[DateValue] = []
    blocks = [(b.start, b.end, b.kind) for b in doc.blocks] or [(0, len(doc.text), "paragraph")]
    markers = [(f.marker.start, f.marker.end) for f in doc.footnotes if f.marker]
    scanned = [(kind, scan(doc.text, start, end)) for start, end, kind in blocks]
    doc_year = int(doc.published[:4]) if doc.published else None
    headings = year_headings(doc)
    fallback_year = latest_year([item for kind, found in scanned if kind != "metadata" for item in found])
    ethiopian_year = None  # the Ethiopian year last written: "Hidar 14" after "Hidar 14, 1967 E.C."
    month_first = writes_month_first(scanned)
    for kind, found in scanned:
        for s, e, k, m in found:
            if any(ms <= s < me for ms, me in markers):
                continue
            hint, how = None, None
            if k.startswith("ethiopian"):
                ethiopian_year = int(m.group("eyear")) if m.groupdict().get("eyear") else ethiopian_year
                hint, how = (ethiopian_year, "the Ethiopian year written before it") if k.endswith("noyear") else (None, None)
            if k == "day-only":
                dated = [r for r in results if r.precision in ("day", "month")]
                value = day_alone(m, max(dated, key=lambda r: r.latest)) if kind != "metadata" and dated else None
                if value is not None:
                    value.start, value.end, value.text = s, e, doc.text[s:e]
                    results.append(value)
                continue
            if k == "month-noyear" and not MONTH_ALONE_AFTER.search(doc.text[max(0, s - 12):s]):
                continue  # "June" as a name, or a word of a title: only "in June", "that October" are dates
            if k in NO_YEAR:
                if kind == "metadata":
                    continue
                same_para = latest_year([f for f in found if f[0] < s and f[2] not in NO_YEAR and f[3].groupdict().get("year")][-1:])
                said_last_year = doc_year is not None and said_of_last_year(doc.text, found, s, e)
                if said_last_year:  # "in May of last year" in a despatch of 1911, and "arrested on May 25" after it
                    same_para = doc_year - 1
                close_after = latest_year([f for f in found if e < f[0] <= e + 60 and "." not in doc.text[e:f[0]]
                                           and not LAW_BEFORE.search(doc.text, e, f[0])][:1])
                hint, how = next(((y, h) for y, h in (
                    (close_after, "the date that follows in the same sentence"),  # "sentenced on 1 February and shot on February 2, 1940"
                    (same_para, "the last year stated before it in the same paragraph"),
                    (year_heading_before(headings, s), "the year heading above it"),  # a chronology's "1935", then "16 January. …"
                    (doc_year, "the document's stated date"),
                    (fallback_year, "the latest year the document mentions")) if y), (None, None))
            value = build(k, m, hint, month_first)
            if value is None:
                continue
            value.start, value.end, value.text = s, e, doc.text[s:e]
            if how:
                value.inferred = f"year {hint} from {how}"
            results.append(narrow(value, doc.text[max(0, s - 40):s]))
    return results


def parse_date_text(text: str, context_year: Optional[int] = None) -> Optional[DateValue]:
    """One date written by a person (curated facts): "1936-08-25", "August 1936", "1930s", "25 August 1936"."""
    text = text.strip()
    for s, e, k, m in scan(text, 0, len(text)):
        value = build(k, m, context_year)
        if value is not None:
            value.start, value.end = None, None
            value.text = text
            return narrow(value, text[:s])
    return None
