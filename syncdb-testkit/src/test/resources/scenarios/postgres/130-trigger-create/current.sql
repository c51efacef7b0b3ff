CREATE TABLE posts (
    id integer PRIMARY KEY,
    body text,
    updated_at timestamptz
);
INSERT INTO posts VALUES (1, 'hello', NULL);
