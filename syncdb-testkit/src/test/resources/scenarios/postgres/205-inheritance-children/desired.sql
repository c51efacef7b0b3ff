CREATE TABLE vehicles (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    wheels int,
    CHECK (wheels >= 0)
);
CREATE TABLE cars (
    doors int NOT NULL DEFAULT 4
) INHERITS (vehicles);
CREATE TABLE boats (
    name text NOT NULL,
    draft numeric
) INHERITS (vehicles);
CREATE TABLE tagged (tag text);
CREATE TABLE tagged_boats () INHERITS (boats, tagged);
