CREATE TABLE widgets (
    name text NOT NULL
);
