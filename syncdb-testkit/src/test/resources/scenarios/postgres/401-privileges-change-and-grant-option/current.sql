-- Writers may read and change rows; readers may read and pass that on; a view readers may read.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE VIEW account_names AS SELECT id, name FROM accounts;
GRANT SELECT, UPDATE ON accounts TO writer;
GRANT SELECT ON accounts TO reader WITH GRANT OPTION;
GRANT SELECT ON account_names TO reader;
