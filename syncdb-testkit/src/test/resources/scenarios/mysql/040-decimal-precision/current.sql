CREATE TABLE t (id int PRIMARY KEY, amount decimal(8,2));
