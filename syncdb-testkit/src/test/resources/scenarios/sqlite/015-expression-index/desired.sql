CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT
);
CREATE INDEX users_lower_idx ON users (lower(email), length(name) DESC);
