"""From what the user typed (files, directories, globs) to the files to read.

Anything that cannot be followed — a missing path, a symlink loop, a directory
we may not list — becomes a Problem in the stream, and the walk goes on.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Iterable, Iterator

from dossier.model import Problem

STORE_SUFFIXES = (".db", ".db-wal", ".db-shm", ".sqlite", ".sqlite3")
GLOB_CHARS = set("*?[")


def walk(directory: Path, shown: str) -> Iterator[Path | Problem]:
    """Every visible document file under ``directory``, sorted, following no symlinked directory twice.

    Inside a directory only files with a document suffix (or none) are taken,
    so scripts, images and data files lying beside the documents are left alone;
    a file named explicitly is always tried.
    """
    from dossier.ingest import SUPPORTED_SUFFIXES
    seen: set[tuple[int, int]] = set()

    def visit(path: Path, label: str) -> Iterator[Path | Problem]:
        try:
            st = path.stat()
        except OSError as exc:
            yield Problem(label, symlink_message(path, exc))
            return
        key = (st.st_dev, st.st_ino)
        if key in seen:
            yield Problem(label, "is a symlink loop (a directory that contains itself); skipped")
            return
        seen.add(key)
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except PermissionError:
            yield Problem(label, "permission denied: the directory cannot be listed")
            return
        except OSError as exc:
            yield Problem(label, f"the directory cannot be listed ({exc.strerror or exc})")
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.name.endswith(STORE_SUFFIXES):
                continue
            suffix = os.path.splitext(entry.name)[1].lower()
            if suffix and suffix not in SUPPORTED_SUFFIXES and not entry.is_dir():
                continue
            child = Path(entry.path)
            child_label = os.path.join(label, entry.name)
            try:
                is_dir = entry.is_dir()
            except OSError as exc:
                yield Problem(child_label, symlink_message(child, exc))
                continue
            if is_dir:
                yield from visit(child, child_label)
            elif entry.is_symlink() and not child.exists():
                yield Problem(child_label, symlink_message(child, OSError("dangling")))
            else:
                yield child

    yield from visit(directory, shown)


def symlink_message(path: Path, exc: OSError) -> str:
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:
            return "is a symlink loop; skipped"
        except OSError:
            return "is a symlink to something that does not exist"
        return "is a symlink loop; skipped"
    if isinstance(exc, FileNotFoundError):
        return "does not exist"
    return f"cannot be read ({exc.strerror or exc})"


def expand_paths(inputs: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """Files, directories (recursively) and globs, in a stable order; problems inline."""
    for raw in inputs:
        text = str(raw)
        path = Path(text)
        if not path.exists() and not path.is_symlink() and GLOB_CHARS & set(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield Problem(text, "no file matches this pattern")
            for match in matches:
                yield from expand_paths([match])
            continue
        if path.is_symlink() and not path.exists():
            yield Problem(text, symlink_message(path, FileNotFoundError()))
        elif not path.exists():
            yield Problem(text, "does not exist")
        elif path.is_dir():
            yield from walk(path, text)
        else:
            yield path
