CREATE TABLE t (id int NOT NULL, name varchar(10));
