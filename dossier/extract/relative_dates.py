"""Dates given relative to another event: "the day after his removal", "two weeks before his arrest".

When one of the two events the phrase links has a date and the other has
none, the other gets one, computed, with ``inferred`` saying how. Nothing is
inferred from an imprecise date beyond its precision.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Optional

from dossier.model import DateValue, Document, Event

NUMBERS = {"the": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
           "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
AMOUNT = "|".join(sorted(NUMBERS, key=len, reverse=True))
RELATIVE = re.compile(rf"\b({AMOUNT}|\d+)\s+(day|days|week|weeks|month|months|year|years)"
                      r"\s+(before|after)\s+(?:(?:his|her|their|the|its|my|our)\s+|(?:he|she|they)\s+(?:had\s+|was\s+|were\s+)?(?:been\s+)?)(\w+)", re.I)
# "after a three-week investigation", "after two months of interrogation": the time since the person's last dated event
DURATION = re.compile(rf"\bafter\s+(?:a\s+|an\s+)?((?!the\b)(?:{AMOUNT})|an|\d+)[\s-]+(day|week|month|year)s?"
                      r"(?:[\s-]+long)?\s+(?:of\s+)?(investigation|interrogations?|trial|imprisonment|detention|inquiry|"
                      r"questioning|confinement|hearings?|proceedings)\b", re.I)
NUMBERS["an"] = 1
# "two years later", "a month earlier": from the same person's last dated event before the phrase
LATER = re.compile(rf"\b((?!the\b)(?:{AMOUNT})|an|\d+)\s+(day|week|month|year)s?\s+(later|earlier)\b", re.I)
JOINED_BEFORE = re.compile(r"^[\s,;]*(?:and|then|and then)?\s*$")  # the clause the phrase's own is joined to
NEXT_DAY_REACH = 1500  # characters back to the day a "next day" counts from
NEXT_DAY = re.compile(r"\b(?:the next day|the following day|on the next day)\b", re.I)


def amount_of(word: str) -> int:
    """ "three" → 3, "12" → 12, "the"/"a" → 1."""
    return NUMBERS.get(word.lower()) or (int(word) if word.isdigit() else 1)


def undated_event_at(events: list[Event], offset: int) -> Optional[Event]:
    """The event whose words a relative phrase at ``offset`` belongs to, if it has no date yet."""
    return next((e for e in events if e.evidence.start <= offset < e.evidence.end + 3 and not e.date), None)


def people_of(e: Event) -> set[str]:
    """Whom an event happens to: its subjects and accused."""
    return {p.entity_id for p in e.participants if p.role in ("subject", "accused") and p.entity_id}


def same_people(events: list[Event], main: Event) -> list[Event]:
    """The other dated events of the person (or people) ``main`` happens to, in document order."""
    mine = people_of(main)
    return [e for e in events if e is not main and e.date and mine & people_of(e)]


def shift(value: DateValue, amount: int, unit: str, text: str, how: str) -> Optional[DateValue]:
    """``value`` moved by ``amount`` units, keeping (not inventing) its precision."""
    unit = unit.rstrip("s").lower()
    start, end = date.fromisoformat(value.earliest), date.fromisoformat(value.latest)
    if unit in ("day", "week"):
        delta = timedelta(days=amount * (7 if unit == "week" else 1))
        start, end = start + delta, end + delta
    elif unit == "month":
        start, end = add_months(start, amount), add_months(end, amount)
    else:
        start, end = start.replace(year=start.year + amount), end.replace(year=end.year + amount, day=min(end.day, 28) if end.month == 2 else end.day)
    return DateValue(start.isoformat(), end.isoformat(), value.precision, text, inferred=how)


def add_months(d: date, months: int) -> date:
    month = d.month - 1 + months
    year, month = d.year + month // 12, month % 12 + 1
    return d.replace(year=year, month=month, day=min(d.day, calendar.monthrange(year, month)[1]))


def resolve_relative_dates(doc: Document, events: list[Event], dates: Optional[list[DateValue]] = None) -> None:
    """Fill in the dates of events linked by a relative phrase (in place)."""
    for m in RELATIVE.finditer(doc.text):
        amount = amount_of(m.group(1))
        noun_at = m.start(4)
        referred = next((e for e in events if e.trigger and e.trigger.start <= noun_at < e.trigger.end), None)
        main = next((e for e in events if e is not referred and e.evidence.start <= m.start() < e.evidence.end + 3
                     and not (e.trigger and m.start() <= e.trigger.start < m.end())), None)
        if referred is None or main is None:
            continue
        sign = 1 if m.group(3).lower() == "before" else -1  # "M the day after R" → R = M − 1 day
        phrase = m.group(0)
        stated = next((d for d in (main.date, referred.date) if d and d.start is not None and 0 <= m.start() - d.end <= 3), None)
        if stated is not None:  # "On 31 May 1937, the day after he had been relieved, he shot himself": 31 May is M's
            main.date, referred.date = stated, None
            told = told_before(events, referred, main, m.start())
            if stated.inferred and told is not None:  # "On the 21st of October, six days after my arrest" (of 14 October
                main.date = same_day_in_year(stated, shift(told.date, -sign * amount, m.group(2), phrase, ""), told)  # 1948)
        source = main.date or referred.date
        if source is not None and finer_than(m.group(2), source.precision):
            continue  # "the day after his arrest" in 1937: no day to count from
        if main.date and not referred.date:
            referred.date = shift(main.date, sign * amount, m.group(2), phrase,
                                  f"“{phrase}”: {m.group(3).lower()} the {main.type} of {main.date.text}")
        elif referred.date and not main.date:
            main.date = shift(referred.date, -sign * amount, m.group(2), phrase,
                              f"“{phrase}”: relative to the {referred.type} of {referred.date.text}")
    resolve_durations(doc, events)
    resolve_later(doc, events)
    for m in NEXT_DAY.finditer(doc.text):
        # the phrase inside the event's words, or just before them ("on the following day he was shot")
        near = [e for e in events if e.evidence.start <= m.end() + 30 and m.start() < e.evidence.end and not e.date
                and (e.trigger is None or e.trigger.start >= m.start() - 200)]
        here = min(near, key=lambda e: abs((e.trigger or e.evidence).start - m.end()), default=None)
        if here is None:
            continue
        # the last day the text named before the phrase: an event's, or a session's heading ("AUGUST 21, 1936")
        anchors = [((e.trigger or e.evidence).end, e.date, f"the {e.type} of {e.date.text}") for e in events
                   if (e.trigger or e.evidence).end <= m.start() and e.date and e.date.precision == "day"]
        anchors += [(d.end, d, d.text) for d in dates or [] if d.end is not None and d.end <= m.start()
                    and m.start() - d.end < NEXT_DAY_REACH and d.precision == "day"]
        if anchors:
            _, anchor, what = max(anchors, key=lambda a: a[0])
            here.date = shift(anchor, 1, "day", m.group(0), f"“{m.group(0)}”: after {what}")


def told_before(events: list[Event], referred: Event, main: Event, offset: int) -> Optional[Event]:
    """The event a relative phrase's noun refers back to ("my arrest"), told before with its own full date."""
    people = people_of(referred) | people_of(main)
    return next((e for e in reversed(events) if e is not referred and e.type == referred.type and e.evidence.end <= offset
                 and e.date and e.date.precision == "day" and not e.date.inferred
                 and people & {p.entity_id for p in e.participants}), None)


def same_day_in_year(stated: DateValue, counted: Optional[DateValue], told: Event) -> DateValue:
    """A day written without its year ("the 21st of October") takes the year that counting from the event it is
    measured against gives, when the count lands on that day."""
    if counted is None or not counted.earliest[4:] <= stated.earliest[4:] <= counted.latest[4:] \
            or counted.earliest[:4] == stated.earliest[:4]:
        return stated
    year = counted.earliest[:4]
    return DateValue(year + stated.earliest[4:], year + stated.latest[4:], stated.precision, stated.text, start=stated.start,
                     end=stated.end, inferred=f"year {year} from the {told.type} of {told.date.text}")


def resolve_durations(doc: Document, events: list[Event]) -> None:
    """ "Arrested on March 1 … after a three-week investigation he was shot": three weeks after the
    last dated event of the same person before the phrase; no such event, no date."""
    for m in DURATION.finditer(doc.text):
        main = undated_event_at(events, m.start())
        if main is None:
            continue
        earlier = [e for e in same_people(events, main) if e.evidence.end <= m.start() and e.date.precision in ("day", "month")]
        if not earlier:
            continue
        anchor = earlier[-1]
        amount = amount_of(m.group(1))
        start = shift(anchor.date, amount, m.group(2), m.group(0), "")
        end = shift(anchor.date, amount + 1, m.group(2), m.group(0), "")  # "a three-week investigation" is three weeks or a little more
        main.date = DateValue(start.earliest, end.latest, COARSER.get(anchor.date.precision, "year"), m.group(0),
                              inferred=f"“{m.group(0)}”: counted from the {anchor.type} of {anchor.date.text}")


COARSER = {"day": "month", "month": "year"}
RANK = {"day": 0, "week": 0, "month": 1, "year": 2}


def finer_than(unit: str, precision: str) -> bool:
    """Whether a step of ``unit`` is finer than a date known to ``precision``."""
    return RANK.get(unit.rstrip("s").lower(), 0) < RANK.get(precision, 2)


def resolve_later(doc: Document, events: list[Event]) -> None:
    """ "Released in 1947, she was arrested again two years later": 1949, from the release."""
    for m in LATER.finditer(doc.text):
        main = undated_event_at(events, m.start())
        if main is None:
            continue
        before = [e for e in same_people(events, main) if (e.trigger or e.evidence).end <= m.start()]  # told before the phrase
        joined = [e for e in events if e is not main and e.date and e.date.end is not None and e.date.end <= m.start()
                  and JOINED_BEFORE.match(doc.text[e.date.end:m.start()])]  # its date ends the clause before
        if not before and not joined:
            continue
        # "Sula was removed on 11 April and three days later … arrested Daci": from the dated clause it is joined to
        anchor = joined[-1] if joined else max(before, key=lambda e: e.date.start or e.evidence.start)
        if finer_than(m.group(2), anchor.date.precision):
            continue  # "eleven days later" than a year: no date finer than the year, and the year itself unsure
        amount = amount_of(m.group(1))
        sign = 1 if m.group(3).lower() == "later" else -1
        main.date = shift(anchor.date, sign * amount, m.group(2), m.group(0),
                          f"“{m.group(0)}”: from the {anchor.type} of {anchor.date.text}")
