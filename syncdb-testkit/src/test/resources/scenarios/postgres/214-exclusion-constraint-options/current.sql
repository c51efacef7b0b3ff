CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE shifts (
    id int PRIMARY KEY,
    worker int NOT NULL,
    during tstzrange NOT NULL,
    note text,
    CONSTRAINT shifts_no_overlap EXCLUDE USING gist (worker WITH =, during WITH &&) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT shifts_one_note EXCLUDE USING btree (note WITH =)
);
