INSERT INTO people (id, name, age) VALUES (1, 'Ann', 30), (2, 'Bo', 12);
