CREATE DOMAIN quantity AS integer CONSTRAINT quantity_not_negative CHECK (VALUE >= 0);

CREATE TABLE stock (
    id integer PRIMARY KEY,
    qty quantity NOT NULL
);
INSERT INTO stock VALUES (1, 0), (2, 7);
