CREATE TABLE scores (
    id integer PRIMARY KEY,
    player text NOT NULL,
    points integer NOT NULL
);

CREATE FUNCTION join_text(acc text, item text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN acc IS NULL THEN item ELSE acc || ', ' || item END $$;

CREATE FUNCTION add_points(acc integer, item integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT acc + item $$;

CREATE FUNCTION sub_points(acc integer, item integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT acc - item $$;

CREATE FUNCTION bracketed(acc text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT '[' || acc || ']' $$;

-- no initial condition any more, and a final function
CREATE AGGREGATE text_list(text) (SFUNC = join_text, STYPE = text, FINALFUNC = bracketed);

CREATE AGGREGATE points_sum(integer) (
    SFUNC = add_points, STYPE = integer, INITCOND = '0',
    MSFUNC = add_points, MINVFUNC = sub_points, MSTYPE = integer, MINITCOND = '0',
    PARALLEL = SAFE
);

-- a new aggregate with a sort operator
CREATE AGGREGATE best_points(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);

COMMENT ON AGGREGATE points_sum(integer) IS 'sum over a sliding window';

CREATE VIEW players AS
    SELECT text_list(player ORDER BY player) AS names, points_sum(points) AS total,
           best_points(points) AS best FROM scores;
