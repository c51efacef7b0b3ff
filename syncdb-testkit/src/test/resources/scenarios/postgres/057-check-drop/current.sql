CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL CONSTRAINT products_sku_format CHECK (sku ~ '^[A-Z]{3}-[0-9]+$'),
    stock integer CHECK (stock >= 0)
);
