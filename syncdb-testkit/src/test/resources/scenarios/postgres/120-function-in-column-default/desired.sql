CREATE FUNCTION next_order_code() RETURNS text
    LANGUAGE sql VOLATILE
    AS $$ SELECT 'O-' || floor(random() * 1000000)::bigint::text $$;

CREATE TABLE orders (
    id integer PRIMARY KEY,
    code text DEFAULT next_order_code()
);
INSERT INTO orders VALUES (1, 'A-1');
