CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text,
    active boolean NOT NULL DEFAULT true
);

CREATE VIEW user_directory AS
    SELECT id, email, name FROM users WHERE active;
