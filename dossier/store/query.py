"""What a user types into search, turned into an FTS5 query that cannot be a syntax error.

Words are ANDed, "quoted phrases" stay phrases, a trailing ``*`` makes a
prefix query. Everything else (operators, brackets, stray quotes) is treated
as text. ``expand`` may give name variants for a word (Pyatakov → Piatakov).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Optional

TOKEN = re.compile(r'"([^"]*)"|(\S+)')
WORD = re.compile(r"\w+")
Expand = Callable[[str], list[str]]


def quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def word_clause(raw: str, expand: Optional[Expand]) -> Optional[str]:
    prefix = raw.endswith("*")
    words = WORD.findall(raw)
    if len(words) > 1 and words[-1].lower() == "s":  # a possessive: Yagoda's → Yagoda
        words = words[:-1]
    if not words:
        return None
    if len(words) > 1:  # "Berman-Yurin", "Yagoda's" → a phrase of its parts
        return quote(" ".join(words))
    word = words[0]
    if prefix:
        return quote(word) + "*"
    variants = [word] + [v for v in (expand(word) if expand else []) if v.lower() != word.lower()]
    clauses = [quote(" ".join(WORD.findall(v))) for v in variants if WORD.findall(v)]
    return clauses[0] if len(clauses) == 1 else "(" + " OR ".join(dict.fromkeys(clauses)) + ")"


def to_fts(query: str, expand: Optional[Expand] = None) -> Optional[str]:
    """The FTS5 MATCH expression for a user query, or None if it holds no word at all."""
    clauses = []
    for m in TOKEN.finditer(query):
        if m.group(1) is not None:
            words = WORD.findall(m.group(1))
            if words:
                clauses.append(quote(" ".join(words)))
        else:
            clause = word_clause(m.group(2), expand)
            if clause:
                clauses.append(clause)
    # explicit AND: FTS5 does not take an implicit AND next to a bracketed OR group
    return " AND ".join(clauses) if clauses else None


def fold(ch: str) -> str:
    """One character, lower-cased and without its accents (always one character back)."""
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base[0] if base else ch


def query_terms(match: str) -> list[tuple[str, bool]]:
    """(term, is_prefix) for every quoted term of an FTS expression made by ``to_fts``."""
    return [(m.group(1).replace('""', '"'), m.group(2) == "*") for m in re.finditer(r'"((?:[^"]|"")*)"(\*?)', match)]


def fold_text(text: str) -> str:
    """``fold`` over a whole string, same length; plain ASCII takes the fast path."""
    return text.lower() if text.isascii() else "".join(fold(c) for c in text)


def highlight(text: str, terms: list[tuple[str, bool]], width: int = 90) -> tuple[str, Optional[tuple[int, int]]]:
    """A snippet around the first matched term, terms between \x02 and \x03; and where the first match is."""
    folded = fold_text(text)
    spans = []
    for term, prefix in terms:
        needle = fold_text(term)
        if not needle:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(needle) + (r"\w*" if prefix else r"(?!\w)"))
        spans += [(m.start(), m.end()) for m in pattern.finditer(folded)]
    spans.sort()
    if not spans:
        return text[:2 * width], None
    first = spans[0]
    lo, hi = max(0, first[0] - width), min(len(text), first[1] + width)
    out, pos = [], lo
    for s, e in spans:
        if s < pos or e > hi:
            continue
        out += [text[pos:s], "\x02", text[s:e], "\x03"]
        pos = e
    out.append(text[pos:hi])
    return ("…" if lo else "") + "".join(out) + ("…" if hi < len(text) else ""), first
