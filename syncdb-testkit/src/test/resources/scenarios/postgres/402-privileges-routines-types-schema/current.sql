-- A function, a procedure, a domain and an enum with PostgreSQL's default privileges (PUBLIC may
-- execute and use them), and the schema as created.
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT n + 1';
CREATE PROCEDURE touch(n integer) LANGUAGE sql AS 'SELECT 1';
