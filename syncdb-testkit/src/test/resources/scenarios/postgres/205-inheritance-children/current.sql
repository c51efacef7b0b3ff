CREATE TABLE vehicles (
    id bigint PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE cars (
    doors int NOT NULL DEFAULT 4
) INHERITS (vehicles);
