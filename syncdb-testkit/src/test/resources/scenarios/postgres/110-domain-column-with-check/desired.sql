CREATE DOMAIN email_address AS text CHECK (VALUE ~ '@');

CREATE TABLE contacts (
    id integer PRIMARY KEY,
    email email_address
);
INSERT INTO contacts VALUES (1, 'a@example.com'), (2, NULL);
