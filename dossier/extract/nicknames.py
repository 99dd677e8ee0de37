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


# '…, known to his friends as “Toninho”', 'by the code name “Clemente”', 'nicknamed "the Tiger"': a name in quotation
# marks that the text gives someone to be called by (not 'the centre known as "Club Atlético"')
NICKNAME_INTRO = re.compile(r"(?:(?:,|\b(?:man|woman|men|officer|agent|guard|torturer|interrogator|one|who (?:is|was)))"
                            r"[ \t]+(?:(?:also|better|widely)[ \t]+)?known(?:[ \t]+to[ \t]+[\w ]{1,30}?)?[ \t]+as|\bnicknamed|"
                            r"\balias|\b(?:his|her|the) code[- ]?name|\bnom de guerre|\bpseudonym)[ \t]+[\"“«]$", re.I)


def introduced_as_nickname(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a name in quotation marks introduced as what someone is known or code-named."""
    return text[end:end + 1] in ('"', "”", "»") and NICKNAME_INTRO.search(text, max(0, start - 60), start) is not None
