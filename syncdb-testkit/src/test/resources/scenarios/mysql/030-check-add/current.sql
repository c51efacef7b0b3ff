CREATE TABLE t (id int PRIMARY KEY, price decimal(10,2));
