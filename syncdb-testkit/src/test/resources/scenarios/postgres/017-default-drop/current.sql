CREATE TABLE settings (
    id integer PRIMARY KEY,
    theme text NOT NULL DEFAULT 'light',
    created_at timestamptz DEFAULT now()
);
