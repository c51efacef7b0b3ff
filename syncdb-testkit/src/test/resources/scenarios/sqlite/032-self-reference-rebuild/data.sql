INSERT INTO categories VALUES (1, NULL, 'root'), (2, 1, 'books'), (3, 2, 'novels'), (4, 1, 'music');
