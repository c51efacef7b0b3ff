CREATE TABLE vehicles (id bigint NOT NULL, wheels int, CONSTRAINT vehicles_wheels CHECK (wheels >= 0));
CREATE TABLE cars (doors int) INHERITS (vehicles);
CREATE TABLE boats (id bigint NOT NULL, wheels int, draft numeric, CONSTRAINT vehicles_wheels CHECK (wheels >= 0));
