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

-- a plain aggregate a view uses; its initial condition changes
CREATE AGGREGATE text_list(text) (SFUNC = join_text, STYPE = text, INITCOND = '');

-- a moving aggregate with a final function, parallel safe
CREATE AGGREGATE points_sum(integer) (
    SFUNC = add_points, STYPE = integer, INITCOND = '0',
    MSFUNC = add_points, MINVFUNC = sub_points, MSTYPE = integer, MINITCOND = '0',
    PARALLEL = SAFE
);

-- an aggregate over no argument, with a combine function; dropped
CREATE AGGREGATE row_count(*) (SFUNC = int8inc, STYPE = bigint, COMBINEFUNC = int8pl, INITCOND = '0');

COMMENT ON AGGREGATE points_sum(integer) IS 'sum that can slide';

CREATE VIEW players AS
    SELECT text_list(player ORDER BY player) AS names, points_sum(points) AS total FROM scores;
