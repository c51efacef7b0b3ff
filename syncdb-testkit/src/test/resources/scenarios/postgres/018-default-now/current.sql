CREATE TABLE posts (
    id integer PRIMARY KEY,
    created_at timestamptz NOT NULL,
    updated_at timestamp
);
