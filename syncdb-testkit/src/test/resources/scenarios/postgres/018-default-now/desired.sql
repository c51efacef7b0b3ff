CREATE TABLE posts (
    id integer PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamp DEFAULT CURRENT_TIMESTAMP
);
