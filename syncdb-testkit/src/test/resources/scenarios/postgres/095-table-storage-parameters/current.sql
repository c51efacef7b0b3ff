CREATE TABLE hot_rows (
    id integer PRIMARY KEY,
    counter integer NOT NULL DEFAULT 0
);
