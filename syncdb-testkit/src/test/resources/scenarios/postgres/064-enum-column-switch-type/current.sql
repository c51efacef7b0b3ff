CREATE TYPE color_v1 AS ENUM ('red', 'green');
CREATE TYPE color_v2 AS ENUM ('red', 'green', 'blue');

CREATE TABLE cars (
    id integer PRIMARY KEY,
    color color_v1 NOT NULL
);
