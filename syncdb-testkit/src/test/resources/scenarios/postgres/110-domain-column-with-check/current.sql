CREATE TABLE contacts (
    id integer PRIMARY KEY,
    email text
);
INSERT INTO contacts VALUES (1, 'a@example.com'), (2, NULL);
