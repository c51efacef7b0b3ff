CREATE FUNCTION touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.updated_at := clock_timestamp(); RETURN NEW; END $$;

CREATE TABLE posts (
    id integer PRIMARY KEY,
    body text,
    updated_at timestamptz
);
CREATE TRIGGER posts_touch BEFORE INSERT OR UPDATE OF body ON posts
    FOR EACH ROW WHEN (NEW.body IS NOT NULL) EXECUTE FUNCTION touch_updated_at();
