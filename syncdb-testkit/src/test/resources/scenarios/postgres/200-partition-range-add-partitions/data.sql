INSERT INTO logs (id, created_at, message) VALUES (1, '2024-01-05', 'a'), (2, '2024-01-20', 'b'), (3, '2024-01-31 23:59', 'c');
