CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);
ALTER TABLE accounts OWNER TO admin_role;

CREATE TABLE ledger (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    amount numeric NOT NULL
);
ALTER TABLE ledger OWNER TO app_user;

CREATE SEQUENCE invoice_no;

CREATE VIEW account_names AS SELECT id, upper(name) AS name FROM accounts;
ALTER VIEW account_names OWNER TO app_user;

CREATE FUNCTION add_one(i integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT i + 1';
ALTER FUNCTION add_one(integer) OWNER TO admin_role;

CREATE TYPE mood AS ENUM ('ok', 'sad');
ALTER TYPE mood OWNER TO app_user;

CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
ALTER DOMAIN positive OWNER TO writer;

CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);

CREATE MATERIALIZED VIEW account_count AS SELECT count(*) AS n FROM accounts;
ALTER MATERIALIZED VIEW account_count OWNER TO reader;

GRANT SELECT ON accounts TO reader;

-- new, with its owner
CREATE FUNCTION add_two(i integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT i + 2';
ALTER FUNCTION add_two(integer) OWNER TO writer;
