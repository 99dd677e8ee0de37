"""Opening a SQLite store: pragmas, and the numbered migrations applied in order."""

from __future__ import annotations

import re
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Iterator, Optional

from dossier.store.errors import StoreError

MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every migration shipped with the package, in order."""
    folder = resources.files("dossier.store") / "migrations"
    found = []
    for item in folder.iterdir():
        m = MIGRATION_NAME.match(item.name)
        if m:
            found.append((int(m.group(1)), item.name, item.read_text(encoding="utf-8")))
    return sorted(found)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def connect(path: str | Path) -> sqlite3.Connection:
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a dossier store file")
    if path.exists() and path.stat().st_size >= 16:
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise StoreError(f"{path}: is not a dossier store (not a SQLite file)")
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot be opened as a dossier store ({exc})") from None
    return conn


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the migrations this store has not seen, each in its own transaction."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
    applied = []
    for version, name, sql in migrations():
        if version in done:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in split_sql(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, now()))
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"migration {name} failed: {exc}") from None
        applied.append(version)
    return applied


def split_sql(script: str) -> list[str]:
    """Statements of a migration file (``sqlite3.complete_statement`` knows where one ends)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not current.strip():
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


class ConnectionMixin:
    """The connection, a lock for writers, and ``transaction()`` for every mixin."""

    connection: sqlite3.Connection

    def _init_connection(self, path: str | Path) -> None:
        self.path = Path(path)
        self.connection = connect(path)
        self._lock = threading.RLock()
        self._depth = 0
        self._owner: Optional[int] = None
        self._readers = threading.local()
        self._all_readers: list[sqlite3.Connection] = []
        migrate(self.connection)

    def _reader(self) -> sqlite3.Connection:
        """One read connection per thread: WAL lets readers run side by side (the web app's threads)."""
        conn = getattr(self._readers, "conn", None)
        if conn is None:
            conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
            conn.execute("PRAGMA busy_timeout=30000")
            self._readers.conn = conn
            with self._lock:
                self._all_readers.append(conn)
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: all of it lands, or none (a kill mid-way included)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.connection
                finally:
                    self._depth -= 1
                return
            self.connection.execute("BEGIN IMMEDIATE")
            self._depth = 1
            self._owner = threading.get_ident()
            try:
                yield self.connection
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            else:
                self.connection.execute("COMMIT")
            finally:
                self._depth = 0
                self._owner = None

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        if self._depth and self._owner == threading.get_ident():
            with self._lock:  # inside this thread's transaction: see its own writes
                cur = self.connection.execute(sql, params)
                cur.row_factory = sqlite3.Row
                return cur.fetchall()
        cur = self._reader().execute(sql, params)
        cur.row_factory = sqlite3.Row
        return cur.fetchall()

    def schema_version(self) -> int:
        return self.query("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations")[0]["v"]

    def close(self) -> None:
        with self._lock:
            for conn in self._all_readers:
                try:
                    conn.close()
                except sqlite3.ProgrammingError:  # made in another thread; it goes with that thread
                    pass
            self._all_readers.clear()
        self._readers = threading.local()
        self.connection.close()
