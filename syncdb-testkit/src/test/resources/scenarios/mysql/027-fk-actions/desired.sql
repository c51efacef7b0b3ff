CREATE TABLE authors (id int PRIMARY KEY, name varchar(50) NOT NULL);
CREATE TABLE books (id int PRIMARY KEY, author_id int, CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE SET NULL ON UPDATE CASCADE);
