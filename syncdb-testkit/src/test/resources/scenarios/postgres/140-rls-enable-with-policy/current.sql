CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    body text
);
INSERT INTO documents VALUES (1, 'alice', 'x');
