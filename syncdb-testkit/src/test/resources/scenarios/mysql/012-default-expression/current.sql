CREATE TABLE t (id int PRIMARY KEY, created datetime);
