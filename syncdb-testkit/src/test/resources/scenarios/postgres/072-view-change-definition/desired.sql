CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text,
    active boolean NOT NULL DEFAULT true
);

CREATE VIEW user_directory AS
    SELECT id, lower(email) AS email FROM users ORDER BY id;
