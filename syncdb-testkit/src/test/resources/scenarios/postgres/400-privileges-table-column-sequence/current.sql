-- A table with no privileges granted to anyone but its owner.
CREATE TABLE orders (
    id serial PRIMARY KEY,
    status text NOT NULL,
    total numeric(10, 2)
);
