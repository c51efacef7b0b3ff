CREATE TABLE transfers (
    id integer PRIMARY KEY,
    amount numeric(12,2) NOT NULL,
    approved boolean NOT NULL DEFAULT false
);

CREATE FUNCTION check_transfer() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF NEW.amount > 500 AND NOT NEW.approved THEN RAISE EXCEPTION 'needs approval'; END IF; RETURN NULL; END $$;

CREATE CONSTRAINT TRIGGER transfers_approval AFTER INSERT OR UPDATE OF amount, approved ON transfers
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW WHEN (NEW.amount > 500) EXECUTE FUNCTION check_transfer();
