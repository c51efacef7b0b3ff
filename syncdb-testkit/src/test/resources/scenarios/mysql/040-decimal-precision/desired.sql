CREATE TABLE t (id int PRIMARY KEY, amount decimal(12,4));
