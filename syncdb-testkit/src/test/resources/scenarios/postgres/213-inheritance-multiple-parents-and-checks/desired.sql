CREATE TABLE named (name text NOT NULL CHECK (name <> ''));
CREATE TABLE priced (price numeric NOT NULL, CONSTRAINT priced_positive CHECK (price >= 0));
CREATE TABLE products (
    sku text PRIMARY KEY,
    CONSTRAINT products_sku_format CHECK (sku ~ '^[A-Z]')
) INHERITS (named);
CREATE TABLE offers (
    valid_until date,
    price numeric NOT NULL
) INHERITS (named, priced);
CREATE TABLE bundles (items int NOT NULL) INHERITS (products);
