-- Findings of the last `dossier check`, with their evidence.
CREATE TABLE findings (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    summary    TEXT NOT NULL,
    confidence REAL NOT NULL,
    rule       TEXT NOT NULL,
    event_ids  TEXT NOT NULL DEFAULT '[]',
    checked_at TEXT NOT NULL
);
CREATE INDEX findings_kind ON findings(kind);

CREATE TABLE finding_evidence (
    finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    doc_id     TEXT,
    path       TEXT,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    quote      TEXT NOT NULL,
    PRIMARY KEY (finding_id, idx)
);
