CREATE TABLE invites (
    id integer PRIMARY KEY,
    token uuid DEFAULT gen_random_uuid(),
    expires_on date DEFAULT (CURRENT_DATE + 7),
    code text DEFAULT upper(md5(random()::text))
);
