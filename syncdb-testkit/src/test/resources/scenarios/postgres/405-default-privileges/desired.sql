-- objects app_user creates in this schema: one more privilege, one grantee fewer, a new object type
ALTER DEFAULT PRIVILEGES FOR ROLE app_user IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO reader;
ALTER DEFAULT PRIVILEGES FOR ROLE app_user IN SCHEMA public GRANT USAGE ON TYPES TO writer;

-- objects the role running the schema creates: a table created afterwards gets the privilege too
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO writer;

CREATE TABLE orders (
    id integer PRIMARY KEY
);
CREATE TABLE notes (
    id integer PRIMARY KEY
);
