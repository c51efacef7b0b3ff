CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT,
  CONSTRAINT users_email_key UNIQUE (email),
  UNIQUE (name, id)
);
