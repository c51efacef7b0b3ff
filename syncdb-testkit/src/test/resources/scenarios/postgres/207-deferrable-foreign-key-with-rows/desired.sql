CREATE TABLE parents (id int PRIMARY KEY);
CREATE TABLE children (
    id int PRIMARY KEY,
    parent_id int CONSTRAINT children_parent_fk REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE pairs (
    id int PRIMARY KEY,
    partner int UNIQUE DEFERRABLE
);
