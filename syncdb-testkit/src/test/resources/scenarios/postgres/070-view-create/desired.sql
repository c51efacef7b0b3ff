CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    active boolean NOT NULL DEFAULT true
);

CREATE VIEW active_users AS
    SELECT id, email FROM users WHERE active;
