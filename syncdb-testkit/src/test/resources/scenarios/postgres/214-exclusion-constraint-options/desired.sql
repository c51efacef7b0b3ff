CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE shifts (
    id int PRIMARY KEY,
    worker int NOT NULL,
    during tstzrange NOT NULL,
    note text,
    CONSTRAINT shifts_no_overlap EXCLUDE USING gist (worker WITH =, during WITH &&) INCLUDE (note)
);
CREATE TABLE desks (
    id int PRIMARY KEY,
    room int NOT NULL,
    booked tsrange,
    EXCLUDE USING gist (room WITH =, booked WITH &&) WHERE (booked IS NOT NULL)
);
