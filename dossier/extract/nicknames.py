"""A key to the nicknames or code names a report uses, one per line: '"Galka" [jackdaw] — Yelena Nikolaevna Tarasova,
24, teacher'. The nickname is a person's name, and that person's."""

from __future__ import annotations

import re
from typing import Optional

QUOTE_OPENS_LINE = re.compile(r"(?:^|\n)[ \t]*[\"“«]$")
KEYED_BY_DASH = re.compile(r"[\"”»][ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|\([^)\n]{1,40}\)[ \t]*)?[—–=][ \t]*")


def nickname_key_end(text: str, start: int, end: int) -> Optional[int]:
    """Where the name keyed to a nickname begins, if ``text[start:end]`` opens a key's line in quotation marks and a
    dash (after an optional gloss in brackets) follows it."""
    if not QUOTE_OPENS_LINE.search(text, max(0, start - 8), start):
        return None
    dash = KEYED_BY_DASH.match(text, end)
    return dash.end() if dash else None
