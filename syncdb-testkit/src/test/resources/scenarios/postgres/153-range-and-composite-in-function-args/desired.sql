CREATE TYPE point3 AS (x float8, y float8, z float8);
CREATE TYPE timerange AS RANGE (subtype = time);
CREATE DOMAIN working_hours AS timerange CHECK (lower(VALUE) >= '06:00' AND upper(VALUE) <= '22:00');
CREATE FUNCTION norm(p point3) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT sqrt(p.x * p.x + p.y * p.y + p.z * p.z) $$;
CREATE FUNCTION hours(r working_hours) RETURNS interval LANGUAGE sql IMMUTABLE AS $$ SELECT upper(r) - lower(r) $$;

CREATE TABLE shifts (
    id integer PRIMARY KEY,
    during working_hours CHECK (hours(during) <= interval '10 hours')
);
