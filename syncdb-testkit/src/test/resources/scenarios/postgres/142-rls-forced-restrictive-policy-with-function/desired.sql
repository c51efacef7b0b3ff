CREATE FUNCTION current_tenant() RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.tenant', true), '')::integer $$;

CREATE TABLE tenants_data (
    id integer PRIMARY KEY,
    tenant integer NOT NULL
);
ALTER TABLE tenants_data ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants_data FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_all ON tenants_data USING (true);
CREATE POLICY tenant_only ON tenants_data AS RESTRICTIVE TO PUBLIC USING (tenant = current_tenant());
