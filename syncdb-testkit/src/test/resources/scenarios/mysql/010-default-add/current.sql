CREATE TABLE t (id int PRIMARY KEY, status varchar(20) NOT NULL, n int);
