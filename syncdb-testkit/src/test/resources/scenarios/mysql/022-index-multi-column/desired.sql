CREATE TABLE t (id int PRIMARY KEY, a int, b varchar(20), KEY t_a_b (a, b));
