CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    description text,
    stock integer NOT NULL DEFAULT 0
);
