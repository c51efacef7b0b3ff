CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric(10,2) NOT NULL,
    updated_at timestamptz
);

CREATE FUNCTION orders_touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;

CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION orders_touch();
CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION orders_touch();
CREATE TRIGGER orders_replicated BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION orders_touch();
