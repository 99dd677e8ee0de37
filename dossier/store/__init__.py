"""Where a dossier lives: ``open_store(path)`` gives a Store (SQLite by default).

All SQL of the project lives under this package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from dossier.store.errors import StoreError
from dossier.store.records import AddResult, DocumentInfo, SearchHit


def open_store(path: str | Path, *, search_cache: Optional[int] = None):
    """Open (creating and upgrading as needed) the store at ``path``.

    ``search_cache``: how many pages of search hits to keep in memory (0: none).
    """
    text = str(path)
    if text.startswith(("postgresql://", "postgres://")):
        raise StoreError(f"{text}: PostgreSQL stores are not supported yet; use a SQLite file path")
    from dossier.store.sqlite import SQLiteStore
    return SQLiteStore(path) if search_cache is None else SQLiteStore(path, search_cache=search_cache)


__all__ = ["open_store", "StoreError", "AddResult", "DocumentInfo", "SearchHit"]
