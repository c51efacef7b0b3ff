CREATE TABLE named (name text NOT NULL CHECK (name <> ''));
CREATE TABLE priced (price numeric NOT NULL);
CREATE TABLE products (sku text PRIMARY KEY) INHERITS (named);
