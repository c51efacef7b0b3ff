CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL CHECK (price > 0),
    discount numeric(10,2),
    CONSTRAINT products_discount_check CHECK (discount IS NULL OR discount < price)
);
