CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    display_name text NOT NULL
);
