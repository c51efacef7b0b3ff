CREATE TYPE flag AS ENUM ('red', 'amber', 'green');

CREATE TABLE checks (
    id integer PRIMARY KEY,
    flags flag[] NOT NULL DEFAULT '{}'
);
