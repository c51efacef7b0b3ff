CREATE TABLE t (id int PRIMARY KEY, n varchar(20));
