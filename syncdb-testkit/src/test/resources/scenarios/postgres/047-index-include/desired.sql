CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text,
    balance numeric(12,2)
);

CREATE UNIQUE INDEX accounts_email_idx ON accounts (email) INCLUDE (name, balance);
