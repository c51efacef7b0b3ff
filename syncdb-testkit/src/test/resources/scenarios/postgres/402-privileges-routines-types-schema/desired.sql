-- Only app_user may execute the function; admin_role may call the procedure and grant it on; the
-- domain and the enum are no longer PUBLIC's but app_user's; reader may use the schema.
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT n + 1';
CREATE PROCEDURE touch(n integer) LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION add_one(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add_one(integer) TO app_user;
GRANT EXECUTE ON PROCEDURE touch(integer) TO admin_role WITH GRANT OPTION;
REVOKE USAGE ON DOMAIN positive_int FROM PUBLIC;
GRANT USAGE ON DOMAIN positive_int TO app_user;
REVOKE USAGE ON TYPE mood FROM PUBLIC;
GRANT USAGE ON TYPE mood TO app_user;
GRANT USAGE ON SCHEMA public TO reader;
