CREATE TABLE notes (
    id bigserial PRIMARY KEY,
    seq_no serial,
    body text NOT NULL
);
