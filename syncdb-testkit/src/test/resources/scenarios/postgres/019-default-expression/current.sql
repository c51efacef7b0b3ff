CREATE TABLE invites (
    id integer PRIMARY KEY,
    token uuid DEFAULT gen_random_uuid(),
    expires_on date DEFAULT CURRENT_DATE,
    code text DEFAULT 'X'
);
