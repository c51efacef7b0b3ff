CREATE TABLE t (id int PRIMARY KEY, a int, b int, CONSTRAINT t_ab UNIQUE (a, b));
