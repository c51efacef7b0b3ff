CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT
);
CREATE INDEX users_named_idx ON users (email) WHERE name IS NOT NULL;
