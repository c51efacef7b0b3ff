CREATE TABLE nodes (
    id int PRIMARY KEY DEFERRABLE INITIALLY IMMEDIATE,
    parent int,
    rank int,
    CONSTRAINT nodes_rank_key UNIQUE (parent, rank)
);
CREATE TABLE edges (
    id int PRIMARY KEY,
    a int,
    CONSTRAINT edges_a_fk FOREIGN KEY (a) REFERENCES edges (id) DEFERRABLE
);
