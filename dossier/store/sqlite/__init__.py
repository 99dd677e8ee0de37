"""The SQLite store: one file, WAL, FTS5; one mixin per concern.

Other concerns (entities, events, findings, curation) add their mixin to the
bases of ``SQLiteStore`` and their tables through a numbered migration.
"""

from __future__ import annotations

from pathlib import Path

from dossier.store.sqlite.analysis import AnalysisMixin
from dossier.store.sqlite.connection import ConnectionMixin
from dossier.store.sqlite.curation import CurationMixin
from dossier.store.sqlite.documents import DocumentsMixin
from dossier.store.sqlite.entities import EntitiesMixin
from dossier.store.sqlite.events import EventsMixin
from dossier.store.sqlite.findings import FindingsMixin
from dossier.store.sqlite.search import SEARCH_CACHE_SIZE, SearchMixin


class SQLiteStore(AnalysisMixin, CurationMixin, EntitiesMixin, EventsMixin, FindingsMixin, DocumentsMixin, SearchMixin, ConnectionMixin):
    def __init__(self, path: str | Path, search_cache: int = SEARCH_CACHE_SIZE) -> None:
        self._init_connection(path)
        self._init_search_cache(search_cache)

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
