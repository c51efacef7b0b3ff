CREATE TABLE documents (
    id integer PRIMARY KEY,
    tags text
);
