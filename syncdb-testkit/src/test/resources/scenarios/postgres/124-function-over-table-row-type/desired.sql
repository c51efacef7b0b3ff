CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance numeric NOT NULL
);
CREATE FUNCTION is_overdrawn(a accounts) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT a.balance < 0 $$;
CREATE FUNCTION total_balance() RETURNS numeric
    LANGUAGE sql STABLE
    RETURN (SELECT sum(balance) FROM accounts);
CREATE VIEW overdrawn AS SELECT id FROM accounts a WHERE is_overdrawn(a);
