CREATE TABLE accounts (
    id integer PRIMARY KEY,
    tenant text NOT NULL
);

CREATE FUNCTION in_tenant(t text) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT t = current_setting('app.tenant', true) $$;

CREATE FUNCTION visible(a accounts) RETURNS boolean
    LANGUAGE sql STABLE
    RETURN in_tenant(a.tenant);

ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_tenant ON accounts USING (in_tenant(tenant));
CREATE VIEW my_accounts AS SELECT id FROM accounts WHERE in_tenant(tenant);
