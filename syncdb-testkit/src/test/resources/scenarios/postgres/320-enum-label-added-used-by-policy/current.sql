CREATE TYPE app_permission AS ENUM ('channels.delete', 'messages.delete');

CREATE TABLE role_permissions (
    id integer PRIMARY KEY,
    permission app_permission NOT NULL
);

CREATE FUNCTION authorize(requested app_permission) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM role_permissions WHERE permission = requested) $$;

CREATE TABLE channels (
    id integer PRIMARY KEY,
    slug text NOT NULL
);
ALTER TABLE channels ENABLE ROW LEVEL SECURITY;
CREATE POLICY channels_delete ON channels FOR DELETE USING (authorize('channels.delete'));
