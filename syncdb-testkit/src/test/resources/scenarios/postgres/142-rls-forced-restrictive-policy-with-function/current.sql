CREATE TABLE tenants_data (
    id integer PRIMARY KEY,
    tenant integer NOT NULL
);
