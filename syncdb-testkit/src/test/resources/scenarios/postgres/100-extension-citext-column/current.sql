CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);
INSERT INTO users VALUES (1, 'Ann@example.com'), (2, 'bob@example.com');
