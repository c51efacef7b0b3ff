CREATE TABLE a (id int PRIMARY KEY, b_id int, KEY a_b (b_id));
CREATE TABLE b (id int PRIMARY KEY, a_id int, KEY b_a (a_id), CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES a (id));
ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id);
