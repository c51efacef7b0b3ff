INSERT INTO orders (id, qty, note, total) VALUES (1, 2, 'first', 20), (2, 1, 'second', 10);
