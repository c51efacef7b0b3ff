CREATE TYPE size AS ENUM ('small', 'large', 'huge');

CREATE TABLE shirts (
    id integer PRIMARY KEY,
    size size NOT NULL,
    sizes_in_stock size[]
);
