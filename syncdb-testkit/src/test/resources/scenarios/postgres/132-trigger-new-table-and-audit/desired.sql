CREATE TABLE items (
    id integer PRIMARY KEY,
    name text
);
CREATE TABLE item_audit (
    item_id integer,
    op text,
    at timestamptz DEFAULT now()
);
CREATE FUNCTION audit_item() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN INSERT INTO item_audit (item_id, op) VALUES (NEW.id, TG_OP); RETURN NEW; END $$;
CREATE TRIGGER items_audit AFTER INSERT OR UPDATE ON items FOR EACH ROW EXECUTE FUNCTION audit_item();
CREATE TRIGGER items_audit_statement AFTER TRUNCATE ON items FOR EACH STATEMENT EXECUTE FUNCTION audit_item();
