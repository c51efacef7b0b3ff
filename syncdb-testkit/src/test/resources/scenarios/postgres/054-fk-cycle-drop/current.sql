CREATE TABLE settings (
    key text PRIMARY KEY,
    value text
);

CREATE TABLE a_nodes (
    id integer PRIMARY KEY,
    b_id integer
);

CREATE TABLE b_nodes (
    id integer PRIMARY KEY,
    a_id integer REFERENCES a_nodes (id)
);

ALTER TABLE a_nodes ADD CONSTRAINT a_nodes_b_fk FOREIGN KEY (b_id) REFERENCES b_nodes (id);
