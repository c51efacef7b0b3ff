CREATE TABLE users (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    username text NOT NULL
);

CREATE INDEX users_tenant_username_idx ON users (tenant_id, username);
