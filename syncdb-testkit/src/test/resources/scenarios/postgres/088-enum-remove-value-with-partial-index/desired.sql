CREATE TYPE size AS ENUM ('small', 'large');

CREATE TABLE shirts (
    id integer PRIMARY KEY,
    size size NOT NULL,
    price numeric(8,2)
);

CREATE INDEX shirts_large_price_idx ON shirts (price) WHERE size = 'large';
