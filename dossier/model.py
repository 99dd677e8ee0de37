"""The nouns of dossier, as plain dataclasses.

Every stage of the flow (ingest → extract → resolve → analyze → store) passes
these objects along; none of them knows about SQL, spaCy or HTTP. Offsets are
Python string indices (code points) into ``Document.text`` and always form a
half-open interval ``[start, end)``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Optional

# Vocabularies from DESIGN.md; kept here so that every module checks against one list.
ENTITY_TYPES = ("PERSON", "ORG", "PLACE", "WORK")
MENTION_LABELS = ("PERSON", "ORG", "PLACE", "DATE", "WORK")
EVENT_TYPES = (
    "birth", "death", "arrest", "detention", "release", "accusation", "trial",
    "testimony", "confession", "sentence", "execution", "suicide", "assassination",
    "rehabilitation", "expulsion", "appointment", "removal", "exile", "escape",
    "membership", "meeting", "presence", "travel", "publication", "demand", "statement",
)
CHARGES = ("terrorism", "espionage", "sabotage", "military-plot", "treason",
           "counter-revolution", "other")
MODALITIES = ("asserted", "alleged", "denied", "predicted", "hypothetical")
ORIGINS = ("extracted", "curated", "reference")
PRECISIONS = ("day", "month", "year", "decade")
FINDING_KINDS = (
    "presence-conflict", "existence-conflict", "lifespan-conflict", "claim-conflict",
    "date-conflict", "sequence-conflict", "role-reversal",
)
BLOCK_KINDS = ("title", "heading", "paragraph", "footnote", "metadata")


def sha256_text(text: str) -> str:
    """The ``text_sha256`` of the extract contract: sha256 of the UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass
class Block:
    """A structural unit of a document: its kind and the range of text it covers."""
    kind: str
    start: int
    end: int
    label: Optional[str] = None  # the footnote label ("73"), heading level, …


@dataclass
class Footnote:
    """A footnote body and the marker in the body text that opens it (if found)."""
    label: str
    marker: Optional[Span]
    body: Span


@dataclass
class Document:
    """One version of one source file, as text plus structure.

    ``id`` is the sha256 of the file's bytes, so identical bytes are the same
    document wherever they lie; ``text`` is the string all offsets index.
    """
    id: str
    path: str
    text: str
    title: Optional[str] = None
    format: str = "txt"
    encoding: Optional[str] = None
    language: Optional[str] = None
    published: Optional[str] = None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the document states
    blocks: list[Block] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    size: int = 0  # bytes of the source file
    warnings: list[str] = field(default_factory=list)

    @property
    def text_sha256(self) -> str:
        return sha256_text(self.text)

    def quote(self, start: int, end: int) -> str:
        return self.text[start:end]


@dataclass
class Mention:
    """A span of a document that names something (or a DATE expression)."""
    start: int
    end: int
    text: str
    label: str
    entity_id: Optional[str] = None
    method: str = "model"  # model | rule | gazetteer | curation
    score: float = 1.0
    doc_id: Optional[str] = None
    # A generic plural or metaphor ("the other Yagodas", "the Borgia of Moscow"):
    # tagged PERSON but deliberately never resolved to an entity.
    generic: bool = False


@dataclass
class DateValue:
    """A calendar expression normalised to an interval of whole days."""
    earliest: str  # ISO YYYY-MM-DD
    latest: str    # ISO YYYY-MM-DD
    precision: str  # day | month | year | decade
    text: str
    start: Optional[int] = None
    end: Optional[int] = None
    inferred: Optional[str] = None  # how a missing part was filled in, e.g. "year from document date 1936"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"earliest": self.earliest, "latest": self.latest,
                               "precision": self.precision, "text": self.text}
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        if self.inferred:
            out["inferred"] = self.inferred
        return out


@dataclass
class Entity:
    id: str
    type: str
    name: str
    variants: list[str] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # birth, death, founded, closed, …
    external_ids: dict[str, str] = field(default_factory=dict)  # e.g. {"wikidata": "Q..."}


@dataclass
class Participant:
    entity_id: Optional[str]
    role: str  # subject, agent, accused, accuser, object, witness, prosecutor, participant
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


@dataclass
class Event:
    type: str
    evidence: Span
    participants: list[Participant] = field(default_factory=list)
    date: Optional[DateValue] = None
    place_id: Optional[str] = None
    modality: str = "asserted"
    attributed_to: Optional[str] = None  # entity id, or a description such as "author"
    charges: list[str] = field(default_factory=list)
    origin: str = "extracted"
    doc_id: Optional[str] = None
    trigger: Optional[Span] = None
    org_id: Optional[str] = None
    confidence: float = 1.0
    id: Optional[str] = None
    source: Optional[str] = None  # citation for curated/reference events


@dataclass
class EvidenceRef:
    """A pointer to the exact words that support a statement."""
    doc_id: Optional[str]
    path: Optional[str]
    start: int
    end: int
    quote: str = ""


@dataclass
class Finding:
    kind: str
    summary: str
    evidence: list[EvidenceRef]
    event_ids: list[str] = field(default_factory=list)
    confidence: float = 1.0
    rule: str = ""


@dataclass
class Problem:
    """A file that could not be read, said in one sentence."""
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"
