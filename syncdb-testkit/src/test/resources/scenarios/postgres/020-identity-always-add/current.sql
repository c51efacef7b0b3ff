CREATE TABLE widgets (
    id integer NOT NULL PRIMARY KEY,
    name text
);
