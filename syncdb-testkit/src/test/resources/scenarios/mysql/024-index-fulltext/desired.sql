CREATE TABLE t (id int PRIMARY KEY, body text, FULLTEXT KEY t_body (body));
