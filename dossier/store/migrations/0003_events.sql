-- Events (extracted, curated, reference) with their participants and evidence.
CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    doc_id         TEXT REFERENCES documents(id) ON DELETE CASCADE,  -- NULL for curated/reference facts
    type           TEXT NOT NULL,
    evidence_start INTEGER,
    evidence_end   INTEGER,
    date_earliest  TEXT,
    date_latest    TEXT,
    date_precision TEXT,
    date_text      TEXT,
    date_start     INTEGER,
    date_end       INTEGER,
    date_inferred  TEXT,
    place_id       TEXT,
    org_id         TEXT,
    modality       TEXT NOT NULL,
    attributed_to  TEXT,
    charges        TEXT NOT NULL DEFAULT '[]',
    origin         TEXT NOT NULL,
    source         TEXT,          -- citation for curated and reference events
    trigger        TEXT,
    confidence     REAL,
    status         TEXT NOT NULL DEFAULT 'open'   -- open | accepted | rejected (curation)
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date_earliest, date_latest);

CREATE TABLE event_participants (
    event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    entity_id TEXT,
    role      TEXT NOT NULL,
    text      TEXT,
    start     INTEGER,
    "end"     INTEGER,
    PRIMARY KEY (event_id, idx)
);
CREATE INDEX event_participants_entity ON event_participants(entity_id);
