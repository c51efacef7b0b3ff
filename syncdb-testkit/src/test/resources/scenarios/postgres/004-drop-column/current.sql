CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    legacy_code char(8),
    weight_grams integer
);
