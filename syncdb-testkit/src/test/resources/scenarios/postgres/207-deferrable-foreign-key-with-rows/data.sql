INSERT INTO parents VALUES (1), (2);
INSERT INTO children VALUES (10, 1), (11, 2);
INSERT INTO pairs VALUES (1, 2), (2, 1);
