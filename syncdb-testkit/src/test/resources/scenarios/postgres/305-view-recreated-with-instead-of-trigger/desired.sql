CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE VIEW people_names AS SELECT id, name FROM people;

CREATE FUNCTION people_names_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN INSERT INTO people VALUES (NEW.id, NEW.name); RETURN NEW; END $$;

CREATE TRIGGER people_names_insert INSTEAD OF INSERT ON people_names
    FOR EACH ROW EXECUTE FUNCTION people_names_insert();
