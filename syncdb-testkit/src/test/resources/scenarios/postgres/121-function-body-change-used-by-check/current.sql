CREATE FUNCTION is_valid_sku(s text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT length(s) > 2 $$;

CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text CHECK (is_valid_sku(sku))
);
CREATE INDEX products_upper_sku ON products (upper(sku));
INSERT INTO products VALUES (1, 'ABC-1');
