CREATE TABLE nodes (id int PRIMARY KEY, parent_id int, KEY nodes_parent (parent_id));
