CREATE TABLE documents (
    id integer PRIMARY KEY,
    tags text[] NOT NULL DEFAULT '{}',
    scores integer[],
    labels varchar(20)[],
    matrix double precision[][]
);
