CREATE TYPE address AS (
    street text,
    city varchar(80),
    zip char(5)
);

CREATE TABLE shipments (
    id integer PRIMARY KEY,
    destination address,
    stops address[]
);
