CREATE TABLE users (
    id integer PRIMARY KEY,
    email varchar(255) NOT NULL
);

CREATE TABLE legacy_sessions (
    token text PRIMARY KEY,
    user_id integer REFERENCES users (id),
    expires_at timestamp
);
