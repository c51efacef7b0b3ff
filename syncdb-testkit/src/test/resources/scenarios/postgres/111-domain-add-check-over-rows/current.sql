CREATE DOMAIN quantity AS integer;

CREATE TABLE stock (
    id integer PRIMARY KEY,
    qty quantity NOT NULL
);
INSERT INTO stock VALUES (1, 0), (2, 7);
