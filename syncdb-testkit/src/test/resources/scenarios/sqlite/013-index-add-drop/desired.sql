CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT
);
CREATE UNIQUE INDEX users_email_idx ON users (email);
CREATE INDEX users_name_email_idx ON users (name DESC, email COLLATE NOCASE);
