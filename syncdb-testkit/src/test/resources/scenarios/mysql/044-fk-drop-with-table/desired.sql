CREATE TABLE authors (id int PRIMARY KEY, name varchar(50) NOT NULL);
