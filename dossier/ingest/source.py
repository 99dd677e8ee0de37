"""Reading a file's bytes safely: a size cap, and a check that it did not change meanwhile."""

from __future__ import annotations

import os
from pathlib import Path

from dossier.ingest.errors import IngestError

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
CHUNK = 1 << 20


def human_size(n: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def read_bytes(path: Path, shown: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a whole file, refusing ones over ``max_bytes`` before reading them.

    The file is stat-ed before and after reading; a size or mtime that moved
    means another program was writing it, and half a file is worse than none.
    """
    try:
        before = os.stat(path)
    except FileNotFoundError:
        raise IngestError(shown, "the file does not exist") from None
    except OSError as exc:
        raise IngestError(shown, f"cannot be read ({exc.strerror or exc})") from None
    if not path.is_file():
        raise IngestError(shown, "is not a regular file")
    if before.st_size > max_bytes:
        raise IngestError(shown, f"the file is {human_size(before.st_size)}, over the limit of {human_size(max_bytes)}; split it or raise --max-size")
    chunks: list[bytes] = []
    total = 0
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                total += len(chunk)
                if total > max_bytes:
                    raise IngestError(shown, f"the file grew past the limit of {human_size(max_bytes)} while it was read")
                chunks.append(chunk)
        after = os.stat(path)
    except PermissionError:
        raise IngestError(shown, "permission denied: the file cannot be read") from None
    except IsADirectoryError:
        raise IngestError(shown, "is a directory, not a file") from None
    except OSError as exc:
        raise IngestError(shown, f"cannot be read ({exc.strerror or exc})") from None
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or total != after.st_size:
        raise IngestError(shown, "the file changed while it was being read; run ingest again when it is complete")
    if total == 0:
        raise IngestError(shown, "the file is empty")
    return b"".join(chunks)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or mostly control characters in the first 8 KiB: not a text file.

    UTF-16 text has NULs too, so a BOM exempts it.
    """
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05
