CREATE TABLE moods (
    id integer PRIMARY KEY
);
