CREATE TABLE counters (
    id bigserial PRIMARY KEY,
    label text
);
CREATE TABLE events (
    id serial PRIMARY KEY,
    kind text
);
