CREATE TABLE accounts (
    id integer PRIMARY KEY,
    phone text
);
