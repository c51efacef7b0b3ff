CREATE TABLE events (
    id serial PRIMARY KEY,
    name text
);
