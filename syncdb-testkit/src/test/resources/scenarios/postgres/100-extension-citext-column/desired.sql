CREATE EXTENSION citext;

CREATE TABLE users (
    id integer PRIMARY KEY,
    email citext NOT NULL UNIQUE
);
INSERT INTO users VALUES (1, 'Ann@example.com'), (2, 'bob@example.com');
