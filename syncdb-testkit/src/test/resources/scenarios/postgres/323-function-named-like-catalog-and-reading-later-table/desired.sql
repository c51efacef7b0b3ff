-- The plan creates routines before tables, so current_user_id() exists before the sessions
-- table its body reads (which is why plans run with check_function_bodies off).
CREATE TABLE sessions (
    token text PRIMARY KEY,
    user_id integer NOT NULL
);

CREATE FUNCTION current_user_id() RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT user_id FROM public.sessions WHERE token = current_setting('app.token', true) $$;

CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text,
    author integer DEFAULT current_user_id()
);

CREATE FUNCTION "current_user"() RETURNS sessions
    LANGUAGE sql STABLE
    AS $$ SELECT s.* FROM public.sessions s WHERE s.user_id = public.current_user_id() $$;
COMMENT ON FUNCTION "current_user"() IS 'The session of the signed-in user.';
