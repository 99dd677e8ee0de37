"""Structure of a text: title, headings, paragraphs, footnotes and their markers.

Every reader (txt, md, html, pdf, docx, epub) produces plain text in one shape
— paragraphs separated by blank lines, notes at the end as ``[N] text``, body
markers as ``[N]`` — and this module finds the structure in it, so footnote
handling is written once. A footnote's ``body`` span is the note's text after
its label; its block covers the whole paragraph, label included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from dossier.model import Block, Footnote, Span

PARAGRAPH = re.compile(r"\S(?:[^\n]|\n(?![ \t]*\n))*")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
NOTE_LABEL = re.compile(rf"^(?:\[\s*(\d{{1,4}}|\*{{1,3}})\s*\]|([{SUPERSCRIPTS}]{{1,4}})|(\*{{1,3}})(?=\s)|(\d{{1,4}})[.)](?=\s))\s*")
BODY_MARKER = re.compile(rf"\[\s*(\d{{1,4}}|\*{{1,3}})\s*\]|([{SUPERSCRIPTS}]{{1,4}})|(?<=[\w.,;:!?”’\"')])(\*{{1,3}})(?=[\s.,;:!?)]|$)")
METADATA_LINE = re.compile(r"^(last updated( on)?|last modified|updated|published|date|source|transcribed|translated|html markup|copyleft|written)\b[^:\n]{0,20}:", re.I)
TERMINAL = ".,;:!?"


@dataclass
class Structure:
    title: Optional[str]
    blocks: list[Block] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    metadata: list[str] = field(default_factory=list)


def line_bounds(text: str, start: int, end: Optional[int] = None) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` starts and ends (its newline left out)."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def line_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-empty line, its newline left out."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each blank-line separated chunk, without surrounding whitespace."""
    spans = []
    for m in PARAGRAPH.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        spans.append((m.start(), end))
    return spans


def note_label(chunk: str) -> Optional[tuple[str, int, str]]:
    """(label, length of the label prefix, style) if the chunk opens like a footnote."""
    m = NOTE_LABEL.match(chunk)
    if not m:
        return None
    if m.group(1):
        return m.group(1), m.end(), "bracket"
    if m.group(2):
        return m.group(2).translate(SUPER_TO_DIGIT), m.end(), "super"
    if m.group(3):
        return m.group(3), m.end(), "star"
    return m.group(4), m.end(), "number"


def is_heading(chunk: str) -> bool:
    chunk = BODY_MARKER.sub("", chunk).strip()
    return bool(chunk) and ("\n" not in chunk and len(chunk) <= 90 and chunk[-1] not in TERMINAL
            and not chunk[0].islower() and len(chunk.split()) <= 12)


def body_markers(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, Span]]:
    found = []
    for start, end in spans:
        for m in BODY_MARKER.finditer(text, start, end):
            label = m.group(1) or (m.group(2) or "").translate(SUPER_TO_DIGIT) or m.group(3)
            found.append((label, Span(m.start(), m.end())))
    return found


def find_structure(text: str, headings: Optional[list[tuple[int, int]]] = None) -> Structure:
    """Classify each paragraph and link footnotes to their first marker in the body.

    ``headings`` are spans a reader already knows to be headings (HTML ``<h2>``).
    A trailing "1. …" paragraph counts as a note only when the body has a
    marker for it, so numbered lists stay paragraphs.
    """
    known_headings = set(headings or [])
    spans = paragraphs(text)
    kinds: list[str] = []
    labels: list[Optional[tuple[str, int, str]]] = []
    seen_prose = False
    for start, end in spans:
        chunk = text[start:end]
        label = note_label(chunk)
        labels.append(label)
        if METADATA_LINE.match(chunk) and "\n" not in chunk:
            kinds.append("metadata")
        elif label and label[2] != "number" and seen_prose:
            kinds.append("footnote")
        elif (start, end) in known_headings or (is_heading(chunk) and not label):
            kinds.append("title" if not seen_prose and "title" not in kinds else "heading")
        else:
            kinds.append("paragraph")
            seen_prose = True
    body = [s for s, k in zip(spans, kinds) if k in ("paragraph", "heading", "title")]
    markers = body_markers(text, body)
    marker_labels = {label for label, _ in markers}
    # numbered notes at the end ("12. text") only where the body points to them
    for i in range(len(spans) - 1, -1, -1):
        label = labels[i]
        if kinds[i] == "paragraph" and label and label[2] == "number" and label[0] in marker_labels:
            kinds[i] = "footnote"
        elif kinds[i] not in ("footnote", "metadata"):
            break
    blocks, footnotes = [], []
    for (start, end), kind, label in zip(spans, kinds, labels):
        blocks.append(Block(kind, start, end, label[0] if kind == "footnote" and label else None))
        if kind == "footnote" and label:
            marker = next((span for lab, span in markers if lab == label[0]), None)
            footnotes.append(Footnote(label[0], marker, Span(start + label[1], end)))
    return Structure(title=make_title(text, spans, kinds), blocks=blocks, footnotes=footnotes,
                     metadata=[text[s:e] for (s, e), k in zip(spans, kinds) if k == "metadata"])


def make_title(text: str, spans: list[tuple[int, int]], kinds: list[str]) -> Optional[str]:
    """The title line, joined with a subtitle heading that follows it directly."""
    if not kinds or kinds[0] != "title":
        return None
    title = text[spans[0][0]:spans[0][1]].strip()
    if len(kinds) > 1 and kinds[1] == "heading" and len(title.split()) <= 5:
        title = f"{title}: {text[spans[1][0]:spans[1][1]].strip()}"
    return title
