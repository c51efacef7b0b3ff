CREATE FUNCTION answer() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 42::bigint $$;
CREATE FUNCTION greet(name text) RETURNS text LANGUAGE sql AS $$ SELECT 'hi ' || name $$;
