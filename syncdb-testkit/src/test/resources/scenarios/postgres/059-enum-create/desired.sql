CREATE TYPE priority AS ENUM ('low', 'medium', 'high');

CREATE TABLE tasks (
    id integer PRIMARY KEY,
    title text NOT NULL,
    priority priority NOT NULL DEFAULT 'medium'
);
