-- Every edit a person makes: when, what, before and after; undoable.
CREATE TABLE curation_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,     -- merge | relabel | event-status | add-fact | undo
    target    TEXT NOT NULL,     -- what it was done to (entity id, event id, mention key)
    before    TEXT NOT NULL,     -- JSON
    after     TEXT NOT NULL,     -- JSON
    undone_by INTEGER REFERENCES curation_log(id)
);
