CREATE TABLE t (id int PRIMARY KEY, name varchar(200), KEY t_name (name(10)));
