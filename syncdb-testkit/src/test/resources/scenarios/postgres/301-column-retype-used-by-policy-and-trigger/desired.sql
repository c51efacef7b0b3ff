CREATE TABLE tickets (
    id integer PRIMARY KEY,
    owner_id bigint NOT NULL,
    status varchar(20) NOT NULL,
    changed_at timestamptz
);

CREATE FUNCTION touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.changed_at := now(); RETURN NEW; END $$;

CREATE TRIGGER tickets_status_changed BEFORE UPDATE OF status ON tickets
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION touch();

ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_own ON tickets USING (owner_id = current_setting('app.user', true)::bigint);
CREATE POLICY tickets_open ON tickets FOR SELECT USING (status <> 'closed');
