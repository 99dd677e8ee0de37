"""The extraction stages strung together: Document → mentions, dates, entities, events.

One ``Analyzer`` holds the loaded spaCy pipeline and one ``Resolver``, so that
every document of one call (or one store session) shares its entities: the same
person gets the same id in every file. The store and the ``extract`` command
both go through here, so they cannot disagree about what a text says.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from dossier.model import DateValue, Document, Entity, Event, Mention


@dataclass
class DocumentAnalysis:
    """What the extraction stages found in one document."""
    document: Document
    mentions: list[Mention] = field(default_factory=list)  # PERSON/ORG/PLACE and DATE
    dates: list[DateValue] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)  # the entities its mentions point to


def date_mentions(dates: list[DateValue], doc_id: str) -> list[Mention]:
    """DATE mentions for the contract's ``mentions`` list, one per calendar expression."""
    return [Mention(start=d.start, end=d.end, text=d.text, label="DATE", method="rule", doc_id=doc_id)
            for d in dates if d.start is not None and d.end is not None]


def outside_dates(mentions: list[Mention], dates: list[DateValue]) -> list[Mention]:
    """ "MORNING SESSION, AUGUST 19, 1936": a word of a date is no name, whatever its capitals."""
    spans = sorted((d.start, d.end) for d in dates if d.start is not None)
    return [m for m in mentions if not any(s < m.end and m.start < e for s, e in spans)]


class Analyzer:
    """Runs recognition, dates, resolution and events over documents.

    Resolution needs every document's names before any event is read off a
    document (a full name in a later file can settle who a bare surname in an
    earlier one is), so ``analyze_all`` works in two passes.
    """

    def __init__(self, known_entities: Iterable[Entity] = (), reference: Iterable[Entity] = ()) -> None:
        from dossier.extract.names import NameRecognizer
        from dossier.resolve import Resolver

        self.recognizer = NameRecognizer()
        self.resolver = Resolver(known=list(reference) + list(known_entities))

    def _recognize(self, docs: Iterable[Document], n_process: int = 1) -> Iterator[tuple[Document, Document, list[Mention], object, list[DateValue]]]:
        """(the document, the copy the parser reads, its names, its parse, its dates): a text in capitals is read
        recased (``case_view``), with the same offsets."""
        from dossier.extract.case_view import cased_view
        from dossier.extract.dates import find_dates

        sources: deque[Document] = deque()  # the pipe gives its documents back in the order they went in

        def views() -> Iterator[Document]:
            for doc in docs:
                sources.append(doc)
                yield cased_view(doc)

        for view, mentions, sdoc in self.recognizer.pipe(views(), n_process=n_process):
            dates = find_dates(view, sdoc)
            mentions = outside_dates(mentions, dates)
            for m in mentions:
                m.doc_id = view.id
            yield sources.popleft(), view, mentions, sdoc, dates

    def _events(self, doc: Document, mentions: list[Mention], dates: list[DateValue], sdoc: object) -> list[Event]:
        from dossier.extract.events import find_events

        events = find_events(doc, mentions, dates, sdoc)
        seen: dict[str, int] = {}
        for ev in events:
            ev.doc_id = doc.id
            if ev.id is None:  # stable across re-extraction, so curation can refer to it
                base = f"{doc.id[:12]}-{ev.evidence.start}-{ev.type}"
                seen[base] = seen.get(base, 0) + 1
                ev.id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        return events

    def analyze_all(self, docs: Iterable[Document], n_process: int = 1) -> list[DocumentAnalysis]:
        """Analyse documents that fit in memory together (one ``extract`` call)."""
        recognized = list(self._recognize(docs, n_process=n_process))
        for _doc, view, mentions, _sdoc, _dates in recognized:
            self.resolver.add(view, mentions)
        return [self._finish(*r) for r in recognized]

    def analyze_stream(self, docs: Iterable[Document], n_process: int = 1) -> Iterator[DocumentAnalysis]:
        """Analyse documents one at a time, for ingest into a store (memory stays flat)."""
        for doc, view, mentions, sdoc, dates in self._recognize(docs, n_process=n_process):
            self.resolver.add(view, mentions)
            yield self._finish(doc, view, mentions, sdoc, dates)

    def analyze(self, doc: Document) -> DocumentAnalysis:
        return next(self.analyze_stream([doc]))

    def _finish(self, doc: Document, view: Document, mentions: list[Mention], sdoc: object, dates: list[DateValue]) -> DocumentAnalysis:
        from dossier.extract.case_view import source_words
        from dossier.extract.lifetimes import find_lifetimes

        events = self._events(view, mentions, dates, sdoc)
        for fact in find_lifetimes(view, mentions, dates, sdoc):
            self.resolver.add_fact(fact.entity_id, fact.kind, fact.as_fact(doc))
        all_mentions = sorted(mentions + date_mentions(dates, doc.id), key=lambda m: (m.start, m.end))
        if view is not doc:
            source_words(doc, all_mentions, dates, events)
        used = {m.entity_id for m in mentions if m.entity_id}
        used |= {p.entity_id for ev in events for p in ev.participants if p.entity_id}
        used |= {x for ev in events for x in (ev.place_id, ev.org_id) if x}
        entities = self.resolver.entities(used)  # only this document's: ingest stays linear in the corpus
        return DocumentAnalysis(document=doc, mentions=all_mentions, dates=dates, events=events, entities=entities)

    def entities(self) -> list[Entity]:
        return self.resolver.entities()


def find_findings(analyses: list[DocumentAnalysis], entities: list[Entity], extra_events: Optional[list[Event]] = None) -> list:
    """Run every finding rule over the events of these documents (plus curated ones)."""
    from dossier.analyze import check

    events = [ev for a in analyses for ev in a.events] + list(extra_events or [])
    documents = {a.document.id: a.document for a in analyses}
    return check(events, entities, documents)
