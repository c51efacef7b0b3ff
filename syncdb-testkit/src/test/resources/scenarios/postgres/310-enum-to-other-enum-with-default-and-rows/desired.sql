CREATE TYPE feeling AS ENUM ('sad', 'ok', 'happy', 'ecstatic');

CREATE TABLE diary (
    id integer PRIMARY KEY,
    mood feeling NOT NULL DEFAULT 'happy'
);
