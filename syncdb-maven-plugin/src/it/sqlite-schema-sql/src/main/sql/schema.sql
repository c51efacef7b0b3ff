CREATE TABLE users (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL,
  email TEXT
);

CREATE TABLE orders (
  id      INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  total   NUMERIC NOT NULL DEFAULT 0
);

CREATE INDEX orders_user_id ON orders (user_id);
