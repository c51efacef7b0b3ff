CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE posts (id int PRIMARY KEY, user_id int NOT NULL, FOREIGN KEY (user_id) REFERENCES users (id));
