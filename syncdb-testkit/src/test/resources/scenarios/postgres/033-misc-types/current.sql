CREATE TABLE devices (
    id integer PRIMARY KEY
);
