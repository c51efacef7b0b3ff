CREATE TABLE authors (id int PRIMARY KEY, name varchar(50) NOT NULL);
CREATE TABLE books (id int PRIMARY KEY, author_id int NOT NULL, KEY books_author (author_id), CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id));
