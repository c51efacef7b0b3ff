CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, legacy_code TEXT, at TEXT);
CREATE INDEX events_kind_legacy ON events (kind, legacy_code);
CREATE INDEX events_at ON events (at);
