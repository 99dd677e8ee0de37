"""What the store hands back besides the model's nouns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass
class AddResult:
    """What ``add_document`` did: ``new``, ``unchanged`` (same bytes already stored) or ``new-version``."""
    status: str
    doc_id: str
    superseded: Optional[str] = None


@dataclass
class DocumentInfo:
    id: str
    path: str
    title: Optional[str]
    format: str
    size: int
    published: Optional[str]
    language: Optional[str]
    ingested_at: str
    superseded_by: Optional[str]
    blocks: int = 0
    footnotes: int = 0


@dataclass(frozen=True)
class SearchHit:
    doc_id: str
    path: str
    title: Optional[str]
    block_start: int
    block_end: int
    snippet: str          # matched terms between \x02 and \x03
    score: float
    start: Optional[int] = None  # offsets of the first matched term in the document text
    end: Optional[int] = None

    def snippet_marked(self, before: str = "[", after: str = "]") -> str:
        return self.snippet.replace("\x02", before).replace("\x03", after)


@dataclass
class MentionInContext:
    id: int
    doc_id: str
    path: str
    title: Optional[str]
    start: int
    end: int
    text: str
    label: str
    context: str
    context_start: int
    footnote: Optional[str] = None  # the label of the footnote it sits in
