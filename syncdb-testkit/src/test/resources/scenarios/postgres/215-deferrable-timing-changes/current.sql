CREATE TABLE nodes (
    id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED,
    parent int,
    rank int,
    CONSTRAINT nodes_rank_key UNIQUE (parent, rank) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE edges (
    id int PRIMARY KEY,
    a int,
    CONSTRAINT edges_a_fk FOREIGN KEY (a) REFERENCES edges (id) DEFERRABLE INITIALLY DEFERRED
);
