CREATE TABLE notes (
    id integer PRIMARY KEY,
    title text NOT NULL,
    draft text,
    edited_at timestamptz
);

CREATE FUNCTION stamp() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.edited_at := now(); RETURN NEW; END $$;

CREATE TRIGGER notes_edited BEFORE UPDATE OF title, draft ON notes
    FOR EACH ROW EXECUTE FUNCTION stamp();

ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_published ON notes FOR SELECT USING (draft IS NULL);
