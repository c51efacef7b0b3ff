CREATE TABLE employees (
    id integer PRIMARY KEY,
    name text NOT NULL
);
