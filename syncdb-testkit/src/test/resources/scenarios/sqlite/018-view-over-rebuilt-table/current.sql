CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT
);
CREATE VIEW named_users AS SELECT id, email FROM users WHERE name IS NOT NULL;
CREATE VIEW v2 AS SELECT count(*) AS n FROM named_users;
