INSERT INTO orders VALUES (1, 'US', 10), (2, 'CA', 11);
INSERT INTO sessions VALUES (1, 100), (2, 101), (3, 102);
