-- Writers may read and add rows but no longer change them; readers keep reading without the grant
-- option; the view is now for app_user instead of reader.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE VIEW account_names AS SELECT id, name FROM accounts;
GRANT SELECT, INSERT ON accounts TO writer;
GRANT SELECT ON accounts TO reader;
GRANT SELECT ON account_names TO app_user;
