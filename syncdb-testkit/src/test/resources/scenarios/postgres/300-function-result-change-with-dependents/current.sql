CREATE TABLE items (
    id integer PRIMARY KEY,
    cents integer NOT NULL,
    owner text NOT NULL DEFAULT current_user
);

CREATE FUNCTION price_of(c integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT c / 100 $$;

CREATE FUNCTION is_cheap(c integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN price_of(c) < 10;

CREATE VIEW priced_items AS SELECT id, price_of(cents) AS price FROM items;
CREATE VIEW cheap_items AS SELECT id FROM priced_items WHERE price < 10;

CREATE FUNCTION check_price() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF price_of(NEW.cents) < 0 THEN RAISE EXCEPTION 'negative'; END IF; RETURN NEW; END $$;

CREATE TRIGGER items_cheap_only BEFORE INSERT ON items
    FOR EACH ROW WHEN (is_cheap(NEW.cents)) EXECUTE FUNCTION check_price();

ALTER TABLE items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_cheap ON items FOR SELECT USING (is_cheap(cents));
