"""What a format reader hands to the structure finder."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Extracted:
    """Plain text in the shared shape (see ``structure``), plus what the format itself said."""
    text: str
    encoding: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    headings: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class TextBuilder:
    """Joins blocks with blank lines and remembers where the headings went."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.headings: list[tuple[int, int]] = []

    def add(self, text: str, heading: bool = False) -> None:
        text = text.strip()
        if not text:
            return
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        if heading:
            self.headings.append((self.length, self.length + len(text)))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts) + ("\n" if self.parts else "")
