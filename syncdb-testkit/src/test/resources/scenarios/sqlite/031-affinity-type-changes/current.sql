CREATE TABLE readings (id INTEGER PRIMARY KEY, sensor TEXT NOT NULL, value TEXT, taken_at TEXT, raw BLOB);
