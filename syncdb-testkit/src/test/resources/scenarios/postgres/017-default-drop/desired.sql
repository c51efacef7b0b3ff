CREATE TABLE settings (
    id integer PRIMARY KEY,
    theme text NOT NULL,
    created_at timestamptz
);
