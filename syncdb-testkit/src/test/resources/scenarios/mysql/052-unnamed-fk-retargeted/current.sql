CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE admins (id bigint PRIMARY KEY);
CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint, FOREIGN KEY (author_id) REFERENCES users (id));
