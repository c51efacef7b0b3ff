CREATE TABLE orders (
    id integer PRIMARY KEY,
    placed_at timestamp NOT NULL
);
