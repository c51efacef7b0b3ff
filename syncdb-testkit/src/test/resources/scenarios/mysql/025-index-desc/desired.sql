CREATE TABLE t (id int PRIMARY KEY, created datetime, KEY t_created (created DESC));
