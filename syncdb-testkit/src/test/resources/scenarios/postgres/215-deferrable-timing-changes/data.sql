INSERT INTO nodes VALUES (1, NULL, 1), (2, 1, 1), (3, 1, 2);
INSERT INTO edges VALUES (1, NULL), (2, 1), (3, 2);
