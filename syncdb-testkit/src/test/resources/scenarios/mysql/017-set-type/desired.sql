CREATE TABLE t (id int PRIMARY KEY, flags set('a','b','c'));
