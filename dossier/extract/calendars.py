"""Dates of calendars other than the Gregorian, turned into Gregorian days.

Ethiopian documents (court records, the Derg's proclamations, newspapers) date by the Ethiopian calendar: twelve
months of thirty days and a thirteenth of five or six, its year seven or eight years behind ours and beginning in
September ("Hidar 14, 1967 E.C." is 23 November 1974). Its dates are kept as written and placed on our timeline.

The Republic of China counts its years from 1912 (Minguo 1): Taiwan's court records, decrees and newspapers write
"3 April, Minguo 39" (1950), and in figures "39.6.21", the era's year first.
"""

from __future__ import annotations

import datetime

ETHIOPIAN_MONTHS = {
    "meskerem": 1, "tikimt": 2, "tikemt": 2, "tekemt": 2, "hidar": 3, "hedar": 3, "tahsas": 4, "tahisas": 4,
    "tir": 5, "ter": 5, "yekatit": 6, "yakatit": 6, "megabit": 7, "maggabit": 7, "miyazia": 8, "miyazya": 8,
    "ginbot": 9, "genbot": 9, "sene": 10, "hamle": 11, "nehase": 12, "nehasse": 12, "pagume": 13, "pagumen": 13,
}
ETHIOPIAN_MONTH = "|".join(sorted((m.title() for m in ETHIOPIAN_MONTHS), key=len, reverse=True))
_ETHIOPIAN_EPOCH = 1723856  # the Julian day number before the Ethiopian era's first day (Amete Mihret)
_ORDINAL_OFFSET = 1721425   # Julian day number minus Python's proleptic Gregorian ordinal


def ethiopian_to_gregorian(year: int, month: int, day: int) -> datetime.date | None:
    """The Gregorian day of an Ethiopian date, or None for a day its month does not have."""
    if not (1 <= month <= 13 and 1 <= day <= (30 if month < 13 else 6)):
        return None
    if month == 13 and day == 6 and year % 4 != 3:
        return None  # Pagume has a sixth day only in the year before an Ethiopian leap year
    julian_day = _ETHIOPIAN_EPOCH + 365 + 365 * (year - 1) + year // 4 + 30 * month + day - 31
    return datetime.date.fromordinal(julian_day - _ORDINAL_OFFSET)


def ethiopian_year_span(year: int) -> tuple[datetime.date, datetime.date]:
    """The first and last Gregorian days of an Ethiopian year (September to September)."""
    first = ethiopian_to_gregorian(year, 1, 1)
    last = ethiopian_to_gregorian(year + 1, 1, 1) - datetime.timedelta(days=1)
    return first, last


# The Republic of China's era, by its romanisations: pinyin, Wade-Giles, and the English "Republic year"
MINGUO_ERA = r"(?:Minguo|Min-kuo|Minkuo|Republic\s+year)"
MINGUO_EPOCH = 1911  # Minguo 1 is 1912


def minguo_year(year: int) -> int:
    return MINGUO_EPOCH + year
