CREATE TABLE t (id int PRIMARY KEY, status varchar(20) DEFAULT 'new');
