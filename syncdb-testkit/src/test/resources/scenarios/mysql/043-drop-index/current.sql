CREATE TABLE t (id int PRIMARY KEY, a int, KEY t_a (a));
