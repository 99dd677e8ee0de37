"""Markdown: readable text without the markup, headings known, ``[^1]`` notes as footnotes."""

from __future__ import annotations

import re

from dossier.ingest.extracted import Extracted, TextBuilder

HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
NOTE_DEF = re.compile(r"^\[\^([^\]]+)\]:\s*(.*)$")
INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),          # images → alt text
    (re.compile(r"\[\^([^\]]+)\]"), r"[\1]"),                # note markers
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),           # links → their text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),   # strong
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"<[^>\n]+>"), ""),                          # inline HTML tags
]
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
QUOTE = re.compile(r"^\s*>\s?")


def inline(text: str) -> str:
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return text


def read_markdown_text(source: str, encoding: str | None = None) -> Extracted:
    builder = TextBuilder()
    notes: list[str] = []
    paragraph: list[str] = []
    title = None

    def flush() -> None:
        if paragraph:
            builder.add(inline(" ".join(line.strip() for line in paragraph)))
            paragraph.clear()

    lines = source.split("\n")
    for i, line in enumerate(lines):
        if m := NOTE_DEF.match(line):
            flush()
            notes.append(f"[{m.group(1)}] {inline(m.group(2))}")
        elif m := HEADING.match(line):
            flush()
            builder.add(inline(m.group(2)), heading=True)
            title = title or inline(m.group(2))
        elif SETEXT.match(line) and paragraph and i > 0 and lines[i - 1].strip():
            text = paragraph.pop()
            flush()
            builder.add(inline(text), heading=True)
            title = title or inline(text)
        elif not line.strip():
            flush()
        elif notes and line.startswith(("    ", "\t")):
            notes[-1] += " " + inline(line.strip())
        else:
            line = QUOTE.sub("", line)
            if LIST_ITEM.match(line):
                flush()
                line = LIST_ITEM.sub("", line)
            paragraph.append(line)
    flush()
    for note in notes:
        builder.add(note)
    return Extracted(text=builder.text(), encoding=encoding, title=title, headings=builder.headings)
