"""The one exception ingest raises: a file it cannot read, said in one sentence."""

from __future__ import annotations


class IngestError(Exception):
    """A file that cannot be turned into a Document.

    ``str()`` is one sentence naming the file and the problem, so the CLI can
    print it as it is and go on with the next file.
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
