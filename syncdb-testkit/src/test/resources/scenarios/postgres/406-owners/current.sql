-- Owners, compared with the privileges: an owner the schema does not name is the role that applies.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);
-- its owner changes
ALTER TABLE accounts OWNER TO app_user;

-- given to a role (its identity sequence follows the table)
CREATE TABLE ledger (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    amount numeric NOT NULL
);

-- back to the applying role
CREATE SEQUENCE invoice_no;
ALTER SEQUENCE invoice_no OWNER TO app_user;

-- its query changes: re-created, and given to its owner again
CREATE VIEW account_names AS SELECT id, name FROM accounts;
ALTER VIEW account_names OWNER TO app_user;

CREATE FUNCTION add_one(i integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT i + 1';
ALTER FUNCTION add_one(integer) OWNER TO app_user;

CREATE TYPE mood AS ENUM ('ok', 'sad');

-- kept
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
ALTER DOMAIN positive OWNER TO writer;

CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);
ALTER AGGREGATE total(integer) OWNER TO app_user;

CREATE MATERIALIZED VIEW account_count AS SELECT count(*) AS n FROM accounts;

GRANT SELECT ON accounts TO reader;
