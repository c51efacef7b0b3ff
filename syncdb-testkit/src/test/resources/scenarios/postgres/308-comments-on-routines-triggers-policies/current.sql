CREATE TABLE docs (
    id integer PRIMARY KEY,
    owner text NOT NULL
);

CREATE FUNCTION me() RETURNS text LANGUAGE sql STABLE AS $$ SELECT current_setting('app.user', true) $$;
COMMENT ON FUNCTION me() IS 'The signed-in user.';

CREATE PROCEDURE tidy() LANGUAGE sql AS $$ DELETE FROM docs WHERE owner = '' $$;

CREATE FUNCTION docs_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER docs_guard BEFORE INSERT ON docs FOR EACH ROW EXECUTE FUNCTION docs_guard();
COMMENT ON TRIGGER docs_guard ON docs IS 'Guards inserts.';

ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_own ON docs USING (owner = me());
