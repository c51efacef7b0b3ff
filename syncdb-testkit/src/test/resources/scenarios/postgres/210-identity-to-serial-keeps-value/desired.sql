CREATE TABLE tickets (
    id serial PRIMARY KEY,
    title text
);
CREATE TABLE notes (
    id bigserial PRIMARY KEY,
    body text
);
