CREATE TABLE t (id int PRIMARY KEY, status varchar(20) NOT NULL DEFAULT 'new', n int DEFAULT 0);
