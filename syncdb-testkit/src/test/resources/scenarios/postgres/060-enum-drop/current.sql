CREATE TYPE unused_flag AS ENUM ('on', 'off');
CREATE TYPE mood AS ENUM ('happy', 'sad');

CREATE TABLE diary (
    id integer PRIMARY KEY,
    mood mood
);
