INSERT INTO posts VALUES (1, 'a', 0), (2, 'b', 1);
