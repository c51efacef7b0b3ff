CREATE TABLE t (id int PRIMARY KEY, data json);
