CREATE TYPE mood AS ENUM ('happy', 'sad');

CREATE TABLE diary (
    id integer PRIMARY KEY,
    mood mood
);
