CREATE TABLE vehicles (id bigint NOT NULL, wheels int, CONSTRAINT vehicles_wheels CHECK (wheels >= 0));
CREATE TABLE cars (id bigint NOT NULL, wheels int, doors int, CONSTRAINT vehicles_wheels CHECK (wheels >= 0));
CREATE TABLE boats (draft numeric) INHERITS (vehicles);
