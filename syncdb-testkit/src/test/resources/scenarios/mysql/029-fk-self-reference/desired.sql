CREATE TABLE nodes (id int PRIMARY KEY, parent_id int, KEY nodes_parent (parent_id), CONSTRAINT nodes_parent_fk FOREIGN KEY (parent_id) REFERENCES nodes (id) ON DELETE CASCADE);
